package io.crosscheck.figure;

import io.crosscheck.internal.WordSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the clause around a figure that has no noun of its own: the verb before it with that
 * verb's subject, a participle or predicate after it, or the thing a price is the worth of.
 *
 * <p>"The meeting, which lasted about two hours" gives [meeting, lasted]; "millions have been
 * displaced" gives "displaced"; "assault rifles worth $34 million" gives [assault, rifles].
 */
final class ClauseReader {
  /** Words that start a new clause; a figure's verb is not searched past them. */
  private static final WordSet CLAUSE_START = WordSet.of("as", "because", "while", "when", "after", "that", "which", "who",
      "where", "since", "if", "and", "but", "although", "though", "whereas");
  /** Relative pronouns: the noun before them is the subject of the verb after them. */
  private static final WordSet RELATIVE = WordSet.of("that", "which", "who");
  /** Auxiliaries and adverbs skipped on the way to a participle: "have been displaced", "are still held". */
  private static final WordSet AUXILIARIES = WordSet.of("have", "has", "had", "been", "be", "being", "are", "is", "was",
      "were", "still", "reportedly", "already", "now", "also", "not", "all");
  /** Forms of "be" after which any content word is the predicate: "are dead", "were missing". */
  static final WordSet BE = WordSet.of("are", "is", "was", "were", "been", "be", "remain", "remained");
  /** Particles kept after a verb: "phase out the duties", "set up", "called off". */
  private static final WordSet PARTICLES = WordSet.of("out", "up", "down", "off");
  /** Single words that name a time, never what is counted: "nine percent tomorrow". */
  private static final WordSet TIME_WORDS = WordSet.of("today", "tonight", "tomorrow", "yesterday");
  private static final int VERB_REACH = 8;
  /** How far back a count's event noun may be: "the toll from last week's floods around the city of Varn has risen to". */
  private static final int NOUN_REACH = 28;
  static final int SUBJECT_REACH = 8;
  private static final int MAX_WORDS = 6;

  private final FigureLexicon lexicon;

  ClauseReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The nearest verb before the figure in its clause: "killed" in "has killed more than 22,000". */
  String verbBefore(List<Token> tokens, int from) {
    int at = verbIndexBefore(tokens, from);
    return at < 0 ? "" : tokens.get(at).text();
  }

