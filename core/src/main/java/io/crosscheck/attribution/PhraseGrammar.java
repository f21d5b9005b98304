package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which words may belong to a speaker phrase, and which stop one.
 *
 * <p>In {@code While senior officials have publicly said} "While" stops the phrase (a clause word),
 * "senior" and "officials" belong to it, "have publicly" may sit between it and the cue.
 */
final class PhraseGrammar {
  /**
   * Words that open a noun phrase and make a capitalised word after them its modifier or its name
   * described: "the ticket seller Farrow", "the Korvel claim", "their Orsk office".
   */
  static final WordSet NOUN_DETERMINERS = WordSet.of("the", "a", "an", "this", "that", "his", "her", "its",
      "their", "our");
  /** The shortest lower-case "-ed" word read as a past-tense verb: "shrugged", "allowed"; not "bed", "seed". */
  private static final int MIN_PAST_VERB = 5;
  /** Time words that, after "on", "last" or "this", make a phrase to skip: "on Monday", "last week". */
  static final WordSet TIMES = WordSet.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "evening", "weekend");
  /** Words that lead a time phrase: "late Saturday", "on Friday", "earlier this week". */
  static final WordSet TIME_LEADS = WordSet.of("late", "early", "on", "last", "this", "earlier", "later");
  /** Words a tail after a postposed cue starts with: ", officials said on Monday." */
  static final WordSet TAIL_STARTS = WordSet.of("on", "in", "at", "during", "after", "before",
      "late", "earlier", "last", "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "while", "when", "as", "through", "via", "reporters", "journalists",
      "quoting", "citing"); // "…, Velpress reported quoting unnamed sources": where the words came from
  /**
   * Cues whose object is the person or outlet addressed, which may follow in a postposed tail:
   * “…?” Ana Kovac asked the Ledger; "..., a source told Radio Meridian."
   */
  /** Adverb suffixes no name ends in: "obviously", "separately", "reportedly", "officially". */
  private static final Pattern ADVERB_ENDING = Pattern.compile(
      "(?:ously|ately|ently|antly|ibly|ably|edly|ively|ingly|fully|ically|ially)$");
  /** The shortest word read as a sentence adverb: "Notably" (7). */
  private static final int MIN_ADVERB = 7;
  static final WordSet OBJECT_CUES = WordSet.of("told", "tells", "tell", "informed", "informs",
      "asked", "asks", "ask", "assured", "assures", "warned", "warns", "urged", "urges", "reminded", "reminds");

  private final CueLexicon lexicon;

  PhraseGrammar(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Lower-case particles inside a personal name: "Femke de Ruiter", "Jan van der Berg". */
  static final WordSet NAME_PARTICLES = WordSet.of("de", "van", "von", "der", "den", "ter", "da",
      "di", "du", "la", "le", "al", "el", "bin", "ibn", "del", "dos", "das", "ten", "op");

  /**
   * A capitalised "He" or "She" that opens a name ("according to He Lin, a local official"): a
   * pronoun is followed by its verb, never by another capitalised word.
   */
  static boolean opensName(List<Word> w, int k) {
    return k + 1 < w.size() && w.get(k).isCapitalised() && w.get(k).in(WordGroup.PRONOUN) && !w.get(k).is("I")
        && w.get(k + 1).isWord() && w.get(k + 1).isCapitalised() && !w.get(k + 1).in(WordGroup.PRONOUN);
  }

  static boolean isNameParticle(Word t) {
    return NAME_PARTICLES.contains(t.text());
  }

  static boolean isTimeLead(Word t) {
    return t.is("on") || t.is("last") || t.is("this") || t.is("late") || t.is("early") || t.is("next");
  }

  /**
   * Whether the words from {@code from} to the sentence end are only a short tail, not a reported
   * clause: ", Kovac said on Monday." has the tail "on Monday."; "Kovac said that ..." does not.
   */
  boolean shortTail(List<Word> w, int from, String cue) {
    if (from >= w.size()) {
      return true;
    }
    Word first = w.get(from);
    if ((first.text().equals(",") || first.text().equals(":")) && from + 1 < w.size()
        && (w.get(from + 1).text().equals("“") || w.get(from + 1).text().equals("\""))) {
      return false; // "“…” Then Renn said, “…”": a cue before a quotation says that one, not the one before it
    }
    if (first.text().equals(",") || first.text().equals(".") || first.text().equals(";")) {
      return true;
    }
    if (subordinateClause(w, from)) {
      return true; // "…, Brandt said as Prime Minister Renn insisted that …": the as-clause is its own statement
    }
    boolean object = OBJECT_CUES.contains(cue.toLowerCase(Locale.ROOT))
        && (first.isCapitalised() || addresseeOnly(w, from)); // "…, Kovac told the official Velpress."
    if (!TAIL_STARTS.contains(first.lower()) && !object) {
      return false;
    }
    int words = 0;
    for (int k = from; k < w.size(); k++) {
      Word t = w.get(k);
      if (t.is("that") || t.text().equals(":") || t.text().equals("“")) {
        return false;
      }
      if (t.text().equals(",") && k + 1 < w.size() && (w.get(k + 1).text().equals("“") || w.get(k + 1).text().equals("\""))) {
        return false; // "Brandt said on Wednesday, “We stopped a war.”": the quotation is what was said
      }
      if (t.text().equals(".") || t.text().equals(";") || t.text().equals(",") || k > from && (t.is("as")
          || t.is("while") || t.is("when"))) {
        return true;
      }
      if (t.isWord() && ++words > (object ? 4 : 12)) {
        return false;
      }
    }
    return true;
  }

  /** Words that show a clause, not an addressee, after a cue: "told the court he was innocent". */
  private static final WordSet CLAUSE_SIGNS = WordSet.of("the", "a", "an", "he", "she", "it", "they",
      "we", "i", "you", "there", "is", "was", "were", "are", "had", "has", "have", "would", "will", "could", "can",
      "did", "that", "not");
  /** The most words of an addressee ending a sentence: "the official Velpress news agency". */
  private static final int MAX_ADDRESSEE = 5;

  /**
   * Whether the words from {@code from} are an article and a short noun phrase that end the
   * sentence ("told the official Velpress."): the one addressed, so what was said stands before the cue.
   */
  private static boolean addresseeOnly(List<Word> w, int from) {
    if (!isArticle(w.get(from))) { // "told the Velpress news agency", "told a news conference"
      return false;
    }
    for (int k = from + 1; k < w.size(); k++) {
      Word t = w.get(k);
      if (t.text().equals(".")) {
        return k > from + 1;
      }
      if (!t.isWord() || k - from > MAX_ADDRESSEE || CLAUSE_SIGNS.contains(t.lower()) || t.lower().endsWith("ed")) {
        return false;
      }
    }
    return w.size() > from + 1;
  }

  /**
   * "as the storm neared", "while Prime Minister Renn insisted": a subordinate clause with its own
   * subject after a cue. "as many as 40" opens no clause (no subject follows "as").
   */
  private static boolean subordinateClause(List<Word> w, int from) {
    if (from + 1 >= w.size()) {
      return false;
    }
    Word first = w.get(from);
    Word next = w.get(from + 1);
    boolean subordinator = first.is("as") || first.is("while") || first.is("when") || first.is("whereas");
    return subordinator && next.isWord() && (next.isCapitalised() || next.in(WordGroup.DETERMINER) || next.is("his")
        || next.is("her") || next.is("its") || next.is("their") || next.in(WordGroup.PRONOUN));
  }

  /** Skips auxiliaries and "-ly" adverbs backwards from {@code k}: "has publicly" before "said". */
  int skipBetweenBackwards(List<Word> w, int k) {
    int j = k;
    while (j >= 0 && k - j < 3 && (w.get(j).in(WordGroup.BETWEEN) || isAdverbAt(w, j))) {
      j--;
    }
    return j;
  }

  boolean isNpWord(Word t) {
    if (!t.isWord()) {
      return false;
    }
    String lower = t.bareLower();
    if (t.bareIn(WordGroup.CLAUSE_WORD) || t.bareIn(WordGroup.NEGATION) || t.bareIn(WordGroup.PRONOUN)) {
      return false;
    }
    return t.isCapitalised() || Character.isDigit(t.text().charAt(0)) || lexicon.isBarePhraseWord(t)
        || lexicon.isCompoundPhraseNoun(lower)
        || isCompoundParticiple(lower);
  }

  /** Finite verbs and auxiliaries that show a clause or a verb group: "the talks had failed", "have been denied". */
  static final WordSet AUXILIARIES = WordSet.of("is", "was", "were", "are", "be", "been", "being",
      "had", "has", "have", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do");

  /** "the", "a" or "an". */
  static boolean isArticle(Word t) {
    return t.is("the") || t.is("a") || t.is("an");
  }

  /** "its" or "their": what a body or a group calls its own ("reported its findings"). */
  static boolean isGroupPossessive(Word t) {
    return t.is("its") || t.is("their");
  }

  /** How far into a report's object the reporter's own "its" or "their" may stand: "reported over half of its crews". */
  private static final int OWN_OBJECT_REACH = 4;

  /**
   * Whether the object that starts at {@code from} is the reporter's own: an "its" or "their" within
   * its first {@value #OWN_OBJECT_REACH} words, before any punctuation ("reported its findings",
   * "reported over half of its crews earned …"). A body reports its own results; an outlet reports news.
   */
  static boolean opensOnOwn(List<Word> words, int from) {
    for (int k = from; k < words.size() && k < from + OWN_OBJECT_REACH && words.get(k).isWord(); k++) {
      if (isGroupPossessive(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case word in "-ed" long enough to be a past-tense verb: "declared", "grimaced". */
  static boolean looksPastTense(Word t) {
    return t.isWord() && !t.isCapitalised() && t.lower().length() >= MIN_PAST_VERB && t.lower().endsWith("ed");
  }

  /**
   * Whether the word at {@code i} is a participle an article opens, qualifying the noun after it:
   * "the leaked document said", "a reported toll". A finite reporting verb never follows an article.
   */
  static boolean isParticipleModifier(List<Word> w, int i) {
    return i > 0 && i + 1 < w.size() && w.get(i + 1).isWord() && w.get(i).lower().endsWith("ed")
        && isArticle(w.get(i - 1));
  }

  /** Irregular participles that close a compound modifier: "state-run", "Saudi-led", "state-owned" is regular. */
  private static final WordSet IRREGULAR_PARTICIPLES = WordSet.of("run", "led", "held", "built",
      "made", "known", "grown", "born");

  /** "state-run", "government-owned", "rebel-held": a hyphenated modifier ending in a participle. */
  static boolean isCompoundParticiple(String lower) {
    int hyphen = lower.lastIndexOf('-');
    if (hyphen <= 0 || hyphen + 1 >= lower.length()) {
      return false;
    }
    String last = lower.substring(hyphen + 1);
    return last.length() > 3 && last.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(last);
  }

  /** The ending of a noun naming an act: "publication", "distribution". */
  private static final String ACT_ENDING = "tion";

  /**
   * Whether {@code t}, before an "of", names an act done to its complement rather than an outlet:
   * "publication" in "the publication of the report showed"; the outlet reading ("the publication
   * said", "Varnian publication Le Veyl") takes no "of", so the phrase does not run on through it.
   */
  boolean namesAnAct(Word t) {
    return !t.isCapitalised() && t.lower().endsWith(ACT_ENDING) && lexicon.isMedia(t);
  }

  /** A word that can end a speaker phrase: a capitalised word or a source noun ("official", "ministry"). */
  boolean isHead(Word t) {
    if (!isNpWord(t) || t.in(WordGroup.DETERMINER)) {
      return false;
    }
    String lower = t.bareLower();
    return t.isCapitalised() || lexicon.isBarePhraseNoun(t) || Character.isDigit(t.text().charAt(0))
        || lexicon.isCompoundPhraseNoun(lower);
  }

  /** An "-ly" adverb at {@code j}, unless a determiner makes it a noun: "the family", "an ally". */
  static boolean isAdverbAt(List<Word> w, int j) {
    return isLyAdverb(w.get(j)) && !(j > 0 && w.get(j - 1).in(WordGroup.DETERMINER))
        && !(j > 0 && w.get(j - 1).isCapitalised() && PUBLICATIONS.contains(w.get(j).lower()));
  }

  /** "-ly" words that also name a publication: after a name, "the Velpress daily", they are its noun. */
  private static final WordSet PUBLICATIONS = WordSet.of("daily", "weekly", "monthly", "quarterly");

  static boolean isLyAdverb(Word t) {
    String s = t.text();
    return s.length() > 4 && s.endsWith("ly") && Character.isLowerCase(s.charAt(0));
  }

  /**
   * A capitalised sentence adverb: "Obviously", "Separately", "Reportedly". Its suffix ("-ously",
   * "-ately", "-edly" …) is an adverb's, not a name's; short words ("Ally", "Emily") are left alone,
   * and a lower-case adverb is {@link #isLyAdverb}'s.
   */
  static boolean isSentenceAdverb(Word w) {
    String lower = w.bareLower();
    // every ending ends in "ly": the test of two letters spares the pattern nearly every word
    return w.isCapitalised() && lower.length() >= MIN_ADVERB && lower.endsWith("ly")
        && ADVERB_ENDING.matcher(lower).find();
  }

  /** A lower-case role word in {@code [from, to)}: "a spokeswoman for the board". */
  boolean hasRole(List<Word> w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (lexicon.isRole(w.get(k)) && !w.get(k).isCapitalised()) {
        return true;
      }
    }
    return false;
  }

  /** No phrase of time words speaks: "Monday", "On Tuesday", "last night" are never sources. */
  Optional<SpeakerLocator.Phrase> timeless(List<Word> w, SpeakerLocator.Phrase p) {
    return isTimePhrase(w.subList(p.from(), p.to())) ? Optional.empty() : Optional.of(p);
  }

  boolean isTimePhrase(List<Word> p) {
    boolean time = false;
    for (Word t : p) {
      String bare = t.bareLower();
      if (lexicon.isBareTimeWord(t)) {
        time = true;
      } else if (!PhraseGrammar.isTimeLead(t) && !t.bareIn(WordGroup.DETERMINER) && !t.is("early")
          && !t.is("late") && !Character.isDigit(t.text().charAt(0))) {
        return false;
      }
    }
    return time;
  }
}
