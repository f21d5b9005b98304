package io.crosscheck.attribution;

import io.crosscheck.internal.WordSet;
import io.crosscheck.model.Stance;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The speech verbs of the {@code speech-verbs} list and how to spot them in running text.
 *
 * <p>Lines are {@code verb}, {@code verb|STANCE} or {@code verb|STANCE|required-word}:
 * {@code "claimed|DISTANCING"} makes {@code stance("claimed")} DISTANCING; {@code
 * "described|NEUTRAL|as"} makes "described" a cue only in a clause holding "as"; {@code "spoke about"}
 * is a two-word cue. A required word followed by {@code <number>} must be followed by a number:
 * {@code "put|NEUTRAL|at <number>"} makes "put the toll at 3,000" a cue and "put troops at the
 * border" not; a bare {@code <number>} wants a number right after the cue ("counted 80,000 marchers").
 */
final class CueVerbs {
  /** The field separator of a list line: "claimed|DISTANCING". */
  private static final Pattern BAR = Pattern.compile("\\|");
  private static final WordSet MODALS = WordSet.of("will", "would", "may", "might", "could", "can",
      "should", "must", "did", "do", "to", "also", "often", "still", "has", "have", "had");

  /* The maps below are hash maps: a cue is looked up at nearly every word, and a hash map compares
     a word's cached hash before its letters. They are never changed after construction. */
  private final Map<String, Stance> verbs;
  /** Each multi-word cue's words after its first, by its first: "spoke" gives [about], "made" gives [it, clear]. */
  private final Map<String, List<List<String>>> multiWordVerbs;
  /** A requirement's number mark: "at &lt;number&gt;" is "at" before a number. */
  private static final String NUMBER_MARK = "<number>";
  /**
   * The requirement of a verb that tags only a direct quotation: the words after it open on a
   * quotation mark, past a comma or colon ("Renn fumed: “We are done.”"); a quotation further on
   * ("Renn snapped a photo of the “Golden Gate” sign") is no speech of its.
   */
  private static final String QUOTE_MARK = "<quote>";
  /** How many words after a required word (or the cue) a number may start: "at “half a billion”". */
  private static final int NUMBER_WINDOW = 3;
  /** Words that may open a number: "half a billion", "a dozen", "nearly", "an estimated". */
  private static final WordSet NUMBER_LEADS = WordSet.of("half", "a", "an", "about", "around",
      "nearly", "almost", "some", "roughly", "approximately", "over", "more", "than", "least", "at", "up", "to", "estimated");

  /** Nouns of a stated count that a number follows with "of": "a conservative estimate of 10,000". */
  private static final WordSet ESTIMATE_NOUNS = WordSet.of("estimate", "count", "figure", "tally", "total");
  /** Words that may stand between the article and the estimate noun: "a conservative estimate of". */
  private static final int ESTIMATE_ADJECTIVES = 2;

  private final Map<String, String> requiredWords;
  /**
   * Every word a cue opens on: the one-word verbs and the first words of the longer ones ("spoke" of
   * "spoke about"). The lexicon holding these verbs marks them {@link CueLexicon#CUE_OPENER} when it
   * cuts a text, so that {@link #cueLength}, asked at nearly every word, passes the others by their
   * class bit without a lookup.
   */
  private final WordSet openers;
  /** The cues' base forms: see {@link #baseForms}. */
  private final WordSet baseForms;
  private final List<String> openerList;
  private final WordSet numberWords;
  private final WordSet claimNouns;

  CueVerbs(List<String> entries) {
    this(entries, List.of(), List.of());
  }

