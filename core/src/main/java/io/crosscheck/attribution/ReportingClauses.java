package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * Clause shapes around a reporting cue that decide who speaks and where the content lies:
 * relative clauses (", who said …"), absolute constructions ("with the ministry claiming …"),
 * reduced passives ("described as “…” by X"), a document's own cue ("…, the statement read."),
 * and an opening participle clause, which is never what was said.
 */
final class ReportingClauses {
  private final CueLexicon lexicon;
  private final SpeakerLocator locator;

  ReportingClauses(CueLexicon lexicon, SpeakerLocator locator) {
    this.lexicon = lexicon;
    this.locator = locator;
  }

  /**
   * The index of the comma before a relative pronoun that is the cue's subject (", who said", ",
   * which has said"), else -1.
   */
  int relativeComma(List<Word> w, int cue) {
    int r = locator.grammar().skipBetweenBackwards(w, cue - 1);
    return r >= 2 && (w.get(r).is("who") || w.get(r).is("which")) && w.get(r - 1).text().equals(",") ? r - 1 : -1;
  }

  /** The most words of a relative clause before the comma that closes it: "who first reported the leak,". */
  private static final int MAX_RELATIVE_REST = 12;

  /** Whether a comma closing the relative clause is followed by the sentence's own cue: ", said on Monday". */
  boolean mainCueAfter(List<Word> w, int from) {
    for (int k = from; k + 1 < w.size() && k - from <= MAX_RELATIVE_REST; k++) {
      if (w.get(k).text().equals(",")) {
        int v = k + 1;
        while (v < w.size() && v - k < 3 && (w.get(v).in(WordGroup.BETWEEN) || PhraseGrammar.isAdverbAt(w, v))) {
          v++;
        }
        return v < w.size() && lexicon.verbs().cueLength(w, v) > 0;
      }
    }
    return false;
  }

  /**
   * Whether the sentence opens with a participle clause ("Dismissing the risk, the union called for
   * …"): such a clause is the writer's framing, never the content of a cue after it.
   */
  static boolean participleOpening(List<Word> w) {
    int k = SubjectFinder.skipDateline(w);
    return k < w.size() && w.get(k).isWord() && w.get(k).isCapitalised() && w.get(k).lower().endsWith("ing")
        && w.get(k).lower().length() > 5;
  }

  /** "with the ministry claiming": the phrase between "with" and an "-ing" cue, if it names a source. */
  Optional<Phrase> absoluteSubject(List<Word> w, int cue) {
    int end = cue;
    if (cue >= 3 && w.get(cue - 1).text().equals(",")) {
      // "with Amnesty International, and several news outlets, reporting that …": a co-subject set off by commas
      for (int k = cue - 2; k > 0 && cue - k <= MAX_CO_SUBJECT + 2; k--) {
        if (w.get(k).text().equals(",") && w.get(k + 1).is("and")) {
          end = k;
          break;
        }
      }
    }
    int at = end;
    return locator.before(w, at).filter(ph -> ph.from() > 0 && ph.to() == at && w.get(ph.from() - 1).is("with")
        && (w.get(ph.to() - 1).isCapitalised() || locator.isSourceNoun(w.get(ph.to() - 1))));
  }

  /** The most words of a co-subject set off by commas in an absolute phrase: ", and several news outlets,". */
  private static final int MAX_CO_SUBJECT = 5;

  /** "…, the statement read.": "read" reports a document's words when a document is its subject after a comma. */
  boolean documentReads(List<Word> w, int i) {
    return i >= 3 && lexicon.isDocumentRead(w, i)
        && locator.before(w, i).filter(ph -> ph.from() > 0 && w.get(ph.from() - 1).text().equals(",")).isPresent();
  }

  /** The most words between "described as" and the "by" of its agent: "described as “positive and held in a good spirit” by". */
  private static final int MAX_AS_CONTENT = 14;

  /**
   * "described as “positive” by the premier’s office": a reduced passive whose agent, after "by",
   * made the statement. The content is what follows "as", up to "by".
   */
  Optional<Candidate> passiveAgent(SegmentedText text, List<Word> w, int cue, int as) {
    for (int k = as + 1; k + 1 < w.size() && k - as <= MAX_AS_CONTENT; k++) {
      Word t = w.get(k);
      if (t.is("by") && k > as + 1) {
        Optional<Phrase> agent = locator.after(w, k + 1);
        if (agent.isEmpty()) {
          return Optional.empty();
        }
        boolean quotedWhole = k - as > 3 && Clauses.isOpeningMark(w.get(as + 1)) && !w.get(k - 1).isWord();
        Span content = quotedWhole ? Clauses.trimmed(text.body(), w.get(as + 2).start(), w.get(k - 2).end())
            : Clauses.trimmed(text.body(), w.get(as + 1).start(), w.get(k - 1).end());
        return Optional.of(new Candidate(w.subList(agent.get().from(), agent.get().to()), w.get(cue).text(),
            w.get(cue).start(), content, Origin.REPORTED, -1));
      }
      if (t.text().equals(".") || t.text().equals(";") || lexicon.verbs().cueLength(w, k) > 0) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
