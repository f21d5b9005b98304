package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
  private final WordList all;
  /**
   * Each word's start and end offsets, searched by {@link #in}: the readers ask for the words of a
   * span many times per article, and a search through {@code Word::start} key functions went
   * through a call per step.
   */
  private final int[] starts;
  private final int[] ends;
  /**
   * The indexes in {@link #all} of the capitalised words, ascending: the mention index reads names,
   * and several of its passes act only at a capital, which about one word in seven has.
   */
  private final int[] capitals;
  /** The body's words as cut once: a span cut inside a word is read again with the same words. */
  private final Words.Vocabulary vocabulary;
  /**
   * The words of each sentence of the text, by sentence index: the reported-speech finder, the
   * subject reader and the adjective reader each read every sentence, and searched the offsets (or,
   * for a sentence cut inside a token, tokenised it) once per reader.
   */
  private final List<List<Word>> sentences;
  private final List<Sentence> sentenceSpans;

  /**
   * The words of {@code text}'s body, each a word of {@code forms} (with the lexicon classes it was
   * cut with): the words met in the articles read before are not cut again.
   */
  ArticleWords(SegmentedText text, Words.Forms forms) {
    this.body = text.body();
    this.vocabulary = new Words.Vocabulary(body, forms);
    // A list whose sub-lists read its array directly: the readers ask for words by index millions of times.
    this.all = WordList.copyOf(Words.of(Span.of(0, body.length()), vocabulary));
    this.starts = new int[all.size()];
    this.ends = new int[all.size()];
    int[] capitalised = new int[all.size()];
    int n = 0;
    for (int i = 0; i < all.size(); i++) {
      starts[i] = all.get(i).start();
      ends[i] = all.get(i).end();
      if (all.get(i).isCapitalised()) {
        capitalised[n++] = i;
      }
    }
    this.capitals = Arrays.copyOf(capitalised, n);
    this.sentenceSpans = text.sentences();
    List<List<Word>> bySentence = new ArrayList<>(sentenceSpans.size());
    for (Sentence s : sentenceSpans) {
      bySentence.add(in(s.span()));
    }
    this.sentences = List.copyOf(bySentence);
  }

  /** The tokens of sentence {@code s} of the text, as {@code in(s.span())} gives them; read once per article. */
  List<Word> in(Sentence s) {
    int i = s.index();
    return i < sentences.size() && sentenceSpans.get(i).span().equals(s.span()) ? sentences.get(i) : in(s.span());
  }

  String body() {
    return body;
  }

  /** Every token of the body. */
  List<Word> all() {
    return all;
  }

  /** The indexes in {@link #all} of the capitalised words ({@link Word#isCapitalised}), ascending; read only. */
  int[] capitals() {
    return capitals;
  }

  /** The tokens of {@code span}, as {@code Words.of(body, span)} gives them. */
  List<Word> in(Span span) {
    int from = firstAbove(ends, span.start());
    int to = firstAtLeast(starts, span.end());
    boolean cutAtStart = from < all.size() && all.get(from).start() < span.start();
    boolean cutAtEnd = to > from && all.get(to - 1).end() > span.end();
    if (cutAtStart || cutAtEnd) {
      return WordList.copyOf(Words.of(span, vocabulary));
    }
    return all.subList(from, Math.max(from, to));
  }

  /** The index of the first of the ascending {@code offsets} above {@code bound}; their length when none is. */
  private static int firstAbove(int[] offsets, int bound) {
    int lo = 0;
    int hi = offsets.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offsets[mid] <= bound) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the first of the ascending {@code offsets} at least {@code bound}; their length when none is. */
  private static int firstAtLeast(int[] offsets, int bound) {
    int lo = 0;
    int hi = offsets.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offsets[mid] < bound) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
