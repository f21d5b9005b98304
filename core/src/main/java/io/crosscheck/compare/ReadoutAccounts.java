package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Treats statements and readouts by governments and offices as one party's account of an event,
 * so an event's accounts can be compared and a missing one noticed.
 *
 * <p>"“The minister stressed the need for calm,” the ministry said in a statement after the
 * meeting." starts an account by "the ministry"; a following "The statement also said …" or
 * "According to the readout, …" continues it; "Kovac met Dorn on Monday." is no account.
 */
final class ReadoutAccounts {
  /** Readouts given before the "did not release a readout" remark are what it contrasts with. */
  private static final double BEFORE_BONUS = 2;
  /** "The statement also said", "According to the readout,", "It said", "the readout said". */
  private static final Pattern CONTINUES = Pattern.compile(
      "(?i)^\\s*(?:(?:the|that|its) (?:statement|readout|read-out)\\b|according to (?:the|its) (?:statement|readout)|it (?:also )?said\\b)"
          + "|(?i)\\bthe (?:statement|readout) (?:also )?said\\b");

  /** One party's account of an event: its opening readout sentence and the sentences that continue it. */
  record Account(ArticleView view, String party, List<Sentence> sentences) {
    Account {
      sentences = List.copyOf(sentences);
    }
  }

  private final CuePatterns readoutNouns;
  private final CuePatterns missingReadoutCues;

  ReadoutAccounts(Lexicon lexicon) {
    this.readoutNouns = CuePatterns.from(lexicon, "readout-nouns");
    this.missingReadoutCues = CuePatterns.from(lexicon, "missing-readout-cues");
  }

  /** True when the sentence reports a statement or readout with its words quoted. */
  boolean isReadout(ArticleView view, Sentence s) {
    return readoutNouns.matches(s.text()) && view.hasQuote(s) && !missingReadoutCues.matches(s.text());
  }

  /**
   * True when the sentence announces a statement or readout whose words may follow: "The ministry
   * released a video statement in which the envoy rejected the plan." before the quoted statement.
   */
  private boolean announcesReadout(Sentence s) {
    return readoutNouns.matches(s.text()) && !missingReadoutCues.matches(s.text());
  }

  /** The accounts in one article, in reading order. */
  List<Account> accounts(ArticleView view) {
    List<Account> out = new ArrayList<>();
    List<Sentence> current = new ArrayList<>();
    String party = null;
    for (Sentence s : view.sentences()) {
      if (!current.isEmpty() && CONTINUES.matcher(s.text()).find()) {
        current.add(s);
        continue;
      }
      if (isReadout(view, s)) {
        if (!current.isEmpty()) {
          out.add(new Account(view, party, current));
        }
        current = new ArrayList<>(List.of(s));
        party = view.party(s);
        continue;
      }
      if (!current.isEmpty()) {
        out.add(new Account(view, party, current));
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      out.add(new Account(view, party, current));
    }
    return out;
  }

  /**
   * The readout sentence nearest to sentence {@code cue} in its article, earlier ones first; a
   * sentence announcing a statement counts when quoted words follow it.
   */
  Optional<Sentence> nearest(ArticleView view, int cue) {
    List<Sentence> sentences = view.sentences();
    Sentence best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      boolean quotedNext = i + 1 < sentences.size() && i + 1 != cue && view.hasQuote(sentences.get(i + 1));
      if (i == cue || !(isReadout(view, s) || (quotedNext && announcesReadout(s)))) {
        continue;
      }
      double score = (i < cue ? BEFORE_BONUS : 0) - 0.1 * Math.abs(cue - i);
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }
}
