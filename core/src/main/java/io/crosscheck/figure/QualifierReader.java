package io.crosscheck.figure;

import io.crosscheck.model.Qualifier;
import java.util.List;
import java.util.Map;
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

  /** A hedge written after the number: "30 or more", "200 or so", "100+"; {@code to} is the index past it. */
  record TrailingHedge(Qualifier qualifier, int to) {}

  /** Words after "or" that hedge the number before them: "or more", "or so", "or fewer". */
  private static final Map<String, Qualifier> AFTER_OR = Map.of("more", Qualifier.LOWER_BOUND, "over",
      Qualifier.LOWER_BOUND, "so", Qualifier.APPROXIMATE, "fewer", Qualifier.UPPER_BOUND, "less", Qualifier.UPPER_BOUND);

  /** The hedge right after token index {@code j}, if one is written there. */
  Optional<TrailingHedge> after(List<Token> tokens, int j) {
    if (j < tokens.size() && tokens.get(j).text().equals("+") && tokens.get(j - 1).end() == tokens.get(j).start()) {
      return Optional.of(new TrailingHedge(Qualifier.LOWER_BOUND, j + 1));
    }
    if (j + 1 < tokens.size() && tokens.get(j).lower().equals("or") && AFTER_OR.containsKey(tokens.get(j + 1).lower())) {
      return Optional.of(new TrailingHedge(AFTER_OR.get(tokens.get(j + 1).lower()), j + 2));
    }
    return Optional.empty();
  }

  /** The hedge whose last token is just before {@code i}, not reaching back before {@code floor}. */
  Optional<Hedge> before(List<Token> tokens, int i, int floor) {
    Optional<Hedge> best = Optional.empty();
    String phrase = "";
    for (int k = i - 1; k >= floor && k >= i - lexicon.longestPhrase; k--) {
      if (!phrase.isEmpty() && !lexicon.qualifierTails.contains(phrase)) {
        break; // no qualifier ends in this phrase, so none is longer
      }
      phrase = phrase.isEmpty() ? tokens.get(k).lower() : tokens.get(k).lower() + " " + phrase;
      Qualifier q = lexicon.qualifiers.get(phrase);
      if (q != null) {
        best = Optional.of(new Hedge(q, k));
      }
    }
    return best;
  }

  /** How far back a demanded deadline's "to be" may stand: "for monitors to be deployed within". */
  private static final int DEMAND_REACH = 3;

  /**
   * "within 72 hours", "within ten working days": "within" bounds a duration from above. A deadline
   * demanded in a passive infinitive ("pressed for monitors to be deployed within 30 days") names
   * the term itself, so it stays exact.
   */
  Optional<Hedge> within(List<Token> tokens, int start, int floor) {
    int at = start - 1;
    if (at < floor || !tokens.get(at).lower().equals("within")) {
      return Optional.empty();
    }
    for (int k = at - 1; k > floor && k >= at - DEMAND_REACH; k--) {
      if (tokens.get(k - 1).lower().equals("to") && tokens.get(k).lower().equals("be")) {
        return Optional.empty();
      }
    }
    return Optional.of(new Hedge(Qualifier.UPPER_BOUND, at));
  }
}
