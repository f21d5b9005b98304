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

  /** One stretch where two wordings part: the words only each side has there; {@code edge} before the first or after the last shared word. */
  record Stretch(List<String> first, List<String> second, boolean edge) {
    Stretch {
      first = List.copyOf(first);
      second = List.copyOf(second);
    }
  }

  /**
   * The stretches where two wordings part along their alignment, in order; empty when either has
   * more than {@link #MAX_ALIGNED_WORDS} words (no alignment is worked out).
   */
  static java.util.Optional<List<Stretch>> stretches(List<String> x, List<String> y) {
    return stretches(x, y, x, y);
  }

  /**
   * {@link #stretches(List, List)} aligned on {@code x} and {@code y} (words as compared: folded
   * spellings) and told in {@code shownX} and {@code shownY}, the same words as written.
   */
  static java.util.Optional<List<Stretch>> stretches(List<String> x, List<String> y, List<String> shownX,
      List<String> shownY) {
    if (x.size() > MAX_ALIGNED_WORDS || y.size() > MAX_ALIGNED_WORDS) {
      return java.util.Optional.empty();
    }
    int[][] common = new int[x.size() + 1][y.size() + 1];
    for (int i = x.size() - 1; i >= 0; i--) {
      for (int j = y.size() - 1; j >= 0; j--) {
        common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Stretch> out = new ArrayList<>();
    List<String> onlyX = new ArrayList<>();
    List<String> onlyY = new ArrayList<>();
    boolean sharedSeen = false;
    int i = 0;
    int j = 0;
    while (i < x.size() || j < y.size()) {
      if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
        if (!onlyX.isEmpty() || !onlyY.isEmpty()) {
          out.add(new Stretch(onlyX, onlyY, !sharedSeen));
          onlyX.clear();
          onlyY.clear();
        }
        sharedSeen = true;
        i++;
        j++;
      } else if (j >= y.size() || (i < x.size() && common[i + 1][j] >= common[i][j + 1])) {
        onlyX.add(shownX.get(i++));
      } else {
        onlyY.add(shownY.get(j++));
      }
    }
    if (!onlyX.isEmpty() || !onlyY.isEmpty()) {
      out.add(new Stretch(onlyX, onlyY, true));
    }
    return java.util.Optional.of(out);
  }

  /** The words only one side has, in order, "…" marking where shared words came between two hunks. */
  static WordingDiff of(List<String> x, List<String> y) {
    return of(x, y, x, y);
  }

  /** {@link #of(List, List)} compared on {@code x} and {@code y} and told in {@code shownX} and {@code shownY}. */
  static WordingDiff of(List<String> x, List<String> y, List<String> shownX, List<String> shownY) {
    List<String> onlyA = new ArrayList<>();
    List<String> onlyB = new ArrayList<>();
    java.util.Optional<List<Stretch>> aligned = stretches(x, y, shownX, shownY);
    if (aligned.isEmpty()) {
      addMissing(onlyA, x, shownX, y);
      addMissing(onlyB, y, shownY, x);
    } else {
      for (Stretch st : aligned.get()) {
        addStretch(onlyA, st.first());
        addStretch(onlyB, st.second());
      }
    }
    return new WordingDiff(onlyA, onlyB);
  }

  /** Appends, as shown, the words of {@code x} that {@code other} lacks. */
  private static void addMissing(List<String> out, List<String> x, List<String> shown, List<String> other) {
    java.util.Set<String> others = new java.util.HashSet<>(other);
    for (int i = 0; i < x.size(); i++) {
      if (!others.contains(x.get(i))) {
        out.add(shown.get(i));
      }
    }
  }

  /** Appends one stretch's words, with "…" first when an earlier stretch gave words to this side. */
  private static void addStretch(List<String> words, List<String> stretch) {
    if (!stretch.isEmpty() && !words.isEmpty()) {
      words.add("…");
    }
    words.addAll(stretch);
  }
}
