package io.crosscheck.attribution;

import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where reported clauses start and what they hold.
 *
 * <p>In {@code Veloria says the dam is safe, while Kastani officials say it is cracking} the second
 * clause starts at the comma ({@link #clauseStart}); {@code trimmed} strips the white space around a
 * content span and {@code enoughWords} refuses contents shorter than three words.
 */
final class Clauses {
  /** Words that open a coordinated clause after a comma: ", but his rival, …". */
  private static final Set<String> COORDINATORS = Set.of("but", "and", "while", "whereas");
  /** Possessive pronouns before a coordinated subject's noun: "his rival". */
  /** The longest "noun, First Last" apposition read as a coordinated subject. */
  private static final int MAX_APPOSITIVE = 6;
  /** How far back from a cue a coordinated subject is looked for. */
  private static final int MAX_COORDINATED = 30;

  static final WordSet CONNECTORS = WordSet.of("while", "but", "whereas", "and", "as",
      "although", "though", "yet", "where", "when", "because");
  static final WordSet RELATIVES = WordSet.of("where", "when", "because");
  static final int MIN_CONTENT_WORDS = 3;
  /** Connectors that open a contrasting clause even without a comma: "… while police said 240,000". */
  private static final Set<String> CONTRASTS = Set.of("while", "whereas");
  /** Signs that may open a figure: "$5m", "€40". */
  private static final String CURRENCY_SIGNS = "$€£¥";

  private Clauses() {}


  /** The offset of ", while" / "; but" / "," before a speaker phrase, or -1 when none. */
  static int clauseStart(List<Word> w, int speakerFrom) {
    int k = speakerFrom - 1;
    for (int back = k; back > 0 && k - back < 3 && w.get(back).isWord(); back--) {
      if (back < k && CONNECTORS.contains(w.get(back).lower()) && w.get(back - 1).text().equals(",")) {
        k = back; // ", but within hours Kovac’s office denied": a short phrase after the connector
        break;
      }
    }
    if (k >= 0 && CONNECTORS.contains(w.get(k).lower())) {
      if (RELATIVES.contains(w.get(k).lower()) && w.get(speakerFrom).in(WordGroup.PRONOUN)) {
        return -1; // "..., where he said they faced": the same speaker goes on; not a new clause
      }
      if (CONTRASTS.contains(w.get(k).lower()) && (k == 0 || !w.get(k - 1).text().equals(","))) {
        return w.get(k).start(); // "organisers counted a million while police said 240,000"
      }
      k--;
    }
    int closer = -1;
    while (k > 0 && (w.get(k).text().equals("”") || w.get(k).text().equals("\""))) {
      closer = closer < 0 ? w.get(k).end() : closer; // the comma of “…,” sits inside the closing mark
      k--;
    }
    if (closer >= 0 && w.get(k).text().equals(",")) {
      return closer;
    }
    if (k >= 0 && (w.get(k).text().equals(",") || w.get(k).text().equals(";"))) {
      return w.get(k).start();
    }
    return -1;
  }


  /** "quoted one analyst, Ivo Stern, as saying": "quoted" within eight words before the cue. */
  static boolean quotedBefore(List<Word> w, int cue) {
    for (int k = cue - 2; k >= 0 && cue - k <= 8; k--) {
      if (w.get(k).is("quoted")) {
        return true;
      }
    }
    return false;
  }

  static int lastComma(List<Word> w, Phrase p) {
    for (int k = p.to() - 2; k > p.from(); k--) {
      if (w.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /** The index of the first word at or after offset {@code at}, or -1. */
  static int indexAt(List<Word> w, int at) {
    for (int k = 0; k < w.size(); k++) {
      if (w.get(k).start() >= at) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The subject of a clause coordinated after a comma, before the cue at {@code cue}: in {@code The
   * board approved the plan, but its treasurer, Edda Voss, refused to sign and accused ...} it is
   * "its treasurer, Edda Voss". The phrase must be followed by its verb (or an appositive's comma).
   */
  static Optional<Phrase> coordinatedSubject(SpeakerLocator locator, List<Word> w, int cue, int notBefore) {
    for (int k = cue - 2; k > notBefore && k > 0 && cue - k < MAX_COORDINATED; k--) {
      if (!COORDINATORS.contains(w.get(k).lower()) || !w.get(k - 1).text().equals(",")) {
        continue;
      }
      int from = k + 1 < cue && w.get(k + 1).isPossessivePronoun() ? k + 2 : k + 1;
      Optional<Phrase> p = locator.after(w, from).or(() -> appositiveName(w, from, cue));
      if (p.isEmpty() || p.get().size() == 0 || p.get().to() >= cue - 1) {
        return Optional.empty();
      }
      Word next = w.get(p.get().to());
      boolean verbFollows = next.text().equals(",") || next.isWord() && !next.isCapitalised();
      return verbFollows && !w.get(p.get().from()).in(WordGroup.PRONOUN) ? p : Optional.empty();
    }
    return Optional.empty();
  }

  /** The offset of the comma opening ", but his rival" before {@code from}, or -1. */
  static int commaBefore(List<Word> w, int from) {
    for (int k = from - 1; k >= 0 && from - k <= 3; k--) {
      if (w.get(k).text().equals(",")) {
        return w.get(k).start();
      }
    }
    return -1;
  }

  /** "rival, Edda Voss,": an unlisted noun with a name in apposition, up to the name's end. */
  private static Optional<Phrase> appositiveName(List<Word> w, int from, int cue) {
    if (from + 3 >= cue || !w.get(from).isWord() || w.get(from).isCapitalised() || !w.get(from + 1).text().equals(",")
        || !w.get(from + 2).isCapitalised()) {
      return Optional.empty();
    }
    int end = from + 2;
    while (end < cue && end - from < MAX_APPOSITIVE && w.get(end).isCapitalised()) {
      end++;
    }
    return end < cue && w.get(end).text().equals(",") ? Optional.of(new Phrase(from, end)) : Optional.empty();
  }

  static Phrase phraseOf(List<Word> w, Candidate c) {
    if (c.speaker().isEmpty()) {
      return new Phrase(0, 0);
    }
    int from = w.indexOf(c.speaker().get(0));
    return from < 0 ? new Phrase(0, 0) : new Phrase(from, from + c.speaker().size());
  }

  /** Prepositions of a short phrase between an inverted cue and its subject: "said in a statement the union". */
  private static final WordSet CUE_PREPOSITIONS = WordSet.of("in", "on", "at", "during", "via",
      "through", "after");
  /** The most words of such a phrase after its preposition: "in a short press release". */
  private static final int MAX_CUE_PHRASE = 5;

  /**
   * The index just past a short prepositional phrase at {@code from} whose noun phrase ends where a
   * determiner opens the next one ("in a press release | the union"), or {@code from} when there is none.
   */
  static int pastPrepositionalPhrase(List<Word> w, int from) {
    if (from + 2 >= w.size() || !CUE_PREPOSITIONS.contains(w.get(from).lower())) {
      return from;
    }
    int k = from + 1;
    if (w.get(k).in(WordGroup.DETERMINER)) {
      k++;
    }
    for (int start = k; k < w.size() && k - start < MAX_CUE_PHRASE; k++) {
      Word t = w.get(k);
      if (!t.isWord()) {
        return from;
      }
      if (k > start && (t.is("the") || t.isCapitalised() && !w.get(k - 1).isCapitalised())) {
        return k;
      }
    }
    return from;
  }

  static boolean isOpeningMark(Word t) {
    return t.text().equals("“") || t.text().equals("\"") || t.text().equals("‘");
  }

  static boolean enoughWords(SegmentedText text, Span content) {
    return Phrases.hasWords(text.body(), content, MIN_CONTENT_WORDS) || isFigure(text.body(), content);
  }

  /** A content that is a figure alone: "police said 240,000.", "the union put it at $5m". */
  static boolean isFigure(String body, Span content) {
    int k = content.start();
    while (k < content.end() && (Character.isWhitespace(body.charAt(k)) || CURRENCY_SIGNS.indexOf(body.charAt(k)) >= 0)) {
      k++;
    }
    return k < content.end() && Character.isDigit(body.charAt(k));
  }


  /** {@code [start, end)} without surrounding white space and quotation marks left dangling. */
  static Span trimmed(String body, int start, int end) {
    int s = start;
    int e = Math.max(start, end);
    while (s < e && Character.isWhitespace(body.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
      e--;
    }
    return Span.of(s, e);
  }
}
