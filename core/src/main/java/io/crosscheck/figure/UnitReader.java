package io.crosscheck.figure;

import io.crosscheck.model.FigureKind;
import java.util.List;
import java.util.Optional;

/**
 * Reads the currency written before a number and the unit written after it.
 *
 * <p>"$147.5 million" gives the currency USD before; "40 per cent" the unit (PERCENT, percent);
 * "106 million dollars" (MONEY, USD); "two and a half hours" (DURATION, hours); "half an hour"
 * (DURATION, hours) across the article.
 */
final class UnitReader {
  /** A unit's kind and name, and the token index just past it. */
  record UnitMatch(FigureKind kind, String name, int from, int to) {}

  private final FigureLexicon lexicon;

  UnitReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** A currency marker ending just before token {@code i}: "$", "US $", "EUR". */
  Optional<UnitMatch> currencyBefore(List<Token> tokens, int i, int floor) {
    if (i - 1 < floor) {
      return Optional.empty();
    }
    String one = tokens.get(i - 1).lower();
    if (i - 2 >= floor && tokens.get(i - 2).end() == tokens.get(i - 1).start()) {
      String two = tokens.get(i - 2).lower() + one;
      if (lexicon.currenciesBefore.containsKey(two)) {
        return Optional.of(new UnitMatch(FigureKind.MONEY, lexicon.currenciesBefore.get(two), i - 2, i));
      }
    }
    String code = lexicon.currenciesBefore.get(one);
    boolean symbol = one.length() == 1 || tokens.get(i - 1).end() == tokens.get(i).start();
    if (code != null && (symbol || tokens.get(i - 1).text().equals(tokens.get(i - 1).text().toUpperCase()))) {
      return Optional.of(new UnitMatch(FigureKind.MONEY, code, i - 1, i));
    }
    return Optional.empty();
  }

  /** The unit starting at token {@code j}: percent, a currency word, or a duration. */
  Optional<UnitMatch> after(List<Token> tokens, int j, double value, boolean singularAllowed) {
    String phrase = "";
    Optional<UnitMatch> best = Optional.empty();
    for (int k = j; k < tokens.size() && k < j + 2; k++) {
      if (!phrase.isEmpty() && !lexicon.unitStems.contains(phrase)) {
        break; // no unit or currency goes on from this phrase
      }
      phrase = phrase.isEmpty() ? tokens.get(k).lower() : phrase + " " + tokens.get(k).lower();
      FigureLexicon.Unit unit = lexicon.units.get(phrase);
      if (unit != null && (unit.kind() != FigureKind.DURATION || singularAllowed || isPlural(phrase) || value == 1
          || attributive(tokens, k + 1))) {
        best = Optional.of(new UnitMatch(unit.kind(), unit.name(), j, k + 1));
      }
      String code = lexicon.currenciesAfter.get(phrase);
      if (code != null && (isPlural(phrase) || value == 1 || !Character.isLetter(phrase.charAt(0)) || phrase.length() <= 3
          || !phrase.endsWith("dollar") && !phrase.endsWith("euro") && !phrase.endsWith("shekel"))) {
        best = Optional.of(new UnitMatch(FigureKind.MONEY, code, j, k + 1));
      }
    }
    return best;
  }

  /** "half an hour", "a third of a day": a/an then a singular duration unit at {@code j}. */
  Optional<UnitMatch> articleAndUnit(List<Token> tokens, int j) {
    if (j + 1 >= tokens.size()) {
      return Optional.empty();
    }
    String article = tokens.get(j).lower();
    FigureLexicon.Unit unit = lexicon.units.get(tokens.get(j + 1).lower());
    if ((article.equals("a") || article.equals("an")) && unit != null && unit.kind() == FigureKind.DURATION) {
      return Optional.of(new UnitMatch(unit.kind(), unit.name(), j, j + 2));
    }
    return Optional.empty();
  }

  /**
   * A singular unit used as a modifier of the noun that follows: "a two-and-a-half hour meeting",
   * "a 90 minute call". The next token is a lower-case word.
   */
  private static boolean attributive(List<Token> tokens, int next) {
    if (next >= tokens.size()) {
      return false;
    }
    String t = tokens.get(next).text();
    return !t.isEmpty() && Character.isLowerCase(t.charAt(0)) && t.chars().allMatch(Character::isLetter);
  }

  private static boolean isPlural(String word) {
    return word.endsWith("s") || word.endsWith("%") || word.contains("cent");
  }
}
