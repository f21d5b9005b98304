package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * Where reported content starts after its cue: past an audience, a circumstance and a
 * complementiser "that".
 *
 * <p>{@code Residents told the Coastal Herald that the water was brown} gives "the water was brown";
 * {@code Novak Energy said in a statement that it would cut jobs} gives "it would cut jobs"; {@code
 * an official said that could have an impact} keeps "that could have an impact" ("that" is the
 * subject there).
 */
final class ReportedContent {
  /** The most words between a cue and its "that": "told reporters at the terminal on Monday that". */
  private static final int MAX_LEAD_IN = 10;
  /** Plural audiences a "told" may take before its clause: "told reporters the ward was shut". */
  private static final WordSet AUDIENCES = WordSet.of("reporters", "journalists", "lawmakers",
      "members", "officials", "supporters", "diplomats", "parliament", "residents");

  /** Verbs after which "that" is a subject pronoun: "said that could take months", "that was wrong". */
  private static final WordSet SUBJECT_THAT_VERBS = WordSet.of("is", "was", "were", "are", "be",
      "has", "had", "have", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does", "do",
      "means", "meant", "remains", "seems", "showed", "shows");
  /** The most capitalised words in a named audience: "the Coastal Herald", "Radio Kellen". */
  private static final int MAX_AUDIENCE_NAME = 4;
  /** Lower-case words that open the told clause after a named audience: "told the BBC the plan ...". */
  private static final WordSet CLAUSE_OPENERS = WordSet.of("the", "a", "an", "it", "he", "she",
      "they", "we", "there", "his", "her", "its", "their", "no", "all", "some", "more", "most");

  private final CueLexicon lexicon;
  private final SpeakerLocator locator;

  ReportedContent(CueLexicon lexicon, SpeakerLocator locator) {
    this.lexicon = lexicon;
    this.locator = locator;
  }

  /** The index of the first content word after the cue ending before {@code after}, or {@code w.size()}. */
  int start(List<Word> w, int after, String cue) {
    int from = after;
    while (from < w.size() && !w.get(from).isWord() && !Clauses.isOpeningMark(w.get(from))) {
      from++;
    }
    if (from >= w.size()) {
      return from;
    }
    boolean objectCue = PhraseGrammar.OBJECT_CUES.contains(cue);
    // "leaked to the Tarn Herald that …", "confirmed to Velpress that …": the addressee comes before "that".
    if (objectCue || PhraseGrammar.TAIL_STARTS.contains(w.get(from).lower()) || w.get(from).is("that") || addressee(w, from)) {
      for (int k = from; k < w.size() && k - from <= MAX_LEAD_IN; k++) {
        Word t = w.get(k);
        if (t.is("that")) {
          return thatClauseStart(w, k, from);
        }
        if (k == from + 1 && t.isWord() && t.lower().endsWith("ing") && (w.get(from).is("on") || w.get(from).is("upon"))) {
          return w.size(); // "insisted on pushing the bill through": a gerund object reports no speech
        }
        if (Clauses.isOpeningMark(t) || t.text().equals(":") || k > from && lexicon.verbs().cueLength(w, k) > 0) {
          break;
        }
      }
    }
    if (objectCue && from + 2 < w.size() && AUDIENCES.contains(w.get(from).lower()) && w.get(from + 1).isWord()) {
      return from + 1; // "told reporters the ward was shut"
    }
    return objectCue ? afterNamedAudience(w, from) : from;
  }

  /** "to the Tarn Herald", "to Velpress", "to reporters": an addressee, not an infinitive ("claims to represent"). */
  private static boolean addressee(List<Word> w, int from) {
    if (!w.get(from).is("to") || from + 1 >= w.size()) {
      return false;
    }
    Word next = w.get(from + 1);
    return next.is("the") || next.isCapitalised() || AUDIENCES.contains(next.lower());
  }

  /** "told the BBC the plan was dead": the content starts after a named audience, at "the plan". */
  private static int afterNamedAudience(List<Word> w, int from) {
    int k = from < w.size() && w.get(from).is("the") ? from + 1 : from;
    int name = k;
    while (k < w.size() && k - name < MAX_AUDIENCE_NAME && w.get(k).isWord() && w.get(k).isCapitalised()) {
      k++;
    }
    boolean clause = k > name && k + 1 < w.size() && CLAUSE_OPENERS.contains(w.get(k).text());
    return clause ? k : from;
  }

  /**
   * Where the clause opened by the "that" at {@code k} starts: "that the water was brown" drops
   * "that"; "that no permits were issued" keeps it, lest "no"/"while"/"in" read as a circumstance;
   * "said that could have an impact" keeps everything, "that" being the subject.
   */
  private static int thatClauseStart(List<Word> w, int k, int from) {
    if (k + 1 >= w.size() || !w.get(k + 1).isWord() && !Clauses.isOpeningMark(w.get(k + 1))
        || SUBJECT_THAT_VERBS.contains(w.get(k + 1).lower())) {
      return from;
    }
    return w.get(k + 1).in(WordGroup.CLAUSE_WORD) ? k : k + 1;
  }

  /** "a sharp warning from President Ana Kovac that aid would be cut": the speaker owns the clause. */
  Optional<Candidate> speechNoun(SegmentedText text, Sentence s, List<Word> w, int i) {
    Optional<Phrase> speaker = locator.after(w, i + 2).filter(p -> w.get(p.from()).isCapitalised()
        || w.get(p.from()).is("the") || w.get(p.from()).is("a"));
    if (speaker.isEmpty() || speaker.get().to() >= w.size() || !w.get(speaker.get().to()).is("that")) {
      return Optional.empty();
    }
    Phrase p = speaker.get();
    int from = thatClauseStart(w, p.to(), p.to());
    Span content = Clauses.trimmed(text.body(), w.get(from).start(), s.end());
    return Clauses.enoughWords(text, content)
        ? Optional.of(new Candidate(w.subList(p.from(), p.to()), w.get(i).text(), w.get(i).start(), content,
            Origin.REPORTED, -1))
        : Optional.empty();
  }
}
