package io.crosscheck.figure;

import io.crosscheck.model.Qualifier;
import java.util.List;
import java.util.Optional;

/**
 * Reads the hedge written just before a number: "more than", "some", "up to", "nearly".
 *
 * <p>Before "22,000" in "killed more than 22,000" it gives {@code Hedge[LOWER_BOUND, index of "more"]}.
 * The longest phrase in the {@code qualifiers} list wins, so "no more than" beats "more than".
 */
final class QualifierReader {
  /** A qualifier and the index of its first token. */
  record Hedge(Qualifier qualifier, int from) {}

  private final FigureLexicon lexicon;

  QualifierReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The hedge whose last token is just before {@code i}, not reaching back before {@code floor}. */
  Optional<Hedge> before(List<Token> tokens, int i, int floor) {
    Optional<Hedge> best = Optional.empty();
    String phrase = "";
    for (int k = i - 1; k >= floor && k >= i - lexicon.longestPhrase; k--) {
      phrase = phrase.isEmpty() ? tokens.get(k).lower() : tokens.get(k).lower() + " " + phrase;
      Qualifier q = lexicon.qualifiers.get(phrase);
      if (q != null) {
        best = Optional.of(new Hedge(q, k));
      }
    }
    return best;
  }
}
