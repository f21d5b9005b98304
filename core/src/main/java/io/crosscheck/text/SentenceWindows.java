package io.crosscheck.text;

import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Cuts a "sentence" longer than any news sentence (a results table with no full stop, a page rule of
 * dashes) into windows of at most {@link #MAX} characters, so the work one sentence can cost is
 * bounded and a long one costs in proportion to its length.
 *
 * <p>A window ends at the last white space of its second half when there is one, else at the limit
 * (never between the two halves of a surrogate pair). The longest sentence in the project's test
 * and real articles has 560 characters, so ordinary prose is never cut.
 */
public final class SentenceWindows {
  /** The longest sentence analysed as one. */
  public static final int MAX = 1_000;

  private SentenceWindows() {}

  /** {@code span} itself when short enough, else its windows in order, covering it without gaps. */
  static List<Span> cut(String body, Span span) {
    if (span.length() <= MAX) {
      return List.of(span);
    }
    List<Span> out = new ArrayList<>();
    int start = span.start();
    while (span.end() - start > MAX) {
      int end = start + MAX;
      int space = end;
      while (space > start + MAX / 2 && !Character.isWhitespace(body.charAt(space - 1))) {
        space--;
      }
      if (space > start + MAX / 2) {
        end = space;
      } else if (Character.isHighSurrogate(body.charAt(end - 1))) {
        end--;
      }
      out.add(Span.of(start, end));
      start = end;
      while (start < span.end() && Character.isWhitespace(body.charAt(start))) {
        start++;
      }
    }
    if (start < span.end()) {
      out.add(Span.of(start, span.end()));
    }
    return out;
  }

  /**
   * The length of the longest stretch of a paragraph that was cut into windows, if any: consecutive
   * sentences of one paragraph where the first does not end at a sentence terminator.
   *
   * @param text an article, segmented
   * @return the longest cut stretch in characters, or empty when none was cut
   */
  public static OptionalInt longestCut(SegmentedText text) {
    List<Sentence> sentences = text.sentences();
    int longest = -1;
    int runStart = -1;
    for (int i = 0; i + 1 < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Sentence next = sentences.get(i + 1);
      boolean cut = s.paragraph() == next.paragraph() && !endsAtTerminator(s.text());
      if (cut && runStart < 0) {
        runStart = s.start();
      }
      if (runStart >= 0 && (!cut || i + 2 == sentences.size())) {
        int runEnd = cut ? next.end() : s.end();
        longest = Math.max(longest, runEnd - runStart);
        runStart = -1;
      }
    }
    return longest < 0 ? OptionalInt.empty() : OptionalInt.of(longest);
  }

  private static boolean endsAtTerminator(String sentence) {
    int i = sentence.length() - 1;
    while (i >= 0 && "\"”’')]".indexOf(sentence.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".?!".indexOf(sentence.charAt(i)) >= 0;
  }
}
