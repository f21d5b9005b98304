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
 * Finds "it has happened" against "it has not happened" about one step, within or across
 * articles: "the army had already begun a slower phase" vs "the shift to that phase has not yet
 * been implemented". Cues come from the {@code progress-cues} lexicon (kinds DONE, NOT_DONE).
 *
 * <p>The two sentences must share at least {@link #MIN_SHARED} topic words, counting the sentence
 * before each one, because the second side often says only "this phase"; and the two sentences
 * themselves must share one.
 */
final class ProgressDisputes {
  static final int MIN_SHARED = 3;

  private record Side(ArticleView view, Sentence sentence, Set<String> own, Set<String> topic) {}

  private final CuePatterns cues;
  private final Set<String> stopWords;

  ProgressDisputes(Lexicon lexicon) {
    this.cues = CuePatterns.from(lexicon, "progress-cues");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
  }

  List<Finding> find(List<ArticleView> views) {
    List<Side> done = new ArrayList<>();
    List<Side> notDone = new ArrayList<>();
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Optional<CuePatterns.Hit> hit = cues.find(sentences.get(i).text());
        if (hit.isEmpty()) {
          continue;
        }
        Set<String> own = Texts.contentWords(sentences.get(i).text(), stopWords);
        Set<String> topic = new java.util.LinkedHashSet<>(own);
        if (i > 0) {
          topic.addAll(Texts.contentWords(sentences.get(i - 1).text(), stopWords));
        }
        Side side = new Side(view, sentences.get(i), own, topic);
        (hit.get().kind().equals("DONE") ? done : notDone).add(side);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Side d : done) {
      for (Side n : notDone) {
        if (d.sentence() != n.sentence() && Texts.overlap(d.topic(), n.topic()) >= MIN_SHARED
            && Texts.overlap(d.own(), n.own()) >= 1) {
          out.add(finding(d, n));
        }
      }
    }
    return out;
  }

  private static Finding finding(Side done, Side notDone) {
    String summary = Parties.capitalise(done.view().party(done.sentence())) + " says it has happened ("
        + Texts.clip(done.sentence().text(), 90) + "); " + notDone.view().party(notDone.sentence())
        + " says it has not (" + Texts.clip(notDone.sentence().text(), 90) + ")";
    return new Finding("", FindingType.ACCOUNT_DISPUTE, Severity.MEDIUM, summary,
        List.of(done.view().evidence(done.sentence()), notDone.view().evidence(notDone.sentence())));
  }
}
