package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the personal name, role and affiliation words in a speaker phrase.
 *
 * <p>In "Velorian Defense Minister Ana Kovac" {@code hasName} is true (Ana, Kovac), {@code hasRole}
 * is true (Minister) and {@code affiliation} is "Velorian"; "a senior official" has neither name nor
 * affiliation.
 */
final class PhraseNames {
  /** Words that may follow the role of an appositive: "a spokeswoman for the board," "the mayor." */
  private static final WordSet APPOSITIVE_ENDS = WordSet.of(",", ".", "for", "of", "at", "with",
      "in", "to", "and", ";", "said", "says", "told", "(");
  /**
   * The endings of agent and group plurals: "managers", "residents", "economists", "investors",
   * "employees", "relatives" ({@link #isCommonPluralForm}).
   */
  private static final List<String> COMMON_PLURAL_ENDINGS = List.of("ers", "ents", "ists", "ants", "ors", "ees", "ives");
  /** The fewest and most letters before such an ending: "vot-ers", not "f-ees". */
  private static final int MIN_PLURAL_STEM = 2;
  private static final int MAX_PLURAL_STEM = 30;
  private final CueLexicon lexicon;

  PhraseNames(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether the phrase ends in a personal name: "Colonel Edvin Sarro" does, "Kovac’s spokesperson" does not. */
  boolean endsWithName(List<Word> p) {
    Word last = p.get(p.size() - 1);
    // "Velmar Air CEO" ends with a role, though a name opens it
    return last.isCapitalised() && !last.isPossessive() && !lexicon.isRole(last) && hasName(p);
  }

  boolean hasRole(List<Word> p) {
    return p.stream().anyMatch(w -> lexicon.isRole(w.bareLower())
        || lexicon.isInstitution(w.bareLower()));
  }

  /** Whether the phrase holds a personal name: a capitalised word that is no role, institution or acronym. */
  boolean hasName(List<Word> p) {
    for (Word w : p) {
      if (w.is("the") || w.is("a") || w.is("an") || w.is("this")) {
        continue;
      }
      if (w.isCapitalised() && !lexicon.isRole(w) && !lexicon.isInstitution(w) && !lexicon.isAnonymityNoun(w) && !lexicon.isPortfolio(w)
          && !Phrases.isAcronym(w.bare().replace(".", "")) && !lexicon.isMedia(w) && !Phrases.looksLikeDemonym(w.bare())) {
        return true;
      }
    }
    return false;
  }

  /** "US", "Velorian", "State Department": the first capitalised word before a role or noun. */
  Optional<String> affiliation(List<Word> p, MentionIndex mentions) {
    for (int k = 0; k < p.size() - 1; k++) {
      Word w = p.get(k);
      if (!w.isCapitalised()) {
        continue;
      }
      String bare = w.bare().replace(".", "");
      if (Phrases.isAcronym(bare) || bare.endsWith("ian") || bare.endsWith("ean") || bare.endsWith("ese")
          || bare.endsWith("ish") || bare.endsWith("i") || mentions.isPlace(bare)) {
        return Optional.of(w.bare());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * "Residents", "Managers", "Nurses" opening a sentence: a capitalised common plural, not a name,
   * unless the article names a person so ("Ana Sanders").
   */
  boolean isCommonPlural(Word w, MentionIndex mentions) {
    String lower = w.lower();
    if (!w.isCapitalised() || mentions.person(w.bare()).isPresent() || mentions.isPerson(w.bare())
        || mentions.isCapitalisedInside(w.bare()) || mentions.isOutlet(w.bare())) {
      return false; // "Nurses say" opens a sentence; "according to Reuters" and "Reuters reports" are names
    }
    return lexicon.isAnonymityNoun(w) || lower.length() > 6 && isCommonPluralForm(lower) && !isThing(lower);
  }

  /** "documents", "governments", "tabloids": plurals of things and bodies, not of people. */
  private boolean isThing(String lower) {
    return lexicon.isDocument(lower) || lexicon.isInstitution(lower) || lexicon.isMedia(lower);
  }

  /** "voters", "shopkeepers", "pensioners": a lower-case plural of people, unnamed. */
  boolean isPluralAgent(String lower) {
    return lexicon.isAnonymityNoun(lower) || lower.length() > 5 && isCommonPluralForm(lower) && !isThing(lower);
  }

  /**
   * Whether {@code lower} is lower-case ASCII letters ending in a {@link #COMMON_PLURAL_ENDINGS} ending
   * after two to thirty letters, as the pattern {@code [a-z]{2,30}(ers|ents|ists|ants|ors|ees|ives)}
   * matches it whole: "investors", "employees". Read by hand: the readers ask it of most plurals.
   */
  static boolean isCommonPluralForm(String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    for (String ending : COMMON_PLURAL_ENDINGS) {
      int stem = lower.length() - ending.length();
      if (stem >= MIN_PLURAL_STEM && stem <= MAX_PLURAL_STEM && lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A lower-case plural naming several unnamed people: a role's plural ("executives",
   * "representatives") or an agent's ({@link #isPluralAgent}: "voters", "investors").
   */
  boolean isPeoplePlural(String lower) {
    return lexicon.isRolePlural(lower) || isPluralAgent(lower);
  }

  /** Determiners that may open a plural: "the", "some", "several", "many" ("a" and "an" may not). */
  private static final WordSet PLURAL_DETERMINERS = WordSet.of("the", "some", "several", "many");

  /**
   * A lower-case {@link #isPeoplePlural} at {@code i} right after a plural determiner or a
   * possessive, which heads a speaker phrase as the lexicon's own plurals do: "The executives
   * said", "Dorvan’s representatives said", "according to the club’s investors", "their lawyers".
   */
  boolean isOwnedPlural(List<Word> w, int i) {
    Word t = w.get(i);
    if (i == 0 || !t.isWord() || t.isCapitalised() || t.isPossessive() || !isPeoplePlural(t.lower())) {
      return false;
    }
    Word before = w.get(i - 1);
    return before.isPossessive() || before.isPossessivePronoun() || PLURAL_DETERMINERS.contains(before.lower());
  }

  /** The "for"/"of"/"at" after a role word in a descriptor ("a spokesman for the ministry"), or -1. */
  int rolePreposition(List<Word> descriptor) {
    for (int k = 1; k + 1 < descriptor.size() && k <= 4; k++) {
      Word t = descriptor.get(k);
      if ((t.is("for") || t.is("of") || t.is("at") || t.is("with")) && lexicon.isRole(descriptor.get(k - 1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The role word of an appositive right after a name: "a spokeswoman" in "Mara Lind, a spokeswoman
   * for the board," or "the board's spokeswoman"; null when the appositive is something else.
   */
  String appositiveRole(List<Word> words, int end) {
    if (end >= words.size() || !words.get(end).text().equals(",")) {
      return null;
    }
    String role = null;
    for (int k = end + 1; k < words.size() && k - end <= 6; k++) {
      Word t = words.get(k);
      String lower = t.lower();
      // "the Harbour Press Officer (HPO)": a capitalised title closing its run is a role too.
      boolean closesTitle = t.isCapitalised() && (k + 1 >= words.size() || !words.get(k + 1).isCapitalised());
      if (lexicon.isRole(t) && (!t.isCapitalised() || closesTitle)) {
        // "the ministry’s chief spokeswoman": the last role word is the head; "press officer" keeps both words
        role = lexicon.isPressRoleAt(words, k) && !lexicon.isPressRole(lower) ? words.get(k - 1).lower() + " " + lower : lower;
        continue;
      }
      if (role != null && !APPOSITIVE_ENDS.contains(lower)) {
        return null; // "According to the Tarn Herald, the mayor had resigned": a clause, not an appositive
      }
      boolean modifier = t.in(WordGroup.DETERMINER) || t.isPossessive() || lexicon.isModifier(t)
          || lexicon.isPortfolio(t) || lexicon.isInstitution(t) || isAdjectival(t);
      if (!modifier || role != null) {
        return role;
      }
    }
    return role;
  }

  /**
   * A word that may qualify a role in an appositive: "Velorian" and "presidential" in "Ana Kovac,
   * Velorian presidential spokeswoman,"; not a clause word or a verb form ("speaking", "based").
   */
  private static boolean isAdjectival(Word t) {
    String lower = t.lower();
    return t.isWord() && !t.in(WordGroup.CLAUSE_WORD) && !t.in(WordGroup.PRONOUN)
        && !lower.endsWith("ing") && !lower.endsWith("ed") && !APPOSITIVE_ENDS.contains(lower);
  }

  /**
   * The role word opening the clause part that ends in a comma just before a name at {@code nameAt}:
   * "spokesman" in "the spokesman for the Harbour Board, Ana Kovac,"; -1 when there is none.
   */
  int roleBefore(List<Word> words, int nameAt) {
    if (nameAt < 2 || !words.get(nameAt - 1).text().equals(",")) {
      return -1;
    }
    int last = nameAt - 2;
    if (last >= 1 && lexicon.isRole(words.get(last)) && (words.get(last - 1).isPossessivePronoun()
        || words.get(last - 1).isPossessive())) {
      return last; // "after saying her coach, Ivo Marsh, was signalling": the possessed role names the name after it
    }
    int k = nameAt - 2;
    while (k > 0 && nameAt - k <= SpeakerLocator.MAX_PHRASE && words.get(k - 1).isWord()) {
      k--; // back to the sentence start or the previous punctuation
    }
    if (k < 0 || nameAt - k > SpeakerLocator.MAX_PHRASE) {
      return -1;
    }
    if (words.get(k).in(WordGroup.DETERMINER) || lexicon.isModifier(words.get(k))) {
      k++;
    }
    int role = -1;
    for (int r = k; r < nameAt - 1 && r <= k + 2; r++) {
      if (lexicon.isRole(words.get(r))) {
        role = r; // "Deputy spokesman for ...": the last role word of the opening is the head
      } else if (role >= 0) {
        break;
      }
    }
    return role;
  }

  /** A lower-case role word followed by a capitalised name: "transport ministry spokesman Dorian Mihail". */
  boolean rolePlusName(List<Word> p) {
    if (p.size() < 2 || p.size() > SpeakerLocator.MAX_PHRASE || !p.get(p.size() - 1).isCapitalised()) {
      return false;
    }
    for (int k = 0; k + 1 < p.size(); k++) {
      if (!p.get(k).isWord()) {
        return false;
      }
      if (!p.get(k).isCapitalised() && lexicon.isRole(p.get(k)) && p.get(k + 1).isCapitalised()) {
        return true;
      }
    }
    return false;
  }
}
