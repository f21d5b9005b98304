package io.crosscheck.figure;

import java.util.Locale;

/**
 * One word, number or punctuation mark of a sentence, with offsets into the article body.
 *
 * <p>In "over 1.7 million" the second token is {@code Token["1.7", 5, 8]}.
 */
record Token(String text, int start, int end) {
  String lower() {
    return text.toLowerCase(Locale.ROOT);
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
