package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in another article, the claim a denial answers when the denial's own article carries
 * none: "The ministry denied that any convoy had been held up." answers "The Hill Aid Network
 * accused border guards of holding nine of its trucks …" published the same day elsewhere. The
 * denied predicate is compared through {@link WordGroups} (held ~ holding, convoy ~ trucks).
 */
final class OtherArticleClaims {
  /** Shared words a claim in another article needs to be the one a denial answers. */
  static final int MIN_SHARED_ACROSS = 3;
  /** As {@link #MIN_SHARED_ACROSS} for an accusation ("accused the police of holding its trucks"). */
  static final int MIN_SHARED_ACCUSATION = 2;
  /** Articles further apart than this report different moments. */
  static final long MAX_DAYS_APART = 7;

  private final Set<String> stopWords;
  private final WordGroups groups;
  private final CuePatterns disputeCues;
  private final CuePatterns claimMarkers;
  private final CuePatterns accusations;

  /**
   * {@code stopWords}: the rule's own {@code topic-stopwords} set, the very instance its other readers
   * pass to {@link ArticleView#contentWords}, so that a sentence's content words are read once for all.
   */
  OtherArticleClaims(Lexicon lexicon, Set<String> stopWords, WordGroups groups, CuePatterns disputeCues, CuePatterns claimMarkers) {
    this.stopWords = stopWords;
    this.groups = groups;
    this.disputeCues = disputeCues;
    this.claimMarkers = claimMarkers;
    this.accusations = CuePatterns.from(lexicon, "accusation-cues");
  }

  /**
   * In another article of the same days, the claim a denial answers: a claim ("accused", "said
   * to") sharing at least {@link #MIN_SHARED_ACROSS} words of the denied predicate, or
   * {@link #MIN_SHARED_ACCUSATION} for an accusation.
   */
  Optional<Side> answered(List<ArticleView> views, ArticleView home, String denied) {
    Set<String> topic = groups.canonical(Texts.contentWords(denied, stopWords)); // word-group forms, read once
    long[] topicBits = new long[topic.size()];
    int k = 0;
    for (String t : topic) {
      topicBits[k++] = Texts.stemBit(t);
    }
    int fewest = Math.min(MIN_SHARED_ACCUSATION, MIN_SHARED_ACROSS);
    Side best = null;
    int bestShared = 0;
    for (ArticleView view : views) {
      if (view == home || !view.closeInTime(home, MAX_DAYS_APART)) {
        continue;
      }
      List<Sentence> sentences = view.sentences();
      long[] stemBits = view.stemBits(stopWords, groups);
      for (int i = 0; i < stemBits.length; i++) {
        // Most sentences share too few stems with the topic to tell by their masks: no word of them is compared.
        int bound = Texts.overlapBound(topicBits, stemBits[i]);
        if (bound <= bestShared || bound < fewest) {
          continue;
        }
        Sentence s = sentences.get(i);
        int shared = Texts.overlap(topic, view.groupedWords(s, stopWords, groups).words());
        // The cue patterns run only on a sentence that shares enough words: most share none.
        if (shared <= bestShared || shared < fewest) {
          continue;
        }
        int needed = shared >= MIN_SHARED_ACROSS || !accusations.matches(s.text()) ? MIN_SHARED_ACROSS : MIN_SHARED_ACCUSATION;
        if (shared >= needed && claimMarkers.matches(s.text()) && !disputeCues.matches(s.text())) {
          best = new Side(view, s);
          bestShared = shared;
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
