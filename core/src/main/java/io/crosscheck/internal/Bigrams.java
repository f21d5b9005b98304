package io.crosscheck.internal;

import java.util.Set;

/**
 * The pairs of adjacent ASCII characters a text holds, letters folded to lower case, as 1,024
 * hashed bits: a literal one of whose pairs is missing does not stand in the text, in either case,
 * so most questions of whether a sentence holds "denied" or "so far" are answered without reading
 * the sentence again. A yes only means the literal may stand there. Not API.
 *
 * <p>A text holding a character beyond ASCII that folds to an ASCII letter ("ı", "ſ", the Kelvin
 * sign, "İ") may hold any literal: {@code regionMatches} and {@code toLowerCase} let those stand
 * for "i", "s" or "k".
 */
public final class Bigrams {
  /** Bits of a text's set, in longs. */
  private static final int WORDS = 16;
  /** Characters below this are paired; no other folds to one of them but those {@link #foldsToAscii}. */
  private static final int ASCII = 128;
  /** 2^32 divided by the golden ratio: multiplying by it spreads a pair's bits over the high ones. */
  private static final int SPREAD = 0x9E3779B1;
  /** The high bits of a spread pair kept: 1,024 places. */
  private static final int SHIFT = Integer.SIZE - 10;

  /** Each thread's sets of the sentences it read last: a sentence is asked of by many lists. */
  private static final RecentTexts<Bigrams> RECENT = new RecentTexts<>(1024, Bigrams::read);

  /** The set of a text holding a folding character: every literal may stand in it. */
  private static final Bigrams ANY = new Bigrams(null);

  /** The set's bits; null for {@link #ANY}. */
  private final long[] bits;

  private Bigrams(long[] bits) {
    this.bits = bits;
  }

  /** The pairs of {@code text}, read once while the text stays among this thread's recent texts. */
  public static Bigrams of(String text) {
    return RECENT.of(text);
  }

  private static Bigrams read(String text) {
    long[] bits = new long[WORDS];
    int n = text.length();
    char previous = ASCII;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= ASCII) {
        if (foldsToAscii(c)) {
          return ANY;
        }
      } else if (previous < ASCII) {
        int bit = place(previous, c);
        bits[bit >>> 6] |= 1L << bit;
      }
      previous = c;
    }
    return new Bigrams(bits);
  }

  /** Whether a character beyond ASCII is an ASCII letter to a case-blind comparison or to lower-casing. */
  private static boolean foldsToAscii(char c) {
    return c == '\u0130' || c == '\u0131' || c == '\u017F' || c == '\u212A';
  }

  /** The place of the pair {@code a b}, letters folded to lower case; both are ASCII. */
  private static int place(char a, char b) {
    return ((lower(a) << 7 | lower(b)) * SPREAD) >>> SHIFT;
  }

  private static int lower(char c) {
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  /**
   * The commonest letter pairs of English prose ("th", "he", "in", ...): nearly every sentence holds
   * them, so {@link #pairs} puts them last, where {@link #mayHold} seldom needs to test them.
   */
  private static final Set<String> COMMON = Set.of("th", "he", "in", "er", "an", "re", "on", "at", "en", "nd", "ti",
      "es", "or", "te", "of", "ed", "is", "it", "al", "ar", "st", "to", "nt", "ng", "se", "ha", "as", "ou", "le", "ve");

  /**
   * The places of {@code literal}'s pairs of adjacent ASCII characters, for {@link #mayHold}: none
   * for a literal of one character, which any text may hold. Pairs outside {@link #COMMON} come
   * first: a sentence lacking the literal most often lacks one of them, and the test stops there.
   */
  public static int[] pairs(String literal) {
    int[] rare = new int[Math.max(0, literal.length() - 1)];
    int[] common = new int[rare.length];
    int r = 0;
    int c = 0;
    for (int i = 0; i + 1 < literal.length(); i++) {
      char a = literal.charAt(i);
      char b = literal.charAt(i + 1);
      if (a < ASCII && b < ASCII) {
        if (COMMON.contains(String.valueOf(new char[] {(char) lower(a), (char) lower(b)}))) {
          common[c++] = place(a, b);
        } else {
          rare[r++] = place(a, b);
        }
      }
    }
    int[] out = java.util.Arrays.copyOf(rare, r + c);
    System.arraycopy(common, 0, out, r, c);
    return out;
  }

  /** Whether the text may hold the literal whose {@link #pairs} these are: it holds every one of them. */
  public boolean mayHold(int[] pairs) {
    if (bits == null) {
      return true;
    }
    for (int p : pairs) {
      if ((bits[p >>> 6] & 1L << p) == 0) {
        return false;
      }
    }
    return true;
  }
}
