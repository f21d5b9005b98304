package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Sentence;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a count stands in its article: the first place its sentence names after "in" or "at", else
 * the place the nearest earlier sentence names. In a round-up of marches, "organisers in Kelm
 * estimated 750,000 … some 750,000 took part" and "In Tarn, the route was changed … the turnout was
 * about 500,000" are counts of two places, though neither count's own sentence names one.
 */
final class CountPlaces {
  /**
   * A capitalised place of one to three words after "in" or "at", or after a place noun of it: "in
   * Kelm", "at the Port of Tarn", "in the river town of Carrow".
   */
  private static final Pattern PLACE = Pattern.compile(
      "\\b(?:[Ii]n|[Aa]t)\\s{1,3}(?:the\\s{1,3})?(?:(?:\\p{Ll}{1,20}\\s{1,3})?" + CountRoles.PLACE_UNITS + "\\s{1,3}of\\s{1,3})?"
          + "(\\p{Lu}[\\p{L}.’'-]{0,30}(?:\\s{1,3}\\p{Lu}[\\p{L}.’'-]{0,30}){0,2})");
  /** Dots or apostrophes closing a place's first word: "D.C.", "Kelm’". */
  private static final Pattern TRAILING_MARKS = Pattern.compile("[.’']{1,3}$");
  /** A possessive or a full stop closing a place: "Kelm’s", "D.C.". */
  private static final Pattern TRAILING_POSSESSIVE = Pattern.compile("(?:[’']s|\\.)$");
  /**
   * A place a sentence, or the quote it opens, puts first, and a count within two words of it:
   * "In Kelm, four people died", "He said: “At Tarn, only two …". Group 1 is the place phrase.
   */
  private static final Pattern FRONTED_PLACE = Pattern.compile(
      "^(?:[^“\":]{0,80}[:“\"]\\s{0,3}[“\"]?)?\\s{0,3}((?:In|At)\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L}.’'-]{0,30}"
          + "(?:\\s{1,3}\\p{Lu}[\\p{L}.’'-]{0,30}){0,2}),\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,2}$");
  /** How far into its sentence a count may stand and still take a fronted place ({@link #FRONTED_PLACE}). */
  private static final int FRONTED_CHARS = 140;
  /** How many sentences back a count without a place of its own looks for one. */
  private static final int LOOKBACK = 3;

  private final Set<String> timeWords = new HashSet<>();

  CountPlaces(Lexicon lexicon) {
    for (String w : lexicon.entries("time-words")) {
      timeWords.add(w.toLowerCase(Locale.ROOT));
    }
    for (String entry : lexicon.entries("months")) {
      timeWords.add(entry.split("\\|", 2)[0].strip().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * The first place a sentence names, and whether it names another after it: "killed nine in Orsk,
   * and three others in the Northern Region" stands in two places.
   */
  record Named(Optional<String> first, boolean several) {}

  /**
   * The place of a count in {@code s}, one of {@code sentences} (its article's, in order), if any
   * sentence names one. {@code read} keeps each sentence's places for the caller's run: a table of
   * forty counts in one sentence reads it once. A sentence naming two places lends neither to the
   * counts after it: which of its places a later count stands in, it does not say.
   */
  Optional<String> of(List<Sentence> sentences, Sentence s, Map<Sentence, Named> read) {
    Optional<String> own = read.computeIfAbsent(s, this::placesOf).first();
    if (own.isEmpty() && CountRoles.breakdownStart(s.text()) < s.text().length()) {
      return own; // "13 deaths, with six in Kelm, four in Tarn": a total over the places it lists stands in none
    }
    for (int k = s.index() - 1; own.isEmpty() && k >= 0 && s.index() - k <= LOOKBACK && k < sentences.size(); k--) {
      Named earlier = read.computeIfAbsent(sentences.get(k), this::placesOf);
      if (earlier.several()) {
        return Optional.empty();
      }
      own = earlier.first();
    }
    return own;
  }

  /** The places a sentence names before any breakdown by place ({@link CountRoles#breakdownStart}). */
  private Named placesOf(Sentence s) {
    String text = s.text().substring(0, CountRoles.breakdownStart(s.text()));
    Optional<String> first = named(text);
    boolean several = first.isPresent() && named(text.substring(text.indexOf(first.get()) + first.get().length()))
        .filter(next -> differ(first, Optional.of(next))).isPresent();
    return new Named(first, several);
  }

  /**
   * The place a count's sentence, or the quote in it, opens on just before the count ({@link
   * #FRONTED_PLACE}): "Kelm" of "In Kelm, four people died". A time ("In January, 40 …") is no place.
   */
  Optional<String> fronted(Sentence s, int figureStart) {
    int at = figureStart - s.start();
    if (at <= 0 || at > FRONTED_CHARS || at > s.text().length()) {
      return Optional.empty();
    }
    String before = s.text().substring(0, at);
    if (!before.contains("In ") && !before.contains("At ")) {
      return Optional.empty(); // most counts follow no fronted place: the pattern is not tried
    }
    Matcher m = FRONTED_PLACE.matcher(before);
    return m.matches() ? named(m.group(1)) : Optional.empty();
  }

  /** Two places that are not one: neither names the other ("Kelm" and "Kelm City" are one). */
  static boolean differ(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    String x = a.get().toLowerCase(Locale.ROOT);
    String y = b.get().toLowerCase(Locale.ROOT);
    return !x.contains(y) && !y.contains(x);
  }

  /**
   * Two counts' places that are not one, unless either count's sentence also names the other's
   * place: "at Dorvan Hospital, a centre in Orsk" and "in Orsk" place the count in one town.
   */
  static boolean apart(Optional<String> a, String sentenceA, Optional<String> b, String sentenceB) {
    return differ(a, b) && !sentenceA.contains(b.get()) && !sentenceB.contains(a.get());
  }

  /** Where the next "in", "In", "at" or "At" starts at or after {@code from}, inside a word or not; -1 when none does. */
  private static int preposition(String text, int from) {
    for (int i = from; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if ((c == 'i' || c == 'I') && next == 'n' || (c == 'a' || c == 'A') && next == 't') {
        return i;
      }
    }
    return -1;
  }

  /** The first place {@code text} names after "in" or "at", a time word ("in January") being none. */
  Optional<String> named(String text) {
    // Every match opens on "in" or "at": the pattern is tried at each of them (seeing the text around,
    // for its \b), not at every character. The first that matches is what find() gives.
    Matcher m = PLACE.matcher(text).useTransparentBounds(true);
    for (int at = preposition(text, 0); at >= 0; ) {
      if (!m.region(at, text.length()).lookingAt()) {
        at = preposition(text, at + 1);
        continue;
      }
      at = preposition(text, m.end());
      String place = m.group(1);
      int space = place.indexOf(' ');
      String first = TRAILING_MARKS.matcher(space < 0 ? place : place.substring(0, space)).replaceFirst("")
          .toLowerCase(Locale.ROOT);
      if (!timeWords.contains(first)) {
        return Optional.of(TRAILING_POSSESSIVE.matcher(place).replaceFirst(""));
      }
    }
    return Optional.empty();
  }
}
