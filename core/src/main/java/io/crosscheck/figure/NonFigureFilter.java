package io.crosscheck.figure;

import io.crosscheck.figure.Quantity.Form;
import io.crosscheck.internal.WordSet;
import java.util.List;

/**
 * Rejects numbers that name or label rather than count: "Channel 12", "Route 60", article ids,
 * times of day, lone numbers on a line, the pronoun "one", and ordinals that mark positions or
 * sequence ("second from right", "first privately, then").
 */
final class NonFigureFilter {
  /** Words after a number that make it a clock time: "3 p.m.", "10 GMT". */
  private static final WordSet CLOCK = WordSet.of("a.m", "p.m", "am", "pm", "gmt", "utc", "et", "est", "edt", "bst", "cet",
      "o'clock", "o’clock", "hrs");
  /** Words before "one" that make it a pronoun: "no one", "the one", "each one". */
  private static final WordSet PRONOUN_ONE = WordSet.of("no", "the", "this", "that", "every", "each", "any", "which", "some",
      "someone", "anyone", "everyone", "another", "one");
  /** Auxiliaries after "the two" that make the number a pronoun: "the two had agreed". */
  private static final WordSet AUXILIARIES = WordSet.of("had", "have", "has", "were", "are", "was", "will", "would",
      "could", "should", "can", "may", "might", "did", "do", "also");
  /** Words after an ordinal that make it a position in a photo or a line: "second from right". */
  private static final WordSet POSITION = WordSet.of("left", "right", "top", "bottom", "centre", "center", "row", "place");
  /** Words before an ordinal that make it a noun's modifier: "the fourth trip", "his fifth visit". */
  private static final WordSet DETERMINERS = WordSet.of("the", "a", "an", "his", "her", "its", "their", "our", "my", "your",
      "this", "that", "whose");

  /** Marks that end a sentence; a short line ending in one is a sentence, not furniture: "Hundreds fled." */
  private static final WordSet SENTENCE_END = WordSet.of(".", "!", "?", "\"", "”");
  /** The most tokens a line of page furniture has: "Image 1 of 5". */
  static final int FURNITURE_WORDS = 4;

  private final FigureLexicon lexicon;

  NonFigureFilter(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** True when the number at {@code q} is a clock time, hedged or not: "3 p.m.", "at about 6.45 pm", "10 GMT". */
  static boolean isClockTime(List<Token> tokens, Quantity q) {
    return q.to() < tokens.size() && CLOCK.contains(tokens.get(q.to()).lower());
  }

  /** True when a bare number (no hedge, currency or unit) at {@code q} is a label, id or pronoun. */
  boolean isLabel(List<Token> tokens, Quantity q, String body) {
    String t = tokens.get(q.from()).lower();
    Token prev = q.from() > 0 ? tokens.get(q.from() - 1) : null;
    String next = q.to() < tokens.size() ? tokens.get(q.to()).lower() : "";
    if (q.digits() && NumberParser.isPlainInteger(t)) {
      boolean countsNoun = !next.isEmpty() && Character.isLowerCase(tokens.get(q.to()).text().charAt(0))
          && (next.endsWith("s") || lexicon.irregularPlurals.contains(next));
      if (t.length() >= 6 || prev != null && !countsNoun && (isLabelWord(tokens, q.from() - 1) || isListedLabel(tokens, q.from()))) {
        return true;
      }
      if (prev != null && prev.text().equals("#")) {
        return true;
      }
      if (prev != null && prev.text().equals(".") && q.from() >= 2 && tokens.get(q.from() - 2).lower().equals("no")) {
        return true; // "the No. 2 official"
      }
    }
    if (isAge(tokens, q)) {
      return true;
    }
    if (prev != null && prev.lower().equals("the") && !q.digits() && q.to() == q.from() + 1 && refersToPeople(tokens, q.to())) {
      return true; // "the two discussed the levy", "the three had agreed": a pronoun for people named before
    }
    if (t.equals("one") && q.to() == q.from() + 1) {
      String before = prev == null ? "" : prev.lower();
      return PRONOUN_ONE.contains(before) || next.isEmpty() || lexicon.functionWords.contains(next)
          || !Character.isLetter(next.charAt(0)) || next.equals("without") || next.equals("another");
    }
    return false;
  }

  /**
   * Whether the word at {@code k}, after "the two", is a verb, so the number names people already
   * mentioned rather than counting a noun: an auxiliary ("had", "were") or a past form that no noun
   * follows ("discussed the", but not "the two injured men").
   */
  private boolean refersToPeople(List<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return false;
    }
    String next = tokens.get(k).lower();
    if (AUXILIARIES.contains(next)) {
      return true;
    }
    if (!next.endsWith("ed") || k + 1 >= tokens.size()) {
      return false;
    }
    Token after = tokens.get(k + 1);
    return after.isPunctuation() || lexicon.functionWords.contains(after.lower());
  }

