package io.crosscheck.figure;

import java.util.Locale;

/**
 * One word, number or punctuation mark of a sentence, with offsets into the article body.
 *
 * <p>In "over 1.7 million" the second token is {@code Token["1.7", "1.7", 5, 8]}.
 */
record Token(String text, String lower, int start, int end) {
  /** A token whose lower-cased form is computed once, as every reader compares lower-cased words. */
  static Token of(String text, int start, int end) {
    return new Token(text, text.toLowerCase(Locale.ROOT), start, end);
  }

  boolean isWord() {
    return Character.isLetter(text.charAt(0));
  }

  boolean isCapitalised() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean isPunctuation() {
    return !Character.isLetterOrDigit(text.charAt(0));
  }
}
