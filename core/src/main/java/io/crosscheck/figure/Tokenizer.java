package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts text into tokens: runs of letters and digits joined by inner hyphens, points, commas,
 * apostrophes, slashes or colons, and single other characters.
 *
 * <p>"some $1,200.50 for twenty-four U.S. hostages" gives [some, $, 1,200.50, for, twenty-four, U.S, ., hostages].
 */
final class Tokenizer {
  /**
   * A word with up to eight joined parts, or any one non-space character: "22,000", "three-quarters",
   * "Blinken’s", "10:30", "%". Joiners and parts are disjoint classes, so matching is linear.
   */
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]{1,60}(?:[-.,'’/:][\\p{L}\\p{N}]{1,60}){0,8}|\\S");

  /** "https://example.org/a-1?b=2", "www.example.org/x": numbers inside are never figures. */
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s)\\]}>\"]{1,2000}");

  private Tokenizer() {}

  /** Tokens of {@code text}, offsets shifted by {@code base}; tokens inside URLs are dropped. */
  static List<Token> tokenize(String text, int base) {
    List<Token> out = new ArrayList<>();
    Matcher url = URL.matcher(text);
    int urlStart = url.find() ? url.start() : Integer.MAX_VALUE;
    int urlEnd = urlStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : url.end();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      while (m.start() >= urlEnd) {
        urlStart = url.find() ? url.start() : Integer.MAX_VALUE;
        urlEnd = urlStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : url.end();
      }
      if (m.start() >= urlStart && m.start() < urlEnd) {
        continue;
      }
      out.add(Token.of(m.group(), base + m.start(), base + m.end()));
    }
    return out;
  }
}
