package io.crosscheck.internal;

import java.util.Random;

/**
 * Random short texts over an alphabet, for tests that compare a hand-written reader with the
 * pattern it replaces. A surrogate pair in the alphabet is drawn whole; drawn alone, its low half
 * gives {@code filler}.
 */
public final class RandomTexts {
  private final String alphabet;
  private final String filler;
  private final Random random;

  public RandomTexts(String alphabet, String filler, long seed) {
    this.alphabet = alphabet;
    this.filler = filler;
    this.random = new Random(seed);
  }

  /** A text of fewer than {@code maxLength} draws. */
  public String next(int maxLength) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(maxLength);
    for (int k = 0; k < length; k++) {
      int at = random.nextInt(alphabet.length() - 1);
      char c = alphabet.charAt(at);
      sb.append(Character.isHighSurrogate(c) ? alphabet.substring(at, at + 2) : Character.isLowSurrogate(c) ? filler : String.valueOf(c));
    }
    return sb.toString();
  }

  /** A coin toss from the same generator. */
  public boolean nextBoolean() {
    return random.nextBoolean();
  }
}
