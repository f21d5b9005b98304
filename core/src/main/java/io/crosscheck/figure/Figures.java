package io.crosscheck.figure;

import io.crosscheck.lexicon.Lexicon;

/**
 * Factories for the figure stage.
 *
 * <p>{@code Figures.defaultFinder(Lexicon.defaults()).find(text)} over "some 1,200 people" gives
 * one COUNT figure: text "some 1,200", value 1200, APPROXIMATE, interval [1080, 1320].
 */
public final class Figures {
  private Figures() {}

  /**
   * The default finder, reading number words, qualifiers, magnitudes, currencies and units from {@code lexicon}.
   *
   * @param lexicon the lexicon
   * @return the finder
   */
  public static FigureFinder defaultFinder(Lexicon lexicon) {
    return new GrammarFigureFinder(lexicon);
  }
}
