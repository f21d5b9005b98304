package io.crosscheck.cli;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Severity;
import io.crosscheck.report.ReportStream;
import io.crosscheck.text.Segmenter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes a report for a reader at a terminal: a one-screen list of findings first, then each finding
 * with its sides (outlet, date, paragraph and the whole sentence, wrapped), then per article its
 * statements and figures. All article text goes through {@link Escape#terminal}.
 */
final class TextReport {
  static final int WIDTH = 80;

  private TextReport() {}

  static String write(ReportView view) {
    java.io.StringWriter all = new java.io.StringWriter();
    try {
      write(view, all);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("writing to memory cannot fail", e);
    }
    return all.toString();
  }

  /**
   * Streams the report to {@code sink} a section at a time (the findings, then one article after
   * another), so a report of many thousand articles is never one string in memory.
   */
  static void write(ReportView view, java.io.Writer sink) throws java.io.IOException {
    List<ReportView.FindingView> findings = bySeverity(view.findings());
    write(view.articles().size(), findings.stream().map(ReportView.FindingView::finding).toList(), findings::get,
        view.articles(), view.report().entities(), view.report().errors(), sink);
  }

  /**
   * The same report from a run streamed from disk ({@link io.crosscheck.Crosscheck#checkStreamed}):
   * each finding's sides are laid out when it is written, from its articles loaded and segmented on
   * demand, and the articles follow one at a time, so memory holds the findings but no article text.
   */
  static void write(ReportStream stream, Segmenter segmenter, java.io.Writer sink) throws java.io.IOException {
    // HIGH first, each severity in report order, without holding the findings (they may be read from disk).
    List<Finding> all = stream.findings();
    List<Integer> order = new ArrayList<>(all.size());
    List<Severity> severities = new ArrayList<>(all.size());
    for (Finding f : all) {
      order.add(order.size());
      severities.add(f.severity());
    }
    order.sort(Comparator.comparing(severities::get));
    List<Finding> findings = new java.util.AbstractList<>() {
      @Override
      public Finding get(int i) {
        return all.get(order.get(i));
      }

      @Override
      public int size() {
        return order.size();
      }
    };
    Map<String, Optional<ReportView.ArticleView>> recent = new java.util.LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Optional<ReportView.ArticleView>> eldest) {
        return size() > RECENT_ARTICLES;
      }
    };
    Function<String, Optional<ReportView.ArticleView>> articleOf = id -> recent.computeIfAbsent(id,
        k -> stream.entries().find(k).map(e -> view(0, e, segmenter)));
    Iterable<ReportView.ArticleView> articles = () -> new java.util.Iterator<>() {
      private final java.util.Iterator<ReportStream.Entry> entries = stream.entries().iterator();
      private int index;

      @Override
      public boolean hasNext() {
        return entries.hasNext();
      }

      @Override
      public ReportView.ArticleView next() {
        return view(++index, entries.next(), segmenter);
      }
    };
    write(stream.entries().size(), findings, i -> ReportView.view(findings.get(i), articleOf), articles,
        stream.entities(), stream.errors(), sink);
  }

  /** Articles whose views a streamed report keeps for the next findings: findings come in article order. */
  private static final int RECENT_ARTICLES = 64;

  private static ReportView.ArticleView view(int index, ReportStream.Entry e, Segmenter segmenter) {
    return new ReportView.ArticleView(index, e.article(), segmenter.segment(e.article()), e.attributions(), e.figures());
  }

  private static void write(int articleCount, List<Finding> findings, IntFunction<ReportView.FindingView> viewAt,
      Iterable<ReportView.ArticleView> articles, List<Entity> entities, List<FileError> errors, java.io.Writer sink)
      throws java.io.IOException {
    StringBuilder out = new StringBuilder();
    out.append("crosscheck: ").append(count(articleCount, "article")).append(", ")
        .append(count(findings.size(), "finding")).append(severityCountsOf(findings)).append("\n\n");
    if (!findings.isEmpty()) {
      out.append("== findings\n");
      for (int i = 0; i < findings.size(); i++) {
        ReportView.FindingView f = viewAt.apply(i);
        String head = String.format(Locale.ROOT, "%-4s %-6s ", f.id(), f.finding().severity());
        wrap(out, typeLabel(f.finding().type()) + ", " + f.scope().label + ": " + Escape.terminal(f.headline()), head,
            " ".repeat(head.length()));
        sink.append(out);
        out.setLength(0);
      }
      out.append("(severity: see \"Severity\" in the README)\n\n");
      for (int i = 0; i < findings.size(); i++) {
        finding(out, viewAt.apply(i));
        sink.append(out); // a finding at a time: thousands of findings are never one string
        out.setLength(0);
      }
    }
    for (ReportView.ArticleView a : articles) {
      article(out, a);
      sink.append(out);
      out.setLength(0);
    }
    List<Entity> merged = entities.stream().filter(e -> e.aliases().size() > 1).toList();
    if (!merged.isEmpty()) {
      out.append("== sources named more than one way: ").append(merged.size()).append('\n');
      for (Entity e : merged) {
        wrap(out, "[" + e.id() + "] " + Escape.terminal(e.name()) + " (" + e.kind() + "): "
            + Escape.terminal(String.join(" | ", e.aliases())), "", "    ");
      }
      out.append('\n');
    }
    if (!errors.isEmpty()) {
      out.append("== errors: ").append(errors.size()).append('\n');
      for (FileError e : errors) {
        out.append(Escape.line(e.file())).append(": ").append(Escape.line(e.message())).append('\n');
      }
    }
    sink.append(out);
    sink.flush();
  }

  private static void finding(StringBuilder out, ReportView.FindingView f) {
    Finding x = f.finding();
    out.append("== ").append(f.id()).append(": ").append(x.severity()).append(' ').append(typeLabel(x.type()))
        .append(", ").append(f.scope().label);
    f.event().ifPresent(e -> out.append(", ").append(e));
    out.append('\n');
    wrap(out, Escape.terminal(f.headline()), "   ", "   ");
    wrap(out, "rule: " + Escape.terminal(x.summary()), "   ", "         ");
    int n = 0;
    for (ReportView.Side s : f.sides()) {
      StringBuilder head = new StringBuilder().append(++n).append(". ");
      if (!s.party().equals(s.outlet())) {
        head.append(PartyNames.capitalised(s.party())).append(" — ");
      }
      head.append(s.place());
      s.figure().ifPresent(g -> head.append(" — ").append(g.text()).append(" (").append(interval(g)).append(')'));
      wrap(out, Escape.terminal(head.toString()) + ":", "   ", "      ");
      wrap(out, Escape.terminal(s.sentenceText()), "      ", "      ");
    }
    out.append('\n');
  }

  private static void article(StringBuilder out, ReportView.ArticleView a) {
    out.append("== ").append(Escape.line(a.article().id()));
    a.article().outlet().ifPresent(o -> out.append(" | ").append(Escape.line(o)));
    a.article().published().ifPresent(d -> out.append(" | ").append(d));
    out.append('\n');
    a.article().title().ifPresent(t -> wrap(out, Escape.line(t), "   ", "   "));
    out.append("   ").append(count(a.attributions().size(), "attributed statement")).append(", ")
        .append(count(a.figures().size(), "figure")).append('\n');
    for (Attribution x : a.attributions()) {
      String head = "¶" + a.paragraphAt(x.start()) + " [" + x.id() + "] " + x.source().name() + " ("
          + x.source().kind() + ", " + x.cue() + ", " + x.mode() + "): " + x.content();
      wrap(out, Escape.terminal(head), "   ", "        ");
    }
    for (Figure g : a.figures()) {
      StringBuilder s = new StringBuilder("¶" + a.paragraphAt(g.start()) + " [" + g.id() + "] " + g.text() + " = "
          + g.kind());
      g.value().ifPresent(v -> s.append(' ').append(number(v)));
      s.append(' ').append(g.qualifier());
      g.unit().ifPresent(u -> s.append(' ').append(u));
      g.subject().ifPresent(u -> s.append(" — ").append(u));
      wrap(out, Escape.terminal(s.toString()), "   ", "        ");
    }
    out.append('\n');
  }

  /** HIGH first, then MEDIUM, then LOW; the report's order within each. */
  static List<ReportView.FindingView> bySeverity(List<ReportView.FindingView> findings) {
    List<ReportView.FindingView> out = new ArrayList<>(findings);
    out.sort(Comparator.comparing(f -> f.finding().severity()));
    return out;
  }

  /** "numeric conflict" for NUMERIC_CONFLICT. */
  static String typeLabel(FindingType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String severityCounts(List<ReportView.FindingView> findings) {
    return severityCountsOf(findings.stream().map(ReportView.FindingView::finding).toList());
  }

  private static String severityCountsOf(List<Finding> findings) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((s, n) -> parts.add(n + " " + s.name().toLowerCase(Locale.ROOT)));
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** "≥ 3,000,000", "≤ 20", "1,080,000–1,320,000", "129". */
  static String interval(Figure g) {
    var i = g.interval();
    if (i.hasLow() && i.hasHigh()) {
      return i.low() == i.high() ? number(i.low()) : number(i.low()) + "–" + number(i.high());
    }
    if (i.hasLow()) {
      return "≥ " + number(i.low());
    }
    return i.hasHigh() ? "≤ " + number(i.high()) : "any value";
  }

  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /**
   * Appends {@code text} with its whitespace collapsed, broken at spaces into lines of at most
   * {@link #WIDTH} characters (a longer word stands alone on its line, uncut).
   */
  static void wrap(StringBuilder out, String text, String firstIndent, String indent) {
    String prefix = firstIndent;
    StringBuilder line = new StringBuilder(prefix);
    boolean empty = true;
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      String word = text.substring(start, i);
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
      }
      line.append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }
}