  /**
   * {@code numberWords}: spelled cardinals and scales ("twelve", "million") that open a number;
   * {@code claimNouns}: nouns naming what someone said ("allegations"), which a denying cue may
   * take as its object without its required word ("dismissed the allegations").
   */
  CueVerbs(List<String> entries, List<String> numberWords, List<String> claimNouns) {
    List<String> claims = new ArrayList<>();
    for (String n : claimNouns) {
      claims.add(n.strip().toLowerCase(Locale.ROOT));
    }
    this.claimNouns = WordSet.copyOf(claims);
    List<String> numbers = new ArrayList<>();
    for (String n : numberWords) {
      numbers.add(BAR.split(n, 2)[0].strip().toLowerCase(Locale.ROOT));
    }
    this.numberWords = WordSet.copyOf(numbers);
    Map<String, Stance> single = new LinkedHashMap<>();
    Map<String, List<List<String>>> multi = new LinkedHashMap<>();
    Map<String, String> required = new LinkedHashMap<>();
    for (String entry : entries) {
      String[] parts = BAR.split(entry, 3);
      String verb = parts[0].strip().toLowerCase(Locale.ROOT);
      if (verb.isEmpty()) {
        continue;
      }
      if (parts.length > 2) {
        required.putIfAbsent(verb, parts[2].strip().toLowerCase(Locale.ROOT));
      }
      Stance stance = parts.length > 1 ? parseStance(parts[1]) : Stance.NEUTRAL;
      int space = verb.indexOf(' ');
      if (space > 0) {
        multi.computeIfAbsent(verb.substring(0, space), k -> new ArrayList<>()).add(List.of(verb.substring(space + 1).strip().split(" +")));
        single.putIfAbsent(verb.substring(0, space) + "*", stance);
      } else {
        single.putIfAbsent(verb, stance);
      }
    }
    verbs = Collections.unmodifiableMap(new HashMap<>(single));
    multiWordVerbs = Collections.unmodifiableMap(new HashMap<>(multi));
    requiredWords = Collections.unmodifiableMap(new HashMap<>(required));
    List<String> opening = new ArrayList<>(single.keySet());
    opening.addAll(multi.keySet());
    openerList = List.copyOf(opening);
    openers = WordSet.copyOf(opening);
    baseForms = WordSet.copyOf(baseForms(verbs.keySet()));
  }

  /**
   * The words whose "-s", "-es" or "-y"-to-"-ies" form is one of {@code cues}: "say" of "says",
   * "claim" of "claims", "deny" of "denies". Read from the cues once, so that {@link #isBaseForm}
   * builds no string per question.
   */
  private static List<String> baseForms(Collection<String> cues) {
    List<String> out = new ArrayList<>();
    for (String cue : cues) {
      if (cue.endsWith("s")) {
        out.add(cue.substring(0, cue.length() - 1));
      }
      if (cue.endsWith("es")) {
        out.add(cue.substring(0, cue.length() - 2));
      }
      if (cue.endsWith("ies")) {
        out.add(cue.substring(0, cue.length() - 3) + "y");
      }
    }
    return out;
  }

  /** The words a cue opens on ({@link #openers}), for the lexicon to mark. */
  List<String> openers() {
    return openerList;
  }

  /** Whether a cue may open on {@code word}: read from its class bit, or looked up for a word cut without classes. */
  private boolean mayOpenCue(Words.Word word) {
    return word.classes() == Words.UNCLASSIFIED ? openers.contains(word.lower())
        : (word.classes() & CueLexicon.CUE_OPENER) != 0;
  }

  private static Stance parseStance(String s) {
    try {
      return Stance.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return Stance.NEUTRAL;
    }
  }

