package io.crosscheck.cli;

import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import java.util.List;

/** Writes a {@link Report} as a readable summary: per article its statements and figures, then findings. */
final class TextReport {
  private static final int CONTENT_WIDTH = 100;

  private TextReport() {}

  static String write(Report report) {
    StringBuilder out = new StringBuilder();
    for (Article a : report.articles()) {
      out.append("== ").append(safe(a.id()));
      a.outlet().ifPresent(o -> out.append(" | ").append(safe(o)));
      a.published().ifPresent(d -> out.append(" | ").append(d));
      out.append('\n');
      a.title().ifPresent(t -> out.append("   ").append(safe(t)).append('\n'));
      List<Attribution> atts = report.attributions().stream().filter(x -> x.article().equals(a.id())).toList();
      List<Figure> figs = report.figures().stream().filter(x -> x.article().equals(a.id())).toList();
      out.append("   ").append(atts.size()).append(" attributed statements, ").append(figs.size()).append(" figures\n");
      for (Attribution x : atts) {
        out.append("   [").append(safe(x.id())).append("] ").append(safe(x.source().name())).append(" (")
            .append(x.source().kind()).append(", ").append(safe(x.cue())).append(", ").append(x.mode()).append("): ")
            .append(clip(x.content())).append('\n');
      }
      for (Figure f : figs) {
        out.append("   [").append(f.id()).append("] ").append(safe(f.text())).append(" = ").append(f.kind());
        f.value().ifPresent(v -> out.append(' ').append(format(v)));
        out.append(' ').append(f.qualifier());
        f.unit().ifPresent(u -> out.append(' ').append(safe(u)));
        f.subject().ifPresent(s -> out.append(" — ").append(safe(s)));
        out.append('\n');
      }
      out.append('\n');
    }
    List<Entity> merged = report.entities().stream().filter(e -> e.aliases().size() > 1).toList();
    if (!merged.isEmpty()) {
      out.append("== sources named more than one way: ").append(merged.size()).append('\n');
      for (Entity e : merged) {
        out.append("[").append(e.id()).append("] ").append(safe(e.name())).append(" (").append(e.kind()).append("): ")
            .append(safe(String.join(" | ", e.aliases()))).append('\n');
      }
      out.append('\n');
    }
    out.append("== findings: ").append(report.findings().size()).append('\n');
    for (Finding f : report.findings()) {
      out.append("[").append(f.id()).append("] ").append(f.type()).append(" (").append(f.severity()).append(") ")
          .append(safe(f.summary())).append('\n');
      for (Evidence e : f.evidence()) {
        out.append("     ").append(safe(e.article())).append(" @").append(e.span().start()).append(": ")
            .append(clip(e.text())).append('\n');
      }
    }
    if (!report.errors().isEmpty()) {
      out.append("\n== errors: ").append(report.errors().size()).append('\n');
      for (FileError e : report.errors()) {
        out.append(safe(e.file())).append(": ").append(safe(e.message())).append('\n');
      }
    }
    return out.toString();
  }

  static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * Text from the input made safe for a terminal: control characters (ESC, BEL, CR, LF, the C1
   * set) and line or paragraph separators become visible escapes, so a title holding
   * {@code "\u001B[2J"} or a newline and a fake {@code "== findings: 99"} line prints as one line.
   */
  static String safe(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  private static String clip(String s) {
    String flat = safe(s.replaceAll("\\s+", " ").strip());
    return flat.length() <= CONTENT_WIDTH ? flat : flat.substring(0, CONTENT_WIDTH - 1) + "…";
  }
}