  /** "Ines Marr, 58, said" or "aged 58": a person's age, which describes rather than counts. */
  private static boolean isAge(List<Token> tokens, Quantity q) {
    if (!q.digits() || q.value() < 1 || q.value() > 120 || q.to() != q.from() + 1) {
      return false;
    }
    Token prev = q.from() > 0 ? tokens.get(q.from() - 1) : null;
    if (prev != null && (prev.lower().equals("aged") || prev.lower().equals("age"))) {
      return true;
    }
    boolean commaBefore = prev != null && prev.text().equals(",") && q.from() >= 2 && tokens.get(q.from() - 2).isCapitalised()
        && tokens.get(q.from() - 2).isWord();
    boolean commaAfter = q.to() < tokens.size() && tokens.get(q.to()).text().equals(",");
    return commaBefore && commaAfter;
  }

  /** The most tokens a list of labels is read back over: "sections 153 (negligent acts), 154 and 175". */
  private static final int LABEL_LIST_TOKENS = 30;
  /** Words between a plural label and its first number: "sections like 37 and 38". */
  private static final WordSet LABEL_LIST_OPENERS = WordSet.of("like", "including");
  /** Words joining the numbers of a list. */
  private static final WordSet LIST_JOINERS = WordSet.of(",", "and", "or", "&");

  /**
   * "sections 37 and 38", "sections 153 (negligent acts), 154 and 175": a bare number listed after
   * another that a plural label word (or a label word) opens names a label too.
   */
  private boolean isListedLabel(List<Token> tokens, int at) {
    if (at > 1 && LABEL_LIST_OPENERS.contains(tokens.get(at - 1).lower()) && isLabelWord(tokens, at - 2)) {
      return true; // "sections like 37"
    }
    int k = at - 1;
    boolean listed = false;
    for (int seen = 0; k >= 0 && seen < LABEL_LIST_TOKENS; seen++, k--) {
      Token t = tokens.get(k);
      if (t.text().equals(")")) {
        int open = k - 1;
        while (open >= 0 && at - open <= LABEL_LIST_TOKENS && !tokens.get(open).text().equals("(")) {
          open--;
        }
        if (open < 0 || at - open > LABEL_LIST_TOKENS) {
          return false;
        }
        k = open; // a gloss in brackets after a listed label
      } else if (LIST_JOINERS.contains(t.lower())) {
        listed = true;
      } else if (NumberParser.isPlainInteger(t.lower())) {
        if (k > 0 && isLabelWord(tokens, k - 1) || k > 1 && LABEL_LIST_OPENERS.contains(tokens.get(k - 1).lower())
            && isLabelWord(tokens, k - 2)) {
          return listed || k < at - 1;
        }
      } else {
        return false;
      }
    }
    return false;
  }

  /** "Channel 12", "an unsourced Channel 12 report", "route 60": a label word or a mid-sentence capitalised word. */
  private boolean isLabelWord(List<Token> tokens, int k) {
    Token prev = tokens.get(k);
    String lower = prev.lower();
    if (lexicon.labelWords.contains(lower)
        || lower.length() > 2 && lower.endsWith("s") && lexicon.labelWords.contains(lower.substring(0, lower.length() - 1))) {
      return true; // "section 12", "sections 12"
    }
    boolean midSentence = k > 0 && tokens.get(k - 1).isWord();
    return midSentence && prev.isWord() && prev.isCapitalised() && !lexicon.months.containsKey(prev.lower())
        && !lexicon.weekdays.containsKey(prev.lower()) && !lexicon.functionWords.contains(prev.lower());
  }

