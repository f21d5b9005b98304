package io.crosscheck;

import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Span;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run's findings as the report numbers them: each deduplicated as it comes (a finding two checks
 * or two events produce appears once), kept in a {@link Store}, and sorted by the places of its
 * first and last evidence, its type and its summary. Only the sort keys stay in memory, so a
 * spilled run keeps its findings on disk and reads each back only when it is asked for.
 */
final class NumberedFindings {
  /** Where kept findings wait: a list in memory, or a spill file. */
  interface Store {
    /** Keeps {@code f}; its index is the number kept before it. */
    int append(Finding f);

    /** The finding kept at {@code index}. */
    Finding load(int index);
  }

  /** A store in memory, for a run that holds its findings anyway. */
  static Store inMemory() {
    List<Finding> kept = new ArrayList<>();
    return new Store() {
      @Override
      public int append(Finding f) {
        kept.add(f);
        return kept.size() - 1;
      }

      @Override
      public Finding load(int index) {
        return kept.get(index);
      }
    };
  }

  /** Where a finding sorts: its first and last evidence's places, its type, and where it was written. */
  private record Key(int firstOrder, Span firstSpan, int lastOrder, Span lastSpan, FindingType type, int index) {}

  private final Store store;
  private final Map<String, Integer> articleOrder;
  private final Set<String> seen = new HashSet<>();
  private final List<Key> keys = new ArrayList<>();

  /** {@code articleOrder} places articles ({@link Pipeline#findingOrder}); evidence of another article sorts first. */
  NumberedFindings(Store store, Map<String, Integer> articleOrder) {
    this.store = store;
    this.articleOrder = articleOrder;
  }

  /** Keeps {@code f} unless a finding of the same type citing the same passages came first. */
  void add(Finding f) {
    if (!seen.add(Pipeline.key(f))) {
      return;
    }
    Evidence first = f.evidence().get(0);
    Evidence last = f.evidence().get(f.evidence().size() - 1);
    keys.add(new Key(order(first), first.span(), order(last), last.span(), f.type(), store.append(f)));
  }

  /** Forgets every finding kept so far (the checks ran short of memory and report none). */
  void clear() {
    seen.clear();
    keys.clear();
  }

  /** The findings sorted by place, type and summary and numbered x1, x2, …; each read from disk when asked for. */
  List<Finding> numbered() {
    List<Key> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparingInt(Key::firstOrder).thenComparing(Key::firstSpan)
        .thenComparingInt(Key::lastOrder).thenComparing(Key::lastSpan)
        .thenComparing(Key::type)
        .thenComparing((a, b) -> store.load(a.index()).summary().compareTo(store.load(b.index()).summary())));
    int[] at = sorted.stream().mapToInt(Key::index).toArray();
    return new AbstractList<>() {
      @Override
      public Finding get(int i) {
        return store.load(at[i]).withId("x" + (i + 1));
      }

      @Override
      public int size() {
        return at.length;
      }
    };
  }

  private int order(Evidence e) {
    return articleOrder.getOrDefault(e.article(), -1);
  }
}
