package io.crosscheck.internal;

import java.util.List;

/**
 * Cheap tests run before a case-insensitive pattern: a text holding none of the literals every
 * match needs cannot match, so the pattern's scan of every position is skipped.
 */
public final class Literals {
  private Literals() {}

  /**
   * Whether {@code text} holds one of {@code literals} (lower-case ASCII), its letters compared
   * without case at least as loosely as a {@code (?i)} pattern compares them.
   */
  public static boolean containsAnyIgnoreCase(String text, List<String> literals) {
    for (String literal : literals) {
      char first = literal.charAt(0);
      char upper = Character.toUpperCase(first);
      int len = literal.length();
      for (int i = 0; i + len <= text.length(); i++) {
        char c = text.charAt(i);
        if ((c == first || c == upper) && text.regionMatches(true, i, literal, 0, len)) {
          return true;
        }
      }
    }
    return false;
  }
}
