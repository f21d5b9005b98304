package io.crosscheck.internal;

/**
 * Says when the heap runs short, so that reading and analysing stop with a named error for what
 * was left out instead of dying with an {@link OutOfMemoryError} that loses the whole batch.
 *
 * <p>With {@code -Xmx256m} and 5,000 articles, analysis stops once the live data passes
 * {@link #STOP_FRACTION} of the heap; what was analysed is reported, the rest named in errors.
 */
public final class HeapGuard {
  /** Used heap that triggers a collection before deciding. */
  private static final double CHECK_FRACTION = 0.60;
  /** Live heap (after that collection) beyond which no more work is started; the rest is left to the checks and the writer. */
  public static final double STOP_FRACTION = 0.50;

  private HeapGuard() {}

  /** True when the heap, after a collection if it looks full, is more than {@link #STOP_FRACTION} used. */
  public static boolean isShort() {
    Runtime rt = Runtime.getRuntime();
    long max = rt.maxMemory();
    if (max == Long.MAX_VALUE) {
      return false;
    }
    if (used(rt) < CHECK_FRACTION * max) {
      return false;
    }
    // Garbage counts as used until collected; only a collection tells how much is live. This runs
    // only near the limit, so a batch that fits never pays for it.
    System.gc();
    return used(rt) > STOP_FRACTION * max;
  }

  private static long used(Runtime rt) {
    return rt.totalMemory() - rt.freeMemory();
  }
}
