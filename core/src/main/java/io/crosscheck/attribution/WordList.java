package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable run of words read straight from an array, and its sub-lists are runs of the same
 * array. The readers ask for the words of an article by index millions of times; an immutable
 * list's sub-list went through its root list (of one of two classes) per read, and call sites
 * that met several list classes could not inline any of them.
 */
final class WordList extends AbstractList<Word> implements RandomAccess {
  private final Word[] words;
  private final int from;
  private final int size;

  private WordList(Word[] words, int from, int size) {
    this.words = words;
    this.from = from;
    this.size = size;
  }

  /** The words of {@code words}, copied. */
  static WordList copyOf(List<Word> words) {
    Word[] array = words.toArray(new Word[0]);
    for (Word w : array) {
      Objects.requireNonNull(w, "word");
    }
    return new WordList(array, 0, array.length);
  }

  @Override
  public Word get(int index) {
    Objects.checkIndex(index, size);
    return words[from + index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public WordList subList(int fromIndex, int toIndex) {
    Objects.checkFromToIndex(fromIndex, toIndex, size);
    return new WordList(words, from + fromIndex, toIndex - fromIndex);
  }

  @Override
  public Iterator<Word> iterator() {
    return new Iterator<>() {
      private int next = from;

      @Override
      public boolean hasNext() {
        return next < from + size;
      }

      @Override
      public Word next() {
        if (next >= from + size) {
          throw new NoSuchElementException();
        }
        return words[next++];
      }
    };
  }
}
