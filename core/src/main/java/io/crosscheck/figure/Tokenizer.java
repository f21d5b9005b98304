package io.crosscheck.figure;

import io.crosscheck.internal.CharClasses;
import io.crosscheck.internal.JoinedWords;
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
  static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]{1,60}(?:[-.,'’/:][\\p{L}\\p{N}]{1,60}){0,8}|\\S");
  /** Characters that join the parts of one token. */
  private static final String JOINERS = "-.,'’/:";

  /** "https://example.org/a-1?b=2", "www.example.org/x": numbers inside are never figures. */
  private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s)\\]}>\"]{1,2000}");

  private Tokenizer() {}

  /** Tokens of {@code text}, offsets shifted by {@code base}; tokens inside URLs are dropped. */
  static List<Token> tokenize(String text, int base) {
    List<Token> out = new ArrayList<>();
    Matcher url = URL.matcher(mayHoldUrl(text) ? text : "");
    int urlStart = url.find() ? url.start() : Integer.MAX_VALUE;
    int urlEnd = urlStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : url.end();
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (CharClasses.isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      i = tokenEnd(text, start);
      while (start >= urlEnd) {
        urlStart = url.find() ? url.start() : Integer.MAX_VALUE;
        urlEnd = urlStart == Integer.MAX_VALUE ? Integer.MAX_VALUE : url.end();
      }
      if (start >= urlStart && start < urlEnd) {
        continue;
      }
      out.add(Token.of(text.substring(start, i), base + start, base + i));
    }
    return out;
  }

  /** Whether {@link #URL} could match: the text holds "://" or "www." in any case (found without the pattern's scan). */
  static boolean mayHoldUrl(String text) {
    if (text.indexOf("://") >= 0) {
      return true;
    }
    for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
      if (text.regionMatches(true, dot - 3, "www", 0, 3)) {
        return true;
      }
    }
    return false;
  }

  /** Where the token starting at {@code start} (not a space) ends, as {@link #TOKEN} reads it. */
  static int tokenEnd(String text, int start) {
    int end = JoinedWords.end(text, start, text.length(), JOINERS);
    return end > start ? end : start + Character.charCount(text.codePointAt(start));
  }
}
