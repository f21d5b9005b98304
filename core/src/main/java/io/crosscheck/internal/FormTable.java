package io.crosscheck.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Distinct words, each cut once: news repeats its words, and what a reader makes of a word's
 * characters (its text, its lower-cased form, its lexicon classes) is the same wherever it is
 * written. A word met again is found by its characters, so it takes neither a new string nor a
 * look-up in a lexicon. One instance may serve the texts one thread reads in turn: most of an
 * article's words were met in the articles before it. It forgets what it met when it holds
 * {@link #MAX_SLOTS} / 2 words. Not API.
 *
 * <p>{@code table.form("the vorn and the", 12, 15)} gives the form first cut of "the" at 0..3.
 *
 * @param <T> what a word is cut into
 */
public final class FormTable<T> {
  /** Cuts the word {@code body} holds from {@code start} to {@code end} into a form. */
  @FunctionalInterface
  public interface Cutter<T> {
    /**
     * The form of the word from {@code start} to {@code end} of {@code body}.
     *
     * @param body the text
     * @param start where the word starts
     * @param end where the word ends
     * @return its form
     */
    T cut(String body, int start, int end);
  }

  /** The fewest slots of a table; it doubles when half full. */
  private static final int MIN_SLOTS = 16;
  /** The most slots of a table: a full table is emptied, not doubled. */
  private static final int MAX_SLOTS = 1 << 17;
  /** Characters of text per slot of a new table: news has about one distinct word in eight characters. */
  private static final int CHARS_PER_SLOT = 4;
  /** The most characters a key holds ({@link #key}): 7 bits each, after 4 bits of length. */
  private static final int KEY_CHARS = 8;
  /** The bits of one character of a key: ASCII. */
  private static final int CHAR_BITS = 7;
  /** The sign bit, set on the key of a word that its key does not hold: its hash then. */
  private static final long HASHED = Long.MIN_VALUE;
  /** 2^64 divided by the golden ratio: multiplying by it spreads a key's bits over the high ones. */
  private static final long SPREAD = 0x9E3779B97F4A7C15L;

  private final Cutter<T> cutter;
  /** The text of a form: a form met under a hashed key is compared by its letters. */
  private final Function<T, String> textOf;
  /** The forms met so far, each as cut at its first place, in open-addressed slots. */
  private Object[] forms;
  /** The key ({@link #key}) of each slot's form, compared before its letters. */
  private long[] keys;
  private int size;

  /**
   * A table sized for the words of {@code length} characters of text, each cut by {@code cutter};
   * {@code textOf} gives the characters a form was cut from.
   *
   * @param length characters of text the first table is sized for
   * @param cutter cuts a word met for the first time
   * @param textOf the text of a form
   */
  public FormTable(int length, Cutter<T> cutter, Function<T, String> textOf) {
    this.cutter = checkNotNull(cutter, "cutter");
    this.textOf = checkNotNull(textOf, "textOf");
    int slots = Math.min(MAX_SLOTS, Integer.highestOneBit(Math.max(MIN_SLOTS, length / CHARS_PER_SLOT)));
    this.forms = new Object[slots];
    this.keys = new long[slots];
  }

  /**
   * The form of the word {@code body} holds from {@code start} to {@code end}: the one cut where
   * these characters were first met, else one cut here.
   *
   * @param body the text
   * @param start where the word starts
   * @param end where the word ends
   * @return its form
   */
  @SuppressWarnings("unchecked")
  public T form(String body, int start, int end) {
    long key = key(body, start, end);
    int mask = forms.length - 1;
    int slot = slot(key, mask);
    for (Object met = forms[slot]; met != null; met = forms[slot]) {
      // A key that holds its word's letters is the word; a hash is only likely to be.
      if (keys[slot] == key && (key >= 0 || matches(textOf.apply((T) met), body, start, end))) {
        return (T) met;
      }
      slot = (slot + 1) & mask;
    }
    T cut = cutter.cut(body, start, end);
    forms[slot] = cut;
    keys[slot] = key;
    if (++size * 2 > forms.length) {
      if (forms.length < MAX_SLOTS) {
        grow();
      } else {
        Arrays.fill(forms, null);
        size = 0;
      }
    }
    return cut;
  }

  private static boolean matches(String text, String body, int start, int end) {
    return text.length() == end - start && body.regionMatches(start, text, 0, end - start);
  }

  /**
   * The key of the word from {@code start} to {@code end}: for a word of at most {@link #KEY_CHARS}
   * ASCII characters (most words: "the", "said", "minister"), its length and its characters, so
   * that equal keys are equal words and a word met again is found without reading the letters of
   * the word it was met as; else its hash, with the sign bit set.
   */
  private static long key(String body, int start, int end) {
    int n = end - start;
    if (n <= KEY_CHARS) {
      long key = n;
      int k = start;
      for (; k < end && body.charAt(k) < 1 << CHAR_BITS; k++) {
        key = key << CHAR_BITS | body.charAt(k);
      }
      if (k == end) {
        return key;
      }
    }
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + body.charAt(k);
    }
    return HASHED | Integer.toUnsignedLong(h);
  }

  private static int slot(long key, int mask) {
    return (int) ((key * SPREAD) >>> Integer.SIZE) & mask;
  }

  private void grow() {
    Object[] oldForms = forms;
    long[] oldKeys = keys;
    forms = new Object[oldForms.length * 2];
    keys = new long[oldForms.length * 2];
    int mask = forms.length - 1;
    for (int k = 0; k < oldForms.length; k++) {
      if (oldForms[k] != null) {
        int slot = slot(oldKeys[k], mask);
        while (forms[slot] != null) {
          slot = (slot + 1) & mask;
        }
        forms[slot] = oldForms[k];
        keys[slot] = oldKeys[k];
      }
    }
  }
}
