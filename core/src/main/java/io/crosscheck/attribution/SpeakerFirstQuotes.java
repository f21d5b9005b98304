package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * Credits a quotation whose speaker and cue come first in its sentence.
 *
 * <p>{@code Asked about the report, Veen said: “I have not read it.”} gives Veen; {@code Brenner
 * pushed back, saying, “We owe them nothing.”} gives Brenner, the clause's subject.
 */
final class SpeakerFirstQuotes {
  private final CueLexicon lexicon;
  private final SpeakerLocator locator;

  SpeakerFirstQuotes(CueLexicon lexicon, SpeakerLocator locator) {
    this.lexicon = lexicon;
    this.locator = locator;
  }

  /**
   * Kovac said: “…” / Kovac, speaking on Monday, said, “…” / …, saying, “…”. The sentence's words
   * come from {@code words}, tokenised once for the whole article.
   */
  Optional<Candidate> find(SegmentedText text, Quotation q, QuoteMap quoted, ArticleWords words) {
    Optional<Sentence> s = text.sentenceAt(q.outer().start());
    if (s.isEmpty() || s.get().start() >= q.outer().start()) {
      return Optional.empty();
    }
    List<Word> w = words.in(Span.of(s.get().start(), q.outer().start()));
    if (w.size() < 2) {
      return Optional.empty();
    }
    String mark = w.get(w.size() - 1).text();
    if (!mark.equals(":") && !mark.equals(",")) {
      return Optional.empty();
    }
    int document = documentReading(w);
    if (document >= 0) {
      // "the statement released after the call, which read, “…”": the document speaks.
      return locator.before(w, document + 1).map(ph -> QuoteAttributor.quote(w.subList(ph.from(), ph.to()), w, w.size() - 2, 1, q))
          .map(cand -> new Candidate(cand.speaker(), cand.cue(), cand.cueAt(), cand.content(), Origin.QUOTE, q.outer().start()));
    }
    for (int c = w.size() - 2; c >= 0 && w.size() - 2 - c <= 6; c--) {
      int len = lexicon.verbs().cueLength(w, c);
      if (len == 0 || quoted.isInQuotation(w.get(c).start())) {
        continue;
      }
      Optional<Phrase> p = w.get(c).lower().endsWith("ing") ? locator.subject(w) : locator.before(w, c);
      if (p.isEmpty()) {
        p = locator.subject(w);
      }
      final int cue = c;
      return p.map(ph -> QuoteAttributor.quote(w.subList(ph.from(), ph.to()), w, cue, len, q))
          .map(cand -> new Candidate(cand.speaker(), cand.cue(), cand.cueAt(), cand.content(), Origin.QUOTE,
              q.outer().start()));
    }
    if (mark.equals(":")) {
      return locator.subject(w).filter(ph -> w.get(ph.from()).isCapitalised() || ph.size() == 1)
          .map(ph -> new Candidate(w.subList(ph.from(), ph.to()), "", q.outer().start(), q.inner(), Origin.QUOTE,
              q.outer().start()));
    }
    return Optional.empty();
  }

  /** The most words between a document noun and the "read" it is the subject of: "statement issued after the ministers' meeting which". */
  private static final int MAX_READ_SUBJECT = 8;

  /**
   * The index of the lower-case document noun whose words "read" or "reads" introduces right before
   * the quotation's mark ("the statement read:", "a statement released on Monday, which read,"), or
   * -1: "read" reports a document's words, never a person's.
   */
  private int documentReading(List<Word> w) {
    int read = w.size() - 2;
    if (read < 1 || !(w.get(read).is("read") || w.get(read).is("reads"))) {
      return -1;
    }
    for (int k = read - 1; k >= 0 && read - k <= MAX_READ_SUBJECT; k--) {
      Word t = w.get(k);
      if (t.is("and") || t.is("but") || t.text().equals(";")) {
        return -1; // "Kovac read the statement and then read, “…”": a new predicate, her own
      }
      if (lexicon.isDocument(t) && !t.isCapitalised()) {
        return k;
      }
    }
    return -1;
  }
}
