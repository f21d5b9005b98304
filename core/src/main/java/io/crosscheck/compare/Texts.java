package io.crosscheck.compare;

import io.crosscheck.internal.CharClasses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Text normalisation and word matching shared by the checks.
 *
 * <p>{@code normalise("The “Plan” — it’s  here")} gives {@code "the plan - its here"}, the form
 * FORMATS.md compares anchors in.
 */
final class Texts {
  /** Straight and curly quotation marks and apostrophes: {@code " “ ” ' ‘ ’}. */
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”„‟'‘’‚‛`´]");
  /** Hyphen-like dashes: en dash, em dash, minus. */
  private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
  // A word is "Gaza", "22,000", "U.S" (letters and digits with inner dots, commas or hyphens): the
  // pattern [\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+)*, read by hand in wordStart and wordEnd.
  /** Shared prefix that makes two longer words one stem: "agree" ~ "agreement", "intens" ~ "intensive". */
  private static final int STEM_PREFIX = 5;
  /**
   * The shortest word that is a stem of a longer one ("talk" of "talks"), and so the letters two
   * words of one stem always share at their start, unless equal ({@link #sameStem}, {@link #stemBit}).
   */
  static final int STEM_KEY = 4;

  private Texts() {}

  /** Lower-cases, drops quote marks, unifies dashes and collapses white space. */
  static String normalise(String text) {
    String s = QUOTE_MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    s = DASHES.matcher(s).replaceAll("-");
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The words of {@code text}, lower-cased, dots removed ("U.S." gives "us"). */
  static List<String> words(String text) {
    String plain = withoutQuoteMarks(text);
    List<String> out = new ArrayList<>();
    for (int i = wordStart(plain, 0); i < plain.length(); i = wordStart(plain, i)) {
      int end = wordEnd(plain, i);
      out.add(plain.substring(i, end).toLowerCase(Locale.ROOT).replace(".", ""));
      i = end;
    }
    return out;
  }

  // The WORD pattern over a text without its quote marks, read by hand: the checks call this for
  // every sentence of every article of an event, and the pattern run dominated their cost.

  /** Where the next word at or after {@code from} starts; the length when there is none. */
  private static int wordStart(String plain, int from) {
    int i = from;
    while (i < plain.length()) {
      int cp = plain.codePointAt(i);
      if (CharClasses.isWordChar(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return plain.length();
  }

  /** Where the word starting at {@code start} ends. */
  private static int wordEnd(String plain, int start) {
    int n = plain.length();
    int end = start;
    while (end < n) {
      int c = plain.codePointAt(end);
      if (CharClasses.isWordChar(c)) {
        end += Character.charCount(c);
      } else if (WORD_JOINERS.indexOf(c) >= 0 && end + 1 < n && CharClasses.isWordChar(plain.codePointAt(end + 1))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  /** Characters that join two runs of letters or digits into one word: "U.S", "22,000", "cease-fire". */
  private static final String WORD_JOINERS = ".,'’-";

  /** {@code text} without its {@link #QUOTE_MARKS}. */
  private static String withoutQuoteMarks(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = isQuoteMark(c);
      if (mark && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!mark && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether {@code c} is one of the characters {@link #QUOTE_MARKS} matches: {@code " ' ` ´} and
   * U+2018 to U+201F ({@code ‘ ’ ‚ ‛ “ ” „ ‟}), read without a scan of the list per character.
   */
  private static boolean isQuoteMark(char c) {
    return c < 0x80 ? c == '"' || c == '\'' || c == '`' : c == '´' || c >= '\u2018' && c <= '\u201F';
  }

  /** Words of at least three letters that are not stop words, in first-seen order. */
  static Set<String> contentWords(String text, Collection<String> stopWords) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words(text)) {
      if (isContentWord(w, stopWords)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean isContentWord(String w, Collection<String> stopWords) {
    return w.length() >= 3 && !stopWords.contains(w) && !allDigits(w);
  }

  /** Whether every char of {@code w} is a digit (any script's, as {@link Character#isDigit(char)} reads it). */
  private static boolean allDigits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Content words written in lower case, so names ("Port Alva", "Kovac") never make two
   * sentences look alike: {@code commonWords("Kovac met the harbour crews")} gives [met, harbour, crews].
   */
  static Set<String> commonWords(String text, Collection<String> stopWords) {
    Set<String> out = new LinkedHashSet<>();
    String plain = withoutQuoteMarks(text);
    for (int i = wordStart(plain, 0); i < plain.length(); i = wordStart(plain, i)) {
      int end = wordEnd(plain, i);
      if (Character.isLowerCase(plain.charAt(i))) {
        String w = plain.substring(i, end).toLowerCase(Locale.ROOT).replace(".", "");
        if (isContentWord(w, stopWords)) {
          out.add(w);
        }
      }
      i = end;
    }
    return out;
  }

  /** The text of up to {@code n} words either side of {@code [start, end)}. */
  static String around(String text, int start, int end, int n) {
    int from = start;
    for (int k = 0; k <= n && from > 0; ) {
      from--;
      if (Character.isWhitespace(text.charAt(from))) {
        k++;
      }
    }
    int to = end;
    for (int k = 0; k <= n && to < text.length(); to++) {
      if (Character.isWhitespace(text.charAt(to))) {
        k++;
      }
    }
    return text.substring(Math.max(0, from), Math.min(text.length(), to));
  }

  /**
   * True when two words share a stem: equal, one a prefix of the other of at least four letters
   * ("iran", "iranian"), or both six letters or more with the first five equal ("agreed", "agreement").
   */
  static boolean sameStem(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    // Every other way to share a stem starts with the same letter: most pairs differ at once.
    if (a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
      return false;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= STEM_KEY && longer.startsWith(shorter)) {
      return true;
    }
    return shorter.length() >= STEM_PREFIX + 1 && longer.regionMatches(0, shorter, 0, STEM_PREFIX)
        && longer.regionMatches(0, shorter, 0, uninflectedLength(shorter));
  }

  /** Endings cut from a word before its stem is compared: "agreed" gives "agre", "investigate" "investigat". */
  private static final String[] ENDINGS = {"ing", "ed", "es", "s", "e"};

  /**
   * How long the word is without its inflection, so that the longer word must go on from it:
   * "agreed" and "agreement" share "agre", "negotiated" and "negotiations" "negotiat"; "responded"
   * ("respond") and "responsible" do not. Counted, not cut: this runs inside every stem comparison.
   */
  private static int uninflectedLength(String w) {
    for (String e : ENDINGS) {
      if (w.length() - e.length() >= STEM_PREFIX - 1 && w.endsWith(e)) {
        return w.length() - e.length();
      }
    }
    return w.length();
  }


  /**
   * The words as bits of a mask, a bit per word's first {@link #STEM_KEY} letters (words may share a
   * bit): two words of one stem ({@link #sameStem}) always set the same bit.
   */
  static long stemBits(Collection<String> words) {
    long out = 0;
    for (String w : words) {
      out |= stemBit(w);
    }
    return out;
  }

  /** One word's bit of {@link #stemBits}. */
  static long stemBit(String w) {
    int h = 0;
    for (int i = 0; i < Math.min(STEM_KEY, w.length()); i++) {
      h = 31 * h + w.charAt(i);
    }
    h ^= h >>> 11;
    h *= 0x9E3779B1;
    return 1L << (h >>> 26);
  }

  /**
   * An upper bound of {@link #overlap}{@code (topic, words)} read from the masks alone: how many
   * of the topic words' bits ({@link #stemBit}) stand among the words' {@link #stemBits}.
   */
  static int overlapBound(long[] topicBits, long wordBits) {
    int n = 0;
    for (long bit : topicBits) {
      if ((bit & wordBits) != 0) {
        n++;
      }
    }
    return n;
  }

  /** How many words of {@code topic} have a same-stem word in {@code words}. */
  static int overlap(Collection<String> topic, Collection<String> words) {
    int n = 0;
    for (String t : topic) {
      for (String w : words) {
        if (sameStem(t, w)) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** One key for two names in either order: "a|b" for ("b", "a") and ("a", "b"). */
  static String unorderedPair(String x, String y) {
    return x.compareTo(y) <= 0 ? x + "|" + y : y + "|" + x;
  }

  /** A run of white space, written as one space in a summary's quote: compiled once, not per {@link #clip}. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** A quote shortened for a summary: at most {@code max} characters, cut at a word. */
  static String clip(String text, int max) {
    String s = SPACES.matcher(text).replaceAll(" ").strip();
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max);
    return s.substring(0, cut > max / 2 ? cut : max) + "…";
  }
}
