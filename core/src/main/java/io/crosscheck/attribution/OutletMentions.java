package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names an article writes as news outlets, by the grammar around them.
 *
 * <p>Three shapes: a name that "reported" ({@code Velpress reported that ...}, {@code ..., reports
 * Velpress.}); a name after a lower-case outlet noun ({@code the weekly magazine Tarn},
 * {@code the news agency Velpress}); a name before "news" or a newsroom job ({@code the Velpress news
 * service}, {@code a Tarn Daily reporter}). A report ("a Harbour Board report") is no outlet: boards
 * write reports too.
 */
final class OutletMentions {
  /** People who work for an outlet: "a Velpress correspondent". */
  private static final WordSet NEWSROOM_JOBS = WordSet.of("journalist", "journalists", "reporter",
      "reporters", "correspondent", "correspondents", "columnist", "columnists", "editor", "editors", "anchor");
  /** The verb forms of "report" that make their subject an outlet: "Velpress reported". */
  private static final WordSet REPORTED = WordSet.of("reported", "reports");
  /** The longest outlet name taken: "Tarn Valley Evening Post". */
  private static final int MAX_NAME = 5;

  private final CueLexicon lexicon;

  OutletMentions(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Adds every word of every outlet name in {@code words} to {@code out}. */
  void find(List<Word> words, Set<String> out) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String lower = w.lower();
      if (!w.isWord() || w.isCapitalised()) {
        continue;
      }
      if (REPORTED.contains(lower)) {
        addRunBefore(words, i, out); // "Velpress reported"
        if (i > 0 && words.get(i - 1).text().equals(",")) {
          addRunAfter(words, i + 1, out); // ", reports Velpress."
        }
      } else if (lower.equals("news") || NEWSROOM_JOBS.contains(lower)) {
        addRunBefore(words, i, out); // "the Velpress news service", "a Velpress reporter"
        if (lower.equals("news") && i + 1 < words.size() && lexicon.isInstitution(words.get(i + 1))) {
          addRunAfter(words, i + 2, out); // "the news agency Velpress"
        }
      } else if (lexicon.isMedia(w) && !lexicon.isDocument(w) && !lower.equals("media")) {
        addRunAfter(words, i + 1, out); // "the weekly magazine Tarn"
        addRunBefore(words, i, out); // "the Tarn daily"
      }
    }
  }

  private void addRunBefore(List<Word> words, int at, Set<String> out) {
    int k = at - 1;
    if (k < 0 || !isNameWord(words.get(k)) || words.get(k).isPossessive()) {
      return;
    }
    while (k >= 0 && at - k <= MAX_NAME && isNameWord(words.get(k))) {
      out.add(words.get(k).bare());
      k--;
    }
  }

  private void addRunAfter(List<Word> words, int from, Set<String> out) {
    for (int k = from; k < words.size() && k - from < MAX_NAME && isNameWord(words.get(k)); k++) {
      out.add(words.get(k).bare());
      if (words.get(k).isPossessive()) {
        return;
      }
    }
  }

  /** A capitalised word that is no determiner, role, institution or group of people. */
  private boolean isNameWord(Word w) {
    String lower = w.bareLower();
    return w.isCapitalised() && !MentionIndex.STOP.contains(lower) && !lexicon.isRole(lower)
        && !lexicon.isInstitution(lower) && !lexicon.isAnonymityNoun(lower) && !lexicon.isFunctionWord(lower)
        && !lexicon.isTimeWord(lower);
  }
}
