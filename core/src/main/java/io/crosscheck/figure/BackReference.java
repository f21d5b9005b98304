package io.crosscheck.figure;

import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a figure points back at the figure before it in its sentence, and so shares its
 * subject.
 *
 * <p>"up from 198", "two dozen of them", "worth €9bn last year, up 14%", "valued at $9m, a rise
 * of 4%", "a 14% increase" and "put the figure at 500" all refer back.
 */
final class BackReference {
  /** Pronouns after "of" that point back at an earlier figure's noun: "two dozen of them". */
  private static final WordSet BACK_PRONOUNS = WordSet.of("them", "those", "these", "whom", "which");
  /** Words before a figure that compare it with the one before: "up from 198", "down from". */
  private static final WordSet COMPARED = WordSet.of("up from", "down from", "compared with", "compared to", "against");
  /** A bare change right after another figure measures that figure's growth: "worth €9bn, up 14%". */
  private static final WordSet CHANGED = WordSet.of("up", "down");
  /** Nouns whose "of" figure is a change in the figure before: "valued at $9m, a rise of 4%". */
  private static final WordSet CHANGE_NOUNS = WordSet.of("rise", "increase", "fall", "drop", "decline", "gain", "jump",
      "growth", "decrease");
  /** Count nouns that, as what an estimate puts at a figure, name the count just given: "put the figure at 500". */
  private static final WordSet COUNT_NOUNS = WordSet.of("figure", "number", "count", "tally", "total", "estimate");
  /** Determiners that point a count noun back at a count already given: "the figure", "that number". */
  private static final WordSet POINTING = WordSet.of("the", "that", "this", "its", "their");
  /** Pronouns that never head a noun phrase: "of them", but "of those killed" names its own noun. */
  private static final WordSet STRICT_PRONOUNS = WordSet.of("them", "whom", "which");

  /**
   * A word between a copula and the value it gives: "stands at 60", "is likely 60", "is nearer 60".
   * A qualifier ("nearer to", "about") is the figure's own and stands inside it.
   */
  private static final WordSet VALUE_LINKS = WordSet.of("at", "likely", "probably", "nearer", "closer");

  private BackReference() {}

  /**
   * "but herders think the true tally is nearer to 60": a count noun the sentence
   * points back at ("the figure", "the true number") given its value by a copula names the count
   * just given, one adjective allowed between.
   */
  private static boolean figureIs(List<Token> tokens, int from) {
    int j = from - 1;
    if (j >= 0 && VALUE_LINKS.contains(tokens.get(j).lower())) {
      j--;
    }
    if (j < 2 || !SubjectReader.COPULAS.contains(tokens.get(j).lower()) || !COUNT_NOUNS.contains(tokens.get(j - 1).lower())) {
      return false;
    }
    Token before = tokens.get(j - 2);
    return POINTING.contains(before.lower())
        || j >= 3 && before.isWord() && !before.isCapitalised() && POINTING.contains(tokens.get(j - 3).lower());
  }

  /**
   * True when the figure at {@code from} (noun phrase {@code np} ending before {@code k}) points
   * back at the figure before it in its sentence.
   */
  static boolean refersBack(List<Token> tokens, int from, int k, List<String> np) {
    boolean ofThem = k + 1 < tokens.size() && tokens.get(k).lower().equals("of")
        && BACK_PRONOUNS.contains(tokens.get(k + 1).lower())
        && (k + 2 >= tokens.size() || !tokens.get(k + 2).isWord() || STRICT_PRONOUNS.contains(tokens.get(k + 1).lower()));
    String two = from >= 2 ? tokens.get(from - 2).lower() + " " + tokens.get(from - 1).lower() : "";
    String one = from >= 1 ? tokens.get(from - 1).lower() : "";
    boolean changeNoun = !np.isEmpty() && CHANGE_NOUNS.contains(np.get(0).toLowerCase(Locale.ROOT)); // "a 14% rise"
    // "a harbour chief said 120 were hurt, while clinic staff put the figure at 210"
    boolean reEstimate = from >= 3 && one.equals("at") && COUNT_NOUNS.contains(tokens.get(from - 2).lower())
        && POINTING.contains(tokens.get(from - 3).lower());
    return ofThem || changeNoun || reEstimate || figureIs(tokens, from) || COMPARED.contains(two) || COMPARED.contains(one)
        || CHANGED.contains(one)
        || from >= 2 && tokens.get(from - 1).lower().equals("of") && CHANGE_NOUNS.contains(tokens.get(from - 2).lower());
  }
}
