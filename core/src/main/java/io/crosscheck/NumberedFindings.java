package io.crosscheck;

import io.crosscheck.internal.spill.FindingSpill;
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
 * The findings of a spilled run, kept on disk as they come: each is deduplicated and written once,
 * and only what orders it stays in memory. {@link #numbered} gives the order and ids {@link
 * Pipeline#number} gives, reading each finding back only when it is asked for.
 */
final class SpilledFindings {
  /** Where a finding sorts: its first and last evidence's places, its type, and where it was written. */
  private record Key(int firstOrder, Span firstSpan, int lastOrder, Span lastSpan, FindingType type, int index) {}

  private final FindingSpill spill;
  private final Map<String, Integer> articleOrder;
  private final Set<String> seen = new HashSet<>();
  private final List<Key> keys = new ArrayList<>();

  /** {@code articleOrder} places articles as {@link Pipeline#number} places them. */
  SpilledFindings(FindingSpill spill, Map<String, Integer> articleOrder) {
    this.spill = spill;
    this.articleOrder = articleOrder;
  }

  /** Keeps {@code f} unless a finding of the same type citing the same passages came first. */
  void add(Finding f) {
    if (!seen.add(Pipeline.key(f))) {
      return;
    }
    Evidence first = f.evidence().get(0);
    Evidence last = f.evidence().get(f.evidence().size() - 1);
    keys.add(new Key(order(first), first.span(), order(last), last.span(), f.type(), spill.append(f)));
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
        .thenComparing((a, b) -> spill.load(a.index()).summary().compareTo(spill.load(b.index()).summary())));
    int[] at = sorted.stream().mapToInt(Key::index).toArray();
    return new AbstractList<>() {
      @Override
      public Finding get(int i) {
        return spill.load(at[i]).withId("x" + (i + 1));
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
