package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import java.util.List;

/** Factories for the default checks. */
public final class Checks {
  private Checks() {}

  /** The checks {@link io.crosscheck.Crosscheck#withDefaults()} runs, in order. */
  public static List<Check> defaults(Lexicon lexicon) {
    return List.of();
  }
}
