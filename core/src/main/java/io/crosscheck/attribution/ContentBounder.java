package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.internal.SortedLists;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes candidates in one article agree on who owns which words.
 *
 * <ul>
 *   <li>{@code Veloria claims X, while Kovac says Y}: the first content stops at ", while".
 *   <li>{@code The official said Kovac told him that X}: the inner "told" is part of what the official
 *       said, so it is dropped (the reporting source owns the statement).
 *   <li>{@code Kovac also called for talks: “We are ready.”}: the reported content stops where the
 *       quotation starts.
 *   <li>{@code Wardens put it at 8,000, short of the 90,000 estimated by the guild}: a figure credited by
 *       a participle keeps its own speaker inside the police's words.
 *   <li>Two candidates with the same content keep the first.
 * </ul>
 */
final class ContentBounder {

  List<Candidate> bound(List<Candidate> candidates, SegmentedText text) {
    List<Candidate> all = new ArrayList<>(candidates);
    all.sort(Comparator.comparingInt(Candidate::cueAt).thenComparingInt(c -> c.content().start()));
    boolean[] dropped = new boolean[all.size()];
    for (int r = 0; r < all.size(); r++) {
      if (dropped[r]) {
        continue;
      }
      Candidate outer = all.get(r);
      if (outer.origin() == Origin.QUOTE || outer.origin() == Origin.CONTINUED || outer.origin() == Origin.CREDITED) {
        continue;
      }
      // Candidates are sorted by cue, so only those whose cue falls inside this content are visited.
      for (int s = firstCueAtOrAfter(all, outer.content().start()); s < all.size()
          && all.get(s).cueAt() < all.get(r).content().end(); s++) {
        outer = all.get(r);
        Candidate inner = all.get(s);
        if (s == r || dropped[s] || !outer.content().contains(inner.cueAt())) {
          continue;
        }
        boolean sameSentence = text.sentenceAt(inner.cueAt()).equals(text.sentenceAt(outer.cueAt()));
        int cut = inner.boundary();
        if (isRelative(text, inner)) {
          continue; // "at what Veloria claims was an attack": the writer's aside, not reported speech
        }
        if (inner.origin() == Origin.CREDITED) {
          continue; // "wardens put it at 8,000, short of the 90,000 estimated by the guild": the figure's own credit
        }
        if (sameSentence && cut > outer.content().start() && cut > outer.cueAt()
            && Phrases.hasWords(text.body(), Span.of(outer.content().start(), cut), 2)) {
          Candidate shortened = outer.withContent(Span.of(outer.content().start(), Math.min(cut, outer.content().end())));
          all.set(r, shortened);
          outer = shortened;
        } else {
          dropped[s] = true;
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Candidate c = all.get(i);
      if (c.origin() != Origin.QUOTE && c.origin() != Origin.CONTINUED
          && !Phrases.hasWords(text.body(), c.content(), 2) && !Clauses.isFigure(text.body(), c.content())) {
        dropped[i] = true;
      }
      if (c.origin() == Origin.REPORTED && isRelative(text, c) && cueEndsClause(text, c)) {
        dropped[i] = true; // "double what Velpress reported, standing at 80,000": "what" is all the cue reports
      }
    }
    Set<Span> seen = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Candidate c = all.get(i);
      if (!dropped[i] && !seen.contains(c.content()) && c.content().length() > 0) {
        seen.add(c.content());
        out.add(c);
      }
    }
    return out;
  }

  private static int firstCueAtOrAfter(List<Candidate> sorted, int offset) {
    return SortedLists.firstAbove(sorted, Candidate::cueAt, offset, true);
  }

  /** Whether punctuation follows the candidate's cue: {@code what Velpress reported, standing at}. */
  private static boolean cueEndsClause(SegmentedText text, Candidate c) {
    int end = c.cueAt() + c.cue().length();
    while (end < text.body().length() && text.body().charAt(end) == ' ') {
      end++;
    }
    return end < text.body().length() && ",.;".indexOf(text.body().charAt(end)) >= 0;
  }

  /** Whether the candidate's speaker follows "what" or "which": {@code at what Veloria claims was}. */
  private static boolean isRelative(SegmentedText text, Candidate c) {
    if (c.speaker().isEmpty()) {
      return false;
    }
    int at = c.speaker().get(0).start();
    String before = text.body().substring(Math.max(0, at - 6), at).strip().toLowerCase(Locale.ROOT);
    return before.endsWith("what") || before.endsWith("which");
  }
}
