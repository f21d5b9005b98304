package io.crosscheck.link;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts articles that may report one news event into the same block, so that cross-article checks
 * compare articles within a block and never every pair of a batch. This is the one place where
 * blocking happens: a finer event key (who, what, where) replaces {@link #keys} and every check
 * follows.
 *
 * <p>Today's key is the publication window: days are cut into windows of {@value #WINDOW_DAYS}
 * days and an article joins its own window and the next, so two articles at most that many days
 * apart always share a block (the checks compare accounts at most a week apart). An article
 * published 2025-03-12 (epoch day 20159) has keys {@code d671} and {@code d672}. An undated
 * article may report any of them, as an unknown date separates nothing: it joins every block (key
 * {@code undated}), so {@code u} undated articles among {@code n} cost {@code u·n} comparisons.
 *
 * <p>Cost: keys are a pure function of one article, computed in constant time; a block of {@code
 * b} articles costs the checks what a batch of {@code b} did before, so a batch costs the sum over
 * blocks, not the square of its size.
 */
public final class EventBlocker {
  /** Articles at most this many days apart are always in one block. */
  public static final int WINDOW_DAYS = 30;
  private static final String UNDATED = "undated";

  public EventBlocker(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
  }

  /**
   * The block keys of one article: a pure function of the article, so it can run where the article
   * is analysed (a thread, a Beam worker).
   */
  public Set<String> keys(AnalysedArticle article) {
    Optional<LocalDate> published = article.article().published();
    if (published.isEmpty()) {
      return Set.of(UNDATED);
    }
    long window = Math.floorDiv(published.get().toEpochDay(), WINDOW_DAYS);
    return new TreeSet<>(List.of("d" + window, "d" + (window + 1)));
  }

  /** True for the key of articles that join every block. */
  public static boolean joinsEveryBlock(String key) {
    return UNDATED.equals(key);
  }

  /**
   * Groups articles into blocks, each in batch order, blocks ordered by key; undated articles join
   * every block; a block holding the same articles as an earlier one is left out.
   */
  public List<List<AnalysedArticle>> group(List<AnalysedArticle> articles) {
    Map<String, List<Integer>> members = new LinkedHashMap<>();
    List<Integer> everywhere = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String k : keys(articles.get(i))) {
        if (joinsEveryBlock(k)) {
          everywhere.add(i);
        } else {
          members.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
      }
    }
    if (members.isEmpty() && !everywhere.isEmpty()) {
      members.put(UNDATED, new ArrayList<>());
    }
    for (List<Integer> m : members.values()) {
      m.addAll(everywhere);
      m.sort(null);
    }
    List<List<AnalysedArticle>> out = new ArrayList<>();
    Set<List<Integer>> seen = new HashSet<>();
    new TreeMap<>(members).forEach((k, idx) -> {
      if (seen.add(idx)) { // a quiet stretch: "d671" and "d672" hold the same articles
        List<AnalysedArticle> block = new ArrayList<>();
        idx.forEach(i -> block.add(articles.get(i)));
        out.add(block);
      }
    });
    return out;
  }
}
