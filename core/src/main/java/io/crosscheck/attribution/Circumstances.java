package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;

/**
 * Tells a reported content from a circumstance the writer adds around a statement.
 *
 * <p>"at Tuesday’s meeting." and "on Tuesday at the talks" are bare prepositional phrases; "as the
 * strike reached its 11th day" is a time clause; "so on Monday" only points back: none is what anyone said. "as many as 40 people
 * died" and "on Monday the talks failed" are contents.
 */
final class Circumstances {
  /** Prepositions that open a time or place phrase: "at the meeting", "during the visit". */
  private static final WordSet PREPOSITIONS = WordSet.of("at", "on", "in", "during", "after",
      "before", "by", "near", "outside", "inside");
  /** Object pronouns that stand for what was said, leaving no content: "said so on Monday", "said this publicly". */
  private static final WordSet OBJECT_PRONOUNS = WordSet.of("this", "so", "it", "these", "those");
  /** Conjunctions that open a circumstance clause: "as the strike went on", "amid the protests". */
  private static final WordSet CIRCUMSTANCE_OPENERS = WordSet.of("as", "while", "amid", "whereas",
      "with");
  /** Words after "as" that make it a quantity, not a clause: "as many as", "as much as", "as few as". */
  private static final WordSet AS_QUANTITY = WordSet.of("many", "much", "few", "little", "high",
      "low", "long", "early", "late", "soon", "well", "far", "part", "if", "though", "expected", "planned", "per");

  private Circumstances() {}

  /**
   * Whether {@code content} (its words) is a circumstance rather than something said. Its words
   * (not its punctuation) are read in place: the test runs per candidate, and a copy of them was
   * most of its cost.
   */
  static boolean isCircumstance(List<Word> content) {
    int first = -1;
    int second = -1;
    for (int k = 0; k < content.size(); k++) {
      Word w = content.get(k);
      if (!w.isWord()) {
        continue;
      }
      if (w.is("that")) {
        return false;
      }
      if (first < 0) {
        first = k;
      } else if (second < 0) {
        second = k;
      }
    }
    if (first < 0) {
      return false;
    }
    Word opener = content.get(first);
    if (CIRCUMSTANCE_OPENERS.contains(opener.lower())) {
      // "While on the island, the governor will meet crews": a leading clause, then the statement.
      return (second < 0 || !AS_QUANTITY.contains(content.get(second).lower()))
          && (opener.is("as") || !mainClauseAfterComma(content)); // "As to whether …, Kovac replied" stays aside
    }
    if (!PREPOSITIONS.contains(opener.lower()) && !OBJECT_PRONOUNS.contains(opener.lower())) {
      return false;
    }
    if (OBJECT_PRONOUNS.contains(opener.lower()) && second >= 0 && isFiniteAfterPronoun(content.get(second))) {
      return false; // "said it took the blame": the pronoun is the subject of a clause
    }
    // "at Tuesday’s meeting.", "this publicly during a visit": no verb anywhere, so no statement in it.
    for (Word w : content) {
      if (w.isWord() && (PhraseGrammar.AUXILIARIES.contains(w.lower()) || isVerbLike(w))) {
        return false;
      }
    }
    return true;
  }

  /** Words after a comma that make a main clause: ", the governor will meet crews". */
  private static final int MAIN_CLAUSE_WORDS = 3;

  /** Whether a comma inside {@code content} is followed by a clause with a finite verb. */
  private static boolean mainClauseAfterComma(List<Word> content) {
    for (int k = 0; k < content.size(); k++) {
      if (content.get(k).text().equals(",")) {
        List<Word> rest = content.subList(k + 1, content.size()).stream().filter(Word::isWord).toList();
        return rest.size() >= MAIN_CLAUSE_WORDS
            && rest.stream().anyMatch(w -> PhraseGrammar.AUXILIARIES.contains(w.lower()) || isVerbLike(w));
      }
    }
    return false;
  }

  /** Words after an object pronoun that leave it an object: "said it again", "said this week", "said so too". */
  private static final WordSet OBJECT_TAILS = WordSet.of("again", "too", "also", "before", "often",
      "once", "twice", "repeatedly", "himself", "herself", "itself", "themselves", "week", "month", "year", "morning",
      "evening", "afternoon", "time", "year's", "week's", "weekend", "and", "or", "but", "to", "of", "for", "from",
      "with", "about", "over", "under", "through", "last", "first", "best", "plainly", "only", "many", "all");

  /** Whether {@code next}, after "it"/"this"/"so", is the finite verb of a clause: "it took", "this meant". */
  private static boolean isFiniteAfterPronoun(Word next) {
    String lower = next.lower();
    return next.isWord() && !next.isCapitalised() && !PREPOSITIONS.contains(lower) && !OBJECT_TAILS.contains(lower)
        && !lower.endsWith("ly") && !lower.endsWith("day");
  }

  private static boolean isVerbLike(Word w) {
    String lower = w.lower();
    return !w.isCapitalised() && lower.length() > 3 && (lower.endsWith("ed") || lower.endsWith("en"));
  }
}
