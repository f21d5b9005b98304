package io.crosscheck.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads what a figure counts from the words around it: the noun phrase after it (with one
 * prepositional phrase), else the clause's verb and its object, plus the verb of the event.
 *
 * <p>"has killed more than 22,000 Palestinians, most of them" gives subject "Palestinians killed",
 * head "palestinians"; "gave them 30 days to expedite aid" gives "days to expedite aid"; "millions
 * have been displaced" gives "displaced"; "met the envoy for two hours" gives "met envoy".
 */
final class SubjectReader {
  /** A figure's subject, the head noun counted (a COUNT's unit), and a scope phrase. */
  record Subject(Optional<String> text, Optional<String> head, Optional<String> scope) {}

  /** Prepositions whose phrase still describes what is counted: "round of visits", "trip to the region". */
  private static final Set<String> ATTACHED = Set.of("of", "to", "in", "for", "on");
  /** Words that start a new clause; a figure's verb is not searched past them. */
  private static final Set<String> CLAUSE_START = Set.of("as", "because", "while", "when", "after", "that", "which", "who",
      "where", "since", "if", "and", "but", "although", "though", "whereas");
  private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "been", "be", "being", "are", "is", "was",
      "were", "still", "reportedly", "already", "now", "also", "not");
  /** "this year", "this month": the periods a "this" scope names. */
  private static final Set<String> PERIODS = Set.of("year", "month", "week");
  private static final int NOUN_PHRASE_WORDS = 4;
  private static final int VERB_REACH = 8;

  private final FigureLexicon lexicon;

  SubjectReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Subject read(List<Token> tokens, int from, int to, String unitWord) {
    List<String> np = new ArrayList<>();
    int k = nounPhrase(tokens, to, np);
    String head = head(np);
    List<String> words = new ArrayList<>();
    if (!unitWord.isEmpty() && np.isEmpty()) {
      words.add(unitWord);
    }
    words.addAll(np);
    if (k < tokens.size() && ATTACHED.contains(tokens.get(k).lower())) {
      List<String> pp = new ArrayList<>();
      int after = nounPhrase(tokens, skipDeterminers(tokens, k + 1), pp);
      if (!pp.isEmpty()) {
        if (!words.isEmpty()) {
          words.add(tokens.get(k).lower());
        }
        words.addAll(pp);
        k = after;
      }
    }
    String verb = verbBefore(tokens, from);
    String participle = participleAfter(tokens, k);
    if (verb.isEmpty()) {
      verb = participle;
    }
    if (words.isEmpty() || words.size() == 1 && words.get(0).equals(unitWord)) {
      List<String> valued = valuedThing(tokens, from);
      words.addAll(!valued.isEmpty() ? valued : !participle.isEmpty() ? List.of(participle) : clauseBefore(tokens, from));
    } else if (!verb.isEmpty() && !words.contains(verb)) {
      words.add(verb);
    }
    Optional<String> text = words.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", words));
    return new Subject(text, head.isEmpty() ? Optional.empty() : Optional.of(head), scope(tokens, k));
  }

  /** The counted noun: the first plural in the phrase ("cables" in "different cables objecting"), else its last word. */
  private static String head(List<String> np) {
    for (String w : np) {
      String lower = w.toLowerCase(java.util.Locale.ROOT);
      if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && Character.isLetter(lower.charAt(0))) {
        return lower;
      }
    }
    return np.isEmpty() ? "" : np.get(np.size() - 1).toLowerCase(java.util.Locale.ROOT);
  }

  /** "assault rifles worth $34 million": the noun phrase before "worth" or "valued at". */
  private List<String> valuedThing(List<Token> tokens, int from) {
    int j = from - 1;
    if (j >= 1 && tokens.get(j).lower().equals("at") && tokens.get(j - 1).lower().equals("valued")) {
      j -= 2;
    } else if (j >= 0 && tokens.get(j).lower().equals("worth")) {
      j--;
    } else {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (; j >= 0 && out.size() < NOUN_PHRASE_WORDS && isContentWord(tokens.get(j)); j--) {
      out.add(0, tokens.get(j).text());
    }
    return out;
  }

  private boolean isContentWord(Token t) {
    return isWordLike(t) && !lexicon.functionWords.contains(t.lower()) && !lexicon.qualifiers.containsKey(t.lower());
  }

  /** A word, or a compound modifier that starts with digits: "155-millimeter". */
  private static boolean isWordLike(Token t) {
    return t.isWord() || t.text().indexOf('-') > 0 && Character.isLetter(t.text().charAt(t.text().length() - 1));
  }

  /** Up to four content words from {@code k}; fills {@code out} and returns the index after them. */
  private int nounPhrase(List<Token> tokens, int k, List<String> out) {
    int j = k;
    while (j < tokens.size() && out.size() < NOUN_PHRASE_WORDS) {
      Token t = tokens.get(j);
      if (!isContentWord(t)) {
        break;
      }
      out.add(t.text());
      j++;
    }
    return j;
  }

  private int skipDeterminers(List<Token> tokens, int k) {
    int j = k;
    while (j < tokens.size() && j < k + 2 && isDeterminer(tokens.get(j).lower())) {
      j++;
    }
    return j;
  }

  private static boolean isDeterminer(String t) {
    return Set.of("the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those").contains(t);
  }

  /** The nearest verb before the figure in its clause: "killed" in "has killed more than 22,000". */
  private String verbBefore(List<Token> tokens, int from) {
    for (int j = from - 1; j >= 0 && j >= from - VERB_REACH; j--) {
      Token t = tokens.get(j);
      if (t.isPunctuation() || CLAUSE_START.contains(t.lower())) {
        return "";
      }
      if (isVerb(t)) {
        return t.text();
      }
    }
    return "";
  }

  /** "have been displaced": a participle a few auxiliaries after the figure. */
  private String participleAfter(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j < k + 4; j++) {
      Token t = tokens.get(j);
      if (isVerb(t)) {
        return t.text();
      }
      if (!AUXILIARIES.contains(t.lower())) {
        return "";
      }
    }
    return "";
  }

  /** With no noun after the figure: the clause's verb, its object, and a relative clause's head. */
  private List<String> clauseBefore(List<Token> tokens, int from) {
    List<String> out = new ArrayList<>();
    int verbAt = -1;
    for (int j = from - 1; j >= 0 && j >= from - VERB_REACH; j--) {
      Token t = tokens.get(j);
      if (t.isPunctuation() || CLAUSE_START.contains(t.lower()) && !t.lower().equals("that")) {
        break;
      }
      if (isVerb(t)) {
        verbAt = j;
        break;
      }
    }
    if (verbAt < 0) {
      String after = participleAfter(tokens, from);
      return after.isEmpty() ? out : List.of(after);
    }
    for (int j = verbAt - 1; j >= 1 && j >= verbAt - 4; j--) {
      String w = tokens.get(j).lower();
      if (w.equals("that") || w.equals("which") || w.equals("who")) {
        List<String> headWords = new ArrayList<>();
        for (int h = Math.max(0, j - 3); h < j; h++) {
          if (tokens.get(h).isWord() && !lexicon.functionWords.contains(tokens.get(h).lower())) {
            headWords.add(tokens.get(h).text());
          }
        }
        out.addAll(headWords);
        break;
      }
    }
    for (int j = verbAt; j < from; j++) {
      Token t = tokens.get(j);
      if (t.isWord() && (j == verbAt || !lexicon.functionWords.contains(t.lower())) && !lexicon.qualifiers.containsKey(t.lower())) {
        out.add(t.text());
      }
    }
    return out;
  }

  /** "since October 7", "this year", "in Gaza": a phrase after the figure that narrows it. */
  private Optional<String> scope(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j < k + 8; j++) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (w.equals(".") || w.equals(";")) {
        return Optional.empty();
      }
      boolean opens = w.equals("since") || w.equals("this") && j + 1 < tokens.size() && PERIODS.contains(tokens.get(j + 1).lower())
          || w.equals("in") && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised();
      if (opens) {
        StringBuilder sb = new StringBuilder(t.text());
        for (int s = j + 1; s < tokens.size() && s < j + 4 && !tokens.get(s).isPunctuation(); s++) {
          sb.append(' ').append(tokens.get(s).text());
        }
        return Optional.of(sb.toString());
      }
    }
    return Optional.empty();
  }

  private boolean isVerb(Token t) {
    String w = t.lower();
    if (!t.isWord() || lexicon.functionWords.contains(w)) {
      return false;
    }
    return lexicon.verbs.contains(w) || w.length() >= 5 && (w.endsWith("ed") || w.endsWith("ing")) && !t.isCapitalised()
        && !w.equals("hundred");
  }
}
