package io.crosscheck.compare;

import io.crosscheck.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Picks the sentence a cue points at: the best-scoring of the sentences near it, nearer ones
 * first on ties.
 *
 * <p>For "Asked whether this account was accurate, an official said …" the candidates are the
 * few sentences before; the scorer rewards quotes, claim markers and shared words.
 */
final class Candidates {
  private Candidates() {}

  /**
   * The sentence among the {@code window} before index {@code cue} with the highest score above
   * {@code minScore}; each step back costs {@code distanceCost}.
   */
  static Optional<Sentence> bestBefore(List<Sentence> sentences, int cue, int window, double minScore,
      double distanceCost, ToDoubleFunction<Sentence> score) {
    return best(sentences, cue, -1, window, minScore, distanceCost, score);
  }

  /** As {@link #bestBefore}, looking at the {@code window} sentences after the cue. */
  static Optional<Sentence> bestAfter(List<Sentence> sentences, int cue, int window, double minScore,
      double distanceCost, ToDoubleFunction<Sentence> score) {
    return best(sentences, cue, 1, window, minScore, distanceCost, score);
  }

  /**
   * The nearest sentence to index {@code cue} that {@code test} accepts: among the {@code after}
   * sentences after it first, then the {@code before} sentences before it.
   */
  static Optional<Sentence> nearest(List<Sentence> sentences, int cue, int after, int before, Predicate<Sentence> test) {
    ToDoubleFunction<Sentence> score = s -> test.test(s) ? 0 : Double.NEGATIVE_INFINITY;
    return best(sentences, cue, 1, after, Double.NEGATIVE_INFINITY, 0, score)
        .or(() -> best(sentences, cue, -1, before, Double.NEGATIVE_INFINITY, 0, score));
  }

  private static Optional<Sentence> best(List<Sentence> sentences, int cue, int step, int window, double minScore,
      double distanceCost, ToDoubleFunction<Sentence> score) {
    Sentence best = null;
    double bestScore = minScore;
    for (int k = 1; k <= window; k++) {
      int i = cue + step * k;
      if (i < 0 || i >= sentences.size()) {
        break;
      }
      Sentence s = sentences.get(i);
      double value = score.applyAsDouble(s) - distanceCost * k;
      if (value > bestScore) {
        best = s;
        bestScore = value;
      }
    }
    return Optional.ofNullable(best);
  }
}
