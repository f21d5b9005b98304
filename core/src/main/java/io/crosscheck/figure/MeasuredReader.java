package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the noun a figure with no noun of its own measures, from the words before it: the thing a
 * price is the worth of, the noun before "of", the noun an appositive duration or an ordinal ranks.
 *
 * <p>"assault rifles worth $34 million" gives [assault, rifles]; "trade between the states was
 * worth €9bn" gives [trade, states]; "its ban on dairy, in place for three years" gives [ban, dairy];
 * "the visit, Solvang's first" gives [visit].
 */
final class MeasuredReader {
  /** Nouns of "in place for three years", "in force for six months": the duration measures the noun before the comma. */
  private static final Set<String> STANDING = Set.of("place", "force", "effect", "operation");

  /** Words between a noun and "in place for" that do not end its phrase: "the ban, which has been in place". */
  private static final Set<String> LINKS = Set.of("which", "that", "has", "have", "had", "been", "was", "is", "are",
      "were", "be", "remains", "remained", "still", "now");

  private final ClauseReader clause;

  MeasuredReader(ClauseReader clause) {
    this.clause = clause;
  }

  /** "assault rifles worth $34 million", "a mandate of six months": the noun phrase the figure measures. */
  List<String> measuredThing(List<Token> tokens, int from) {
    int j = from - 1;
    if (j >= 1 && tokens.get(j).lower().equals("at") && tokens.get(j - 1).lower().equals("valued")) {
      j -= 2;
    } else if (j >= 0 && (tokens.get(j).lower().equals("worth") || tokens.get(j).lower().equals("of"))) {
      j--;
      if (j >= 0 && tokens.get(j).text().equals(",")) {
        j--; // "The aid package, worth more than $2 billion,"
      }
      if (tokens.get(from - 1).lower().equals("worth") && j >= 0 && ClauseReader.BE.contains(tokens.get(j).lower())) {
        return phraseBefore(tokens, j - 1); // "trade between the two states was worth €9bn"
      }
    } else if (j >= 3 && tokens.get(j).lower().equals("for") && STANDING.contains(tokens.get(j - 1).lower())
        && tokens.get(j - 2).lower().equals("in")) {
      int k = j - 3;
      while (k >= 0 && (LINKS.contains(tokens.get(k).lower()) || tokens.get(k).text().equals(","))) {
        k--; // "its ban on dairy, in place for three years", "the ban, which has been in place for"
      }
      return phraseBefore(tokens, k);
    } else {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (; j >= 0 && out.size() < 4 && clause.isContentWord(tokens.get(j)); j--) {
      out.add(0, tokens.get(j).text());
    }
    return out;
  }

  /** "tariffs of up to 20%", "a family of four": the nouns right before an "of" that ends just before the figure. */
  List<String> nounBeforeOf(List<Token> tokens, int from) {
    List<String> out = new ArrayList<>();
    if (from < 2 || !tokens.get(from - 1).lower().equals("of")) {
      return out;
    }
    for (int j = from - 2; j >= 0 && out.size() < 3 && clause.isContentWord(tokens.get(j)) && !clause.isVerb(tokens.get(j)); j--) {
      out.add(0, tokens.get(j).text());
    }
    return out;
  }

  /**
   * "the visit, Solvang's first", "The trip is her first": the noun an ordinal with no noun of its
   * own ranks, read before the owner and a comma or a form of "be".
   */
  List<String> rankedBefore(List<Token> tokens, int from) {
    int j = from - 1;
    if (j < 1 || !isPossessive(tokens.get(j))) {
      return List.of();
    }
    j--;
    if (tokens.get(j).lower().equals("the")) {
      j--;
    }
    if (j < 1 || !tokens.get(j).text().equals(",") && !ClauseReader.BE.contains(tokens.get(j).lower())) {
      return List.of();
    }
    return phraseBefore(tokens, j - 1);
  }

  /** "Solvang's", "Solvang’s", "her", "the Dorviks'": a word that owns the noun after it. */
  private static boolean isPossessive(Token t) {
    String w = t.lower();
    return w.endsWith("'s") || w.endsWith("’s") || w.equals("her") || w.equals("his") || w.equals("its")
        || w.equals("their") || w.equals("'") || w.equals("’");
  }

  /** A noun phrase ending at {@code end}, read back over its prepositions: "ban on dairy products". */
  private List<String> phraseBefore(List<Token> tokens, int end) {
    List<String> out = new ArrayList<>();
    for (int j = end; j >= 0 && j > end - ClauseReader.SUBJECT_REACH && out.size() < 5; j--) {
      Token t = tokens.get(j);
      if (ClauseReader.isBoundary(t) || clause.isVerb(t) || ClauseReader.BE.contains(t.lower())) {
        break;
      }
      if (clause.isContentWord(t)) {
        out.add(0, t.text());
      }
    }
    return out;
  }
}
