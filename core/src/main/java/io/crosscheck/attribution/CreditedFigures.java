package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * A figure credited by a participle of stating and its agent: "short of the 90,000 estimated by
 * the guild", "the 4,100 barrels (650,000 litres) first calculated by the ministry".
 * The figure's phrase is what the agent stated; the participle is the cue. A participle after a
 * phrase with no number ("results announced by the board") credits nothing here.
 */
final class CreditedFigures {
  /** Words between the number and the participle: "4,100 barrels of oil". */
  private static final int MAX_NOUN_WORDS = 3;
  /** Time words between the participle and "by": "estimated on Monday by". */
  private static final int MAX_TIME_WORDS = 3;
  /** The longest aside in brackets skipped between the phrase and the participle. */
  private static final int MAX_ASIDE = 12;


  private final CueLexicon lexicon;
  private final SpeakerLocator locator;

  CreditedFigures(CueLexicon lexicon, SpeakerLocator locator) {
    this.lexicon = lexicon;
    this.locator = locator;
  }

  /** The candidate whose cue is the participle at {@code i}, when a figure's phrase stands before it and an agent after. */
  Optional<Candidate> find(List<Word> w, int i) {
    Word t = w.get(i);
    if (!t.isWord() || t.isCapitalised() || !t.lower().endsWith("ed") || !lexicon.verbs().isListed(t.lower())) {
      return Optional.empty();
    }
    int by = i + 1;
    while (by < w.size() && by - i <= MAX_TIME_WORDS && (PhraseGrammar.TIME_LEADS.contains(w.get(by).lower())
        || PhraseGrammar.TIMES.contains(w.get(by).lower()))) {
      by++;
    }
    if (by + 1 >= w.size() || !w.get(by).is("by")) {
      return Optional.empty();
    }
    int end = i - 1;
    if (end >= 0 && PhraseGrammar.isLyAdverb(w.get(end))) {
      end--; // "previously calculated by"
    }
    if (end >= 0 && w.get(end).text().equals(")")) {
      int open = end - 1;
      while (open >= 0 && end - open <= MAX_ASIDE && !w.get(open).text().equals("(")) {
        open--;
      }
      end = open >= 0 && w.get(open).text().equals("(") ? open - 1 : -1; // "4,100 barrels (650,000 litres)"
    }
    int number = end;
    while (number >= 0 && end - number < MAX_NOUN_WORDS && isNounWord(w.get(number))) {
      number--;
    }
    if (number < 0 || !Character.isDigit(w.get(number).text().charAt(0))) {
      return Optional.empty();
    }
    int from = number;
    while (from > 0 && lexicon.isHedgeWord(w.get(from - 1))) { // "some 200,000", "more than 40"
      from--;
    }
    Optional<Phrase> agent = locator.after(w, by + 1);
    if (agent.isEmpty()) {
      return Optional.empty();
    }
    List<Word> speaker = w.subList(agent.get().from(), agent.get().to());
    return Optional.of(new Candidate(speaker, t.text(), t.start(), Span.of(w.get(from).start(), w.get(end).end()),
        Origin.CREDITED, -1));
  }

  /** A lower-case word that may end a counted phrase: "barrels", "people"; not a verb's auxiliary or a function word. */
  private boolean isNounWord(Word t) {
    return t.isWord() && !t.isCapitalised() && !Character.isDigit(t.text().charAt(0)) && !lexicon.isFunctionWord(t)
        && !PhraseGrammar.AUXILIARIES.contains(t.lower()); // "40 were counted by": a clause
  }
}
