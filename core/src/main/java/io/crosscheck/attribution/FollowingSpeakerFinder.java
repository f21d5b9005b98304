package io.crosscheck.attribution;

import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.PlaceUnits;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the speaker phrase that starts after a cue or "according to".
 *
 * <p>{@code according to a senior official} gives "a senior official"; {@code said librarian Tomas
 * Reyes, adding} gives "librarian Tomas Reyes"; {@code warned the defence minister, Ivo Renn} keeps
 * the appositive name. Scans are bounded to {@value SpeakerLocator#MAX_PHRASE} tokens.
 */
final class FollowingSpeakerFinder {
  /** Participles that put out a document, before its maker: "a count made by", "figures compiled by". */
  private static final WordSet ISSUE_WORDS = WordSet.of("issued", "released", "published", "sent",
      "made", "compiled", "conducted", "provided", "given", "posted", "carried", "drawn", "put", "out");
  private static final WordSet ISSUERS = WordSet.of("by", "from", "under", "of");

  private final CueLexicon lexicon;
  private final PhraseGrammar grammar;
  private final RolePrefix rolePrefix;
  private final SpeakerLocator locator;
  private final PhraseNames names;

  FollowingSpeakerFinder(CueLexicon lexicon, PhraseGrammar grammar, RolePrefix rolePrefix, SpeakerLocator locator) {
    this.lexicon = lexicon;
    this.grammar = grammar;
    this.rolePrefix = rolePrefix;
    this.locator = locator;
    this.names = new PhraseNames(lexicon);
  }

  /** The speaker phrase starting at {@code start}. */
  Optional<Phrase> find(List<Word> w, int start) {
    int from = start;
    while (from + 1 < w.size() && from - start < 2 && lexicon.isBareTimeWord(w.get(from))
        && w.get(from).isCapitalised()) {
      from++; // "Yesterday the ministry said": the time word is no part of the speaker
    }
    if (from >= w.size()) {
      return Optional.empty();
    }
    if (w.get(from).in(WordGroup.PRONOUN) && !PhraseGrammar.opensName(w, from)) {
      return Optional.of(new Phrase(from, from + 1));
    }
    int i = from;
    int lastHead = -1;
    int last = -1;
    int role = from + rolePrefix.lengthAt(w, from); // "said librarian Tomas Reyes": an unlisted role
    while (i < w.size() && i - from < SpeakerLocator.MAX_PHRASE) {
      Word t = w.get(i);
      if (i < role) {
        last = i++;
        continue;
      }
      String lower = t.lower();
      boolean det = t.in(WordGroup.DETERMINER)
          && (i == from || ISSUERS.contains(w.get(i - 1).lower()));
      if (det) {
        i++;
        continue;
      }
      if (t.is("of") && last >= 0 && last == i - 1 && grammar.namesAnAct(w.get(last))) {
        break; // "the publication of the report": the act, not an outlet, and no one speaks through it
      }
      if ((t.is("of") || t.text().equals("'") || t.text().equals("’")
          || t.is("for") && last >= 0 && lexicon.isInstitution(w.get(last))) // "the Office for Relief Affairs"
          && last == i - 1 && i + 1 < w.size() && grammar.isNpWord(w.get(i + 1))
          || t.is("of") && last == i - 1 && i + 2 < w.size() && w.get(i + 1).in(WordGroup.DETERMINER)) {
        i++;
        continue;
      }
      if (i > 0 && ISSUE_WORDS.contains(w.get(i - 1).lower()) && lexicon.isBareTimeWord(t)) {
        break; // "a Korvel Watch report published Wednesday": when it came out, not who issued it
      }
      if (lastHead >= 0 && lexicon.isDocument(w.get(lastHead)) && (ISSUE_WORDS.contains(lower)
          || ISSUERS.contains(lower))) {
        i++;
        continue;
      }
      boolean modifier = !t.isCapitalised() && i + 1 < w.size()
          && (locator.isSourceNoun(w.get(i + 1)) || lexicon.isDocument(w.get(i + 1))) // "an earlier statement"
          && (SpeakerLocator.isNounModifier(w, i) || afterIssuer(w, i, lastHead)
          || i == from && t.isWord() && !t.lower().endsWith("ly") && !t.in(WordGroup.CLAUSE_WORD)
          && !t.in(WordGroup.PRONOUN) // "according to parliamentary sources"
          || i > 0 && w.get(i - 1).in(WordGroup.DETERMINER) && t.isWord()
          && lexicon.isDocument(w.get(i + 1))); // "an earlier statement", "the latest report"
      // "the unclassified U.S. intelligence report", "the classified ministry document": an adjective
      // after the determiner, then the rest of the phrase up to its source or document noun.
      // "Varnia’s national weather centre": a name's possessive stands for the determiner, and one
      // plain word may follow another before the noun.
      modifier |= !t.isCapitalised() && i > 0 && (w.get(i - 1).in(WordGroup.DETERMINER)
          || w.get(i - 1).isPossessive() && w.get(i - 1).isCapitalised()
          || last == i - 1 && i - 1 > from && !grammar.isHead(w.get(i - 1)) && !w.get(i - 1).isCapitalised() && isAdjectiveLike(w.get(i - 1)))
          && isAdjectiveLike(t) && !lexicon.isFunctionWord(t) && sourceNounWithin(w, i + 1);
      boolean ownedPlural = names.isOwnedPlural(w, i); // "according to Dorvan’s representatives"
      if (placeUnitOfName(w, i, from)) {
        last = lastHead = i++; // "said the governor of the Orsk region, Talan Veyduk": the place ends on its unit
        continue;
      }
      if (!grammar.isNpWord(t) && !modifier && !ownedPlural && !PhraseGrammar.opensName(w, i)
          && !(t.isPossessive() && i + 1 < w.size() && grammar.isNpWord(w.get(i + 1)))) {
        break; // "the territory’s Health Ministry" keeps its possessive; "the weather service" its noun
      }
      last = i;
      if (grammar.isHead(t) || ownedPlural) {
        lastHead = i; // "senior" may not end a phrase; "official" may
      }
      i++;
    }
    if (lastHead < 0) {
      return Optional.empty();
    }
    int end = lastHead + 1;
    if (end + 2 < w.size() && w.get(end).text().equals(",") && w.get(end + 1).isCapitalised()
        && !lexicon.isDocument(w.get(lastHead)) // "according to a statement, Kovac will …": no appositive
        && w.get(end + 2).isCapitalised() && (!w.get(from).isCapitalised() || !w.get(lastHead).isCapitalised())) {
      // "warned the defence minister, Ivo Renn": the appositive name joins the phrase.
      int k = end + 1;
      while (k < w.size() && k - end <= 4 && w.get(k).isCapitalised()) {
        k++;
      }
      if (k >= w.size() || !w.get(k).isWord()) {
        end = k; // "According to a report by Velpress, Korvel had ignored …": a name a verb follows opens the clause
      }
    }
    int named = end + 1 < w.size() && w.get(end).text().equals(",") ? SpeakerLocator.namingClauseEnd(w, end + 1) : -1;
    if (named > 0) {
      end = named; // "said one nurse, who gave his first name as Oren": the clause names the speaker
    }
    return grammar.timeless(w, new Phrase(from, end));
  }

  /**
   * Whether the word at {@code i} is the unit of a place the phrase's "of" names: "region" in "the
   * governor of the Orsk region", after the place's capitalised name.
   */
  private static boolean placeUnitOfName(List<Word> w, int i, int from) {
    if (i < from + 3 || !PlaceUnits.isUnit(w.get(i).lower()) || w.get(i).isCapitalised() || !w.get(i - 1).isCapitalised()) {
      return false;
    }
    int name = i - 1;
    while (name > from && w.get(name - 1).isCapitalised() && i - name < MAX_PLACE_WORDS) {
      name--;
    }
    return w.get(name - 1).is("of") || w.get(name - 1).is("the") && name - 2 >= from && w.get(name - 2).is("of");
  }

  /** The most capitalised words of a place's name before its unit: "the Upper Veyl Valley region". */
  private static final int MAX_PLACE_WORDS = 4;

  /** The most words between an adjective and the source noun it leads to: "unclassified U.S. intelligence report". */
  private static final int ADJECTIVE_REACH = 3;

  /** A plain lower-case word that may qualify a noun phrase: not an adverb, clause word or pronoun. */
  private static boolean isAdjectiveLike(Word t) {
    String lower = t.lower();
    return t.isWord() && !lower.endsWith("ly") && !t.in(WordGroup.CLAUSE_WORD) && !t.in(WordGroup.PRONOUN)
        && !t.in(WordGroup.NEGATION);
  }

  /** Whether a source or document noun ends a noun phrase within {@link #ADJECTIVE_REACH} words of {@code from}. */
  private boolean sourceNounWithin(List<Word> w, int from) {
    for (int k = from; k < w.size() && k - from < ADJECTIVE_REACH; k++) {
      Word t = w.get(k);
      if (locator.isSourceNoun(t) || lexicon.isDocument(t)) {
        return true;
      }
      if (!grammar.isNpWord(t) && !(isAdjectiveLike(t) && !t.isCapitalised() && !lexicon.isFunctionWord(t))) {
        return false; // "national weather centre": plain words may stand between, "between" or "and" may not
      }
    }
    return false;
  }

  /** "estimates by march organizers": a noun modifying the maker named right after a document's "by". */
  private boolean afterIssuer(List<Word> w, int i, int lastHead) {
    return i > 0 && lastHead >= 0 && lastHead < i && lexicon.isDocument(w.get(lastHead))
        && ISSUERS.contains(w.get(i - 1).lower()) && w.get(i).isWord() && !w.get(i).lower().endsWith("ly")
        && !w.get(i).in(WordGroup.PRONOUN);
  }
}
