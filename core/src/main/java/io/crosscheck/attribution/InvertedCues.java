package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;

/**
 * Reads a postposed cue with its subject after it, as news writes it at a sentence end.
 *
 * <p>{@code Ships waited outside the port, said the Harbour Pilots’ Association.} gives the
 * association the content "Ships waited outside the port".
 */
final class InvertedCues {
  private final SpeakerLocator locator;

  InvertedCues(SpeakerLocator locator) {
    this.locator = locator;
  }

  /** The candidate for the cue at {@code i} (length {@code len}) after a comma, if the subject follows it. */
  Optional<Candidate> find(SegmentedText text, Sentence s, List<Word> w, int i, int len) {
    if (i < 3 || !w.get(i - 1).text().equals(",")) {
      return Optional.empty();
    }
    Optional<Phrase> speaker = locator.after(w, i + len);
    if (speaker.isEmpty() || !startsSpeaker(w.get(speaker.get().from()))
        && locator.rolePrefix().lengthAt(w, speaker.get().from()) == 0 // "..., said harbour master Ruth Calloway.
        || !locator.grammar().shortTail(w, speaker.get().to(), w.get(i).text())) {
      return Optional.empty();
    }
    int dateline = SubjectFinder.skipDateline(w);
    int from = dateline > 0 && dateline < i ? w.get(dateline).start() : s.start();
    Span content = Clauses.trimmed(text.body(), from, w.get(i - 1).start());
    Phrase p = speaker.get();
    return Clauses.enoughWords(text, content)
        ? Optional.of(new Candidate(w.subList(p.from(), p.to()), Phrases.join(w.subList(i, i + len)),
            w.get(i).start(), content, Origin.POSTPOSED, w.get(i - 1).start()))
        : Optional.empty();
  }

  /** "the association", "a spokesman", "Ana Kovac": not "that", "it" or a clause word. */
  private static boolean startsSpeaker(Word first) {
    return first.isCapitalised() || first.in(WordGroup.DETERMINER);
  }
}