  private int verbIndexBefore(List<Token> tokens, int from) {
    for (int j = from - 1; j >= 0 && j >= from - VERB_REACH; j--) {
      Token t = tokens.get(j);
      if (t.isPunctuation() || CLAUSE_START.contains(t.lower())) {
        return -1;
      }
      if (isVerb(t)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The nearest word of {@code nouns} before the figure in its clause, past prepositional phrases:
   * "toll" in "the toll from last week's floods around the city of Varn has soared to 900". Stops at
   * punctuation or a clause opener, and after {@link #NOUN_REACH} tokens.
   */
  java.util.Optional<String> nounBefore(List<Token> tokens, int from, java.util.Map<String, String> nouns) {
    int verbs = 0;
    int firstVerb = -1;
    int limit = from - NOUN_REACH;
    for (int j = from - 1; j >= 0 && j >= limit; j--) {
      Token t = tokens.get(j);
      if (isVerb(t)) {
        verbs++;
        firstVerb = j;
      }
      if (isBoundary(t) && !t.lower().equals("and") && !closesRelativeClause(tokens, j, verbs - (firstVerb == j + 1 ? 1 : 0))) {
        int opening = appositiveOpening(tokens, j);
        if (opening < 0) {
          return java.util.Optional.empty();
        }
        limit -= j - opening + 1; // the aside does not use up the reach
        j = opening; // "the toll from the fire in Orsk, Dorvan Hospital, settled at 60": the name in commas is an aside
        continue;
      }
      if (nouns.containsKey(t.lower())) {
        return java.util.Optional.of(t.text());
      }
    }
    return java.util.Optional.empty();
  }

  /** The most words of a name set between commas after the noun it names: "in Orsk, Dorvan General Hospital,". */
  private static final int APPOSITIVE_WORDS = 4;

  /**
   * The index of the comma that opens a name in apposition whose closing comma is at {@code j}
   * (", Dorvan Hospital,"), or -1: only capitalised words, at most {@link #APPOSITIVE_WORDS}, lie
   * between the two commas.
   */
  private static int appositiveOpening(List<Token> tokens, int j) {
    if (!tokens.get(j).text().equals(",")) {
      return -1;
    }
    for (int k = j - 1; k >= 0 && k >= j - 1 - APPOSITIVE_WORDS; k--) {
      Token t = tokens.get(k);
      if (t.text().equals(",")) {
        return k < j - 1 ? k : -1;
      }
      if (!t.isWord() || !Character.isUpperCase(t.text().charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when the relative pronoun at {@code j} opens a clause inside the subject that the figure's
   * own verb follows: "the toll from the storm that swept through the islands remained at 418"
   * ({@code laterVerbs}, the verbs between the pronoun and the figure but the one right after the
   * pronoun, is "remained"; the pronoun follows a noun). Not "the storm that killed 30", whose only
   * verb opens the relative clause, nor "officials said that …".
   */
  private boolean closesRelativeClause(List<Token> tokens, int j, int laterVerbs) {
    return RELATIVE.contains(tokens.get(j).lower()) && laterVerbs >= 1 && j > 0 && tokens.get(j - 1).isWord()
        && !isVerb(tokens.get(j - 1)) && !lexicon.functionWords.contains(tokens.get(j - 1).lower());
  }

  /** "have been displaced", "are dead": a participle or predicate a few auxiliaries after {@code k}. */
  String participleAfter(List<Token> tokens, int k) {
    boolean be = false;
    for (int j = k; j < tokens.size() && j < k + 4; j++) {
      Token t = tokens.get(j);
      if (isVerb(t) || be && isContentWord(t)) {
        return withParticle(tokens, j);
      }
      if (!AUXILIARIES.contains(t.lower()) && !BE.contains(t.lower())) {
        return "";
      }
      be |= BE.contains(t.lower());
    }
    return "";
  }

  /**
   * The participle at {@code j} with the particle that makes it a phrasal verb: "shot down", "wiped
   * out", "called off" (a different act from "shot" or "called"); not "up to", which bounds what follows.
   */
  private static String withParticle(List<Token> tokens, int j) {
    Token t = tokens.get(j);
    boolean particle = j + 1 < tokens.size() && PARTICLES.contains(tokens.get(j + 1).lower()) && !PARTICLES.contains(t.lower())
        && !(j + 2 < tokens.size() && tokens.get(j + 2).lower().equals("to"));
    return particle ? t.text() + " " + tokens.get(j + 1).text() : t.text();
  }

  /** With no noun after the figure: the verb's subject, the verb and its object; else the words before. */
  List<String> clauseBefore(List<Token> tokens, int from) {
    return clauseBefore(tokens, from, false);
  }

  /**
   * As {@link #clauseBefore(List, int)}; with {@code keepLinks} the words between the verb and
   * {@code from} are all kept: "pulled alive from rubble after two days".
   */
  List<String> clauseBefore(List<Token> tokens, int from, boolean keepLinks) {
    int verbAt = verbIndexBefore(tokens, from);
    List<String> out = new ArrayList<>();
    if (verbAt < 0) {
      for (int j = from - 1; j >= 0 && j >= from - VERB_REACH && out.size() < 4 && !isBoundary(tokens.get(j)); j--) {
        if (isContentWord(tokens.get(j)) || PARTICLES.contains(tokens.get(j).lower()) && out.size() > 0) {
          out.add(0, tokens.get(j).text());
        }
      }
      return out;
    }
    int j = verbAt - 1;
    for (; j >= 0 && j >= verbAt - SUBJECT_REACH && out.size() < MAX_WORDS; j--) {
      Token t = tokens.get(j);
      if (RELATIVE.contains(t.lower())) {
        if (j > 0 && tokens.get(j - 1).text().equals(",")) {
          j--;
        }
        continue;
      }
      if (isBoundary(t) && !t.lower().equals("and")) {
        break; // "talks between the unions and the board ran": "and" joins nouns inside the subject
      }
      if (isContentWord(t)) {
        out.add(0, t.text());
      }
    }
    for (int k = verbAt; k < from; k++) {
      Token t = tokens.get(k);
      if (k == verbAt || isContentWord(t) || PARTICLES.contains(t.lower()) && isContentWord(tokens.get(k - 1))
          || keepLinks && t.isWord() && !RELATIVE.contains(t.lower())) {
        out.add(t.text());
      }
    }
    return out;
  }


  /** True when token {@code k} starts a time phrase ("tomorrow", "last year", "Monday"), which is scope, not subject. */
  boolean isTimeWord(List<Token> tokens, int k) {
    String w = tokens.get(k).lower();
    // The two-word phrase is built only when some relative date goes on from the word ("last" of "last week").
    boolean relative = k + 1 < tokens.size()
        ? lexicon.relativeDateStems.contains(w) && lexicon.relativeDates.containsKey(w + " " + tokens.get(k + 1).lower())
        : lexicon.relativeDates.containsKey(w);
    return TIME_WORDS.contains(w) || relative || lexicon.weekdays.containsKey(w)
        || tokens.get(k).isCapitalised() && lexicon.months.containsKey(w);
  }

  /** True when token {@code k} follows "to" and so starts an infinitive: "days to repay the loan". */
  boolean isVerbAfterTo(List<Token> tokens, int k) {
    return k > 0 && tokens.get(k - 1).lower().equals("to");
  }

  static boolean isBoundary(Token t) {
    return t.isPunctuation() || CLAUSE_START.contains(t.lower());
  }

  boolean isContentWord(Token t) {
    String w = t.lower();
    return isWordLike(t) && !lexicon.functionWords.contains(w) && !lexicon.qualifiers.containsKey(w)
        && !lexicon.numberWords.containsKey(w) && !lexicon.scales.containsKey(w);
  }

  /** A word, or a compound modifier that starts with digits: "155-millimeter". */
  private static boolean isWordLike(Token t) {
    return t.isWord() || t.text().indexOf('-') > 0 && Character.isLetter(t.text().charAt(t.text().length() - 1));
  }

  boolean isVerb(Token t) {
    String w = t.lower();
    if (!t.isWord() || lexicon.functionWords.contains(w)) {
      return false;
    }
    return lexicon.verbs.contains(w) || w.length() >= 5 && (w.endsWith("ed") || w.endsWith("ing")) && !t.isCapitalised()
        && !w.equals("hundred");
  }
}
