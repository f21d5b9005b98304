package io.crosscheck.attribution;

import io.crosscheck.lexicon.Lexicon;

/** Factories for the attribution stage. */
public final class Attributions {
  private Attributions() {}

  /**
   * The default finder, reading its cue words, roles and source nouns from {@code lexicon}.
   *
   * @param lexicon the lexicon
   * @return the finder
   */
  public static AttributionFinder defaultFinder(Lexicon lexicon) {
    return new NewsAttributionFinder(lexicon);
  }
}
