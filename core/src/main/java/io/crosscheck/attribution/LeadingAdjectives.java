package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a capitalised adjective at a sentence start from a name.
 *
 * <p>In {@code Postal ballots made up a third of the votes.} and {@code Local party organisers met.}
 * the capital only marks the sentence start: the word is never written capitalised inside a
 * sentence, and a plain plural noun follows it. Such a word is no antecedent for a later "she".
 * {@code Kovac says the talks failed.} keeps "Kovac": "says" is a cue verb.
 */
final class LeadingAdjectives {
  /** Words between the adjective and its plural noun: "Local party organisers". */
  private static final int MAX_NOUN_GAP = 2;

  private final CueLexicon lexicon;
  private final Set<String> capitalisedInside = new HashSet<>();

  LeadingAdjectives(SegmentedText text, ArticleWords words, CueLexicon lexicon) {
    this.lexicon = lexicon;
    for (Sentence s : text.sentences()) {
      List<Word> w = words.in(s);
      for (int k = 1; k < w.size(); k++) {
        if (w.get(k).isCapitalised() && w.get(k - 1).isWord()) {
          capitalisedInside.add(w.get(k).bare());
        }
      }
    }
  }

  /** Whether the one-word phrase at {@code at} opens a common-noun phrase: "Postal" in "Postal ballots", "One" in "One father". */
  boolean isAdjectiveAt(List<Word> w, int at) {
    if (at >= 0 && at + 1 < w.size() && w.get(at).isCapitalised() && lexicon.isNumberWord(w.get(at))
        && w.get(at + 1).isWord() && !w.get(at + 1).isCapitalised()) {
      return true; // "One father received a call": a number word counts the noun after it
    }
    if (at < 0 || at >= w.size() || !w.get(at).isCapitalised() || w.get(at).isPossessive()
        || capitalisedInside.contains(w.get(at).bare())) {
      return false;
    }
    for (int k = at + 1; k < w.size() && k - at <= MAX_NOUN_GAP; k++) {
      Word t = w.get(k);
      String lower = t.lower();
      if (!t.isWord() || t.isCapitalised() || lexicon.isFunctionWord(t) || lower.endsWith("ed")
          || lower.endsWith("ly") || lexicon.verbs().cueLength(w, k) > 0) {
        return false;
      }
      if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss")) {
        return true; // "ballots", "party organisers"
      }
    }
    return false;
  }
}
