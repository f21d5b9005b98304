package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Span;
import java.util.List;

/**
 * An attribution before its speaker is typed and resolved: the speaker's words, the cue, and the
 * content span.
 *
 * <p>{@code Kovac said that talks failed, while Veloria denied it.} gives two candidates; the
 * second has {@code boundary} at the comma, where the first one's content must stop.
 *
 * @param speaker the literal speaker words; empty for a quotation credited to the latest speaker
 * @param cue the cue words ("said", "according to", "spoke about")
 * @param cueAt offset of the cue, or of the quotation when there is no cue
 * @param content what was said
 * @param origin which syntax found it
 * @param boundary offset where this candidate's own clause starts (a comma, "while"), or -1 when it
 *     is part of a clause another candidate reports
 */
record Candidate(List<Word> speaker, String cue, int cueAt, Span content, Origin origin, int boundary) {
  /** The syntax that produced a candidate. */
  enum Origin {
    /** “…,” Kovac said. / Kovac said: “…” */
    QUOTE,
    /** Kovac said (that) … */
    REPORTED,
    /** …, Kovac said. */
    POSTPOSED,
    /** according to Kovac, … */
    ACCORDING,
    /** the 90,000 estimated by Kovac: a figure's phrase credited by a participle, inside whatever else holds it */
    CREDITED,
    /** A quotation standing alone, credited to the latest speaker. */
    CONTINUED,
    /** A sentence subject that says nothing but may be what a later "he" points at. */
    MENTION
  }

  Candidate {
    speaker = List.copyOf(speaker);
  }

  Candidate withContent(Span newContent) {
    return new Candidate(speaker, cue, cueAt, newContent, origin, boundary);
  }

  /** Where the speaker phrase starts, else the cue: the order in which speakers are read. */
  int readAt() {
    return speaker.isEmpty() ? cueAt : Math.min(speaker.get(0).start(), cueAt);
  }
}
