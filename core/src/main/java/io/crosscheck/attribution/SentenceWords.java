package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.SortedLists;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.List;

/**
 * The words of the sentence last asked about, tokenised once, so that the forty quotations of one
 * transcript sentence ({@code Orsk said: “No.” Orsk said: “No.” …}) do not each re-tokenise it.
 * One instance serves one article on one thread.
 */
final class SentenceWords {
  private final String body;
  private Sentence sentence;
  private List<Word> words;

  SentenceWords(String body) {
    this.body = body;
  }

  /** The words of {@code s} that end at or before {@code offset}, as {@code Words.of(body, [s.start, offset))} gives them. */
  List<Word> before(Sentence s, int offset) {
    if (s != sentence) {
      sentence = s;
      words = Words.of(body, s.span());
    }
    int lo = SortedLists.firstAbove(words, Word::end, offset, false);
    if (lo < words.size() && words.get(lo).start() < offset) {
      // A token runs across the offset ("word'quote"): tokenise the prefix alone, as before.
      return Words.of(body, Span.of(s.start(), offset));
    }
    return words.subList(0, lo);
  }
}
