package io.crosscheck.cli;

import io.crosscheck.model.FindingType;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a report as Markdown for a ticket or a chat: the findings as a list with every side quoted
 * (disputed words in bold), then a table per disputed quantity. Article text goes through
 * {@link Escape#markdown}, so it can neither open a link nor break a table.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  static String write(ReportView view) {
    StringBuilder b = new StringBuilder();
    List<ReportView.FindingView> findings = TextReport.bySeverity(view.findings());
    b.append("# crosscheck report\n\n").append(TextReport.count(view.articles().size(), "article")).append(", ")
        .append(TextReport.count(findings.size(), "finding")).append(TextReport.severityCounts(findings)).append(".\n\n");
    if (!findings.isEmpty()) {
      b.append("## Findings\n\n");
    }
    for (ReportView.FindingView f : findings) {
      b.append("- **").append(f.id()).append(" · ").append(f.finding().severity()).append(" · ")
          .append(TextReport.typeLabel(f.finding().type())).append("**, ").append(f.scope().label);
      f.event().ifPresent(e -> b.append(", ").append(Escape.markdown(e)));
      b.append(": ").append(Escape.markdown(f.headline())).append('\n');
      for (ReportView.Side s : f.sides()) {
        b.append("  - ").append(Escape.markdown(s.place()));
        if (!s.party().equals(s.outlet())) {
          b.append(" (").append(Escape.markdown(s.party())).append(')');
        }
        b.append(":\n    > ");
        marked(b, s);
        b.append('\n');
      }
    }
    List<ReportView.FindingView> quantities = findings.stream()
        .filter(f -> f.finding().type() == FindingType.NUMERIC_CONFLICT)
        .filter(f -> f.sides().stream().anyMatch(s -> s.figure().isPresent())).toList();
    if (!quantities.isEmpty()) {
      b.append("\n## Disputed quantities\n");
    }
    for (ReportView.FindingView f : quantities) {
      ReportView.Side first = f.sides().stream().filter(s -> s.figure().isPresent()).findFirst().orElseThrow();
      b.append("\n### ").append(f.id()).append(": ")
          .append(Escape.markdown(PartyNames.capitalised(Headline.quantity(first.figure().get())))).append("\n\n")
          .append("| Outlet | Date | Paragraph | Source | Figure | Values |\n|---|---|---|---|---|---|\n");
      for (ReportView.Side s : f.sides()) {
        if (s.figure().isEmpty()) {
          continue;
        }
        var g = s.figure().get();
        b.append("| ").append(Escape.markdown(s.outlet())).append(" | ")
            .append(s.article().article().published().map(Object::toString).orElse("")).append(" | ")
            .append(s.paragraph() > 0 ? Integer.toString(s.paragraph()) : "").append(" | ")
            .append(Escape.markdown(s.party())).append(" | ").append(Escape.markdown(g.text())).append(" | ")
            .append(Escape.markdown(TextReport.interval(g) + g.unit().map(u -> " " + u).orElse(""))).append(" |\n");
      }
    }
    if (!view.report().errors().isEmpty()) {
      b.append("\n## Files not read\n\n");
      view.report().errors().forEach(e -> b.append("- ").append(Escape.markdown(e.file())).append(": ")
          .append(Escape.markdown(e.message())).append('\n'));
    }
    return b.toString();
  }

  /** The side's sentence with the disputed words in bold, whitespace collapsed onto one line. */
  private static void marked(StringBuilder b, ReportView.Side s) {
    String text = s.sentenceText();
    int origin = s.sentence().start();
    List<Span> marks = new ArrayList<>(s.marks());
    marks.sort(Comparator.naturalOrder());
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span m : marks) {
      int start = Math.max(at, m.start() - origin);
      int end = Math.min(text.length(), m.end() - origin);
      if (start >= end) {
        continue;
      }
      String inner = text.substring(start, end).strip();
      out.append(Escape.markdown(text.substring(at, start)));
      if (!inner.isEmpty()) {
        out.append("**").append(Escape.markdown(inner)).append("**");
      }
      at = end;
    }
    out.append(Escape.markdown(text.substring(at)));
    b.append(collapse(out.toString()));
  }

  private static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }
}