  /**
   * True when the figure sits on a short line of page furniture: "0", "12 Comments", "5 min read",
   * "Image 1 of 5". A line of at most {@value #FURNITURE_WORDS} tokens with no full stop carries no sentence.
   */
  static boolean isFurniture(List<Token> tokens, Quantity q, String body) {
    int count = q.to() - q.from();
    boolean sentence = false;
    for (int j = q.from() - 1; j >= 0 && count <= FURNITURE_WORDS && !newlineBetween(body, tokens.get(j), tokens.get(j + 1)); j--) {
      count++;
    }
    for (int j = q.to(); j < tokens.size() && count <= FURNITURE_WORDS && !newlineBetween(body, tokens.get(j - 1), tokens.get(j)); j++) {
      count++;
      sentence |= SENTENCE_END.contains(tokens.get(j).text());
    }
    return count <= FURNITURE_WORDS && !sentence;
  }

  private static boolean newlineBetween(String body, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (body.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** True when the number sits in a fixed phrase: "at one point", "one by one", "first of all", "First Lady". */
  boolean isIdiom(List<Token> tokens, Quantity q) {
    String t = tokens.get(q.from()).lower();
    if (!lexicon.nonFigurePhraseWords.contains(t)) {
      return false; // every phrase tried below contains t as a word: most numbers are in none
    }
    String prev = q.from() > 0 ? tokens.get(q.from() - 1).lower() : "";
    String next = q.to() < tokens.size() ? tokens.get(q.to()).lower() : "";
    String after = q.to() + 1 < tokens.size() ? tokens.get(q.to() + 1).lower() : "";
    return lexicon.nonFigurePhrases.contains(t) || lexicon.nonFigurePhrases.contains(prev + " " + t)
        || lexicon.nonFigurePhrases.contains(t + " " + next) || lexicon.nonFigurePhrases.contains(t + " " + next + " " + after)
        || lexicon.nonFigurePhrases.contains(prev + " " + t + " " + next);
  }

  /** True when an ordinal counts occurrences ("fourth trip", "first invoked"), not a position or sequence. */
  boolean isCountingOrdinal(List<Token> tokens, Quantity q) {
    Token tok = tokens.get(q.from());
    String t = tok.lower();
    String prev = q.from() > 0 ? tokens.get(q.from() - 1).lower() : "";
    String next = q.to() < tokens.size() ? tokens.get(q.to()).lower() : "";
    String after = q.to() + 1 < tokens.size() ? tokens.get(q.to() + 1).lower() : "";
    if (POSITION.contains(next) || next.equals("from") && POSITION.contains(after) || next.equals("of")
        && lexicon.months.containsKey(after) || lexicon.fractions.containsKey(next)) {
      return false;
    }
    boolean sentenceStart = q.from() == 0 || tokens.get(q.from() - 1).isPunctuation();
    if (q.digits() && (next.isEmpty() || !Character.isLetter(next.charAt(0)) || Character.isUpperCase(tokens.get(q.to()).text().charAt(0)))) {
      return false; // "on the 9th.", "the 82nd Airborne Division": a day or a name
    }
    if (tok.isCapitalised() && !sentenceStart) {
      return false; // "the Second World War", "First Lady"
    }
    if (DETERMINERS.contains(prev) || prev.endsWith("’s") || prev.endsWith("'s")) {
      return true;
    }
    if (next.isEmpty() || !Character.isLetter(next.charAt(0)) || next.equals("then") || next.endsWith("ly")
        || next.endsWith("ing") || lexicon.functionWords.contains(next)) {
      return false; // "first privately and then", "without first securing", "came first."
    }
    return Form.ORDINAL == q.form();
  }
}
