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
      if (startsAt(text, literal, first) || upper != first && startsAt(text, literal, upper)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code literal} stands, compared without case, where {@code text} holds {@code first}:
   * the places are found by {@link String#indexOf(int, int)}, which scans far faster than a loop
   * reading one character at a time.
   */
  private static boolean startsAt(String text, String literal, char first) {
    int len = literal.length();
    int last = text.length() - len;
    for (int i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
      if (text.regionMatches(true, i, literal, 0, len)) {
        return true;
      }
    }
    return false;
  }
}
