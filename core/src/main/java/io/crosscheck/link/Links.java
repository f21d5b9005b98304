package io.crosscheck.link;

import io.crosscheck.lexicon.Lexicon;

/** Factories for the linking stage. */
public final class Links {
  private Links() {}

  public static EntityLinker defaultLinker(Lexicon lexicon) {
    return new AliasEntityLinker(lexicon);
  }
}
