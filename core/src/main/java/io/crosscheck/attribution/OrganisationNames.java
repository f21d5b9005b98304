package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import java.util.List;

/**
 * Recognises an organisation's proper name by its grammar, not by knowing the name.
 *
 * <p>"Kelmouth Chamber of Commerce" and "Ostrava Freight" end in an organisation head word;
 * "the shipping firm Corvell" and "the bakery chain Pellam's" put a descriptive noun before the name;
 * "Ana Kovac" and "ministry spokeswoman Ysolde Brandt" are neither.
 */
final class OrganisationNames {
  private final CueLexicon lexicon;

  OrganisationNames(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The index in {@code p} (a phrase without its determiner) where the organisation's name starts,
   * or -1 when the phrase does not name an organisation.
   */
  int nameStart(List<Word> p, MentionIndex mentions) {
    if (p.isEmpty() || holdsPersonWord(p)) {
      return -1; // "Harbour Board chairman Ivo Renn" is a person; "Union officials" are people
    }
    if (holdsMediaWord(p)) {
      return -1; // "the Kellen Broadcasting Corporation", "Radio Orvath Network": outlets, typed elsewhere
    }
    int end = p.size();
    int of = Phrases.indexOfWord(p, "of");
    int forAt = Phrases.indexOfWord(p, "for");
    int link = forAt > 0 && (of < 0 || forAt < of) ? forAt : of; // "Office for the Coordination of …": "Office" heads
    int headAt = link > 0 ? link - 1 : end - 1;
    Word head = p.get(headAt);
    int run = runStart(p, end);
    if (run < 0) {
      return -1;
    }
    if (end - run >= 2 && lexicon.isLeadingHead(p.get(run))) {
      return run; // "FC Tarrow", "AC Orsk": a club named with its head in front
    }
    if (head.isCapitalised() && isHeadWord(head) && !mentions.isPerson(head.bare())) {
      return run; // "Ostrava Freight", "the Grain Growers’ Federation", "Kelmouth Chamber of Commerce"
    }
    if (link == forAt && forAt > run && forAt + 1 < end && head.isCapitalised() && p.get(forAt + 1).isCapitalised()
        && !mentions.isPerson(head.bare())) {
      return run; // "Transport for London", "Citizens for Clean Ports": a name for a cause or a place is a body's
    }
    if (run > 0 && lexicon.isOrganisationDescriptor(p.get(run - 1)) && of < 0) {
      return run; // "the shipping firm Corvell", "the bakery chain Pellam's"
    }
    return -1;
  }

  /**
   * Where an outlet's name starts after a lower-case media noun ("the broadcaster TVK", "the news
   * agency Velpress"), or -1.
   */
  int outletNameStart(List<Word> p) {
    if (p.isEmpty() || holdsRole(p)) {
      return -1;
    }
    int run = runStart(p, p.size());
    if (run <= 0) {
      return -1;
    }
    for (int k = 0; k < run; k++) {
      if (!p.get(k).isCapitalised() && lexicon.isMedia(p.get(k))) {
        return run;
      }
    }
    return -1;
  }

  /** The start of the trailing run of capitalised words (with inner "of" and apostrophes), or -1. */
  private static int runStart(List<Word> p, int end) {
    int k = end - 1;
    if (!p.get(k).isCapitalised()) {
      return -1;
    }
    int of = Phrases.indexOfWord(p, "of");
    while (k > 0 && (p.get(k - 1).isCapitalised()
        || (p.get(k - 1).is("of") || p.get(k - 1).is("for")) && k - 2 >= 0 && p.get(k - 2).isCapitalised()
        // "Ministry of Ports and Fisheries": one body's complement
        || p.get(k - 1).is("and") && of >= 0 && of < k - 2 && p.get(k - 2).isCapitalised()
        || p.get(k - 1).text().equals("'") || p.get(k - 1).text().equals("’")
        || p.get(k - 1).is("the") && k - 3 >= 0 && (p.get(k - 2).is("of") || p.get(k - 2).is("for"))
        && p.get(k - 3).isCapitalised())) { // "Office for the Coordination of Relief Affairs"
      k--;
    }
    return k;
  }

  private boolean isHeadWord(Word w) {
    String bare = w.bareLower();
    return lexicon.isOrganisationHead(bare) || lexicon.isInstitution(bare);
  }

  /*
   * The word tests below read a phrase in a loop: they run for every candidate source, and a
   * stream with a lambda holding the lexicon cost more than the look-ups.
   */

  /** Whether a word of {@code p} is a role, or a lower-case anonymity noun ("officials"). */
  private boolean holdsPersonWord(List<Word> p) {
    for (Word w : p) {
      if (lexicon.isRole(w) || !w.isCapitalised() && lexicon.isAnonymityNoun(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code p}, without a possessive ending, is a media noun ("Broadcasting", "Radio"). */
  private boolean holdsMediaWord(List<Word> p) {
    for (Word w : p) {
      if (lexicon.isBareMedia(w)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word of {@code p} is a role. */
  private boolean holdsRole(List<Word> p) {
    for (Word w : p) {
      if (lexicon.isRole(w)) {
        return true;
      }
    }
    return false;
  }
}
