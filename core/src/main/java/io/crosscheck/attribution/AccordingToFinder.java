package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * Reads "according to" attributions and decides which side of the cue holds the content.
 *
 * <p>{@code According to the ministry, 40 people died.} and {@code Bolstering the plan, according to
 * Radio Meridian, Veloria sent aid.} take the words after the speaker; {@code 40 people died,
 * according to the ministry.} and {@code 40 people died, according to the ministry, which gave no
 * names.} take the words before the cue.
 */
final class AccordingToFinder {
  private final SpeakerLocator locator;

  AccordingToFinder(SpeakerLocator locator) {
    this.locator = locator;
  }

  /** "according to X, …", "…, according to X.", "…, who according to X are …". */
  Optional<Candidate> find(SegmentedText text, Sentence s, List<Word> w, int i, QuoteMap quoted) {
    Optional<Phrase> speaker = locator.after(w, i + 2);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    Phrase p = speaker.get();
    List<Word> speakerWords = w.subList(p.from(), p.to());
    int cueAt = w.get(i).start();
    Span content;
    boolean atEnd = p.to() >= w.size() || !w.get(p.to()).isWord() && !w.get(p.to()).text().equals(",");
    boolean commaBefore = i > 0 && w.get(i - 1).text().equals(",");
    boolean mainClauseBefore = commaBefore && w.get(0).isCapitalised() && !w.get(0).lower().endsWith("ing")
        && !w.get(0).is("according");
    Optional<Quotation> quoteBefore = i > 0 && !w.get(i - 1).isWord() ? quoted.endingAt(w.get(i - 1).end())
        : Optional.empty();
    if (quoteBefore.isPresent() && quoteBefore.get().inner().in(text.body()).strip().endsWith(",")) {
      // “Talks were useful,” according to the ministry. — the quotation is the content.
      content = quoteBefore.get().inner();
      commaBefore = true;
    } else if (commaBefore && (atEnd || mainClauseBefore)
        && Clauses.enoughWords(text, Clauses.trimmed(text.body(), s.start(), w.get(i - 1).start()))) {
      content = Clauses.trimmed(text.body(), s.start(), w.get(i - 1).start());
    } else if (p.to() < w.size() && w.get(p.to()).text().equals(",") && p.to() + 1 < w.size()) {
      // "However, according to the ministry, 40 people died": a connective before the cue is no clause.
      content = Clauses.trimmed(text.body(), w.get(p.to() + 1).start(), s.end());
    } else {
      content = Clauses.trimmed(text.body(), s.start(), s.end());
    }
    return Clauses.enoughWords(text, content)
        ? Optional.of(new Candidate(speakerWords, "according to", cueAt, content, Origin.ACCORDING,
            commaBefore && quoteBefore.isEmpty() ? w.get(i - 1).start() : -1))
        : Optional.empty();
  }
}
