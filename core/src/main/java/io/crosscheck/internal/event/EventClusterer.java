package io.crosscheck.internal.event;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The per-block half of event clustering: articles that share a blocking key are compared, the
 * pairs that report one event are linked, and linked articles form one event.
 *
 * <p>Two articles dated a day apart that both keep naming Kovac, Dorn and Valen are one event; a
 * flood in Valen and a flood in Osk on the same day share no name and are two; an undated article
 * joins the event whose names and lead words it shares, and never "every event" for lack of a
 * date. Nothing compares articles outside a block, so the work grows with the size of a block.
 */
public final class EventClusterer {
  /** Articles published further apart than this report different events (a visit in May, another in June). */
  static final long MAX_DAYS_APART = 21;
  /** Names salient in one article and mentioned in the other that make two articles one event. */
  static final int MIN_SHARED_NAMES = 2;
  /** Lead topics that, with one shared name (or none on either side and the same day), make one event. */
  static final int MIN_SHARED_WORDS = 2;

  /** Two articles linked as one event, by id; {@code first} is the earlier in the batch. */
  public record Link(String first, String second) {}

  /** Articles grouped by blocking key, keys in sorted order and articles in batch order: the GroupByKey step. */
  public static Map<String, List<ArticleKeys>> blocks(List<ArticleKeys> articles) {
    checkNotNull(articles, "articles");
    Map<String, List<ArticleKeys>> out = new TreeMap<>();
    for (ArticleKeys a : articles) {
      for (String key : a.keys()) {
        out.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
      }
    }
    return out;
  }

