package io.crosscheck.internal;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over lists sorted by an int key: offsets, indexes. Not API. */
public final class SortedLists {
  private SortedLists() {}

  /**
   * The index of the first element whose key is greater than {@code bound} ({@code orEqual} false)
   * or at least {@code bound} ({@code orEqual} true); {@code sorted.size()} when there is none.
   *
   * @param sorted a list in ascending key order
   * @param key the key of an element
   * @param bound the bound
   * @param orEqual whether an element whose key equals the bound counts
   * @param <T> the element type
   * @return the index
   */
  public static <T> int firstAbove(List<T> sorted, ToIntFunction<T> key, int bound, boolean orEqual) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int k = key.applyAsInt(sorted.get(mid));
      if (orEqual ? k < bound : k <= bound) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
