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
    List<Warning> warnings) {

  public static final int SCHEMA_VERSION = 1;

  /** A report without warnings. */
  public Report(List<Article> articles, List<Attribution> attributions, List<Figure> figures, List<Claim> claims,
      List<Finding> findings, List<Entity> entities, List<FileError> errors) {
    this(articles, attributions, figures, claims, findings, entities, errors, List.of());
  }

  public Report {
    articles = List.copyOf(articles);
    attributions = List.copyOf(attributions);
    figures = List.copyOf(figures);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    entities = List.copyOf(entities);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** A copy with {@code more} appended to the warnings. */
  public Report withWarnings(List<Warning> more) {
    List<Warning> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new Report(articles, attributions, figures, claims, findings, entities, errors, all);
  }
}
