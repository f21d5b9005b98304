package io.crosscheck.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Splits the text readers make per figure and per name, read by hand: {@code String.split}
 * compiles its pattern on every call and runs the regex engine over the text. Each method gives
 * exactly what the split it names gives: a leading empty string when the text opens with a
 * separator, trailing empty strings dropped, the text itself when it holds no separator.
 */
public final class Splits {
  private Splits() {}

  /** {@code text.split("\\s+")}. */
  public static String[] onSpaces(String text) {
    return split(text, CharClasses::isSpace);
  }

  /** {@code text.split("[^\\p{L}]+")}. */
  public static String[] onNonLetters(String text) {
    return split(text, cp -> !Character.isLetter(cp));
  }

  private static String[] split(String text, IntPredicate separator) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int from = 0;
    int i = 0;
    boolean separated = false;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!separator.test(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && separator.test(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      out.add(text.substring(from, start));
      from = i;
      separated = true;
    }
    if (!separated) {
      return new String[] {text};
    }
    out.add(text.substring(from));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) {
      size--;
    }
    return out.subList(0, size).toArray(new String[0]);
  }
}
