package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds "it has happened" against "it has not happened" about one step, within or across
 * articles: "the army had already begun a slower phase" vs "the shift to that phase has not yet
 * been implemented"; "the mediators said the rebels agreed to a pause" vs "nothing was agreed".
 * Cues come from the {@code progress-cues} lexicon (kinds DONE, NOT_DONE); a sentence with both
 * ("agreed to study it. Nothing was agreed") is NOT_DONE.
 *
 * <p>The two sentences must share at least {@link #MIN_SHARED} topic words, counting the sentence
 * before each one, because the second side often says only "this phase"; and the two sentences
 * themselves must share one.
 */
final class ProgressDisputes {
  static final int MIN_SHARED = 3;
  /** Claims about one step made further apart than this are about different moments. */
  static final long MAX_DAYS_APART = 7;

  private record Step(Side side, Set<String> own, Set<String> topic) {}

  private final CuePatterns done;
  private final CuePatterns notDone;
  private final Set<String> stopWords;

  ProgressDisputes(Lexicon lexicon) {
    Lexicon split = Lexicon.of(java.util.Map.of(
        "done", kind(lexicon, "DONE"), "not-done", kind(lexicon, "NOT_DONE")));
    this.done = CuePatterns.from(split, "done");
    this.notDone = CuePatterns.from(split, "not-done");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
  }

  private static List<String> kind(Lexicon lexicon, String kind) {
    List<String> out = new ArrayList<>();
    for (String entry : lexicon.entries("progress-cues")) {
      if (entry.endsWith("|" + kind)) {
        out.add(entry.substring(0, entry.length() - kind.length() - 1));
      }
    }
    return out;
  }

  List<AccountDisputeRule.Dispute> find(List<ArticleView> views) {
    List<Step> doneSteps = new ArrayList<>();
    List<Step> pendingSteps = new ArrayList<>();
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        String text = sentences.get(i).text();
        boolean pending = notDone.matches(text);
        if (!pending && !done.matches(text)) {
          continue;
        }
        Set<String> own = Texts.contentWords(text, stopWords);
        Set<String> topic = new LinkedHashSet<>(own);
        if (i > 0) {
          topic.addAll(Texts.contentWords(sentences.get(i - 1).text(), stopWords));
        }
        (pending ? pendingSteps : doneSteps).add(new Step(new Side(view, sentences.get(i)), own, topic));
      }
    }
    List<AccountDisputeRule.Dispute> out = new ArrayList<>();
    for (Step d : doneSteps) {
      for (Step n : pendingSteps) {
        if (d.side().view().closeInTime(n.side().view(), MAX_DAYS_APART)
            && Texts.overlap(d.topic(), n.topic()) >= MIN_SHARED && Texts.overlap(d.own(), n.own()) >= 1) {
          out.add(new AccountDisputeRule.Dispute(d.side(), List.of(n.side()), false));
        }
      }
    }
    return out;
  }
}
