package io.crosscheck.cli;

import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words two wordings of one remark do not share, by a longest common subsequence of words.
 *
 * <p>"We will not rest until everyone is home" against "We won't stop until everyone is back home"
 * marks "will not rest" in the first and "won't stop", "back" in the second. Case, curly apostrophes
 * and punctuation are ignored. Only the first {@value #MAX_WORDS} words of each side are compared,
 * so the table stays small on hostile input.
 */
final class WordDiff {
  static final int MAX_WORDS = 300;

  /** The spans (offsets into each text) of the words the other text lacks. */
  record Result(List<Span> onlyInFirst, List<Span> onlyInSecond) {
    Result {
      onlyInFirst = List.copyOf(onlyInFirst);
      onlyInSecond = List.copyOf(onlyInSecond);
    }
  }

  private WordDiff() {}

  static Result of(String first, String second) {
    List<Span> a = words(first);
    List<Span> b = words(second);
    String[] ka = keys(first, a);
    String[] kb = keys(second, b);
    int[][] lcs = new int[ka.length + 1][kb.length + 1];
    for (int i = ka.length - 1; i >= 0; i--) {
      for (int j = kb.length - 1; j >= 0; j--) {
        lcs[i][j] = ka[i].equals(kb[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    boolean[] sharedA = new boolean[ka.length];
    boolean[] sharedB = new boolean[kb.length];
    int i = 0;
    int j = 0;
    while (i < ka.length && j < kb.length) {
      if (ka[i].equals(kb[j])) {
        sharedA[i++] = true;
        sharedB[j++] = true;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return new Result(unshared(a, sharedA), unshared(b, sharedB));
  }

  /** Maximal runs of letters, digits and apostrophes, at most {@value #MAX_WORDS}. */
  static List<Span> words(String s) {
    List<Span> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= s.length() && out.size() < MAX_WORDS; i++) {
      boolean word = i < s.length() && isWordChar(s.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        out.add(Span.of(start, i));
        start = -1;
      }
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
  }

  private static String[] keys(String text, List<Span> words) {
    String[] out = new String[words.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = words.get(i).in(text).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    }
    return out;
  }

  private static List<Span> unshared(List<Span> words, boolean[] shared) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < shared.length; i++) {
      if (!shared[i]) {
        out.add(words.get(i));
      }
    }
    return out;
  }
}
