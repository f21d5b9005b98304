package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.SortedLists;
import io.crosscheck.model.Span;
import java.util.Collections;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The words of one article body, tokenised once: every reader of a sentence (the quote attributor,
 * the reported-speech finder, the subject reader, the mention index) takes its words from here
 * instead of tokenising the sentence again. One instance serves one article on one thread.
 *
 * <p>{@code in(span)} gives what {@code Words.of(body, span)} gives: the tokens of the whole body
 * that lie inside the span, or, when a token runs across either edge of the span
 * ("word'quote", a sentence cut inside a word), the span tokenised alone.
 */
final class ArticleWords {
  private final String body;
  private final List<Word> all;
  private final ToIntFunction<String> classifier;

  /** The words of {@code body}, each with the lexicon classes {@code classifier} gives it. */
  ArticleWords(String body, ToIntFunction<String> classifier) {
    this.body = body;
    this.classifier = classifier;
    this.all = Collections.unmodifiableList(Words.of(body, Span.of(0, body.length()), classifier));
  }

  String body() {
    return body;
  }

  /** Every token of the body. */
  List<Word> all() {
    return all;
  }

  /** The tokens of {@code span}, as {@code Words.of(body, span)} gives them. */
  List<Word> in(Span span) {
    int from = SortedLists.firstAbove(all, Word::end, span.start(), false);
    int to = SortedLists.firstAbove(all, Word::start, span.end(), true);
    boolean cutAtStart = from < all.size() && all.get(from).start() < span.start();
    boolean cutAtEnd = to > from && all.get(to - 1).end() > span.end();
    if (cutAtStart || cutAtEnd) {
      return Words.of(body, span, classifier);
    }
    return all.subList(from, Math.max(from, to));
  }
}
