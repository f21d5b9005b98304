package io.crosscheck.model;

import java.util.List;

/**
 * Everything crosscheck found in a batch of articles, in deterministic order.
 */
public record Report(
    List<Article> articles,
    List<Attribution> attributions,
    List<Figure> figures,
    List<Claim> claims,
    List<Finding> findings,
    List<Entity> entities,
    List<FileError> errors,
    List<Event> events) {

  public static final int SCHEMA_VERSION = 1;

  public Report {
    articles = List.copyOf(articles);
    attributions = List.copyOf(attributions);
    figures = List.copyOf(figures);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    entities = List.copyOf(entities);
    errors = List.copyOf(errors);
    events = List.copyOf(events);
  }

  /** A report without events, as before events were read. */
  public Report(List<Article> articles, List<Attribution> attributions, List<Figure> figures, List<Claim> claims,
      List<Finding> findings, List<Entity> entities, List<FileError> errors) {
    this(articles, attributions, figures, claims, findings, entities, errors, List.of());
  }
}