  /** How many words of {@code words} from {@code i} form a cue (0 when none): "said" 1, "spoke about" 2. */
  int cueLength(List<Words.Word> words, int i) {
    Words.Word word = words.get(i);
    if (!mayOpenCue(word)) {
      return 0; // first: the word's class bit answers for nearly every word, its text is not read
    }
    if (!word.isWord() || !Character.isLowerCase(word.text().charAt(0))) {
      return 0; // "the United States": a capitalised word is a name, not a cue
    }
    String w = word.lower();
    List<List<String>> rests = multiWordVerbs.get(w);
    int rest = rests == null ? 0 : restAt(rests, words, i + 1);
    if (rest > 0) {
      return 1 + rest; // "called for talks" before "called" alone, which needs a quotation; "made it clear"
    }
    int time = i + 1;
    while (rests != null && time < words.size() && time - i <= 2 && PhraseGrammar.TIMES.contains(words.get(time).lower())) {
      time++; // "called Tuesday evening for two more days of strikes"
    }
    rest = time > i + 1 ? restAt(rests, words, time) : 0;
    if (rest > 0) {
      return time - i + rest;
    }
    if (verbs.containsKey(w)) {
      boolean counts = !requiredWord(w).endsWith(NUMBER_MARK) || holdsRequired(words, i + 1, w);
      return counts && isVerbUse(words, i) ? 1 : 0; // "counted as soldiers" gives no figure
    }
    return 0;
  }

  /**
   * How many words from {@code from} spell one of a multi-word cue's {@code rests} ("about" of
   * "spoke about", "it clear" of "made it clear"); 0 when none does.
   */
  private static int restAt(List<List<String>> rests, List<Words.Word> words, int from) {
    for (List<String> rest : rests) {
      boolean match = from + rest.size() <= words.size();
      for (int k = 0; match && k < rest.size(); k++) {
        match = words.get(from + k).lower().equals(rest.get(k));
      }
      if (match) {
        return rest.size();
      }
    }
    return 0;
  }

  /** Whether {@code lower} is a listed cue word, whatever its clause holds. */
  boolean isListed(String lower) {
    return verbs.containsKey(lower);
  }

  /** The word a cue's clause must hold ("as" for "described"), or empty when none. */
  String requiredWord(String cue) {
    return requiredWords.getOrDefault(cue.toLowerCase(Locale.ROOT), "");
  }

