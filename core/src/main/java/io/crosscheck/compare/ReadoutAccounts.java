package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Sentence;
import java.util.List;
import java.util.Optional;

/**
 * Treats statements and readouts by governments and offices as one party's account of an event,
 * so an event's accounts can be compared and a missing one noticed.
 *
 * <p>"“The minister stressed the need for calm,” the ministry said in a statement after the
 * meeting." is a readout sentence (a readout noun and a quote); "Kovac met Dorn on Monday." is not.
 */
final class ReadoutAccounts {
  /** Readouts given before the "did not release a readout" remark are what it contrasts with. */
  private static final double BEFORE_BONUS = 2;

  private final CuePatterns readoutNouns;
  private final CuePatterns missingReadoutCues;

  ReadoutAccounts(Lexicon lexicon) {
    this.readoutNouns = CuePatterns.from(lexicon, "readout-nouns");
    this.missingReadoutCues = CuePatterns.from(lexicon, "missing-readout-cues");
  }

  /** True when the sentence reports a statement or readout with its words quoted. */
  boolean isReadout(ArticleView view, Sentence s) {
    return readoutNouns.matches(s.text()) && view.hasQuote(s) && !missingReadoutCues.matches(s.text());
  }

  /** The readout sentence nearest to sentence {@code cue} in its article, earlier ones first. */
  Optional<Sentence> nearest(ArticleView view, int cue) {
    List<Sentence> sentences = view.sentences();
    Sentence best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      if (i == cue || !isReadout(view, s)) {
        continue;
      }
      double score = (i < cue ? BEFORE_BONUS : 0) - 0.1 * Math.abs(cue - i);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
