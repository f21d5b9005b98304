package io.crosscheck.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The words two wordings of one remark do not share, hunk by hunk along a word alignment (longest
 * common subsequence), with "…" between hunks: "We will not sign any deal" against "We will never
 * sign a deal" gives {@code [not, …, any]} and {@code [never, …, a]}.
 */
record WordingDiff(List<String> onlyFirst, List<String> onlySecond) {
  /** Longest quotes whose word-by-word difference is worked out exactly; longer ones are compared as word sets. */
  private static final int MAX_ALIGNED_WORDS = 400;

  WordingDiff {
    onlyFirst = List.copyOf(onlyFirst);
    onlySecond = List.copyOf(onlySecond);
  }

  /** The words only one side has, in order, "…" marking where shared words came between two hunks. */
  static WordingDiff of(List<String> x, List<String> y) {
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    if (x.size() > MAX_ALIGNED_WORDS || y.size() > MAX_ALIGNED_WORDS) {
      onlyA.addAll(x);
      onlyA.removeAll(y);
      onlyB.addAll(y);
      onlyB.removeAll(x);
    } else {
      int[][] common = new int[x.size() + 1][y.size() + 1];
      for (int i = x.size() - 1; i >= 0; i--) {
        for (int j = y.size() - 1; j >= 0; j--) {
          common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
        }
      }
      int i = 0;
      int j = 0;
      boolean gapA = false;
      boolean gapB = false;
      while (i < x.size() || j < y.size()) {
        if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
          gapA = !onlyA.isEmpty();
          gapB = !onlyB.isEmpty();
          i++;
          j++;
        } else if (j >= y.size() || (i < x.size() && common[i + 1][j] >= common[i][j + 1])) {
          addWithGap(onlyA, x.get(i++), gapA);
          gapA = false;
        } else {
          addWithGap(onlyB, y.get(j++), gapB);
          gapB = false;
        }
      }
    }
    return new WordingDiff(onlyA, onlyB);
  }

  /** Appends a differing word, with "…" first when shared words came between it and the last one. */
  private static void addWithGap(List<String> words, String word, boolean gap) {
    if (gap && !words.isEmpty()) {
      words.add("…");
    }
    words.add(word);
  }
}
