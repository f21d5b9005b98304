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

  /** Told of each run a scan finds; answers whether to go on. */
  @FunctionalInterface
  public interface RunVisitor {
    boolean visit(int start, int end);
  }

  /**
   * Visits each maximal run of code points {@code member} accepts, in text order, until the visitor
   * answers false: the one scanning loop the hand-written word readers share.
   */
  public static void runs(String text, IntPredicate member, RunVisitor visitor) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!member.test(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && member.test(cp = text.codePointAt(i))) {
        i += Character.charCount(cp);
      }
      if (!visitor.visit(start, i)) {
        return;
      }
    }
  }

  private static String[] split(String text, IntPredicate separator) {
    List<String> out = new ArrayList<>();
    int[] from = {0};
    runs(text, separator, (start, end) -> {
      out.add(text.substring(from[0], start));
      from[0] = end;
      return true;
    });
    if (out.isEmpty()) {
      return new String[] {text};
    }
    out.add(text.substring(from[0]));
    int size = out.size();
    while (size > 0 && out.get(size - 1).isEmpty()) {
      size--;
    }
    return out.subList(0, size).toArray(new String[0]);
  }
}