  /** The pairs of one block that report one event: the per-block step. */
  public List<Link> links(List<ArticleKeys> block) {
    checkNotNull(block, "block");
    List<Link> out = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) {
      for (int j = i + 1; j < block.size(); j++) {
        if (sameEvent(block.get(i).signature(), block.get(j).signature())) {
          out.add(new Link(block.get(i).article(), block.get(j).article()));
        }
      }
    }
    return out;
  }

  /**
   * True when two signatures describe one event: days within {@link #MAX_DAYS_APART} when both
   * are known, and shared names, or one shared name, the same kind and a lead that tells the same
   * story. The kind alone never joins: leads name "talks" and "strike" in one dock dispute. Two
   * articles that name no one at all are one event only on the same day with the same story.
   */
  public boolean sameEvent(EventSignature a, EventSignature b) {
    if (a.date().isPresent() && b.date().isPresent()
        && Math.abs(a.date().get().toEpochDay() - b.date().get().toEpochDay()) > MAX_DAYS_APART) {
      return false;
    }
    // Counted without building sets: this runs for every pair of a block, on one thread.
    int shared = sharedNames(a, b);
    if (shared >= MIN_SHARED_NAMES) {
      return true;
    }
    boolean sameKind = a.kind().isEmpty() || b.kind().isEmpty() || a.kind().equals(b.kind());
    if (!sameKind) {
      return false;
    }
    if (shared == 1) {
      // One name is weak evidence: a common surname or place recurs in unrelated stories weeks apart.
      return sharedWords(a, b) >= MIN_SHARED_WORDS && withinDays(a, b, ONE_NAME_DAYS_APART);
    }
    // Neither names anyone: the same day and the same story ("263 people had died" / "289 killed").
    return a.names().isEmpty() && b.names().isEmpty() && a.date().isPresent() && a.date().equals(b.date())
        && sharedWords(a, b) >= MIN_SHARED_WORDS;
  }

  /**
   * How many distinct names one signature names and the other mentions (the names of {@code a}
   * that {@code b} mentions, and those of {@code b} that {@code a} mentions), counted no further
   * than {@link #MIN_SHARED_NAMES}.
   */
  private static int sharedNames(EventSignature a, EventSignature b) {
    List<String> found = new ArrayList<>(MIN_SHARED_NAMES);
    return addShared(a.names(), b.mentions(), found) || addShared(b.names(), a.mentions(), found)
        ? MIN_SHARED_NAMES : found.size();
  }

  /** Adds to {@code found} each of {@code names} that {@code mentions} holds, once; true when it has enough. */
  private static boolean addShared(List<String> names, Set<String> mentions, List<String> found) {
    for (String n : names) {
      if (mentions.contains(n) && !found.contains(n)) {
        found.add(n);
        if (found.size() >= MIN_SHARED_NAMES) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many lead words the two signatures share. */
  private static int sharedWords(EventSignature a, EventSignature b) {
    Set<String> small = a.words().size() <= b.words().size() ? a.words() : b.words();
    Set<String> large = small == a.words() ? b.words() : a.words();
    int n = 0;
    for (String w : small) {
      if (large.contains(w)) {
        n++;
      }
    }
    return n;
  }

  /** Articles sharing only one name are one event only this close in time (both dates known). */
  static final long ONE_NAME_DAYS_APART = 7;

  private static boolean withinDays(EventSignature a, EventSignature b, long days) {
    return a.date().isEmpty() || b.date().isEmpty()
        || Math.abs(a.date().get().toEpochDay() - b.date().get().toEpochDay()) <= days;
  }

  /** A batch needs this many articles before a name can be too common to tell events apart. */
  static final int STOP_NAME_MIN_BATCH = 100;
  /** A name in more than this share of a large batch's articles tells no event from another. */
  static final double STOP_NAME_SHARE = 0.1;

  /**
   * The articles with the names that tell no event apart removed from their keys and signatures:
   * in a batch of {@link #STOP_NAME_MIN_BATCH} articles or more, a name that more than {@link
   * #STOP_NAME_SHARE} of them use (a recurring column title, a boilerplate line, a country every
   * story names) joins unrelated stories and makes one block of the whole batch. Small batches,
   * where every article is about the same thing, keep every name.
   */
  public static List<ArticleKeys> withoutStopNames(List<ArticleKeys> articles) {
    checkNotNull(articles, "articles");
    if (articles.size() < STOP_NAME_MIN_BATCH) {
      return articles;
    }
    Map<String, Integer> documents = new HashMap<>();
    for (ArticleKeys a : articles) {
      Set<String> seen = new HashSet<>(a.signature().mentions());
      seen.addAll(a.signature().names());
      seen.forEach(n -> documents.merge(n, 1, Integer::sum));
    }
    Set<String> stop = new HashSet<>();
    documents.forEach((name, n) -> {
      if (n > STOP_NAME_SHARE * articles.size()) {
        stop.add(name);
      }
    });
    if (stop.isEmpty()) {
      return articles;
    }
    List<ArticleKeys> out = new ArrayList<>(articles.size());
    for (ArticleKeys a : articles) {
      EventSignature s = a.signature();
      List<String> names = new ArrayList<>(s.names());
      names.removeAll(stop);
      Set<String> mentions = new HashSet<>(s.mentions());
      mentions.removeAll(stop);
      List<String> keys = new ArrayList<>(a.keys());
      keys.removeIf(k -> k.startsWith("name:") && stop.contains(k.substring("name:".length())));
      out.add(new ArticleKeys(a.article(), new EventSignature(s.kind(), s.date(), names, mentions, s.places(), s.words()),
          keys));
    }
    return out;
  }

  /** Every article of the batch in exactly one event, events numbered in order of their first article. */
  public List<Event> cluster(List<ArticleKeys> all) {
    checkNotNull(all, "articles");
    List<ArticleKeys> articles = withoutStopNames(all);
    Map<String, Integer> index = new HashMap<>();
    for (ArticleKeys a : articles) {
      index.putIfAbsent(a.article(), index.size());
    }
    int[] parent = new int[index.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (List<ArticleKeys> block : blocks(articles).values()) {
      join(block, index, parent);
    }
    attachUnnamed(articles, index, parent);
    Map<Integer, List<ArticleKeys>> components = new LinkedHashMap<>();
    for (ArticleKeys a : articles) {
      components.computeIfAbsent(find(parent, index.get(a.article())), k -> new ArrayList<>()).add(a);
    }
    List<Event> out = new ArrayList<>();
    for (List<ArticleKeys> members : components.values()) {
      out.add(describe("ev" + (out.size() + 1), members));
    }
    return out;
  }

  /**
   * Joins the pairs of one block that report one event, as {@link #links} finds them, less the pairs
   * already joined: the components are the same, and a large block of one story is not compared
   * pair by pair. Only pairs {@link #sameEvent} can accept are compared: a dated member meets the
   * dated members at most {@link #MAX_DAYS_APART} days after it (the block sorted by day), and an
   * undated member meets every other. A place named all year makes a block of thousands, whose
   * every pair was compared, so the step grew with the square of the archive.
   */
  private void join(List<ArticleKeys> block, Map<String, Integer> index, int[] parent) {
    int[] at = new int[block.size()];
    List<Integer> dated = new ArrayList<>();
    List<Integer> undated = new ArrayList<>();
    for (int i = 0; i < at.length; i++) {
      at[i] = index.get(block.get(i).article());
      (block.get(i).signature().date().isPresent() ? dated : undated).add(i);
    }
    long[] day = new long[at.length];
    for (int i : dated) {
      day[i] = block.get(i).signature().date().get().toEpochDay();
    }
    dated.sort(Comparator.comparingLong(i -> day[i]));
    for (int x = 0; x < dated.size(); x++) {
      int i = dated.get(x);
      for (int y = x + 1; y < dated.size() && day[dated.get(y)] - day[i] <= MAX_DAYS_APART; y++) {
        joinIfSame(block, at, parent, i, dated.get(y));
      }
    }
    for (int x = 0; x < undated.size(); x++) {
      int i = undated.get(x);
      for (int j : dated) {
        joinIfSame(block, at, parent, i, j);
      }
      for (int y = x + 1; y < undated.size(); y++) {
        joinIfSame(block, at, parent, i, undated.get(y));
      }
    }
  }

  /** Joins block members {@code i} and {@code j} when they are not joined yet and report one event. */
  private void joinIfSame(List<ArticleKeys> block, int[] at, int[] parent, int i, int j) {
    int first = Math.min(i, j);
    int second = Math.max(i, j);
    if (find(parent, at[first]) != find(parent, at[second])
        && sameEvent(block.get(first).signature(), block.get(second).signature())) {
      union(parent, at[first], at[second]);
    }
  }

  /**
   * An article that names no one ("Asked about the fishing waters, a spokeswoman said …") cannot be
   * blocked by name; it joins the one named article of its day (a day either side, or any day
   * when either date is unknown) whose lead shares the most topics with it, at least {@link
   * #MIN_SHARED_WORDS} and of a compatible kind, and else stays as it is. One event at most, never all.
   */
  private static void attachUnnamed(List<ArticleKeys> articles, Map<String, Integer> index, int[] parent) {
    for (ArticleKeys orphan : articles) {
      if (!orphan.signature().names().isEmpty()) {
        continue;
      }
      ArticleKeys best = null;
      int bestShared = MIN_SHARED_WORDS - 1;
      for (ArticleKeys named : articles) {
        if (named.signature().names().isEmpty() || !compatible(orphan.signature(), named.signature())) {
          continue;
        }
        Set<String> words = new HashSet<>(orphan.signature().words());
        words.retainAll(named.signature().words());
        if (words.size() > bestShared) {
          best = named;
          bestShared = words.size();
        }
      }
      if (best != null) {
        union(parent, index.get(orphan.article()), index.get(best.article()));
      }
    }
  }

  /** Days at most one apart (or unknown) and kinds equal (or unknown). */
  private static boolean compatible(EventSignature a, EventSignature b) {
    boolean days = a.date().isEmpty() || b.date().isEmpty()
        || Math.abs(a.date().get().toEpochDay() - b.date().get().toEpochDay()) <= 1;
    return days && (a.kind().isEmpty() || b.kind().isEmpty() || a.kind().equals(b.kind()));
  }

  /** The event its member articles describe: the commonest kind and day, the names they share most. */
  public static Event describe(String id, List<ArticleKeys> members) {
    Map<String, Integer> kinds = new TreeMap<>();
    Map<LocalDate, Integer> dates = new TreeMap<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    Set<String> places = new HashSet<>();
    List<String> ids = new ArrayList<>();
    for (ArticleKeys m : members) {
      ids.add(m.article());
      m.signature().kind().ifPresent(k -> kinds.merge(k, 1, Integer::sum));
      m.signature().date().ifPresent(d -> dates.merge(d, 1, Integer::sum));
      List<String> n = m.signature().names();
      for (int i = 0; i < n.size(); i++) {
        names.merge(n.get(i), EventKeys.SALIENT_NAMES - i, Integer::sum);
      }
      places.addAll(m.signature().places());
    }
    List<String> ranked = new ArrayList<>(names.keySet());
    ranked.sort((x, y) -> Integer.compare(names.get(y), names.get(x)));
    List<String> who = new ArrayList<>();
    List<String> where = new ArrayList<>();
    for (String n : ranked.subList(0, Math.min(EventKeys.SALIENT_NAMES, ranked.size()))) {
      (places.contains(n) ? where : who).add(n);
    }
    return new Event(id, commonest(kinds), commonest(dates), who, where, ids, false);
  }

  /** The most frequent key; ties go to the first in the map's order (alphabetical, earliest). */
  private static <K> Optional<K> commonest(Map<K, Integer> counts) {
    K best = null;
    for (Map.Entry<K, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Joins two sets; the smaller index becomes the root, so labels follow batch order. */
  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
