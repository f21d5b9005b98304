package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Locale;
import io.crosscheck.model.Span;

/**
 * Small facts about a phrase's words: its text, determiners, titles, acronyms.
 *
 * <p>{@code join([the, Interior, Ministry])} gives "the Interior Ministry"; {@code isAcronym("U.S.")}
 * is true; {@code withoutDeterminer([a, senior, official])} gives [senior, official].
 */
final class Phrases {
  /** Participles that seat a body somewhere, closing a compound before its name: "Orvel-based Tarvin". */
  private static final WordSet SEATING = WordSet.of("based", "headquartered", "listed", "registered");
  private Phrases() {}


  /** "the mayor’s office" is named "office of the mayor", so the owner stays a whole word. */
  static String ownerLast(List<Word> p, String text) {
    if (p.size() < 2 || !p.get(p.size() - 2).isPossessive()) {
      return text;
    }
    List<Word> owner = p.subList(0, p.size() - 1);
    String ownerText = join(owner);
    ownerText = ownerText.substring(0, ownerText.length() - 2);
    return p.get(p.size() - 1).text() + " of " + (owner.get(0).isCapitalised() ? "" : "the ") + ownerText;
  }

  /** "Orvel-based", "Velmar-headquartered": a compound seating a body in a place, which no person's name opens. */
  static boolean isSeating(Word w) {
    int hyphen = w.text().lastIndexOf('-');
    return hyphen > 0 && SEATING.contains(w.lower().substring(hyphen + 1));
  }

  /** The "in"/"on"/"at" that locates the speaker: "diplomats in Dravik", "owners on Carrow"; or -1. */
  static int placePreposition(List<Word> p) {
    int in = Phrases.indexOfWord(p, "in");
    for (int k = 1; k + 1 < p.size() && in < 0; k++) {
      if (SpeakerLocator.PLACE_PREPOSITIONS.contains(p.get(k).lower()) && p.get(k + 1).isCapitalised()) {
        in = k;
      }
    }
    return in;
  }

  static boolean hasTitle(List<Word> p) {
    // each word's lower-cased form is cut once: lower-casing the text again per word allocated per phrase read
    for (Word w : p) {
      if (isLowerTitle(w.lower())) {
        return true;
      }
    }
    return false;
  }

  static int indexOfWord(List<Word> p, String word) {
    for (int k = 0; k < p.size(); k++) {
      if (p.get(k).is(word)) {
        return k;
      }
    }
    return -1;
  }

  /** The index of the first word of {@code p} in {@code words}, or -1: {@link #indexOfWord} for a set. */
  static int indexOfAny(List<Word> p, WordSet words) {
    for (int k = 0; k < p.size(); k++) {
      if (words.contains(p.get(k).lower())) {
        return k;
      }
    }
    return -1;
  }

  static boolean looksLikeDemonym(String s) {
    return s.endsWith("ian") || s.endsWith("ean") || s.endsWith("ese") || s.endsWith("ish")
        || (s.endsWith("an") || s.endsWith("i")) && s.length() > 4; // "Velorian", "Kastani"
  }

  static boolean isTitle(String role) {
    return isLowerTitle(role.toLowerCase(Locale.ROOT));
  }

  /** {@link #isTitle} of a lower-cased word: "mr.", "ms.", "mrs.", "dr.", "mr", "ms". */
  private static boolean isLowerTitle(String r) {
    return r.equals("mr.") || r.equals("ms.") || r.equals("mrs.") || r.equals("dr.") || r.equals("mr") || r.equals("ms");
  }

  /**
   * Whether {@code s} without its dots and ampersands ("U.N.", "AT&T") is two to six capitals. Read
   * in place: the test runs per name word, and removing the marks first copied the word twice.
   */
  static boolean isAcronym(String s) {
    int letters = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '.' || c == '&') {
        continue;
      }
      if (!Character.isUpperCase(c)) {
        return false;
      }
      letters++;
    }
    return letters >= MIN_ACRONYM && letters <= MAX_ACRONYM;
  }

  /** The fewest letters of an acronym ({@link #isAcronym}). */
  private static final int MIN_ACRONYM = 2;
  /** The most letters of an acronym ({@link #isAcronym}). */
  private static final int MAX_ACRONYM = 6;

  static List<Word> withoutDeterminer(List<Word> phrase) {
    int from = 0;
    while (from < phrase.size() && (phrase.get(from).is("a") || phrase.get(from).is("an") || phrase.get(from).is("the")
        || phrase.get(from).is("some") || phrase.get(from).is("both"))) {
      from++;
    }
    return phrase.subList(from, phrase.size());
  }

  static String join(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      if (b.length() > 0 && w.isWord()) {
        b.append(' ');
      }
      b.append(w.text());
    }
    return b.toString();
  }

  /** Whether {@code span} of {@code body} holds at least {@code n} words; stops counting at {@code n}. */
  static boolean hasWords(String body, Span span, int n) {
    int count = 0;
    boolean inWord = false;
    for (int i = span.start(); i < span.end() && count < n; i++) {
      boolean letter = Character.isLetterOrDigit(body.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter || inWord && (body.charAt(i) == '\'' || body.charAt(i) == '’' || body.charAt(i) == '-');
    }
    return count >= n;
  }

  /** "No" or "No." before a rank's number: "world No 1". */
  static boolean isRankMark(Word w) {
    return w.text().equals("No") || w.text().equals("No.");
  }

  /** "the world No 1": a person named by rank, pointing back as "the 36-year-old" does. */
  static boolean isRank(List<Word> phrase) {
    int n = phrase.size();
    return n >= 3 && phrase.get(0).is("the") && isRankMark(phrase.get(n - 2))
        && phrase.get(n - 1).text().chars().allMatch(Character::isDigit);
  }
}
