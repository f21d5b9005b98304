package io.crosscheck.figure;

import io.crosscheck.internal.WordSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a figure counts from the words around it: the noun phrase after it (with one
 * prepositional phrase), else the clause it sits in (via {@link ClauseReader}), plus the verb of
 * the event.
 *
 * <p>"has killed more than 22,000 Palestinians, most of them" gives subject "Palestinians killed",
 * head "palestinians"; "gave them 30 days to expedite aid" gives "days to expedite aid"; "millions
 * have been displaced" gives "displaced"; "two dozen of them" refers back to the figure before.
 * Nouns before "of" ("a fine of $3m"), after "worth" ("trade was worth €9bn") and before an
 * appositive duration ("its ban, in place for three years") are read by {@link MeasuredReader};
 * time words ("tomorrow", "last year") never join the noun phrase; "up 14%" and "a rise of 5%"
 * right after a figure refer back to it.
 */
final class SubjectReader {
  /**
   * A figure's subject, the head noun counted (a COUNT's unit), a scope phrase, and whether the
   * figure points back at the one before ("up from 198", "two dozen of them").
   */
  record Subject(Optional<String> text, Optional<String> head, Optional<String> scope, boolean refersBack) {}

  /** Prepositions whose phrase still describes what is counted: "round of visits", "trip to the region". */
  private static final WordSet ATTACHED = WordSet.of("of", "to", "in", "for", "on");
  /** Verbs that give a noun its value: "the toll was 64 miners", "the toll is 64". */
  static final WordSet COPULAS = WordSet.of("is", "was", "are", "were", "stands", "stood");
  /** Words that make the time unit after them a rate: "a year", "per day", "each week". */
  private static final WordSet RATE = WordSet.of("a", "an", "per", "each", "every");
  private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our", "this",
      "these", "those", "whose");
  private static final int NOUN_PHRASE_WORDS = 4;
  /** Words that open an aside naming part of a count: ", including three children,", ", among them two guards,". */
  private static final WordSet INSERT_OPENERS = WordSet.of("including", "among");
  /** The longest aside skipped on the way to a predicate. */
  private static final int INSERT_WORDS = 6;

  /** Words after a duration that place it in time rather than name what it measures: "ago", "away". */
  private static final WordSet TEMPORAL_AFTER = WordSet.of("ago", "away", "later", "earlier", "running", "long",
      "before", "straight", "old");

  private final FigureLexicon lexicon;
  private final ClauseReader clause;
  private final MeasuredReader measured;

  SubjectReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
    this.clause = new ClauseReader(lexicon);
    this.measured = new MeasuredReader(clause);
  }

  Subject read(List<Token> tokens, int from, int to, String unitWord) {
    List<String> np = new ArrayList<>();
    int from2 = skipRate(tokens, to);
    int k = nounPhrase(tokens, skipModifierList(tokens, from2 > to ? from2 : skipDeterminers(tokens, to)), np);
    if (np.isEmpty()) {
      k = from2; // "half the bridges" reads past "the"; with no noun, keep reading right after the figure
    }
    List<String> words = new ArrayList<>();
    if (!unitWord.isEmpty()) {
      words.add(unitWord);
    }
    words.addAll(np);
    boolean refersBack = BackReference.refersBack(tokens, from, k, np);
    if (refersBack && k + 1 < tokens.size() && tokens.get(k).lower().equals("of")) {
      k += 2; // "two dozen of them are dead": the predicate after the pronoun still counts
    }
    if (!np.isEmpty() && TEMPORAL_AFTER.contains(np.get(0).toLowerCase(Locale.ROOT))) {
      words.clear(); // "three weeks away", "two decades ago": the figure's own noun is its unit
      if (!unitWord.isEmpty()) {
        words.add(unitWord); // "toll climbed to 146 earlier": a count keeps no time word
        words.add(np.get(0));
      }
      np.clear();
      k = to + 1;
    }
    if (k + 1 < tokens.size() && tokens.get(k).lower().equals("worth") && tokens.get(k + 1).lower().equals("of")) {
      k++; // "$147.5 million worth of artillery shells"
    }
    String ofHead = "";
    if (k < tokens.size() && ATTACHED.contains(tokens.get(k).lower())) {
      int k0 = k;
      List<String> pp = new ArrayList<>();
      int after = nounPhrase(tokens, skipNumber(tokens, skipDeterminers(tokens, k + 1)), pp);
      boolean dateOnly = np.isEmpty() && !pp.isEmpty() && pp.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)));
      if (!pp.isEmpty() && !dateOnly) {
        if (!words.isEmpty()) {
          words.add(tokens.get(k).lower());
        }
        words.addAll(pp);
        k = after;
        ofHead = np.isEmpty() && tokens.get(k0).lower().equals("of") ? head(pp) : "";
      }
    }
    String verb = clause.verbBefore(tokens, from);
    String participle = clause.participleAfter(tokens, skipInsert(tokens, k));
    if (participle.isEmpty() && !np.isEmpty() && k > 0 && !clause.isVerb(tokens.get(k - 1))
        && !lexicon.eventNouns.containsKey(np.get(np.size() - 1).toLowerCase(Locale.ROOT))) {
      // not "769 killed and 934 injured"; nor "52 dead and 118 wounded": a count named by its event has its own
      participle = clause.participleAfter(tokens, skipCoordinatedCount(tokens, k));
    }
    if (verb.isEmpty()) {
      verb = participle;
    } else if (!participle.isEmpty() && k < tokens.size() && !clause.isVerb(tokens.get(k)) && !words.contains(participle)) {
      words.add(participle); // "said 40 workers were killed": the event after the auxiliary names what is counted
    }
    List<String> ofNoun = !np.isEmpty() ? List.of() : from > 0 && tokens.get(from - 1).lower().equals("of")
        ? measured.nounBeforeOf(tokens, from) : measured.rankedBefore(tokens, from);
    if (!ofNoun.isEmpty() && !words.containsAll(ofNoun)) {
      words.addAll(0, ofNoun); // "tariffs of up to 30% on steel", "a fine of $4m on the miller"
    }
    boolean onlyUnit = np.isEmpty() && (words.isEmpty() || words.stream()
        .allMatch(w -> w.equals(unitWord) || TEMPORAL_AFTER.contains(w.toLowerCase(Locale.ROOT))));
    if (onlyUnit) {
      List<String> thing = measured.measuredThing(tokens, from);
      boolean verbFirst = !clause.verbBefore(tokens, from).isEmpty();
      int cut = !verbFirst && from > 0 && tokens.get(from - 1).lower().equals("after") ? from - 1 : from;
      Optional<String> elided = thing.isEmpty() && verbFirst && unitWord.isEmpty() ? elidedObject(tokens, from, to) : Optional.empty();
      if (elided.isPresent()) {
        // "retrieve bodies from the mud but have so far found only seven": the number's noun is the earlier clause's
        np.add(elided.get());
        words.add(elided.get());
        words.add(clause.verbBefore(tokens, from));
      } else {
        words.addAll(!thing.isEmpty() ? thing : !verbFirst && !participle.isEmpty() ? List.of(participle)
            : clause.clauseBefore(tokens, cut, cut < from));
      }
    } else if (!verb.isEmpty() && !words.contains(verb)) {
      words.add(verb);
    }
    if (!verb.isEmpty() && !onlyUnit) {
      clause.clauseBefore(tokens, from).stream().filter(w -> lexicon.eventNouns.containsKey(w.toLowerCase(Locale.ROOT)))
          .filter(w -> !words.contains(w)).forEach(words::add); // "the toll rose to 241 people" still counts the toll
    }
    boolean valueOf = from > 0 && (tokens.get(from - 1).lower().equals("to") || tokens.get(from - 1).lower().equals("at")
        || COPULAS.contains(tokens.get(from - 1).lower()));
    if ((!verb.isEmpty() || onlyUnit || valueOf) && words.stream().noneMatch(w -> lexicon.eventNouns.containsKey(w.toLowerCase(Locale.ROOT)))) {
      // "the toll from floods in … has soared to 900", "the toll from the blast at the Orsk pit was 38",
      // "the toll from the clashes has risen to 33 people", "the toll was 64 miners"
      clause.nounBefore(tokens, from, lexicon.eventNouns).ifPresent(words::add);
    }
    addEvents(words);
    Optional<String> text = words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    String head = !np.isEmpty() ? head(np) : ofHead;
    return new Subject(text, head.isEmpty() ? Optional.empty() : Optional.of(head), ScopeReader.read(tokens, k), refersBack);
  }

  /** How far back, in tokens, a number closing its clause looks for the noun it leaves out. */
  private static final int ELIDED_REACH = 16;

  /**
   * The plural noun a bare number closing its clause leaves out, from the clause before it joined
   * by "but" or "and": "bodies" for "retrieve bodies from the mud but have so far found only seven".
   * A number on the way back ends the search: a count coordinated with another reads its own way.
   */
  private Optional<String> elidedObject(List<Token> tokens, int from, int to) {
    if (to < tokens.size() && tokens.get(to).isWord()) {
      return Optional.empty(); // "found seven in the river": the number does not close its clause
    }
    boolean joined = false;
    for (int k = from - 1; k >= Math.max(1, from - ELIDED_REACH); k--) {
      Token t = tokens.get(k);
      String w = t.lower();
      if (w.equals("but") || w.equals("and")) {
        if (!joined && ownSubject(tokens, k + 1, from)) {
          return Optional.empty(); // "… and rescuers found seven": a clause with a subject of its own
        }
        joined = true;
      } else if (joined && t.isWord() && Character.isLowerCase(t.text().charAt(0)) && pluralShaped(t) && clause.isContentWord(t)
          && !clause.isVerb(t)) {
        return Optional.of(t.text());
      } else if (t.text().equals(";") || t.text().equals(":") || Character.isDigit(t.text().charAt(0))
          || lexicon.numberWords.containsKey(w)) {
        return Optional.empty(); // "killing 146 people and injuring more than 900": a coordinated count reads its own way
      }
    }
    return Optional.empty();
  }

  /** Whether the words from {@code k} to {@code end} name a subject: a plural noun or a name ("rescuers", "Orsk"). */
  private boolean ownSubject(List<Token> tokens, int k, int end) {
    for (int j = k; j < end; j++) {
      Token t = tokens.get(j);
      if (t.isWord() && (t.isCapitalised() || pluralShaped(t) && clause.isContentWord(t) && !clause.isVerb(t))) {
        return true;
      }
    }
    return false;
  }

  /** "the toll at 198" also names the killed: event words from the {@code event-nouns} list. */
  private void addEvents(List<String> words) {
    for (int w = 0, n = words.size(); w < n; w++) {
      String event = lexicon.eventNouns.get(words.get(w).toLowerCase(Locale.ROOT));
      if (event != null && !words.contains(event)) {
        words.add(event);
      }
    }
  }



  /** The counted noun: the first plural in the phrase ("cables" in "different cables objecting"), else its last word. */
  private String head(List<String> np) {
    if (np.isEmpty()) {
      return "";
    }
    for (String w : np) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (lexicon.irregularPlurals.contains(lower)
          || lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && Character.isLetter(lower.charAt(0))) {
        return lower;
      }
    }
    if (clause.isVerb(Token.of(np.get(0), 0, np.get(0).length()))) {
      return ""; // "hundreds gathered outside": no noun was written, the verb follows at once
    }
    for (int w = np.size() - 1; w >= 0; w--) {
      if (!clause.isVerb(Token.of(np.get(w), 0, np.get(w).length()))) {
        return np.get(w).toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /** Up to four content words from {@code k}; fills {@code out} and returns the index after them. */
  private int nounPhrase(List<Token> tokens, int k, List<String> out) {
    int j = k;
    while (j < tokens.size() && out.size() < NOUN_PHRASE_WORDS && clause.isContentWord(tokens.get(j))
        && !clause.isTimeWord(tokens, j)) {
      out.add(tokens.get(j).text());
      j++;
      if (out.size() == 1 && clause.isVerbAfterTo(tokens, k)) {
        j = skipDeterminers(tokens, j); // "30 days to repay the loan": the verb's object follows its article
      }
    }
    return j;
  }

  /**
   * Past an aside between commas that names a part of the count: "Eighteen others, including three
   * children, were injured" reads its predicate after the aside. Bounded by {@link #INSERT_WORDS}.
   */
  private static int skipInsert(List<Token> tokens, int k) {
    if (k + 1 >= tokens.size() || !tokens.get(k).text().equals(",") || !INSERT_OPENERS.contains(tokens.get(k + 1).lower())) {
      return k;
    }
    for (int j = k + 2; j < tokens.size() && j <= k + 2 + INSERT_WORDS; j++) {
      if (tokens.get(j).text().equals(",")) {
        return j + 1;
      }
    }
    return k;
  }

  /**
   * Past a second count joined by "and" to the predicate both share: "140 villagers and 49 guards
   * were injured" reads "injured" for the 140 as well. The second count opens with digits, so
   * "killed 40 people and injured 30" joins no predicate to the 40. Bounded by {@link #NOUN_PHRASE_WORDS}.
   */
  private int skipCoordinatedCount(List<Token> tokens, int k) {
    if (k + 2 >= tokens.size() || !tokens.get(k).lower().equals("and")
        || !Character.isDigit(tokens.get(k + 1).text().charAt(0))) {
      return k;
    }
    for (int j = k + 2; j < tokens.size() && j <= k + 2 + NOUN_PHRASE_WORDS; j++) {
      if (tokens.get(j).text().equals(",")) {
        return k;
      }
      if (!clause.participleAfter(tokens, j).isEmpty()) {
        return j;
      }
    }
    return k;
  }

  /** "€180 million a year", "40 trucks per day": a rate's period is skipped, it is not what is counted. */
  private int skipRate(List<Token> tokens, int k) {
    if (k + 1 < tokens.size() && RATE.contains(tokens.get(k).lower())) {
      FigureLexicon.Unit unit = lexicon.units.get(tokens.get(k + 1).lower());
      if (unit != null && unit.kind() == io.crosscheck.model.FigureKind.DURATION) {
        return k + 2;
      }
    }
    return k;
  }

  /** "12 of the 36 hospitals": the second number is skipped to reach the noun both share. */
  private static int skipNumber(List<Token> tokens, int k) {
    return k + 1 < tokens.size() && Character.isDigit(tokens.get(k).text().charAt(0)) ? k + 1 : k;
  }

  /**
   * Past a list of modifiers the counted noun shares: "9.2 million past, present and future
   * clients" counts clients. The list holds at least one comma, single lower-case words and an
   * "and" or "or" before its last item, and a noun follows that item; else {@code k} itself.
   */
  private int skipModifierList(List<Token> tokens, int k) {
    int j = k;
    int commas = 0;
    for (int items = 0; items < MAX_LIST_ITEMS; items++) {
      if (!isListItem(tokens, j) || j + 1 >= tokens.size()) {
        return k;
      }
      String next = tokens.get(j + 1).lower();
      if (next.equals(",")) {
        commas++;
        j += 2;
      } else if ((next.equals("and") || next.equals("or")) && (commas > 0 || !pluralShaped(tokens.get(j)))) {
        return isListItem(tokens, j + 2) && j + 3 < tokens.size() && clause.isContentWord(tokens.get(j + 3)) ? j + 2 : k;
      } else {
        return k;
      }
    }
    return k;
  }

  /**
   * A word shaped like a plural noun ("farmers", "soldiers"): two such words joined by "and" are two
   * counted things ("40 soldiers and police officers"), where two modifiers are not ("current and
   * former customers").
   */
  private static boolean pluralShaped(Token t) {
    String w = t.lower();
    return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("ous");
  }

  /** A single lower-case word that may be one item of a modifier list. */
  private boolean isListItem(List<Token> tokens, int j) {
    if (j >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(j);
    return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && clause.isContentWord(t);
  }

  /** The most items a modifier list before a counted noun holds. */
  private static final int MAX_LIST_ITEMS = 5;

  private int skipDeterminers(List<Token> tokens, int k) {
    int j = k;
    while (j < tokens.size() && j < k + 2 && DETERMINERS.contains(tokens.get(j).lower()) && !clause.isTimeWord(tokens, j)) {
      j++;
    }
    return j;
  }
}
