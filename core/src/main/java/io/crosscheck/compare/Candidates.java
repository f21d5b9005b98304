package io.crosscheck.compare;

import io.crosscheck.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Picks the sentence a cue points back at: the best-scoring of the sentences before it, nearer
 * ones first on ties.
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
    Sentence best = null;
    double bestScore = minScore;
    for (int i = cue - 1; i >= 0 && i >= cue - window; i--) {
      Sentence s = sentences.get(i);
      double value = score.applyAsDouble(s) - distanceCost * (cue - i);
      if (value > bestScore) {
        best = s;
        bestScore = value;
      }
    }
    return Optional.ofNullable(best);
  }
}
