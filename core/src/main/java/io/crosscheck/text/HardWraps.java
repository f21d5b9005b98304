package io.crosscheck.text;

import java.util.Arrays;

/**
 * Wire copy stored hard-wrapped: lines broken at a fixed width, mid-sentence, so a single newline
 * no longer marks a paragraph.
 *
 * <pre>
 * The port board told the U.N.
 * Maritime Office on Friday that it had seized a
 * ship which entered its harbour.
 * </pre>
 *
 * <p>A body is hard-wrapped when most of its line breaks fall inside a sentence (the line ends in a
 * lower-case letter, a digit or a comma) and its lines are short. In such a body a line break is
 * soft, read as a space, unless the line ends a sentence well short of the wrap width ("ship which
 * entered its harbour." above), a blank line or a list item ("- 12 hurt") follows. The text keeps its length, so every offset
 * into it is an offset into the stored body.
 */
final class HardWraps {
  /** Fewer lines than this say nothing about a wrap width. */
  private static final int MIN_LINES = 6;
  /** At least this many breaks inside a sentence, and at least this share of all breaks. */
  private static final int MIN_OPEN_BREAKS = 4;
  private static final double MIN_OPEN_SHARE = 0.4;
  /** Nine lines in ten are at most this long in wrapped copy; a scraped paragraph per line is longer. */
  private static final int MAX_WRAPPED_LINE = 100;
  /** A line ending a sentence shorter than this share of the wrap width ends its paragraph. */
  private static final double PARAGRAPH_END_SHARE = 0.85;

  private HardWraps() {}

  /** {@code body} with the soft line breaks of hard-wrapped copy as spaces; {@code body} itself when it is not wrapped. */
  static String unwrap(String body) {
    // One scan by newline counts the breaks between two lines of text and those inside a sentence:
    // most bodies (a paragraph per line) leave here, with no table built.
    int lines = 0;
    int breaks = 0;
    int open = 0;
    boolean previousText = false;
    boolean previousOpen = false;
    for (int start = 0;;) {
      int newline = body.indexOf('\n', start);
      int end = newline < 0 ? body.length() : newline;
      int last = lastChar(body, start, end);
      boolean text = last >= start;
      if (text && previousText) {
        breaks++;
        open += previousOpen ? 1 : 0;
      }
      previousText = text;
      previousOpen = text && endsOpen(body.charAt(last));
      lines++;
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    if (lines < MIN_LINES || open < MIN_OPEN_BREAKS || open < MIN_OPEN_SHARE * breaks) {
      return body;
    }
    int[] starts = lineStarts(body, lines);
    int[] lengths = new int[lines];
    for (int i = 0; i < lines; i++) {
      lengths[i] = lineEnd(body, starts, i) - starts[i];
    }
    int[] sorted = lengths.clone();
    Arrays.sort(sorted);
    int width = sorted[(int) Math.floor(0.9 * (lines - 1))];
    if (width > MAX_WRAPPED_LINE) {
      return body;
    }
    char[] out = body.toCharArray();
    for (int i = 0; i + 1 < lines; i++) {
      int end = lineEnd(body, starts, i);
      if (blank(body, starts, i) || blank(body, starts, i + 1)) {
        continue;
      }
      boolean paragraphEnd = lengths[i] < PARAGRAPH_END_SHARE * width && SentenceSplitter.endsSentence(body, starts[i], end)
          || isBullet(body.charAt(starts[i + 1]));
      if (!paragraphEnd) {
        out[end] = ' ';
      }
    }
    return new String(out);
  }

  /** A list item starts its own line however the copy is wrapped: "- 12 hurt in Orsk". */
  private static boolean isBullet(char first) {
    return first == '-' || first == '*' || first == '\u2022' || first == '\u2013';
  }

  /** A line ending inside a sentence: "held three of its crew in", "as he said,". */
  private static boolean endsOpen(char last) {
    return Character.isLowerCase(last) || Character.isDigit(last) || last == ',' || last == ';';
  }

  /** Where each of the body's {@code lines} lines starts. */
  private static int[] lineStarts(String body, int lines) {
    int[] starts = new int[lines];
    for (int k = 1, at = body.indexOf('\n'); k < lines; k++, at = body.indexOf('\n', at + 1)) {
      starts[k] = at + 1;
    }
    return starts;
  }

  /** The offset of line {@code i}'s newline, or the body's end for the last line. */
  private static int lineEnd(String body, int[] starts, int i) {
    return i + 1 < starts.length ? starts[i + 1] - 1 : body.length();
  }

  private static boolean blank(String body, int[] starts, int i) {
    return lastChar(body, starts[i], lineEnd(body, starts, i)) < starts[i];
  }

  /** The offset of the line's last non-blank character, or one before its start when it has none. */
  private static int lastChar(String body, int start, int end) {
    int e = end - 1;
    while (e >= start && Character.isWhitespace(body.charAt(e))) {
      e--;
    }
    return e;
  }
}
