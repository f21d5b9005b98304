package io.crosscheck.compare;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Sentence;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two claims set against each other by a cue-less rule ({@link ContraryClaims}, {@link
 * ScopeDisputes}): the sentences they stand in, and one key per pair of parties and pair of articles.
 */
final class ClaimPairs {
  /** The sentences of the first and the second claim. */
  record Sentences(Sentence first, Sentence second) {}

  private ClaimPairs() {}

  /**
   * The two claims' sentences; empty when either is missing, both are one sentence, or another
   * rule already set both sentences against something ({@code alreadyDisputed}).
   */
  static Optional<Sentences> sentences(Map<String, ArticleView> views, Claim a, Claim b, Set<Sentence> alreadyDisputed) {
    Optional<Sentence> sa = views.get(a.article()).article().text().sentenceAt(a.span().start());
    Optional<Sentence> sb = views.get(b.article()).article().text().sentenceAt(b.span().start());
    if (sa.isEmpty() || sb.isEmpty() || sa.get() == sb.get()
        || alreadyDisputed.contains(sa.get()) && alreadyDisputed.contains(sb.get())) {
      return Optional.empty();
    }
    return Optional.of(new Sentences(sa.get(), sb.get()));
  }

  /** One finding per pair of parties and pair of articles, whichever claim comes first. */
  static String key(Claim a, Claim b) {
    return Texts.unorderedPair(a.party(), b.party()) + "|" + Texts.unorderedPair(a.article(), b.article());
  }
}
