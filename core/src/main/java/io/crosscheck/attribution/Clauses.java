package io.crosscheck.attribution;

import com.google.common.collect.ImmutableSet;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import java.util.List;

/**
 * Where reported clauses start and what they hold.
 *
 * <p>In {@code Veloria says the dam is safe, while Kastani officials say it is cracking} the second
 * clause starts at the comma ({@link #clauseStart}); {@code trimmed} strips the white space around a
 * content span and {@code enoughWords} refuses contents shorter than three words.
 */
final class Clauses {
  static final ImmutableSet<String> CONNECTORS = ImmutableSet.of("while", "but", "whereas", "and", "as",
      "although", "though", "yet", "where", "when", "because");
  static final ImmutableSet<String> RELATIVES = ImmutableSet.of("where", "when", "because");
  static final int MIN_CONTENT_WORDS = 3;

  private Clauses() {}


  /** The offset of ", while" / "; but" / "," before a speaker phrase, or -1 when none. */
  static int clauseStart(List<Word> w, int speakerFrom) {
    int k = speakerFrom - 1;
    for (int back = k; back > 0 && k - back < 3 && w.get(back).isWord(); back--) {
      if (back < k && CONNECTORS.contains(w.get(back).lower()) && w.get(back - 1).text().equals(",")) {
        k = back; // ", but within hours Kovac’s office denied": a short phrase after the connector
        break;
      }
    }
    if (k >= 0 && CONNECTORS.contains(w.get(k).lower())) {
      if (RELATIVES.contains(w.get(k).lower()) && PhraseGrammar.PRONOUNS.contains(w.get(speakerFrom).lower())) {
        return -1; // "..., where he said they faced": the same speaker goes on; not a new clause
      }
      k--;
    }
    int closer = -1;
    while (k > 0 && (w.get(k).text().equals("”") || w.get(k).text().equals("\""))) {
      closer = closer < 0 ? w.get(k).end() : closer; // the comma of “…,” sits inside the closing mark
      k--;
    }
    if (closer >= 0 && w.get(k).text().equals(",")) {
      return closer;
    }
    if (k >= 0 && (w.get(k).text().equals(",") || w.get(k).text().equals(";"))) {
      return w.get(k).start();
    }
    return -1;
  }


  /** "quoted one analyst, Ivo Stern, as saying": "quoted" within eight words before the cue. */
  static boolean quotedBefore(List<Word> w, int cue) {
    for (int k = cue - 2; k >= 0 && cue - k <= 8; k--) {
      if (w.get(k).is("quoted")) {
        return true;
      }
    }
    return false;
  }

  static int lastComma(List<Word> w, Phrase p) {
    for (int k = p.to() - 2; k > p.from(); k--) {
      if (w.get(k).text().equals(",")) {
        return k;
      }
    }
    return -1;
  }

  /** Offset inside the phrase of its first word after determiners: 1 in "A statement issued by ...". */
  static int firstNoun(List<Word> w, Phrase p) {
    int k = 0;
    while (p.from() + k < p.to() - 1 && (w.get(p.from() + k).is("a") || w.get(p.from() + k).is("an")
        || w.get(p.from() + k).is("the"))) {
      k++;
    }
    return k;
  }

  static Phrase phraseOf(List<Word> w, Candidate c) {
    if (c.speaker().isEmpty()) {
      return new Phrase(0, 0);
    }
    int from = w.indexOf(c.speaker().get(0));
    return from < 0 ? new Phrase(0, 0) : new Phrase(from, from + c.speaker().size());
  }

  static boolean isOpeningMark(Word t) {
    return t.text().equals("“") || t.text().equals("\"") || t.text().equals("‘");
  }

  static boolean enoughWords(SegmentedText text, Span content) {
    return Phrases.hasWords(text.body(), content, MIN_CONTENT_WORDS);
  }


  /** {@code [start, end)} without surrounding white space and quotation marks left dangling. */
  static Span trimmed(String body, int start, int end) {
    int s = start;
    int e = Math.max(start, end);
    while (s < e && Character.isWhitespace(body.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
      e--;
    }
    return Span.of(s, e);
  }
}
