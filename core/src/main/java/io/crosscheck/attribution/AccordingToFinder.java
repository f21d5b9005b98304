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
  private final CueLexicon lexicon;

  AccordingToFinder(SpeakerLocator locator, CueLexicon lexicon) {
    this.locator = locator;
    this.lexicon = lexicon;
  }

  /**
   * "according to X, …", "…, according to X.", "…, who according to X are …"; and the same with
   * "per" ("…, per Velpress."). {@code i}: the cue's first word; {@code cueWords}: its length in words.
   */
  Optional<Candidate> find(SegmentedText text, Sentence s, List<Word> w, int i, int cueWords, QuoteMap quoted) {
    Optional<Phrase> speaker = locator.after(w, i + cueWords);
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    Phrase p = speaker.get();
    int opening = openingComma(w, i, p);
    if (opening > 0) {
      // "According to the amended figures issued late on Sunday by the ORA, …": the words up to the
      // comma belong to the source; a maker named after "from"/"by" is the source.
      p = makerBefore(w, p, opening).orElse(p);
    } else if (i > 0 && w.get(i - 1).text().equals(",")) {
      // "…, according to figures shared with Velpress on Tuesday by two Korvel sources.": the maker
      // named after "by" at the sentence's end is the source, not the subject of the clause before.
      p = makerBefore(w, p, closingEnd(w)).orElse(p);
    }
    Phrase owner = p;
    if (i > 0 && w.get(i - 1).text().equals(",") && isBareDocument(w, p)) {
      // "The rescue service reported damage, according to a statement.": the subject issued it.
      owner = locator.subject(w).filter(ph -> ph.size() > 0 && ph.to() < i).orElse(p);
    }
    List<Word> speakerWords = w.subList(owner.from(), owner.to());
    int cueAt = w.get(i).start();
    Span content;
    int boundary = -1;
    boolean atEnd = p.to() >= w.size() || !w.get(p.to()).isWord() && !w.get(p.to()).text().equals(",");
    boolean commaBefore = i > 0 && w.get(i - 1).text().equals(",");
    boolean mainClauseBefore = commaBefore && w.get(0).isCapitalised() && !w.get(0).lower().endsWith("ing")
        && !w.get(0).is("according") && !w.get(0).is("per");
    Optional<Quotation> quoteBefore = i > 0 && !w.get(i - 1).isWord() ? quoted.endingAt(w.get(i - 1).end())
        : Optional.empty();
    if (quoteBefore.isPresent() && quoteBefore.get().inner().in(text.body()).strip().endsWith(",")) {
      // “Talks were useful,” according to the ministry. — the quotation is the content.
      content = quoteBefore.get().inner();
      commaBefore = true;
    } else if (commaBefore && (atEnd || mainClauseBefore)
        && Clauses.enoughWords(text, Clauses.trimmed(text.body(), s.start(), w.get(i - 1).start()))) {
      // "… reported flooding in Tarn, but nobody hurt, according to a statement": the subject's own statement covers both.
      int from = owner == p ? contrastedClause(w, i - 1) : -1;
      content = Clauses.trimmed(text.body(), from > 0 ? w.get(from).start() : s.start(), w.get(i - 1).start());
      boundary = from > 0 ? w.get(from - 2).start() : boundary; // the first clause's own cue ends at the contrast
    } else if (opening > 0 && opening + 1 < w.size()) {
      content = Clauses.trimmed(text.body(), w.get(pastParticiplePhrase(w, opening + 1)).start(), s.end());
    } else if (commaAfter(w, p.to()) >= 0 && commaAfter(w, p.to()) + 1 < w.size()) {
      // "However, according to the ministry, 40 people died": a connective before the cue is no clause;
      // "according to a post by a Velpress reporter, Renn said …": a word the phrase left out may precede the comma;
      // "according to the final figures, published on Tuesday, turnout was …": a participle phrase is skipped.
      content = Clauses.trimmed(text.body(), w.get(pastParticiplePhrase(w, commaAfter(w, p.to()) + 1)).start(), s.end());
    } else {
      content = Clauses.trimmed(text.body(), s.start(), s.end());
    }
    if (boundary < 0) {
      boundary = commaBefore && quoteBefore.isEmpty() ? w.get(i - 1).start() : -1;
    }
    return Clauses.enoughWords(text, content)
        ? Optional.of(new Candidate(speakerWords, cueWords == 1 ? w.get(i).lower() : "according to", cueAt, content,
            Origin.ACCORDING, boundary))
        : Optional.empty();
  }

  /** Words that open a clause set against the one before it: "…, while the hearing was set for 4pm". */
  private static final java.util.Set<String> CONTRASTING = java.util.Set.of("while", "whereas", "but");

  /**
   * "The agency confirmed the visa was revoked, while the hearing was set for 4pm, according to
   * court documents": where a clause set against a first one that has its own speech cue begins
   * before {@code comma}, the index of its first word; else -1. The documents say only the second.
   */
  private int contrastedClause(List<Word> w, int comma) {
    for (int b = comma - 2; b >= 2; b--) {
      if (w.get(b).text().equals(",") && CONTRASTING.contains(w.get(b + 1).lower())) {
        for (int k = 1; k < b; k++) {
          if (lexicon.verbs().cueLength(w, k) > 0) {
            return b + 2;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** Words after a first "according to X" that may open a second, parallel count: "and", "while". */
  private static final java.util.Set<String> COORDINATORS = java.util.Set.of("and", "while", "whereas", "but", "against");
  /** The most words between such a coordinator and the second "according to": "and 3 million". */
  private static final int MAX_COORDINATE = 8;

  /**
   * "40 died according to A and 55 according to B": the second count, with no comma before its cue,
   * is the words between the coordinator that follows the first source and the second cue.
   */
  Candidate coordinated(SegmentedText text, List<Word> w, int firstEnd, int cue, Candidate c) {
    int k = firstEnd;
    while (k < cue && w.get(k).text().equals(",")) {
      k++;
    }
    if (k >= cue || !COORDINATORS.contains(w.get(k).lower()) || cue - k - 1 > MAX_COORDINATE || cue - k < 2
        || w.get(cue - 1).text().equals(",")) {
      return c;
    }
    Span content = Clauses.trimmed(text.body(), w.get(k + 1).start(), w.get(cue - 1).end());
    return new Candidate(c.speaker(), c.cue(), c.cueAt(), content, c.origin(), w.get(k).start());
  }

  /** Words of the source phrase the speaker scan may leave before its comma: "reporter" in "by a Velpress reporter,". */
  private static final int MAX_LEFT_OUT = 2;

  /** The index of the comma at {@code from} or after at most {@link #MAX_LEFT_OUT} lower-case words, else -1. */
  private static int commaAfter(List<Word> w, int from) {
    for (int k = from; k < w.size() && k - from <= MAX_LEFT_OUT; k++) {
      if (w.get(k).text().equals(",")) {
        return k;
      }
      if (!w.get(k).isWord() || w.get(k).isCapitalised() || k == from + MAX_LEFT_OUT) {
        return -1;
      }
    }
    return -1;
  }

  /** The most tokens between a sentence-opening "According to X" and the comma closing it. */
  private static final int MAX_OPENING = 14;

  /**
   * The comma closing a sentence-opening "According to X …," ("According to the report updated on
   * Sunday from the ORA, …"), when more than the phrase's own words precede it; else -1.
   */
  private static int openingComma(List<Word> w, int cue, Phrase p) {
    int start = SubjectFinder.skipDateline(w);
    if (cue != start || p.to() >= w.size() || w.get(p.to()).text().equals(",")) {
      return -1;
    }
    for (int k = p.to(); k < w.size() && k - cue <= MAX_OPENING; k++) {
      String t = w.get(k).text();
      if (t.equals(",")) {
        return k;
      }
      if (!w.get(k).isWord() && !t.equals("(") && !t.equals(")") && !t.equals("'") && !t.equals("’")) {
        return -1;
      }
    }
    return -1;
  }

  /** A maker named after "from"/"by" between the document phrase and the comma: "… from the ORA,". */
  private Optional<Phrase> makerBefore(List<Word> w, Phrase p, int comma) {
    if (!isDocumentHead(w, p)) {
      return Optional.empty();
    }
    for (int k = p.to(); k + 1 < comma; k++) {
      if (w.get(k).is("from") || w.get(k).is("by")) {
        return locator.after(w, k + 1).filter(m -> m.to() == comma || m.to() + 2 >= comma);
      }
    }
    return Optional.empty();
  }

  /** The index just past a sentence's last word: its closing mark's, or the end. */
  private static int closingEnd(List<Word> w) {
    int end = w.size();
    while (end > 0 && !w.get(end - 1).isWord()) {
      end--;
    }
    return end;
  }

  private boolean isDocumentHead(List<Word> w, Phrase p) {
    Word head = w.get(p.to() - 1);
    return !head.isCapitalised() && lexicon.isDocument(head);
  }

  /** The most words of a participle phrase set off after the source: ", published on Tuesday,". */
  private static final int MAX_PARTICIPLE_PHRASE = 8;

  /** Past a participle phrase closed by a comma starting at {@code from} ("published on Tuesday,"), else {@code from}. */
  private static int pastParticiplePhrase(List<Word> w, int from) {
    Word first = w.get(from);
    if (!first.isWord() || first.isCapitalised() || !first.lower().endsWith("ed")) {
      return from;
    }
    for (int k = from + 1; k + 1 < w.size() && k - from <= MAX_PARTICIPLE_PHRASE; k++) {
      if (w.get(k).text().equals(",")) {
        return k + 1;
      }
    }
    return from;
  }

  /** "a statement", "the report": a document with no maker named beside it. */
  private boolean isBareDocument(List<Word> w, Phrase p) {
    List<Word> words = Phrases.withoutDeterminer(w.subList(p.from(), p.to()));
    return words.size() == 1 && !words.get(0).isCapitalised() && lexicon.isDocument(words.get(0));
  }
}
