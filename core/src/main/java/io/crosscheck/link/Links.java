package io.crosscheck.link;

import io.crosscheck.lexicon.Lexicon;

/** Factories for the linking stage. */
public final class Links {
  private Links() {}

  /**
   * The default linker: aliases, surnames, roles and titles of one source merged.
   *
   * @param lexicon the lexicon its role words come from
   * @return the linker
   */
  public static EntityLinker defaultLinker(Lexicon lexicon) {
    return new AliasEntityLinker(lexicon);
  }
}
