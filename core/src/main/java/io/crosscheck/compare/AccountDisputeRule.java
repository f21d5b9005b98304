package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flags one party contradicting, denying or re-characterising another party's account
 * (ACCOUNT_DISPUTE), pairing the disputing sentence with the account it answers.
 *
 * <p>"The ministry said Kovac called the talks “a breakthrough”." followed by "Asked whether this
 * account was accurate, an aide said Kovac called them “useful”." gives one HIGH finding whose
 * evidence is those two sentences. Cues come from the {@code dispute-cues} lexicon list; "it has
 * already begun" against "it has not yet been implemented" comes from {@link ProgressDisputes}.
 */
final class AccountDisputeRule implements Check {
  /** How far back a "this account" cue may point. */
  private static final int PREVIOUS_WINDOW = 4;
  /** How far back a named topic ("claims of X involvement") may be looked for. */
  private static final int TOPIC_WINDOW = 10;

  private final CuePatterns disputeCues;
  private final CuePatterns claimMarkers;
  private final Set<String> stopWords;
  private final ProgressDisputes progress;

  AccountDisputeRule(Lexicon lexicon) {
    this.disputeCues = CuePatterns.from(lexicon, "dispute-cues");
    this.claimMarkers = CuePatterns.from(lexicon, "claim-markers");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
    this.progress = new ProgressDisputes(lexicon);
  }

  @Override
  public List<Finding> check(Batch batch) {
    List<Finding> out = new ArrayList<>();
    List<ArticleView> views = ArticleView.of(batch.articles());
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        Optional<CuePatterns.Hit> hit = disputeCues.find(s.text());
        if (hit.isEmpty()) {
          continue;
        }
        Optional<Sentence> account = "TOPIC".equals(hit.get().kind())
            ? topicAccount(view, i, s.text().substring(hit.get().end()))
            : previousAccount(view, i);
        account.ifPresent(a -> out.add(finding(view, a, s, "TOPIC".equals(hit.get().kind()))));
      }
    }
    out.addAll(progress.find(views));
    return out;
  }

  /** The account a "this account" cue answers: a recent quoted or claimed statement sharing words. */
  private Optional<Sentence> previousAccount(ArticleView view, int cue) {
    Set<String> cueWords = Texts.contentWords(view.sentences().get(cue).text(), stopWords);
    return Candidates.bestBefore(view.sentences(), cue, PREVIOUS_WINDOW, 0.4, 0.5, s ->
        2.0 * Math.min(2, claimMarkers.count(s.text())) + (view.hasQuote(s) ? 1 : 0)
            + Texts.overlap(cueWords, Texts.contentWords(s.text(), stopWords)));
  }

  /** The account carrying the claim named after the cue ("… of claims of Iranian involvement"). */
  private Optional<Sentence> topicAccount(ArticleView view, int cue, String afterCue) {
    Set<String> topic = Texts.contentWords(afterCue, stopWords);
    if (topic.isEmpty()) {
      return previousAccount(view, cue);
    }
    return Candidates.bestBefore(view.sentences(), cue, TOPIC_WINDOW, 2.5, 0.5, s -> {
      int shared = Texts.overlap(topic, Texts.contentWords(s.text(), stopWords));
      return shared == 0 ? Double.NEGATIVE_INFINITY
          : 3.0 * shared + 2.0 * Math.min(2, claimMarkers.count(s.text())) + (view.hasQuote(s) ? 1 : 0);
    });
  }

  private static Finding finding(ArticleView view, Sentence account, Sentence dispute, boolean byTopic) {
    String summary = Parties.capitalise(view.party(account)) + " gives an account (" + Texts.clip(account.text(), 90)
        + "); " + view.party(dispute) + (byTopic ? " does not back it" : " disputes it") + " ("
        + Texts.clip(dispute.text(), 90) + ")";
    return new Finding("", FindingType.ACCOUNT_DISPUTE, byTopic ? Severity.MEDIUM : Severity.HIGH, summary,
        List.of(view.evidence(account), view.evidence(dispute)));
  }
}
