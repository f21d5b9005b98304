package io.crosscheck.internal;

/**
 * Reads a word of runs of letters and digits joined by single joiner characters, as the pattern
 * {@code [\p{L}\p{N}]{1,60}(?:[J][\p{L}\p{N}]{1,60}){0,8}} reads it for a joiner class J disjoint
 * from letters and digits. Greedy runs never give back: a joiner cannot follow a run cut short, so
 * the hand reading and the pattern end in the same place.
 */
public final class JoinedWords {
  /** Letters or digits in one run, at most. */
  public static final int MAX_RUN = 60;
  /** Joined runs after the first, at most. */
  public static final int MAX_JOINED = 8;

  private JoinedWords() {}

  /**
   * Where the joined word starting at {@code from} ends, reading no further than {@code limit};
   * {@code from} itself when no letter or digit starts there.
   */
  public static int end(String text, int from, int limit, String joiners) {
    int e = run(text, from, limit);
    if (e == from) {
      return from;
    }
    for (int k = 0; k < MAX_JOINED && e + 1 < limit && joiners.indexOf(text.charAt(e)) >= 0
        && CharClasses.isWordChar(codePointAt(text, e + 1, limit)); k++) {
      e = run(text, e + 1, limit);
    }
    return e;
  }

  /** The end of the run of up to {@link #MAX_RUN} letters and digits that starts at {@code from}. */
  private static int run(String text, int from, int limit) {
    int i = from;
    for (int n = 0; n < MAX_RUN && i < limit; n++) {
      int cp = codePointAt(text, i, limit);
      if (!CharClasses.isWordChar(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return i;
  }

  /** The code point at {@code i}, a surrogate pair only when both halves lie before {@code limit}. */
  public static int codePointAt(String text, int i, int limit) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }
}
