package io.crosscheck.compare;

import io.crosscheck.internal.CharClasses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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
  /** A word: "Gaza", "22,000", "U.S" (letters and digits with inner dots, commas or hyphens). */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’-][\\p{L}\\p{N}]+)*");
  /** Shared prefix that makes two longer words one stem: "agree" ~ "agreement", "intens" ~ "intensive". */
  private static final int STEM_PREFIX = 5;

  private Texts() {}

  /** Lower-cases, drops quote marks, unifies dashes and collapses white space. */
  static String normalise(String text) {
    String s = QUOTE_MARKS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    s = DASHES.matcher(s).replaceAll("-");
    return s.replaceAll("\\s+", " ").strip();
  }

  /** The words of {@code text}, lower-cased, dots removed ("U.S." gives "us"). */
  static List<String> words(String text) {
    // The WORD pattern over the text without its quote marks, read by hand: the checks call this
    // for every sentence of every article of an event, and the pattern run dominated their cost.
    String plain = withoutQuoteMarks(text);
    List<String> out = new ArrayList<>();
    int n = plain.length();
    int i = 0;
    while (i < n) {
      int cp = plain.codePointAt(i);
      if (!CharClasses.isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      int end = i;
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
      out.add(plain.substring(start, end).toLowerCase(Locale.ROOT).replace(".", ""));
      i = end;
    }
    return out;
  }

  /** Characters that join two runs of letters or digits into one {@link #WORD}: "U.S", "22,000", "cease-fire". */
  private static final String WORD_JOINERS = ".,'’-";

  /** {@code text} without its {@link #QUOTE_MARKS}. */
  private static String withoutQuoteMarks(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean mark = QUOTE_MARK_CHARS.indexOf(c) >= 0;
      if (mark && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (!mark && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** The characters {@link #QUOTE_MARKS} matches. */
  private static final String QUOTE_MARK_CHARS = "\"“”„‟'‘’‚‛`´";

  /** Words of at least three letters that are not stop words, in first-seen order. */
  static Set<String> contentWords(String text, Collection<String> stopWords) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words(text)) {
      if (w.length() >= 3 && !stopWords.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Content words written in lower case, so names ("Port Alva", "Kovac") never make two
   * sentences look alike: {@code commonWords("Kovac met the harbour crews")} gives [met, harbour, crews].
   */
  static Set<String> commonWords(String text, Collection<String> stopWords) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(QUOTE_MARKS.matcher(text).replaceAll(""));
    while (m.find()) {
      String w = m.group();
      if (Character.isLowerCase(w.charAt(0))) {
        out.addAll(contentWords(w, stopWords));
      }
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
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    if (shorter.length() >= 4 && longer.startsWith(shorter)) {
      return true;
    }
    return shorter.length() >= STEM_PREFIX + 1 && longer.regionMatches(0, shorter, 0, STEM_PREFIX);
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

  /** A quote shortened for a summary: at most {@code max} characters, cut at a word. */
  static String clip(String text, int max) {
    String s = text.replaceAll("\\s+", " ").strip();
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max);
    return s.substring(0, cut > max / 2 ? cut : max) + "…";
  }
}