  /**
   * Whether the clause {@code w[from..]} after {@code cue} holds what the cue needs: "as" after
   * "described", "at" and a number after "put" ("put the toll at 3,000"), a number right after
   * "counted". A cue with no requirement always holds.
   */
  boolean holdsRequired(List<Words.Word> w, int from, String cue) {
    String required = requiredWord(cue);
    if (required.isEmpty()) {
      return true;
    }
    if (required.equals(NUMBER_MARK)) {
      return numberWithin(w, from);
    }
    if (required.equals(QUOTE_MARK)) {
      return opensOnQuote(w, from);
    }
    boolean number = required.endsWith(" " + NUMBER_MARK);
    String word = number ? required.substring(0, required.length() - NUMBER_MARK.length()).strip() : required;
    if (word.equals("that") && !number && bareClause(w, from)) {
      return true; // "reiterated the cancellations would cost $500 million": "that" left out
    }
    if (!number && stance(cue) == Stance.DENYING && claimObject(w, from)) {
      return true; // "dismissed the allegations by the opposition": a denial of what was said
    }
    for (int k = from; k < w.size(); k++) {
      Words.Word x = w.get(k);
      if (k > from && isOtherCue(x) && !SpeakerLocator.ownedNoun(w, k)) {
        return false; // "welcomed the plan but said “...”": the quotation is the next cue's ("the airline’s claims" is a noun)
      }
      boolean hit = x.is(word) || word.equals("“") && Clauses.isOpeningMark(x);
      if (hit && word.equals("that") && k > from && opensRelativeClause(w, k)) {
        continue; // "found cracks that allowed workers through": "that" relates to the object, no finding follows
      }
      if (hit && word.equals("that") && k + 1 < w.size() && w.get(k + 1).is("of")) {
        continue; // "ruled out resigning ... to respond to that of the union": a pronoun, no clause
      }
      if (hit && (!number || numberWithin(w, k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w[from..]} opens on a quotation mark, past one comma or colon: ": “We are done.”". */
  private static boolean opensOnQuote(List<Words.Word> w, int from) {
    int k = from < w.size() && (w.get(from).text().equals(",") || w.get(from).text().equals(":")) ? from + 1 : from;
    return k < w.size() && Clauses.isOpeningMark(w.get(k));
  }

  /**
   * Whether the "that" at {@code k} opens a relative clause: a verb follows it at once ("cracks that
   * allowed", "homes that were"), where a reported clause opens with its subject ("that the dam
   * held", "that 30 homes were").
   */
  private static boolean opensRelativeClause(List<Words.Word> w, int k) {
    if (k + 1 >= w.size() || !w.get(k + 1).isWord() || w.get(k + 1).isCapitalised()) {
      return false;
    }
    return FINITE.contains(w.get(k + 1).lower()) || PhraseGrammar.looksPastTense(w.get(k + 1));
  }

  /** Words before the claim noun a denial takes: "the", "these", "all the", "such", "her". */
  private static final WordSet CLAIM_DETERMINERS = WordSet.of("the", "these", "those", "such", "all",
      "his", "her", "their", "its", "any");
  /** Words a denied claim noun may have before it: "the latest allegations", "all the fresh claims". */
  private static final int MAX_CLAIM_LEAD = 3;
  /** Words a coordination adds before the claim noun: "and" and the noun ("timetable and story"). */
  private static final int COORDINATED_CLAIM_WORDS = 2;

  /** Whether a noun naming what someone said is the object at {@code from}: "the allegations", "such claims". */
  boolean claimObject(List<Words.Word> w, int from) {
    int reach = MAX_CLAIM_LEAD;
    for (int k = from; k < w.size() && k - from <= reach; k++) {
      Words.Word t = w.get(k);
      if (!t.isWord()) {
        return false;
      }
      if (claimNouns.contains(t.lower())) {
        return true;
      }
      if (k > from && (t.is("and") || t.is("or")) && reach == MAX_CLAIM_LEAD) {
        reach += COORDINATED_CLAIM_WORDS; // "the ferry line's timeline and version": the noun after "and" is the claim
      }
      if (k == from && !CLAIM_DETERMINERS.contains(t.lower()) || t.isCapitalised()) {
        return false;
      }
    }
    return false;
  }

  /** Finite verbs and modals that make the words after a cue a clause of their own. */
  private static final WordSet FINITE = WordSet.of("would", "will", "could", "can", "should", "must",
      "might", "may", "had", "has", "have", "was", "were", "is", "are");
  /** Openers of a subject: "the cancellations", "its losses", "they". */
  private static final WordSet SUBJECT_OPENERS = WordSet.of("the", "its", "their", "his", "her",
      "it", "they", "he", "she", "we", "this", "these", "those");
  /** How many words a bare clause's subject may take before its verb: "the cancellations in July would". */
  private static final int BARE_SUBJECT_WORDS = 6;

  /**
   * A clause with its own subject and finite verb right after the cue, its "that" left out: "the
   * cancellations would cost", "its losses had reached". "its support for the plan" is an object.
   */
  private static boolean bareClause(List<Words.Word> w, int from) {
    if (from >= w.size() || !SUBJECT_OPENERS.contains(w.get(from).lower())) {
      return false;
    }
    for (int k = from + 1; k < w.size() && k <= from + BARE_SUBJECT_WORDS; k++) {
      Words.Word x = w.get(k);
      if (!x.isWord()) {
        return false;
      }
      if (FINITE.contains(x.lower())) {
        return k > from + 1 || !w.get(from).is("the") && !w.get(from).is("its") && !w.get(from).is("their");
      }
    }
    return false;
  }

  /** A listed verb form that is only a verb ("said", not "report"): it opens another clause. */
  private boolean isOtherCue(Words.Word x) {
    String lower = x.lower();
    return x.isWord() && Character.isLowerCase(x.text().charAt(0)) && mayOpenCue(x) && verbs.containsKey(lower)
        && !isBaseForm(lower);
  }

  /** Whether a number starts within {@value #NUMBER_WINDOW} words of {@code from}, past quotation marks. */
  private boolean numberWithin(List<Words.Word> w, int from) {
    return numberFrom(w, from) || numberFrom(w, afterEstimateOf(w, from));
  }

  /**
   * Where the number of "a conservative estimate of 10,000" would start, past an article, up to
   * {@value #ESTIMATE_ADJECTIVES} lower-case words and an estimate noun with "of" ("put the number at
   * a conservative estimate of 10,000"); {@code w.size()} when {@code w[from..]} is no such phrase.
   */
  private static int afterEstimateOf(List<Words.Word> w, int from) {
    if (from >= w.size() || !PhraseGrammar.isArticle(w.get(from))) {
      return w.size();
    }
    for (int k = from + 1; k + 1 < w.size() && k <= from + 1 + ESTIMATE_ADJECTIVES; k++) {
      Words.Word x = w.get(k);
      if (ESTIMATE_NOUNS.contains(x.lower()) && w.get(k + 1).is("of")) {
        return k + 2;
      }
      if (!x.isWord() || !Character.isLowerCase(x.text().charAt(0))) {
        break;
      }
    }
    return w.size();
  }

  private boolean numberFrom(List<Words.Word> w, int from) {
    int words = 0;
    for (int k = from; k < w.size() && words <= NUMBER_WINDOW; k++) {
      Words.Word x = w.get(k);
      if (!x.isWord()) {
        if (Clauses.isOpeningMark(x) || x.text().equals("$") || x.text().equals("€") || x.text().equals("£")) {
          continue;
        }
        return false;
      }
      if (Character.isDigit(x.text().charAt(0)) || numberWords.contains(x.lower())) {
        return true;
      }
      if (!NUMBER_LEADS.contains(x.lower())) {
        return false;
      }
      words++;
    }
    return false;
  }

  /**
   * Whether the cue at {@code i} is used as a verb: a base form ("claim", "say") that is also a noun
   * counts only after a plural or pronoun subject or a modal ("they say", "officials claim", "will say").
   */
  boolean isVerbUse(List<Words.Word> words, int i) {
    String w = words.get(i).lower();
    if (i > 0 && words.get(i - 1).isPossessivePronoun()) {
      return false; // "called her claims false", "rejected their claims": a noun owned by someone
    }
    if (pluralNounBeforeVerb(words, i)) {
      return false; // "Early estimates put the toll at 100", "Initial reports said": the plural is the subject
    }
    if (!isBaseForm(w) || i == 0 || requiredWord(w).endsWith(NUMBER_MARK)) {
      return true; // "put the toll at 300": a number after "at" leaves no noun reading
    }
    int before = i - 1;
    while (before > 0 && PhraseGrammar.isLyAdverb(words.get(before))) {
      before--; // "had previously said"
    }
    Words.Word prev = words.get(before);
    String p = prev.lower();
    if (p.equals("they") || p.equals("we") || p.equals("i") || p.equals("you") || MODALS.contains(p)
        || p.equals("there")) {
      return true;
    }
    if (prev.looksPlural()) {
      return true;
    }
    // "Doctors in Kellen say", "Residents of the flooded valley say": a plural subject before a short place phrase.
    for (int k = i - 2; k > 0 && i - k <= 5 && words.get(k).isWord(); k--) {
      Words.Word t = words.get(k);
      if (t.is("in") || t.is("from") || t.is("at") || t.is("of") || t.is("across") || t.is("near")) {
        return words.get(k - 1).looksPlural();
      }
    }
    return i + 1 < words.size() && words.get(i + 1).is("that") && namedSubject(words, before);
  }

  /**
   * Whether the "-s" cue at {@code i} is a plural noun with its own verb after it: "estimates" in
   * "Early estimates put the toll at 100", "reports" in "Initial reports said …". The cue stands
   * second in its sentence after a capitalised opener, is a noun as well ("estimate", "report"), and
   * the next word is a verb of the past ("said", "put", "showed").
   */
  private boolean pluralNounBeforeVerb(List<Words.Word> words, int i) {
    String w = words.get(i).lower();
    if (i != 1 || !words.get(0).isCapitalised() || !w.endsWith("s") || w.length() < 4
        || !isBaseForm(w.substring(0, w.length() - 1)) || i + 1 >= words.size()) {
      return false; // "police estimates put …" keeps "police" as the speaker of its estimates
    }
    Words.Word next = words.get(i + 1);
    String n = next.lower();
    if (next.isWord() && NOUN_PREPOSITIONS.contains(n)) {
      return pastCueWithin(words, i + 2); // "Initial reports after the blast cited claims …": the plural is the subject
    }
    return isPastCue(next);
  }

  /** Prepositions that open a phrase after a plural noun, not the object of a verb: "reports after the blast", "estimates of the toll". */
  private static final java.util.Set<String> NOUN_PREPOSITIONS = java.util.Set.of("after", "of", "on", "about", "from", "since");
  /** How many words after a plural noun's prepositional phrase opens its verb may come. */
  private static final int NOUN_PHRASE_REACH = 8;

  /**
   * Whether a verb in a past form ("cited", "said") stands within {@link #NOUN_PHRASE_REACH} words
   * from {@code from}, before any punctuation or "that".
   */
  private boolean pastCueWithin(List<Words.Word> words, int from) {
    for (int k = from; k < words.size() && k - from < NOUN_PHRASE_REACH; k++) {
      Words.Word t = words.get(k);
      if (isPastCue(t) || t.isWord() && !t.isCapitalised() && t.lower().endsWith("ed")) {
        return true;
      }
      if (t.is("that") || !t.isWord() && !t.text().equals("’") && !t.text().equals("'")) {
        return false;
      }
    }
    return false;
  }

  /** A lower-case listed cue in a past form: "said", "cited", "put". */
  private boolean isPastCue(Words.Word t) {
    String n = t.lower();
    return t.isWord() && !t.isCapitalised() && isListed(n) && (n.endsWith("ed") || PAST_IRREGULAR.contains(n));
  }

  /** Past forms of cues that take no "-ed": "said", "put", "told", "showed" is regular. */
  private static final java.util.Set<String> PAST_IRREGULAR = java.util.Set.of("said", "put", "told", "found", "gave", "made");

  /** How many words an interrupter between a subject and its verb may hold: "Korvel, for their part, maintain". */
  private static final int INTERRUPTER_WORDS = 4;

  /**
   * Whether the word at {@code at} ends a name that is the subject of the verb after it, a club or
   * firm spoken of in the plural ("Korvel allege that …", "Korvel, meanwhile, maintain that …"): a
   * capitalised word, not possessive, with no article before it ("the Korvel claim that …" is a noun).
   */
  private static boolean namedSubject(List<Words.Word> words, int at) {
    int k = at;
    if (words.get(k).is(",")) {
      int open = k - 1;
      while (open > 0 && k - open <= INTERRUPTER_WORDS + 1 && !words.get(open).is(",")) {
        open--;
      }
      if (open <= 0 || !words.get(open).is(",")) {
        return false;
      }
      k = open - 1;
    }
    Words.Word name = words.get(k);
    if (!name.isWord() || !name.isCapitalised() || name.isPossessive()) {
      return false;
    }
    return k == 0 || !PhraseGrammar.NOUN_DETERMINERS.contains(words.get(k - 1).lower());
  }

  /** "say", "claim": a cue whose "-s" form is also a cue, so it can be a noun ("a claim") too. */
  boolean isBaseForm(String lower) {
    return baseForms.contains(lower);
  }

  Stance stance(String cue) {
    String lowerCue = cue.toLowerCase(Locale.ROOT);
    int space = lowerCue.indexOf(' ');
    String first = space < 0 ? lowerCue : lowerCue.substring(0, space);
    Stance s = verbs.get(first);
    if (s == null) {
      s = verbs.get(first + "*");
    }
    return s == null ? Stance.NEUTRAL : s;
  }

}
