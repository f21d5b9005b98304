package io.crosscheck.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;

/**
 * What one function gives for each of the texts a thread read last, by identity: the checks put
 * each sentence to a dozen cue lists and literal tests, each of which read it afresh. Each thread
 * has its own slots, chosen by the text's identity hash; a text that has left its slot is read
 * again. Holds no state a result depends on. Not API.
 *
 * @param <V> what is read of a text
 */
public final class RecentTexts<V> {
  private final Function<String, V> read;
  private final int mask;
  /** Each thread's pairs of text and value, the text at even places. */
  private final ThreadLocal<Object[]> slots;

  /**
   * Remembers {@code read} of the last texts read, in {@code slots} places per thread.
   *
   * @param slots how many texts each thread remembers at most, a power of two
   * @param read what to remember of a text; the same text always gives an equal value
   */
  public RecentTexts(int slots, Function<String, V> read) {
    checkArgument(slots > 0 && Integer.bitCount(slots) == 1, "slots %s not a power of two", slots);
    this.read = checkNotNull(read, "read");
    this.mask = slots - 1;
    this.slots = ThreadLocal.withInitial(() -> new Object[2 * slots]);
  }

  /** {@code read.apply(text)}, read again only once the text has left this thread's slots. */
  @SuppressWarnings("unchecked")
  public V of(String text) {
    Object[] cache = slots.get();
    int slot = 2 * (System.identityHashCode(text) & mask);
    if (cache[slot] != text) {
      V value = read.apply(text);
      cache[slot] = text;
      cache[slot + 1] = value;
      return value;
    }
    return (V) cache[slot + 1];
  }
}
