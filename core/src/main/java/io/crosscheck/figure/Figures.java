package io.crosscheck.figure;

import io.crosscheck.lexicon.Lexicon;

/** Factories for the figure stage. */
public final class Figures {
  private Figures() {}

  /** The default finder, reading qualifiers, magnitudes and units from {@code lexicon}. */
  public static FigureFinder defaultFinder(Lexicon lexicon) {
    return new GrammarFigureFinder(lexicon);
  }
}
