package io.crosscheck.internal;

/** Character classes the hand-written text readers share, each equal to the regex class it names. */
public final class CharClasses {
  private CharClasses() {}

  /** A letter or a number: {@code [\p{L}\p{N}]}. */
  public static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** White space as {@code \s} reads it: space, tab, line breaks, vertical tab and form feed. */
  public static boolean isSpace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r';
  }

  /**
   * Whether {@code text} holds {@code lower} (lower-case ASCII) at {@code at}, ASCII letters
   * compared without case, as a {@code (?i)} pattern compares them (other letters exactly).
   */
  public static boolean regionMatchesAscii(String text, int at, String lower) {
    if (at < 0 || at + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(at + k);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
