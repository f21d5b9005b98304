package io.crosscheck.attribution;

import io.crosscheck.internal.CharClasses;
import io.crosscheck.internal.JoinedWords;
import io.crosscheck.internal.WordSet;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a stretch of text into word and punctuation tokens with offsets.
 *
 * <p>{@code Mr. Kovac’s aide said, “No.”} gives {@code Mr.}, {@code Kovac’s}, {@code aide},
 * {@code said}, {@code ,}, {@code “}, {@code No}, {@code .}, {@code ”}.
 */
final class Words {
  /**
   * A word with inner apostrophes, hyphens, dots or ampersands ("Kovac’s", "Al-Rishq", "U.S", "22,000", "AT&T"), else
   * one character that is not white space. {@link #of} reads text as this pattern does, but for a dateline glued
   * to a paragraph's first word ({@link #gluedDateline}).
   */
  static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]{1,60}(?:['’.,&\\-][\\p{L}\\p{N}]{1,60}){0,8}|\\S");

  /** The first character past ASCII. */
  private static final char ASCII_END = 0x80;

  /** Pronouns that possess what follows them ({@link Word#isPossessivePronoun}). */
  private static final WordSet POSSESSIVE_PRONOUNS = WordSet.of("his", "her", "its", "their");

  /** The {@link Word#classes} of a word cut without a lexicon: the lexicon looks the word up when asked. */
  static final int UNCLASSIFIED = -1;

  /**
   * One token: its text, its lower-cased form (computed once: every reader compares it), offsets,
   * and the lexicon classes of its lower-cased form ({@link #UNCLASSIFIED} when cut without a lexicon).
   * The readers ask of nearly every word whether it is a role, a document, a speech noun...: one
   * look-up when the word is cut replaces a hashed look-up per question. Whether it is a word, has a
   * capital or a possessive ending is likewise read once, from its text, and so are the closed
   * {@link WordGroup}s its lower-cased form belongs to ("the" is a stop word and a determiner).
   */
  record Word(String text, int start, int end, String lower, boolean capitalised, int classes, int groups,
      boolean word, boolean possessive) {
    Word(String text, int start, int end) {
      this(text, start, end, NO_CLASSES);
    }

    /** A word's offsets span its text: {@link #is} reads the length from them, not from the text. */
    Word(String text, int start, int end, ToIntFunction<String> classifier) {
      this(text, checkSpans(text, start, end), end, text.toLowerCase(Locale.ROOT), classifier);
    }

    private static int checkSpans(String text, int start, int end) {
      if (end - start != text.length()) {
        throw new IllegalArgumentException("word \"" + text + "\" written from " + start + " to " + end);
      }
      return start;
    }

    private Word(String text, int start, int end, String lower, ToIntFunction<String> classifier) {
      this(text, start, end, lower, capitalised(text), classifier.applyAsInt(lower), WordGroup.of(lower),
          Character.isLetterOrDigit(text.charAt(0)), text.endsWith("’s") || text.endsWith("'s"));
    }

    /** The same word written at {@code start} to {@code end}: offsets as far apart as its own. */
    Word at(int start, int end) {
      if (end - start != this.end - this.start) {
        throw new IllegalArgumentException("word \"" + text + "\" written from " + start + " to " + end);
      }
      return new Word(text, start, end, lower, capitalised, classes, groups, word, possessive);
    }

    /** Whether the word's lower-cased form is in {@code group}: "The" is a {@link WordGroup#STOP} word. */
    boolean in(WordGroup group) {
      return (groups & group.bit()) != 0;
    }

    /**
     * {@link #in} of the word without its possessive ending: "company’s" is a {@link WordGroup#COMPANY_NOUN}.
     * A word without one has the groups it was cut with, so only a possessive is looked up again.
     */
    boolean bareIn(WordGroup group) {
      return possessive ? group.contains(bareLower()) : in(group);
    }

    /** Whether the word opens with a letter or a digit: not punctuation. */
    boolean isWord() {
      return word;
    }

    /** "Kovac", and names with a lower-case particle: "al-Rishq", "van-Dijk"; read once, when the word is cut. */
    boolean isCapitalised() {
      return capitalised;
    }

    private static boolean capitalised(String text) {
      if (Character.isUpperCase(text.charAt(0))) {
        return true;
      }
      int hyphen = text.indexOf('-');
      return hyphen > 0 && hyphen <= 3 && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    /**
     * Whether the word is {@code s}, case ignored as {@link String#equalsIgnoreCase} ignores it. The
     * readers ask this of nearly every word ("the", "by", "of"): two ASCII characters match ignoring
     * case exactly when their lower cases do, so ASCII is compared here and only a pair holding
     * another character goes to the case-folding comparison. Most words differ from {@code s} in
     * length, which the offsets give without a read of the text.
     */
    boolean is(String s) {
      int n = end - start;
      if (n != s.length()) {
        return false;
      }
      for (int k = 0; k < n; k++) {
        char a = text.charAt(k);
        char b = s.charAt(k);
        if (a >= ASCII_END || b >= ASCII_END) {
          return text.equalsIgnoreCase(s);
        }
        if (asciiLower(a) != asciiLower(b)) {
          return false;
        }
      }
      return true;
    }

    private static char asciiLower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A dash standing as a word: "—", "–", or a hyphen with spaces around it. */
    boolean isDash() {
      return text.equals("—") || text.equals("–") || text.equals("-");
    }

    /** The word without a possessive ending: "Kovac’s" gives "Kovac". */
    String bare() {
      return possessive ? text.substring(0, text.length() - 2) : text;
    }

    /** "Kovac’s", "Kovac's". */
    boolean isPossessive() {
      return possessive;
    }

    /** "his", "her", "its", "their": a pronoun that possesses what follows it. */
    boolean isPossessivePronoun() {
      return POSSESSIVE_PRONOUNS.contains(lower());
    }

    /** "leaders", "officials": ends in a plural "-s" (not "boss", not "Kovac's"). */
    boolean looksPlural() {
      String p = lower();
      return p.endsWith("s") && !isPossessive() && !p.endsWith("ss") && p.length() > 3;
    }

    /**
     * {@code bare().toLowerCase(Locale.ROOT)} without a new string for a word that is no possessive:
     * the readers look words up in hashed lists, and a new string is hashed anew.
     */
    String bareLower() {
      return isPossessive() ? lower.substring(0, lower.length() - 2) : lower;
    }
  }

  private Words() {}

  /** Classifies no word: each is {@link #UNCLASSIFIED}. */
  private static final ToIntFunction<String> NO_CLASSES = lower -> UNCLASSIFIED;

  /** Tokens of {@code body} inside {@code span}; a short word before a dot ("Mr.", "U.S.") keeps it. */
  static List<Word> of(String body, Span span) {
    return of(body, span, NO_CLASSES);
  }

  /** {@link #of(String, Span)}, each word with the classes {@code classifier} gives its lower-cased form. */
  static List<Word> of(String body, Span span, ToIntFunction<String> classifier) {
    return of(span, new Vocabulary(body, span.length(), classifier));
  }

  /**
   * {@link #of(String, Span, ToIntFunction)} with the words of {@code vocabulary}'s body already met:
   * a reader that cuts several spans of one body (the article's, then a quotation cut inside a word)
   * finds each word it met before instead of cutting and classifying it again.
   */
  static List<Word> of(Span span, Vocabulary vocabulary) {
    // What TOKEN finds in the span, read by hand: every attribution reader tokenises sentences, and
    // the pattern run was a third of the stage's time.
    String body = vocabulary.body;
    List<Word> out = new ArrayList<>();
    int end = span.end();
    int i = span.start();
    while (i < end) {
      int cp = JoinedWords.codePointAt(body, i, end);
      int size = Character.charCount(cp);
      if (CharClasses.isSpace(cp)) {
        i += size;
        continue;
      }
      int e = CharClasses.isWordChar(cp) ? JoinedWords.end(body, i, end, JOINERS) : i + size;
      int glued = (i == 0 || body.charAt(i - 1) == '\n') ? gluedDateline(body.substring(i, e)) : -1;
      if (glued > 0) {
        // "BARCELONA-Spanish football chief …": a dateline's place, its dash, then the sentence
        out.add(vocabulary.word(i, i + glued));
        out.add(vocabulary.word(i + glued, i + glued + 1));
        i += glued + 1;
        continue;
      }
      if (Character.isLetter(body.charAt(i)) && e < end && body.charAt(e) == '.' && keepsDot(body.substring(i, e))) {
        e++;
      }
      out.add(vocabulary.word(i, e));
      i = e;
    }
    return out;
  }

  /**
   * The words of one body as {@link Forms} cuts them: a reader that cuts several spans of one body
   * (the article's, then a quotation cut inside a word) finds each word it met before instead of
   * cutting and classifying it again. One instance serves the spans of one body on one thread.
   */
  static final class Vocabulary {
    private final String body;
    private final Forms forms;

    /** A vocabulary of the words of {@code length} characters of {@code body}, met nowhere before. */
    Vocabulary(String body, int length, ToIntFunction<String> classifier) {
      this(body, new Forms(length, classifier));
    }

    /** A vocabulary of {@code body} that finds the words {@code forms} met in other bodies as well. */
    Vocabulary(String body, Forms forms) {
      this.body = body;
      this.forms = forms;
    }

    /** The word the body holds from {@code start} to {@code end}. */
    Word word(int start, int end) {
      return forms.word(body, start, end);
    }
  }

  /**
   * Distinct words, each cut once: news repeats its words, and a word's text, its lower-cased form,
   * its capital and its lexicon classes are the same wherever it is written. A word met again is
   * found by its characters, so it takes neither a new string nor a look-up in the lexicon. One
   * instance may serve the articles one thread reads in turn: most of an article's words were met in
   * the articles before it. It forgets what it met when it holds {@link #MAX_SLOTS} / 2 words.
   */
  static final class Forms {
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

    private final ToIntFunction<String> classifier;
    /** The words met so far, each as cut at its first place, in open-addressed slots. */
    private Word[] words;
    /** The key ({@link #key}) of each slot's word, compared before its letters. */
    private long[] keys;
    private int size;

    /** A table sized for the words of {@code length} characters of text, each classified by {@code classifier}. */
    Forms(int length, ToIntFunction<String> classifier) {
      this.classifier = classifier;
      int slots = Math.min(MAX_SLOTS, Integer.highestOneBit(Math.max(MIN_SLOTS, length / CHARS_PER_SLOT)));
      this.words = new Word[slots];
      this.keys = new long[slots];
    }

    /** The word {@code body} holds from {@code start} to {@code end}. */
    Word word(String body, int start, int end) {
      long key = key(body, start, end);
      int mask = words.length - 1;
      int slot = slot(key, mask);
      for (Word met = words[slot]; met != null; met = words[slot]) {
        // A key that holds its word's letters is the word; a hash is only likely to be.
        if (keys[slot] == key && (key >= 0 || met.text().length() == end - start
            && body.regionMatches(start, met.text(), 0, end - start))) {
          return met.at(start, end);
        }
        slot = (slot + 1) & mask;
      }
      Word cut = new Word(body.substring(start, end), start, end, classifier);
      words[slot] = cut;
      keys[slot] = key;
      if (++size * 2 > words.length) {
        if (words.length < MAX_SLOTS) {
          grow();
        } else {
          Arrays.fill(words, null);
          size = 0;
        }
      }
      return cut;
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
      Word[] oldWords = words;
      long[] oldKeys = keys;
      words = new Word[oldWords.length * 2];
      keys = new long[oldWords.length * 2];
      int mask = words.length - 1;
      for (int k = 0; k < oldWords.length; k++) {
        if (oldWords[k] != null) {
          int slot = slot(oldKeys[k], mask);
          while (words[slot] != null) {
            slot = (slot + 1) & mask;
          }
          words[slot] = oldWords[k];
          keys[slot] = oldKeys[k];
        }
      }
    }
  }

  /** The shortest place name in capitals a glued dateline opens on ({@link #gluedDateline}). */
  private static final int MIN_DATELINE_PLACE = 3;

  /**
   * Where the dash stands in a paragraph's first token that is a place in capitals glued to the
   * sentence's first word ("BARCELONA-Spanish", "KANO-Police"), else -1. Compounds of two capitalised
   * names ("Al-Rishq") and of capitals alone ("NATO-EU") are not datelines.
   */
  private static int gluedDateline(String token) {
    int dash = token.indexOf('-');
    if (dash < MIN_DATELINE_PLACE || dash + 2 >= token.length() || !Character.isUpperCase(token.charAt(dash + 1))
        || !Character.isLowerCase(token.charAt(dash + 2))) {
      return -1;
    }
    for (int k = 0; k < dash; k++) {
      if (!Character.isUpperCase(token.charAt(k))) {
        return -1;
      }
    }
    return dash;
  }

  /** Characters that join two runs of letters or digits into one token: "Kovac’s", "Al-Rishq", "22,000", "AT&T". */
  private static final String JOINERS = "'’.,-&";
  /** "Mr", "Ms", "Dr", "Gen", "U.S", "J" keep their dot; ordinary words do not. */
  static boolean keepsDot(String text) {
    if (text.length() == 1 && Character.isUpperCase(text.charAt(0))) {
      return true;
    }
    if (text.indexOf('.') > 0) {
      return true;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "mr", "ms", "mrs", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "adm", "maj", "prof", "st" -> true;
      default -> false;
    };
  }
}
