package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the names an article later calls "the company", "the firm" or "the operator".
 *
 * <p>In {@code Tavrin said on Friday that a fire had closed its warehouse. The company said no one
 * was hurt.} the nearest capitalised name before "the company", past time words and sentence
 * openers, is "Tavrin": a company, so "Tavrin said" is an institution speaking.
 */
final class CompanyReferences {
  /** How many words back "the company" looks for the name it refers to. */
  private static final int WINDOW = 60;
  /** The longest name run taken: "Halden Telecom Group". */
  private static final int MAX_NAME = 4;

  private final Set<String> companies;
  /** Capitalised words written alone, with no capitalised neighbour: "Korrin said". */
  private final Set<String> standalone = new HashSet<>();

  /** The names in {@code words}; {@code capitals} are the indexes of its capitalised words, ascending. */
  CompanyReferences(List<Word> words, int[] capitals, CueLexicon lexicon, Predicate<String> isPerson) {
    this.companies = namesReferredTo(words, lexicon, isPerson);
    for (int i : capitals) {
      boolean alone = (i == 0 || !words.get(i - 1).isCapitalised()
          || words.get(i - 1).in(WordGroup.STOP))
          && (i + 1 >= words.size() || !words.get(i + 1).isCapitalised());
      if (alone) {
        standalone.add(words.get(i).bare());
      }
    }
  }

  /** "company", "chain", "retailer": a noun that, after "the", points back to a company named before. */
  static boolean isCompanyNoun(String lower) {
    return WordGroup.COMPANY_NOUN.contains(lower);
  }

  /** Whether a later "the company" refers to a name holding {@code word}. */
  boolean isCompany(String word) {
    return companies.contains(word);
  }

  /**
   * "Korrin Mobile" when "the operator" refers to it and the article also writes "Korrin" alone; a
   * person's first name is not written alone.
   */
  boolean isCompanyName(String first, String last) {
    return (companies.contains(first) || companies.contains(last)) && standalone.contains(first);
  }

  /**
   * A participle that opens a sentence with its preposition, capitalised only by its place: "Based
   * on a first review, the company said", "Speaking to reporters, …".
   */
  private static boolean openingParticiple(List<Word> words, int k, CueLexicon lexicon) {
    String lower = words.get(k).lower();
    boolean sentenceStart = k == 0 || SENTENCE_ENDS.contains(words.get(k - 1).text());
    return sentenceStart && (lower.endsWith("ed") || lower.endsWith("ing")) && k + 1 < words.size()
        && words.get(k + 1).isWord() && !words.get(k + 1).isCapitalised() && lexicon.isFunctionWord(words.get(k + 1));
  }

  /** Marks that end a sentence, so that the word after them is capitalised by its place. */
  private static final WordSet SENTENCE_ENDS = WordSet.of(".", "!", "?");

  /** Every word of the names that a later "the company" refers to. */
  private static Set<String> namesReferredTo(List<Word> words, CueLexicon lexicon, Predicate<String> isPerson) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < words.size(); i++) {
      if (!words.get(i).in(WordGroup.COMPANY_NOUN) || !words.get(i - 1).is("the")) {
        continue;
      }
      for (int k = i - 2; k >= 0 && i - k < WINDOW; k--) {
        Word w = words.get(k);
        String lower = w.bareLower();
        if (!w.isCapitalised() || lexicon.isTimeWord(lower) || lexicon.isFunctionWord(lower)
            || WordGroup.STOP.contains(lower) || lexicon.isRole(lower) || openingParticiple(words, k, lexicon)) {
          continue;
        }
        if (isPerson.test(w.bare())) {
          while (k > 0 && words.get(k - 1).isCapitalised()) {
            k--; // "Chief executive Ana Roth said the firm …": Roth is no firm
          }
          continue;
        }
        for (int j = k; j >= 0 && k - j < MAX_NAME && words.get(j).isCapitalised(); j--) {
          out.add(words.get(j).bare()); // "Halden Telecom": both words
        }
        break;
      }
    }
    return out;
  }
}
