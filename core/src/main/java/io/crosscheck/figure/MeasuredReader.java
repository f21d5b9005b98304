package io.crosscheck.figure;

import io.crosscheck.internal.WordSet;
import java.util.ArrayList;
import java.util.List;

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
  private static final WordSet STANDING = WordSet.of("place", "force", "effect", "operation");

  /** Words between a noun and "in place for" that do not end its phrase: "the ban, which has been in place". */
  private static final WordSet LINKS = WordSet.of("which", "that", "has", "have", "had", "been", "was", "is", "are",
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
      List<String> estimated = estimatedThing(tokens, from);
      return estimated.isEmpty() ? numberedThing(tokens, from) : estimated;
    }
    List<String> out = new ArrayList<>();
    for (; j >= 0 && out.size() < 4 && clause.isContentWord(tokens.get(j)); j--) {
      out.add(0, tokens.get(j).text());
    }
    return out;
  }

  /** Verbs that state an estimate as "VERB the thing at N": "put the crowd at 30,000", "pegged the damage at". */
  private static final WordSet ESTIMATING = WordSet.of("put", "puts", "putting", "estimated", "estimates", "estimate",
      "pegged", "pegs", "placed", "places");
  /** Verbs that state a figure as "VERB the thing as N": "gave the death toll as 471". */
  private static final WordSet GIVING = WordSet.of("gave", "gives", "give", "giving", "listed", "lists", "estimated",
      "estimates", "put", "puts");
  /** Nouns that name a count of what follows them or of their owner: "the number of marchers", "the marchers' numbers". */
  private static final WordSet COUNT_NOUNS = WordSet.of("number", "numbers", "count", "counts", "figure", "figures",
      "total", "tally", "estimate", "size");
  /** Adverbs between "at" and its figure: "at just 30,000". */
  private static final WordSet AT_ADVERBS = WordSet.of("just", "only", "merely", "barely");
  /** The most tokens between an estimating verb and its "at". */
  private static final int ESTIMATED_OBJECT_TOKENS = 14;

  /**
   * What an estimate "VERB the thing at N" counts: "police put the number of marchers at 30,000"
   * and "police put the marchers' numbers at just 30,000" give [marchers]; "put the crowd at
   * 9,000" gives [crowd]; "the ministry gave the death toll as 471" gives [death, toll]. Empty for
   * any other shape.
   */
  private List<String> estimatedThing(List<Token> tokens, int from) {
    int at = from - 1;
    while (at >= 0 && AT_ADVERBS.contains(tokens.get(at).lower())) {
      at--;
    }
    boolean as = at >= 2 && tokens.get(at).lower().equals("as");
    if (at < 2 || !as && !tokens.get(at).lower().equals("at")) {
      return List.of();
    }
    int verb = -1;
    for (int j = at - 1; j >= 0 && at - j <= ESTIMATED_OBJECT_TOKENS; j--) {
      if (ClauseReader.isBoundary(tokens.get(j)) && !isPossessive(tokens.get(j))) {
        break; // a possessive mark ("the marchers' numbers") stays inside the object
      }
      if ((as ? GIVING : ESTIMATING).contains(tokens.get(j).lower())) {
        verb = j;
        break;
      }
    }
    if (verb < 0 || verb + 1 >= at) {
      return List.of();
    }
    List<Token> object = tokens.subList(verb + 1, at);
    for (int k = 0; k < object.size(); k++) {
      String w = object.get(k).lower();
      if (COUNT_NOUNS.contains(w) && k + 1 < object.size() && object.get(k + 1).lower().equals("of")) {
        return contentWords(object.subList(k + 2, object.size())); // "the number of marchers"
      }
      if (COUNT_NOUNS.contains(w) && k > 0) {
        List<String> owner = contentWords(object.subList(0, k)); // "the marchers' numbers"
        if (!owner.isEmpty()) {
          return owner;
        }
      }
    }
    for (int k = 1; k < object.size(); k++) {
      if (OBJECT_ENDS.contains(object.get(k).lower())) {
        return contentWords(object.subList(0, k)); // "the death toll from last week's raid": the toll
      }
    }
    return contentWords(object);
  }

  /** Count nouns whose "of" phrase, as a clause's subject, names what its figure counts: "the number of dead". */
  private static final WordSet NUMBER_NOUNS = WordSet.of("number", "count", "tally");
  /** Auxiliaries that end the "of" phrase of a count noun: "the number of dead has risen to 51". */
  private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had");
  /** The most tokens between "the number of" and the figure its clause gives it. */
  private static final int NUMBERED_TOKENS = 16;

  /**
   * What "the number of X … N" counts, the figure stated of the count noun by its own clause: "the
   * number of miners killed in the blast has risen to 51" gives [miners, killed]; "the number of
   * passengers was 750" gives [passengers]. Empty when no such subject opens the figure's clause.
   */
  private List<String> numberedThing(List<Token> tokens, int from) {
    for (int j = from - 1; j >= 1 && from - j <= NUMBERED_TOKENS; j--) {
      Token t = tokens.get(j);
      if (ClauseReader.isBoundary(t)) {
        return List.of();
      }
      if (t.lower().equals("of") && NUMBER_NOUNS.contains(tokens.get(j - 1).lower())) {
        int end = j + 1;
        while (end < from && !OBJECT_ENDS.contains(tokens.get(end).lower()) && !ClauseReader.BE.contains(tokens.get(end).lower())
            && !AUXILIARIES.contains(tokens.get(end).lower())) {
          end++; // "the number of miners killed" ends at "in", "has" or "was"
        }
        return end > j + 1 && end < from ? contentWords(tokens.subList(j + 1, end)) : List.of();
      }
    }
    return List.of();
  }

  /** Prepositions that end an estimate's object noun phrase: "the death toll from the raid at Baga". */
  private static final WordSet OBJECT_ENDS = WordSet.of("from", "in", "at", "by", "for", "on", "over", "after", "since");

  /** The content words of a short phrase, possessive marks dropped: "the marchers'" gives [marchers]. */
  private List<String> contentWords(List<Token> phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : phrase) {
      if (isPossessive(t) && t.text().length() == 1) {
        continue;
      }
      String text = withoutPossessive(t.text());
      if (!text.isEmpty() && clause.isContentWord(Token.of(text, t.start(), t.start() + text.length()))) {
        out.add(text);
      }
    }
    return out;
  }

  /** "marchers'" and "marchers’s" without the mark: the owner's own word. */
  private static String withoutPossessive(String w) {
    int end = w.length();
    if (end >= 2 && (w.charAt(end - 1) == 's' || w.charAt(end - 1) == 'S') && isApostrophe(w.charAt(end - 2))) {
      end -= 2;
    } else if (end >= 1 && isApostrophe(w.charAt(end - 1))) {
      end -= 1;
    }
    return w.substring(0, end);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
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
