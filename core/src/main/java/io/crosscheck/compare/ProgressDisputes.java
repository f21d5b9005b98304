package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds "it has happened" against "it has not happened" about one step, within or across
 * articles: "the army had already begun a slower phase" vs "the move to that stage is still
 * to come"; "the mediators said the rebels had accepted the plan" vs "the plan was
 * presented, not agreed". Cues come from the {@code progress-cues} lexicon in two families
 * (DONE/NOT_DONE, AGREED/NOT_AGREED), paired only within a family.
 *
 * <p>A step ("already begun") is named by the lower-case words within {@link #STEP_WORDS} of its
 * cue, so place names never make two steps look alike; an agreement is about its parties, so names
 * count there. The two sides must share at least {@link #MIN_SHARED} words, counting the sentence
 * before each (the second side often says only "this phase"), and one side's own words must occur
 * in the other's. An agreement and a denial that each name what was (not) agreed must name the
 * same thing: "agreed to attend more talks" never answers "no agreement was reached on pay".
 */
final class ProgressDisputes {
  static final int MIN_SHARED = 3;
  /** Words either side of the cue that name the step. */
  static final int STEP_WORDS = 8;
  /** Claims about one step made further apart than this are about different moments. */
  static final long MAX_DAYS_APART = 7;
  /** "But", "However," or "Yet" opening a sentence that answers the one before. */
  static final Pattern CONTRAST = Pattern.compile("\\s*(?:But|However|Yet|Still)\\b");

  /** One family of cues: a positive and a negative list, and whether names count as shared words. */
  private record Family(CuePatterns positive, CuePatterns negative, boolean namesCount) {}

  private record Step(Side side, Set<String> own, Set<String> topic) {}

  private final List<Family> families;
  private final Set<String> stopWords;
  private final CommitmentDisputes commitments;

  ProgressDisputes(Lexicon lexicon) {
    Lexicon split = Lexicon.of(Map.of(
        "DONE", kind(lexicon, "DONE"), "NOT_DONE", kind(lexicon, "NOT_DONE"),
        "AGREED", kind(lexicon, "AGREED"), "NOT_AGREED", kind(lexicon, "NOT_AGREED")));
    this.families = List.of(
        new Family(CuePatterns.from(split, "DONE"), CuePatterns.from(split, "NOT_DONE"), false),
        new Family(CuePatterns.from(split, "AGREED"), CuePatterns.from(split, "NOT_AGREED"), true));
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
    this.commitments = new CommitmentDisputes(lexicon);
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
    List<AccountDisputeRule.Dispute> out = new ArrayList<>();
    for (Family family : families) {
      out.addAll(find(views, family));
    }
    return out;
  }

  private List<AccountDisputeRule.Dispute> find(List<ArticleView> views, Family family) {
    List<Step> positives = new ArrayList<>();
    List<Step> negatives = new ArrayList<>();
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        String text = sentences.get(i).text();
        Optional<CuePatterns.Hit> hit = family.negative().find(text);
        boolean negative = hit.isPresent();
        if (!negative) {
          hit = family.positive().find(text);
        }
        if (hit.isEmpty()) {
          continue;
        }
        String step = family.namesCount() ? text : Texts.around(text, hit.get().start(), hit.get().end(), STEP_WORDS);
        Set<String> own = words(step, family);
        Set<String> topic = new LinkedHashSet<>(own);
        if (i > 0 && contextCounts(family, sentences.get(i - 1).text(), text)) {
          topic.addAll(words(sentences.get(i - 1).text(), family));
        }
        (negative ? negatives : positives).add(new Step(new Side(view, sentences.get(i)), own, topic));
      }
    }
    List<AccountDisputeRule.Dispute> out = new ArrayList<>();
    for (Step d : positives) {
      for (Step n : negatives) {
        if (d.side().view().closeInTime(n.side().view(), MAX_DAYS_APART)
            && Texts.overlap(d.topic(), n.topic()) >= MIN_SHARED
            && (Texts.overlap(d.own(), n.topic()) >= 1 || Texts.overlap(d.topic(), n.own()) >= 1)
            && !(family.namesCount() && commitments.differentTopics(
                commitments.topicOf(d.side().text()), deniedTopic(n.side())))) {
          out.add(new AccountDisputeRule.Dispute(d.side(), List.of(n.side()), false));
        }
      }
    }
    return out;
  }

  /**
   * What a "not agreed" side names: its own words after the cue, else the question before it or
   * the quote after it. "insisted that nothing had been signed. “There was a conversation about
   * figures,” …" is about figures, never about attending talks.
   */
  private Set<String> deniedTopic(Side n) {
    Set<String> own = commitments.topicOf(n.text());
    return own.isEmpty() ? commitments.deniedTopic(n.view(), n.sentence()) : own;
  }

  private Set<String> words(String text, Family family) {
    return family.namesCount() ? Texts.contentWords(text, stopWords) : Texts.commonWords(text, stopWords);
  }

  /**
   * The sentence before counts as context, unless it states a step itself and this sentence does
   * not answer it ("But … had not yet happened" answers; "Separately, …" does not).
   */
  private static boolean contextCounts(Family family, String previous, String sentence) {
    boolean previousIsStep = family.positive().matches(previous) || family.negative().matches(previous);
    return !previousIsStep || CONTRAST.matcher(sentence).lookingAt();
  }
}
