package io.crosscheck.attribution;

import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the subject that opens a sentence, past datelines, quotations and leading phrases.
 *
 * <p>In {@code ORVATH — In a speech on Monday, Ana Kovac said ...} the subject is "Ana Kovac"; in
 * {@code “We tried,” Kovac said, adding ...} it is "Kovac".
 */
final class SubjectFinder {
  private final SpeakerLocator locator;
  private final CueVerbs verbs;

  SubjectFinder(SpeakerLocator locator, CueVerbs verbs) {
    this.locator = locator;
    this.verbs = verbs;
  }


  /** The subject at the start of a sentence, after a leading "In his meeting with X," phrase. */
  Optional<Phrase> subject(List<Word> w) {
    int i = skipDateline(w);
    if (i < w.size() && isOpeningMark(w.get(i))) {
      // "“We tried,” Kovac said, adding ...": the subject is not inside the quotation.
      int close = i + 1;
      while (close < w.size() && !isClosingMark(w.get(close))) {
        close++;
      }
      i = close + 1;
    }
    while (i < w.size() && (!w.get(i).isWord() || w.get(i).is("but") || w.get(i).is("and") || w.get(i).is("yet"))) {
      i++;
    }
    if (i + 1 < w.size() && (w.get(i).is("neither") || w.get(i).is("both") || w.get(i).is("each"))
        && w.get(i + 1).isWord() && !w.get(i + 1).is("of")) {
      i++; // "Neither official would be named": the official is the subject
    }
    if (sentenceAdverb(w, i, verbs)) {
      i += 2; // "Instead, it quoted …", "Soon, the airline said …": the adverb is no speaker
    }
    if (temporalLead(w, i)) {
      i++; // "Soon after the outage, Kellco threatened …": the phrase up to the comma is no speaker
      while (i < w.size() && !w.get(i).text().equals(",") && i < LEAD_REACH) {
        i++;
      }
      i++;
    }
    if (i + 1 < w.size() && PhraseGrammar.isTimeLead(w.get(i)) && PhraseGrammar.TIMES.contains(w.get(i + 1).lower())) {
      i += 2; // "Last week the ministry said"
      if (i < w.size() && w.get(i).text().equals(",")) {
        i++; // "On Saturday, officials said"
      }
    }
    if (i < w.size() && (w.get(i).in(WordGroup.CLAUSE_WORD) || w.get(i).lower().endsWith("ing"))) {
      int comma = nextComma(w, i);
      if (comma < 0) {
        return Optional.empty();
      }
      i = comma + 1;
      if (i < w.size() && RELATIVES.contains(w.get(i).lower())) {
        // "In a statement from the union, which represents her, she said": the relative clause is the lead's
        int close = nextComma(w, i);
        if (close < 0) {
          return Optional.empty();
        }
        i = close + 1;
      }
    }
    return locator.after(w, i).filter(p -> !modifiesGerund(w, p) && !namesAnActOf(w, p));
  }

  /**
   * "The publication of the report showed …": a subject that ends in a noun naming an act, before
   * its "of", is what was done to the complement; no one speaks through it.
   */
  private boolean namesAnActOf(List<Word> w, Phrase p) {
    return p.to() < w.size() && w.get(p.to()).is("of") && locator.grammar().namesAnAct(w.get(p.to() - 1));
  }

  /** Words that open a relative clause set off by commas. */
  private static final WordSet RELATIVES = WordSet.of("which", "who", "whose", "where");
  /** How far a leading phrase's closing comma may stand. */
  private static final int LEAD_CLAUSE_REACH = 25;

