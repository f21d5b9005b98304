package io.crosscheck.report;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Event;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.model.Warning;
import java.util.List;

/**
 * A report too large to hold: its article sections are read as they are written, each iteration a
 * fresh pass over where they are kept (a spill file, say). Its JSON ({@link Reports#writeJson(ReportStream,
 * java.io.OutputStream)}) is byte for byte that of the {@link Report} with the same contents.
 *
 * @param articles the articles, in report order
 * @param attributions every article's attributions, in report order
 * @param figures every article's figures, in report order
 * @param findings the findings, numbered
 * @param entities the entities
 * @param events the events
 * @param errors inputs that could not be read or analysed
 * @param warnings inputs read with a caveat
 */
public record ReportStream(Iterable<Article> articles, Iterable<Attribution> attributions, Iterable<Figure> figures,
    List<Finding> findings, List<Entity> entities, List<Event> events, List<FileError> errors, List<Warning> warnings) {
  /**
   * Checks every field and copies the lists.
   *
   * @param articles the articles, in report order
   * @param attributions every article's attributions, in report order
   * @param figures every article's figures, in report order
   * @param findings the findings, numbered
   * @param entities the entities
   * @param events the events
   * @param errors inputs that could not be read or analysed
   * @param warnings inputs read with a caveat
   */
  public ReportStream {
    checkNotNull(articles, "articles");
    checkNotNull(attributions, "attributions");
    checkNotNull(figures, "figures");
    findings = List.copyOf(findings);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /**
   * The stream of a report held in memory.
   *
   * @param report the report
   * @return its sections as a stream
   */
  public static ReportStream of(Report report) {
    checkNotNull(report, "report");
    return new ReportStream(report.articles(), report.attributions(), report.figures(), report.findings(),
        report.entities(), report.events(), report.errors(), report.warnings());
  }
}
