package io.crosscheck.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cheap tests run before a case-insensitive pattern: a text holding none of the literals every
 * match needs cannot match, so the pattern's scan of every position is skipped.
 *
 * <p>{@code Literals.anyOf("initial", "so far").in(text)} reads the text once, comparing a literal
 * only where its first letter stands (in either case), rather than scanning the text again for
 * each literal and each case of its first letter; and, for a sentence ({@link #inSentence}), not at
 * all when its {@link Bigrams}, read once for every test put to it, lack a pair of letters of each literal.
 */
public final class Literals {
  /** Characters below this are looked up in {@link #byFirst}; no literal starts with any other. */
  private static final int ASCII = 128;

  /** For each ASCII character, the literals whose first letter it is in lower or upper case; null for none. */
  private final String[][] byFirst;

  /**
   * For each ASCII first letter, the ASCII characters (in either case) that a literal starting with
   * it has second; null where a one-letter literal lets any character follow. Most places where a
   * first letter stands ("t", "r") are left at the second character, without comparing a literal.
   */
  private final boolean[][] secondOf;

  /** Each literal's {@link Bigrams#pairs}: a text whose pairs miss one of each holds no literal, and is not read. */
  private final int[][] pairs;

  private Literals(List<String> literals) {
    this.pairs = literals.stream().map(Bigrams::pairs).toArray(int[][]::new);
    List<List<String>> lists = new ArrayList<>();
    for (int c = 0; c < ASCII; c++) {
      lists.add(new ArrayList<>());
    }
    for (String literal : literals) {
      char first = literal.charAt(0);
      char upper = Character.toUpperCase(first);
      lists.get(first).add(literal);
      if (upper != first) {
        lists.get(upper).add(literal);
      }
    }
    this.byFirst = new String[ASCII][];
    this.secondOf = new boolean[ASCII][];
    for (int c = 0; c < ASCII; c++) {
      byFirst[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(String[]::new);
      secondOf[c] = byFirst[c] == null ? null : seconds(byFirst[c]);
    }
  }

  /** The characters that may stand second where one of {@code literals} starts; null if any may. */
  private static boolean[] seconds(String[] literals) {
    boolean[] out = new boolean[ASCII];
    for (String literal : literals) {
      if (literal.length() < 2) {
        return null;
      }
      char second = literal.charAt(1);
      out[second] = true;
      out[Character.toUpperCase(second)] = true;
    }
    return out;
  }

  /**
   * The literals, each non-empty lower-case ASCII text (spaces allowed: "so far").
   *
   * @param literals the literals
   * @return the test
   */
  public static Literals anyOf(String... literals) {
    for (String l : literals) {
      if (l.isEmpty() || !l.chars().allMatch(c -> c < ASCII && !Character.isUpperCase(c))) {
        throw new IllegalArgumentException("not a lower-case ASCII literal: " + l);
      }
    }
    return new Literals(List.of(literals));
  }

  /**
   * Whether {@code text} holds one of the literals, its letters compared without case at least as
   * loosely as a {@code (?i)} pattern compares them.
   *
   * @param text the text
   * @return whether a literal stands in it
   */
  public boolean in(String text) {
    return indexIn(text, 0) >= 0;
  }

  /**
   * {@link #in}, for a text that many tests are put to, a sentence's text: its {@link Bigrams},
   * read once per thread while it stays among the recent texts, rule most lists out without a
   * scan. A text made for one test (a window cut from a sentence, a single word) goes to {@link
   * #in}: reading its pairs would cost a scan of its own and push a sentence's pairs out.
   *
   * @param text the text, the same object each time it is asked of
   * @return whether a literal stands in it
   */
  public boolean inSentence(String text) {
    return mayStand(text) && indexIn(text, 0) >= 0;
  }

  /** Whether one of the literals may stand in {@code text}, by the text's {@link Bigrams}. */
  private boolean mayStand(String text) {
    Bigrams held = Bigrams.of(text);
    for (int[] p : pairs) {
      if (held.mayHold(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first place at or after {@code from} where one of the literals stands in {@code text},
   * compared as {@link #in} compares them; -1 when there is none. Of "denied" and "rejected",
   * one stands first at 7 in "no, it denied it".
   *
   * @param text the text
   * @param from where to start looking
   * @return the place, or -1
   */
  public int indexIn(String text, int from) {
    int n = text.length();
    for (int i = Math.max(0, from); i < n; i++) {
      char c = text.charAt(i);
      String[] candidates = c < ASCII ? byFirst[c] : null;
      if (candidates != null && maySecond(secondOf[c], text, i + 1)) {
        for (String literal : candidates) {
          if (text.regionMatches(true, i, literal, 0, literal.length())) {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /**
   * Whether the character at {@code at} may be a literal's second: any where {@code seconds} is null
   * or the text ends (the full comparison decides), and any beyond ASCII, which may fold to one.
   */
  private static boolean maySecond(boolean[] seconds, String text, int at) {
    if (seconds == null || at >= text.length()) {
      return true;
    }
    char c = text.charAt(at);
    return c >= ASCII || seconds[c];
  }
}
