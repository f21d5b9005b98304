package io.crosscheck.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * An immutable set of words that can only be asked whether it holds a word: {@code WordSet.of("in",
 * "into").contains("into")} is true. Not API.
 *
 * <p>The attribution readers ask such sets of nearly every token, and nearly every answer is no. A
 * {@link HashSet} compares a word's cached hash before its letters, so a miss costs one bucket read;
 * Guava's {@code ImmutableSet} compares the letters of each word it probes. Having no iteration,
 * the type also keeps a set's order out of any output.
 */
public final class WordSet {
  private final Set<String> words;
  /**
   * One bit for each word held, chosen by the low six bits of its hash: a word whose bit is clear is
   * not held, which answers most questions without reading the set. Most sets hold a few words, so
   * most of the 64 bits stay clear; a set of hundreds sets them all and is read as before.
   */
  private final long hashBits;

  private WordSet(Collection<String> words) {
    this.words = new HashSet<>(words);
    long bits = 0;
    for (String w : this.words) {
      bits |= hashBit(w);
    }
    this.hashBits = bits;
  }

  private static long hashBit(String word) {
    return 1L << (word.hashCode() & (Long.SIZE - 1));
  }

  /** The set of {@code words}. */
  public static WordSet of(String... words) {
    checkNotNull(words, "words");
    return new WordSet(Arrays.asList(words));
  }

  /** The set of {@code words}. */
  public static WordSet copyOf(Collection<String> words) {
    checkNotNull(words, "words");
    return new WordSet(words);
  }

  /** Whether the set holds {@code word}, compared exactly. */
  public boolean contains(String word) {
    return (hashBits & hashBit(word)) != 0 && words.contains(word);
  }

  /** How many words the set holds. */
  public int size() {
    return words.size();
  }
}
