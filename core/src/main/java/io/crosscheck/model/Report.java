package io.crosscheck.model;

import java.util.List;

/**
 * Everything crosscheck found in a batch of articles, in deterministic order.
 *
 * @param articles the articles read, sorted by id
 * @param attributions attributed statements, in document order
 * @param figures figures, in document order
 * @param claims one per attribution, with the figures inside it
 * @param findings disagreements between articles
 * @param entities sources seen under several names across the batch
 * @param errors inputs that could not be read
 * @param warnings input that weakens the report though nothing failed
 */
public record Report(
    List<Article> articles,
    List<Attribution> attributions,
    List<Figure> figures,
    List<Claim> claims,
    List<Finding> findings,
    List<Entity> entities,
    List<FileError> errors,
    List<Warning> warnings,
    List<Event> events) {

  /** The {@code schemaVersion} of the JSON form ({@code io.crosscheck.report.Reports}). */
  public static final int SCHEMA_VERSION = 1;

  /**
   * A report without warnings.
   *
   * @param articles the articles read, sorted by id
   * @param attributions attributed statements, in document order
   * @param figures figures, in document order
   * @param claims one per attribution, with the figures inside it
   * @param findings disagreements between articles
   * @param entities sources seen under several names across the batch
   * @param errors inputs that could not be read
   */
  public Report(List<Article> articles, List<Attribution> attributions, List<Figure> figures, List<Claim> claims,
      List<Finding> findings, List<Entity> entities, List<FileError> errors) {
    this(articles, attributions, figures, claims, findings, entities, errors, List.of(), List.of());
  }

  /**
   * Copies every list.
   *
   * @param articles the articles read, sorted by id
   * @param attributions attributed statements, in document order
   * @param figures figures, in document order
   * @param claims one per attribution, with the figures inside it
   * @param findings disagreements between articles
   * @param entities sources seen under several names across the batch
   * @param errors inputs that could not be read
   * @param warnings input that weakens the report though nothing failed
   * @param events the events the articles and their claims were clustered into
   */
  public Report {
    articles = List.copyOf(articles);
    attributions = List.copyOf(attributions);
    figures = List.copyOf(figures);
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
    entities = List.copyOf(entities);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    events = List.copyOf(events);
  }

  /**
   * A report without events, as before events were read.
   *
   * @param articles the articles read, sorted by id
   * @param attributions attributed statements, in document order
   * @param figures figures, in document order
   * @param claims one per attribution, with the figures inside it
   * @param findings disagreements between articles
   * @param entities sources seen under several names across the batch
   * @param errors inputs that could not be read
   * @param warnings input that weakens the report though nothing failed
   */
  public Report(List<Article> articles, List<Attribution> attributions, List<Figure> figures, List<Claim> claims,
      List<Finding> findings, List<Entity> entities, List<FileError> errors, List<Warning> warnings) {
    this(articles, attributions, figures, claims, findings, entities, errors, warnings, List.of());
  }

  /**
   * A copy with {@code more} appended to the warnings.
   *
   * @param more warnings to add
   * @return the copy
   */
  public Report withWarnings(List<Warning> more) {
    List<Warning> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new Report(articles, attributions, figures, claims, findings, entities, errors, all, events);
  }
}
