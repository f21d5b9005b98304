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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report too large to hold: its article sections are read as they are written, each iteration a
 * fresh pass over where they are kept (a spill file, say). Its JSON ({@link Reports#writeJson(ReportStream,
 * java.io.OutputStream)}) is byte for byte that of the {@link Report} with the same contents.
 *
 * @param articles the articles, in report order
 * @param attributions every article's attributions, in report order
 * @param figures every article's figures, in report order
 * @param entries the same articles with what was found in each, for a reader's report
 * @param findings the findings, numbered (kept as given, not copied: a long list may be read from disk)
 * @param entities the entities
 * @param events the events
 * @param errors inputs that could not be read or analysed
 * @param warnings inputs read with a caveat
 */
public record ReportStream(Iterable<Article> articles, Iterable<Attribution> attributions, Iterable<Figure> figures,
    Entries entries, List<Finding> findings, List<Entity> entities, List<Event> events, List<FileError> errors,
    List<Warning> warnings) {
  /**
   * One article with what was found in it, as a reader's report lays it out.
   *
   * @param article the article, with its body
   * @param attributions its attributions, in report order
   * @param figures its figures, in report order
   */
  public record Entry(Article article, List<Attribution> attributions, List<Figure> figures) {
    /**
     * Checks every field and copies the lists.
     *
     * @param article the article, with its body
     * @param attributions its attributions, in report order
     * @param figures its figures, in report order
     */
    public Entry {
      checkNotNull(article, "article");
      attributions = List.copyOf(attributions);
      figures = List.copyOf(figures);
    }
  }

  /** The report's articles with what was found in each, in report order (a fresh pass each time), and by id. */
  public interface Entries extends Iterable<Entry> {
    /**
     * How many articles the report holds.
     *
     * @return the count
     */
    int size();

    /**
     * The first article with {@code id}, if any.
     *
     * @param id an article id
     * @return its entry
     */
    Optional<Entry> find(String id);
  }

  /**
   * Checks every field and copies the lists but the findings.
   *
   * @param articles the articles, in report order
   * @param attributions every article's attributions, in report order
   * @param figures every article's figures, in report order
   * @param entries the same articles with what was found in each, for a reader's report
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
    checkNotNull(entries, "entries");
    findings = Collections.unmodifiableList(checkNotNull(findings, "findings")); // may be read from disk: not copied
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
    Map<String, List<Attribution>> attributions = new HashMap<>();
    report.attributions().forEach(a -> attributions.computeIfAbsent(a.article(), k -> new ArrayList<>()).add(a));
    Map<String, List<Figure>> figures = new HashMap<>();
    report.figures().forEach(f -> figures.computeIfAbsent(f.article(), k -> new ArrayList<>()).add(f));
    List<Entry> entries = new ArrayList<>();
    Map<String, Entry> byId = new HashMap<>();
    for (Article a : report.articles()) {
      Entry e = new Entry(a, attributions.getOrDefault(a.id(), List.of()), figures.getOrDefault(a.id(), List.of()));
      entries.add(e);
      byId.putIfAbsent(a.id(), e);
    }
    return new ReportStream(report.articles(), report.attributions(), report.figures(), entries(entries, byId),
        report.findings(), report.entities(), report.events(), report.errors(), report.warnings());
  }

  private static Entries entries(List<Entry> all, Map<String, Entry> byId) {
    return new Entries() {
      @Override
      public int size() {
        return all.size();
      }

      @Override
      public Optional<Entry> find(String id) {
        return Optional.ofNullable(byId.get(id));
      }

      @Override
      public Iterator<Entry> iterator() {
        return all.iterator();
      }
    };
  }
}
