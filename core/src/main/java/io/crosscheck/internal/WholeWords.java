package io.crosscheck.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole-word look-ups read by hand, each giving what a case-insensitive pattern of alternatives
 * between word boundaries gives: {@code WholeWords.of("revised", "updated").in(text)} is
 * {@code Pattern.compile("(?i)\\b(?:revised|updated)\\b").matcher(text).find()}, without the
 * pattern's attempt at every position of the text.
 *
 * <p>Words are what {@code \b} reads as words: letters, digits and underscores, and combining marks
 * on a letter or digit. Case is folded for ASCII letters only, as {@code (?i)} folds it.
 */
public final class WholeWords {
  /** The words by their first letter, 'a' first: a run of text is compared with those it can be. */
  private final List<List<String>> byFirstLetter;
  private final int shortest;
  private final int longest;

  private WholeWords(List<String> words) {
    List<List<String>> letters = new ArrayList<>();
    for (char c = 'a'; c <= 'z'; c++) {
      char first = c;
      letters.add(words.stream().filter(w -> w.charAt(0) == first).toList());
    }
    this.byFirstLetter = List.copyOf(letters);
    this.shortest = words.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
    this.longest = words.stream().mapToInt(String::length).max().orElse(0);
  }

  /** The alternatives, each one word of lower-case ASCII letters. */
  public static WholeWords of(String... words) {
    for (String w : words) {
      if (w.isEmpty() || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        throw new IllegalArgumentException("not one lower-case ASCII word: " + w);
      }
    }
    return new WholeWords(List.of(words));
  }

  /** Whether {@code text} holds one of the words as a whole word. */
  public boolean in(String text) {
    int n = text.length();
    int runStart = -1;
    boolean base = false; // whether the last character that is no combining mark is a letter or digit
    int i = 0;
    while (i <= n) {
      boolean word = false;
      int size = 1;
      if (i < n) {
        int cp = text.codePointAt(i);
        size = Character.charCount(cp);
        if (Character.getType(cp) == Character.NON_SPACING_MARK) {
          word = base;
        } else {
          base = Character.isLetterOrDigit(cp);
          word = base || cp == '_';
        }
      }
      if (word && runStart < 0) {
        runStart = i;
      } else if (!word && runStart >= 0) {
        if (i - runStart >= shortest && i - runStart <= longest && matches(text, runStart, i)) {
          return true;
        }
        runStart = -1;
      }
      i += size;
    }
    return false;
  }

  private boolean matches(String text, int from, int to) {
    char c = text.charAt(from);
    char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    if (lower < 'a' || lower > 'z') {
      return false; // every word is lower-case ASCII letters
    }
    for (String w : byFirstLetter.get(lower - 'a')) {
      if (w.length() == to - from && CharClasses.regionMatchesAscii(text, from, w)) {
        return true;
      }
    }
    return false;
  }

  /** "didn't", "won’t": a word ending in n't, as {@code (?i)\\Bn['’]t\\b} finds it. */
  public static boolean contractedNot(String text) {
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '’') && (text.charAt(i - 1) | 0x20) == 'n' && wordBefore(text, i - 1)
          && (text.charAt(i + 1) | 0x20) == 't' && !wordAt(text, i + 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a word character stands before {@code at}, as {@code \b} reads it: a letter, digit or
   * underscore, or a combining mark on a letter or digit.
   */
  public static boolean wordBefore(String text, int at) {
    if (at == 0) {
      return false;
    }
    int ch = text.codePointBefore(at);
    if (Character.isLetterOrDigit(ch) || ch == '_') {
      return true;
    }
    return Character.getType(ch) == Character.NON_SPACING_MARK && onLetterOrDigit(text, at - Character.charCount(ch));
  }

  /** Whether a word character, as {@code \b} reads it, starts at {@code at} (false at the end). */
  public static boolean wordAt(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    int ch = text.codePointAt(at);
    if (Character.isLetterOrDigit(ch) || ch == '_') {
      return true;
    }
    return Character.getType(ch) == Character.NON_SPACING_MARK && onLetterOrDigit(text, at);
  }

  /** Whether the combining mark at {@code at} sits, past any other marks, on a letter or digit. */
  private static boolean onLetterOrDigit(String text, int at) {
    for (int x = at - 1; x >= 0; x--) {
      int c = text.codePointAt(x);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return false;
  }
}
