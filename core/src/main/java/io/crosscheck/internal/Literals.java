package io.crosscheck.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Cheap tests run before a case-insensitive pattern: a text holding none of the literals every
 * match needs cannot match, so the pattern's scan of every position is skipped.
 *
 * <p>{@code Literals.anyOf("initial", "so far").in(text)} reads the text once, comparing a literal
 * only where its first letter stands (in either case), rather than scanning the text again for
 * each literal and each case of its first letter.
 */
public final class Literals {
  /** Characters below this are looked up in {@link #byFirst}; no literal starts with any other. */
  private static final int ASCII = 128;

  /** For each ASCII character, the literals whose first letter it is in lower or upper case; null for none. */
  private final String[][] byFirst;

  private Literals(List<String> literals) {
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
    for (int c = 0; c < ASCII; c++) {
      byFirst[c] = lists.get(c).isEmpty() ? null : lists.get(c).toArray(String[]::new);
    }
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
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      String[] candidates = c < ASCII ? byFirst[c] : null;
      if (candidates != null) {
        for (String literal : candidates) {
          if (text.regionMatches(true, i, literal, 0, literal.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