  /** The first comma at or after {@code from} within {@link #LEAD_CLAUSE_REACH} tokens, or -1. */
  private static int nextComma(List<Word> w, int from) {
    for (int k = from; k < w.size() && k - from < LEAD_CLAUSE_REACH; k++) {
      if (w.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * "The American phrasing suggested …": a capitalised word before a gerund noun and its verb
   * modifies the noun; the phrase is no speaker, nor anyone a pronoun may mean.
   */
  private static boolean modifiesGerund(List<Word> w, Phrase p) {
    int next = p.to();
    return next + 1 < w.size() && w.get(next - 1).isCapitalised() && w.get(next).isWord()
        && !w.get(next).isCapitalised() && w.get(next).lower().endsWith("ing") && w.get(next + 1).isWord()
        && !w.get(next + 1).isCapitalised() && w.get(next + 1).lower().endsWith("ed");
  }


  /** Prepositions of time that open an adverbial after a leading degree word: "Soon after", "Hours before". */
  private static final WordSet TIME_PREPOSITIONS = WordSet.of("after", "before", "since", "until",
      "following", "later", "earlier");
  /** Degree and measure words that lead such an adverbial. */
  private static final WordSet TIME_DEGREES = WordSet.of("soon", "shortly", "hours", "days", "weeks",
      "minutes", "moments", "months", "years", "long", "right", "just", "immediately", "even", "only");
  /** Counts that open a measured time before a comma: "Seven hours into …", "A day after …". */
  private static final WordSet LEAD_COUNTS = WordSet.of("a", "an", "one", "two", "three", "four",
      "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "few", "some", "many");
  /** Units of such a measured time. */
  private static final WordSet TIME_UNITS = WordSet.of("minute", "minutes", "hour", "hours", "day",
      "days", "week", "weeks", "month", "months", "year", "years");
  /** The farthest token index at which the comma closing a leading adverbial may stand. */
  private static final int LEAD_REACH = 20;

  /**
   * "Soon after the outage, …", "Hours before the vote, …": a degree word and a preposition of time
   * opening the sentence, closed by a comma before {@link #LEAD_REACH} tokens.
   */
  static boolean temporalLead(List<Word> w, int i) {
    if (i + 2 >= w.size() || !w.get(i).isCapitalised() && !Character.isDigit(w.get(i).text().charAt(0))) {
      return false;
    }
    boolean degree = TIME_DEGREES.contains(w.get(i).lower()) && TIME_PREPOSITIONS.contains(w.get(i + 1).lower());
    // "Seven hours into the march, …", "A day after the vote, …", "Two weeks later, …"
    boolean measure = i + 3 < w.size() && (LEAD_COUNTS.contains(w.get(i).lower()) || Character.isDigit(w.get(i).text().charAt(0)))
        && TIME_UNITS.contains(w.get(i + 1).lower())
        && (TIME_PREPOSITIONS.contains(w.get(i + 2).lower()) || w.get(i + 2).is("into"));
    if (!degree && !measure) {
      return false;
    }
    for (int k = i + 2; k < w.size() && k < LEAD_REACH; k++) {
      if (w.get(k).text().equals(",")) {
        return k + 1 < w.size();
      }
    }
    return false;
  }

  /** Whether a reporting cue ends right before {@code comma}, past {@code from}: "the letter went on,". */
  private static boolean closesCue(List<Word> w, int from, int comma, CueVerbs verbs) {
    for (int j = from; j < comma; j++) {
      int length = verbs.cueLength(w, j);
      if (length > 0 && j + length == comma) {
        return true;
      }
    }
    return false;
  }

  /** How far after a leading "Word," an appositive's closing comma may come: "Kovac, the harbour mayor, said". */
  private static final int APPOSITIVE_REACH = 6;

  /**
   * A single capitalised word opening the sentence and set off by a comma, followed by a pronoun or
   * by a determiner whose phrase no second comma closes: "Instead, it quoted", "Soon, the airline
   * said". "Kovac, the mayor, said" is an appositive, not an adverb; in "Besides, the letter went
   * on, claiming …" the second comma closes a reporting clause, so "Besides" is an adverb again.
   */
  static boolean sentenceAdverb(List<Word> w, int i, CueVerbs verbs) {
    if (i + 2 >= w.size() || !w.get(i).isWord() || !w.get(i).isCapitalised() || !w.get(i + 1).text().equals(",")
        || i > 0 && w.get(i - 1).isWord()) {
      return false;
    }
    Word next = w.get(i + 2);
    if (next.in(WordGroup.PRONOUN) && !next.is("one")) {
      return true;
    }
    if (!next.in(WordGroup.DETERMINER)) {
      return false;
    }
    for (int k = i + 3; k < w.size() && k <= i + 2 + APPOSITIVE_REACH; k++) {
      if (w.get(k).text().equals(",")) {
        return closesCue(w, i + 3, k, verbs);
      }
    }
    return true;
  }

  /** The most tokens of a dateline: "KELLEN, Varnia (AP) —", "Kellen/Tarn:", "New Tarn, Mar. 3 (KNA):". */
  private static final int MAX_DATELINE = 10;

  /**
   * "ORVATH, Kastan — Kovac said", "(Orvath) Kovac said", "Orvath/Tarn: Kovac said": the index
   * after a dateline, else 0. A dateline in mixed case needs a bracket, a slash or a colon.
   */
  static int skipDateline(List<Word> w) {
    if (w.size() > 3 && w.get(0).text().equals("(") && w.get(1).isCapitalised() && w.get(2).text().equals(")")) {
      return 3; // "(Orvath) Kovac said"
    }
    if (w.size() > 5 && w.get(0).text().equals("(") && w.get(1).isCapitalised() && w.get(2).text().equals("/")
        && w.get(3).isCapitalised() && w.get(4).text().equals(")")) {
      return 5; // "(KBS/AP) Kovac said": the outlets that carried the story
    }
    int end = datelineEnd(w);
    if (end > 0) {
      return end;
    }
    int aside = editorialAside(w);
    if (aside > 0) {
      return aside;
    }
    if (w.isEmpty() || !isAllCaps(w.get(0).text())) {
      return 0;
    }
    for (int k = 1; k < w.size() && k <= 8; k++) {
      if (w.get(k).isDash()) {
        return k + 1;
      }
    }
    return 0;
  }

  /** The most words of an outlet's aside about its own reporting: "As we previously told you,". */
  private static final int MAX_ASIDE = 6;

  /**
   * The index after an opening aside in which the outlet speaks of its own reporting ("As we
   * reported,", "As we previously told you,"), or -1: it credits nobody, and the sentence's subject
   * comes after it.
   */
  static int editorialAside(List<Word> w) {
    if (w.size() < 4 || !w.get(0).is("as") || !(w.get(1).is("we") || w.get(1).is("i"))) {
      return -1;
    }
    for (int k = 2; k < w.size() && k <= MAX_ASIDE; k++) {
      if (w.get(k).text().equals(",")) {
        return k + 1;
      }
      if (!w.get(k).isWord()) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The index after a dateline of place names, slashes, a date and an agency in brackets, or -1. It
   * ends at a colon ("Orvath/Tarn:", "New Tarn, Mar. 3 (KNA):") or, with no colon, right after the
   * agency when a day number came before it ("Orvane, June 10 (KNA) Party chief …"): the day and the
   * brackets tell it from a sentence's opening names.
   */
  private static int datelineEnd(List<Word> w) {
    boolean name = false;
    boolean day = false;
    for (int k = 0; k < w.size() && k <= MAX_DATELINE; k++) {
      Word t = w.get(k);
      if (t.text().equals(":")) {
        return name ? k + 1 : -1;
      }
      if (name && day && isAgencyAt(w, k) && (k + 3 >= w.size() || !w.get(k + 3).text().equals(":"))) {
        return k + 3;
      }
      boolean capitalised = t.isWord() && t.isCapitalised();
      name |= capitalised;
      day |= isDayNumber(t.text());
      if (!(capitalised || isDatelinePart(t.text()))) {
        return -1;
      }
    }
    return -1;
  }

  /** "(KNA)", "(AP)": an agency's capitals in brackets, opening at {@code k}. */
  private static boolean isAgencyAt(List<Word> w, int k) {
    if (k + 2 >= w.size() || !w.get(k).text().equals("(") || !w.get(k + 2).text().equals(")")) {
      return false;
    }
    String inside = w.get(k + 1).text();
    return inside.length() >= 2 && inside.chars().allMatch(Character::isUpperCase);
  }

  /** Slashes, commas, brackets, dots and day numbers: what a dateline holds besides names. */
  private static boolean isDatelinePart(String t) {
    return t.equals("/") || t.equals(",") || t.equals("(") || t.equals(")") || t.equals(".")
        || isDayNumber(t);
  }

  /** Three or more capitals, hyphens and dots ("ORVATH", "U.S."); read in place, as every sentence's first word is. */
  private static boolean isAllCaps(String s) {
    if (s.length() < MIN_ALL_CAPS) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!(Character.isUpperCase(c) || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** The shortest word {@link #isAllCaps} reads as a dateline's capitals. */
  private static final int MIN_ALL_CAPS = 3;

  /** Whether {@code t} is one or two digits ("3", "10"): a day number. */
  private static boolean isDayNumber(String t) {
    if (t.length() > 2) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOpeningMark(Word t) {
    return t.text().equals("“") || t.text().equals("\"");
  }

  private static boolean isClosingMark(Word t) {
    return t.text().equals("”") || t.text().equals("\"");
  }
}
