package io.crosscheck.figure;

import io.crosscheck.internal.CharClasses;
import io.crosscheck.internal.JoinedWords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts text into tokens: runs of letters and digits joined by inner hyphens, points, commas,
 * apostrophes, slashes or colons, and single other characters.
 *
 * <p>"some $1,200.50 for twenty-four U.S. hostages" gives [some, $, 1,200.50, for, twenty-four, U.S, ., hostages].
 * An amount after a currency sign whose thousands are set apart by spaces is one token, spaces
 * dropped: "$17 000" gives [$, 17000].
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
  static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)[^\\s)\\]}>\"]{1,2000}");

  private Tokenizer() {}

  /** Tokens of {@code text}, offsets shifted by {@code base}; tokens inside URLs are dropped. */
  static List<Token> tokenize(String text, int base) {
    List<Token> out = new ArrayList<>();
    boolean urls = mayHoldUrl(text);
    long url = urls ? nextUrl(text, 0) : NO_URL;
    int urlStart = url == NO_URL ? Integer.MAX_VALUE : (int) (url >>> 32);
    int urlEnd = url == NO_URL ? Integer.MAX_VALUE : (int) url;
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
        url = nextUrl(text, urlEnd);
        urlStart = url == NO_URL ? Integer.MAX_VALUE : (int) (url >>> 32);
        urlEnd = url == NO_URL ? Integer.MAX_VALUE : (int) url;
      }
      if (start >= urlStart && start < urlEnd) {
        continue;
      }
      int grouped = afterCurrency(out, base + start) ? spaceGroupedEnd(text, start, i) : i;
      if (grouped > i) {
        // "$17 000": thousands set apart by spaces after a currency sign are one amount
        out.add(Token.of(text.substring(start, grouped).replace(" ", ""), base + start, base + grouped));
        i = grouped;
        continue;
      }
      out.add(Token.of(text.substring(start, i), base + start, base + i));
    }
    return out;
  }

  /** Currency signs that may open an amount whose thousands are set apart by spaces. */
  private static final String CURRENCY_SIGNS = "$€£¥";
  /** The most groups of three digits read after the first: "1 500 000 000". */
  private static final int MAX_SPACED_GROUPS = 4;

  /** Whether the last token is a currency sign ending where the next begins: "$" of "$17 000". */
  private static boolean afterCurrency(List<Token> out, int start) {
    if (out.isEmpty()) {
      return false;
    }
    Token last = out.get(out.size() - 1);
    return last.end() == start && last.text().length() == 1 && CURRENCY_SIGNS.indexOf(last.text().charAt(0)) >= 0;
  }

  /**
   * Where the token {@code start}..{@code end} ends once groups of exactly three digits, each after
   * one space, are joined to it: "17 000" of "$17 000 fine"; {@code end} itself unless the token is
   * one to three digits followed by such a group.
   */
  private static int spaceGroupedEnd(String text, int start, int end) {
    if (end - start > 3 || !allDigits(text, start, end)) {
      return end;
    }
    int at = end;
    for (int g = 0; g < MAX_SPACED_GROUPS; g++) {
      int next = at + 1;
      boolean group = next + 3 <= text.length() && text.charAt(at) == ' ' && allDigits(text, next, next + 3)
          && (next + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(next + 3)));
      if (!group) {
        break;
      }
      at = next + 3;
    }
    return at;
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return to > from;
  }

  /** What {@link #nextUrl} gives when no URL follows. */
  static final long NO_URL = -1L;
  /** The most characters a URL takes after its opening, as {@link #URL} bounds it. */
  private static final int MAX_URL_REST = 2000;

  /**
   * The first URL at or after {@code from}, as {@link #URL}'s {@code find} reads it (an "http://",
   * "https://" or "www." in any ASCII case, then up to 2,000 characters that are no space, bracket
   * or quote), read by hand: the pattern's attempt at every position was a tenth of the figure
   * stage on pages that hold a link. Start and end packed as {@code start << 32 | end}; {@link
   * #NO_URL} when none.
   */
  static long nextUrl(String text, int from) {
    int n = text.length();
    for (int p = from; p < n; p++) {
      char c = text.charAt(p);
      int opening = c == 'h' || c == 'H' ? (CharClasses.regionMatchesAscii(text, p, "https://") ? 8
          : CharClasses.regionMatchesAscii(text, p, "http://") ? 7 : 0)
          : c == 'w' || c == 'W' ? (CharClasses.regionMatchesAscii(text, p, "www.") ? 4 : 0) : 0;
      if (opening == 0) {
        continue;
      }
      int e = p + opening;
      for (int taken = 0; e < n && taken < MAX_URL_REST; taken++) {
        int cp = text.codePointAt(e);
        if (CharClasses.isSpace(cp) || cp == ')' || cp == ']' || cp == '}' || cp == '>' || cp == '"') {
          break;
        }
        e += Character.charCount(cp);
      }
      if (e > p + opening) {
        return (long) p << 32 | e;
      }
    }
    return NO_URL;
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
