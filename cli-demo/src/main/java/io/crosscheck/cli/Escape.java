package io.crosscheck.cli;

/**
 * One escaping helper per output format, so article text (which anyone can write) always shows as
 * text. Characters that would act instead of show — control characters, bidirectional overrides,
 * zero-width marks — become a visible {@code [U+202E]} in every format first.
 *
 * <p>{@code html("<script>")} is {@code "&lt;script&gt;"}; {@code terminal("a\u202Eb")} is
 * {@code "a[U+202E]b"}; {@code markdown("[x](javascript:y)")} is {@code "\[x\](javascript:y)"}.
 */
final class Escape {
  private Escape() {}

  /** For a terminal or a plain-text file: control and format characters shown as code points. */
  /** As {@link #terminal}, and a line break too: for names, ids and titles that must stay on one line. */
  static String line(String s) {
    return terminal(s).replace("\n", "[U+000A]");
  }

  static String terminal(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (acts(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 16).append(s, 0, i);
        }
        out.append(String.format("[U+%04X]", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** For HTML text and double- or single-quoted attribute values. */
  static String html(String s) {
    String visible = terminal(s);
    StringBuilder out = new StringBuilder(visible.length() + 16);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** For Markdown text (CommonMark/GFM): every character that could open inline markup, a link or a table cell is backslashed; the
   * text is never placed at the start of a line, so block markers need no escape. */
  static String markdown(String s) {
    String visible = terminal(s);
    StringBuilder out = new StringBuilder(visible.length() + 16);
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|', '~' ->
            out.append('\\').append(c);
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * True for characters that change how text around them is shown rather than showing themselves:
   * C0/C1 controls other than tab and newline, bidi embeddings/overrides/isolates and marks,
   * zero-width characters, the byte order mark and line/paragraph separators.
   */
  static boolean acts(char c) {
    if (c == '\n' || c == '\t') {
      return false;
    }
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
  }
}
