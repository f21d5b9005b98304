package io.crosscheck.cli;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    StringBuilder out = new StringBuilder();
    List<ReportView.FindingView> findings = bySeverity(view.findings());
    out.append("crosscheck: ").append(count(view.articles().size(), "article")).append(", ")
        .append(count(findings.size(), "finding")).append(severityCounts(findings)).append("\n\n");
    if (!findings.isEmpty()) {
      out.append("== findings\n");
      for (ReportView.FindingView f : findings) {
        String head = String.format(Locale.ROOT, "%-4s %-6s ", f.id(), f.finding().severity());
        wrap(out, typeLabel(f.finding().type()) + ", " + f.scope().label + ": " + Escape.terminal(f.headline()), head,
            " ".repeat(head.length()));
      }
      out.append("(severity: see \"Severity\" in the README)\n\n");
      sink.append(out);
      out.setLength(0);
      for (ReportView.FindingView f : findings) {
        finding(out, f);
        sink.append(out); // a finding at a time: thousands of findings are never one string
        out.setLength(0);
      }
    }
    for (ReportView.ArticleView a : view.articles()) {
      article(out, a);
      sink.append(out);
      out.setLength(0);
    }
    List<Entity> merged = view.report().entities().stream().filter(e -> e.aliases().size() > 1).toList();
    if (!merged.isEmpty()) {
      out.append("== sources named more than one way: ").append(merged.size()).append('\n');
      for (Entity e : merged) {
        wrap(out, "[" + e.id() + "] " + Escape.terminal(e.name()) + " (" + e.kind() + "): "
            + Escape.terminal(String.join(" | ", e.aliases())), "", "    ");
      }
      out.append('\n');
    }
    if (!view.report().errors().isEmpty()) {
      out.append("== errors: ").append(view.report().errors().size()).append('\n');
      for (FileError e : view.report().errors()) {
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
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    findings.forEach(f -> counts.merge(f.finding().severity(), 1, Integer::sum));
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
