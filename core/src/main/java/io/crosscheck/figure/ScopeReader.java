package io.crosscheck.figure;

import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads the phrase after a figure that narrows what it covers.
 *
 * <p>"killed 300 people since October 7, officials said" gives "since October 7"; "the second
 * strike this year" gives "this year"; "worth €9bn last year" gives "last year"; "1.7 million
 * civilians in northern Gaza" gives "in northern Gaza".
 */
final class ScopeReader {
  /** Words that open a scope phrase on their own: "since October 7", "across the region". */
  private static final WordSet SCOPE_OPENERS = WordSet.of("since", "across", "nationwide", "statewide", "worldwide");
  /** "in the north": compass points name places without a capital letter. */
  private static final WordSet COMPASS = WordSet.of("north", "south", "east", "west");
  /** "this year", "last month": the words that open a period scope. */
  private static final WordSet PERIOD_OPENERS = WordSet.of("this", "last", "next");
  /** "this year", "this month": the periods a "this" scope names. */
  private static final WordSet PERIODS = WordSet.of("year", "month", "week");

  /** Words that open, after a comma, the parts of the count before: "13 deaths, with six in Kelm", ", including four in Tarn". */
  private static final WordSet PARTS_OPENERS = WordSet.of("with", "including");

  private ScopeReader() {}

  /** "in Gaza", "in northern Gaza", "in the north": a place named within the next three words. */
  private static boolean placeFollows(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j < k + 3 && tokens.get(j).isWord(); j++) {
      String w = tokens.get(j).lower();
      if (tokens.get(j).isCapitalised() || COMPASS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** "since October 7", "this year", "in northern Gaza": a phrase after the figure that narrows it. */
  static Optional<String> read(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j < k + 8; j++) {
      Token t = tokens.get(j);
      String w = t.lower();
      boolean next = j + 1 < tokens.size();
      if (w.equals(".") || w.equals(";") || w.equals(",") && next && PARTS_OPENERS.contains(tokens.get(j + 1).lower())) {
        return Optional.empty(); // "13 deaths, with six in Kelm": the places after are the parts'
      }
      boolean opens = SCOPE_OPENERS.contains(w)
          || PERIOD_OPENERS.contains(w) && next && PERIODS.contains(tokens.get(j + 1).lower())
          || w.equals("in") && next && placeFollows(tokens, j + 1);
      if (opens) {
        StringBuilder sb = new StringBuilder(t.text());
        for (int s = j + 1; s < tokens.size() && s < j + 4 && !tokens.get(s).isPunctuation(); s++) {
          sb.append(' ').append(tokens.get(s).text());
        }
        return Optional.of(sb.toString());
      }
    }
    return Optional.empty();
  }
}
