package io.crosscheck.figure;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Qualifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists of the figure stage, parsed once from a {@link Lexicon} into lookup tables.
 *
 * <p>The line {@code "more than|LOWER_BOUND"} of list {@code qualifiers} becomes
 * {@code qualifiers().get("more than") == LOWER_BOUND}. Malformed lines are skipped, not fatal.
 */
final class FigureLexicon {
  /** A unit word's kind and its normalised name: "hour" gives (DURATION, "hours"). */
  record Unit(FigureKind kind, String name) {}

  /** A vague magnitude's interval: "dozens" gives [24, 99]. */
  record Magnitude(double low, double high) {}

  final Map<String, Double> numberWords;
  final Map<String, Double> ordinalWords;
  final Map<String, Double> scales;
  final Map<String, Double> fractions;
  final Map<String, Magnitude> magnitudes;
  final Map<String, Qualifier> qualifiers;
  final Map<String, String> currenciesBefore;
  final Map<String, String> currenciesAfter;
  final Map<String, Unit> units;
  final Map<String, Integer> months;
  final Map<String, Integer> weekdays;
  final Map<String, String[]> relativeDates;
  final Set<String> labelWords;
  final Set<String> functionWords;
  final Set<String> verbs;
  final Set<String> nonFigurePhrases;
  /** Every word of every non-figure phrase: "at one point" gives "at", "one", "point". */
  final Set<String> nonFigurePhraseWords;
  final Set<String> irregularPlurals;
  final Map<String, String> eventNouns;
  /** Lower-cased words that can start a number or date expression; other words are skipped at once. */
  final Set<String> starters;
  /** The longest phrase, in words, of any multi-word list, bounding look-ups. */
  final int longestPhrase = 4;
  /**
   * The word-wise beginnings of the multi-word phrases each forward reader looks up ("tens" and "tens
   * of" for "tens of thousands"): a reader stops lengthening a phrase that no entry goes on from, so it
   * builds no phrase at all for most words.
   */
  final Set<String> magnitudeStems;
  final Set<String> relativeDateStems;
  /** Beginnings of the multi-word units and currencies read after a number ("U.S." of "U.S. dollars"). */
  final Set<String> unitStems;
  /** The word-wise endings of the multi-word qualifiers ("than", "more than"), for the reader that goes backwards. */
  final Set<String> qualifierTails;

  FigureLexicon(Lexicon lexicon) {
    numberWords = numbers(lexicon, "number-words");
    ordinalWords = numbers(lexicon, "ordinal-words");
    scales = numbers(lexicon, "scale-words");
    fractions = numbers(lexicon, "fractions");
    Map<String, Magnitude> magnitudes = new HashMap<>();
    Map<String, Qualifier> qualifiers = new HashMap<>();
    Map<String, String> currenciesBefore = new HashMap<>();
    Map<String, String> currenciesAfter = new HashMap<>();
    Map<String, Unit> units = new HashMap<>();
    Map<String, String[]> relativeDates = new HashMap<>();
    for (String[] f : fields(lexicon, "vague-magnitudes", 3)) {
      Double low = number(f[1]);
      Double high = f[2].equals("inf") ? Double.valueOf(Double.POSITIVE_INFINITY) : number(f[2]);
      if (low != null && high != null && low <= high) {
        magnitudes.put(f[0], new Magnitude(low, high));
      }
    }
    for (String[] f : fields(lexicon, "qualifiers", 2)) {
      enumValue(Qualifier.class, f[1]).ifPresent(q -> qualifiers.put(f[0], q));
    }
    for (String[] f : fields(lexicon, "currencies", 3)) {
      (f[2].equals("before") ? currenciesBefore : currenciesAfter).put(f[0], f[1].toUpperCase(Locale.ROOT));
    }
    for (String[] f : fields(lexicon, "units", 3)) {
      enumValue(FigureKind.class, f[1]).ifPresent(k -> units.put(f[0], new Unit(k, f[2])));
    }
    for (String[] f : fields(lexicon, "relative-dates", 3)) {
      relativeDates.put(f[0], new String[] {f[1], f[2]});
    }
    Map<String, String> events = new HashMap<>();
    for (String[] f : fields(lexicon, "count-event-nouns", 2)) {
      events.put(f[0], f[1]);
    }
    eventNouns = hashedMap(events);
    this.magnitudes = hashedMap(magnitudes);
    this.qualifiers = hashedMap(qualifiers);
    this.currenciesBefore = hashedMap(currenciesBefore);
    this.currenciesAfter = hashedMap(currenciesAfter);
    this.units = hashedMap(units);
    this.relativeDates = hashedMap(relativeDates);
    magnitudeStems = stems(magnitudes.keySet());
    relativeDateStems = stems(relativeDates.keySet());
    Set<String> unitPhrases = new HashSet<>(units.keySet());
    unitPhrases.addAll(currenciesAfter.keySet());
    unitStems = stems(unitPhrases);
    qualifierTails = tails(qualifiers.keySet());
    months = integers(lexicon, "months");
    weekdays = integers(lexicon, "weekdays");
    labelWords = words(lexicon, "label-words");
    functionWords = words(lexicon, "function-words");
    verbs = words(lexicon, "verbs");
    nonFigurePhrases = words(lexicon, "non-figure-phrases");
    Set<String> phraseWords = new HashSet<>();
    for (String phrase : nonFigurePhrases) {
      phraseWords.addAll(Arrays.asList(phrase.split(" ")));
    }
    nonFigurePhraseWords = hashedSet(phraseWords);
    irregularPlurals = words(lexicon, "irregular-plurals");
    Set<String> first = new HashSet<>(Set.of("a", "an", "mid", "early", "late", "end"));
    for (Map<String, ?> m : List.of(numberWords, ordinalWords, fractions, this.magnitudes, months, weekdays,
        this.relativeDates)) {
      m.keySet().forEach(k -> first.add(k.split(" ", 2)[0]));
    }
    starters = hashedSet(first);
  }

  /** "tens" and "tens of" for "tens of thousands": every phrase cut before one of its spaces. */
  static Set<String> stems(Collection<String> phrases) {
    Set<String> out = new HashSet<>();
    for (String p : phrases) {
      for (int space = p.indexOf(' '); space > 0; space = p.indexOf(' ', space + 1)) {
        out.add(p.substring(0, space));
      }
    }
    return hashedSet(out);
  }

  /** "than" and "more than" for "no more than": every phrase cut after one of its spaces. */
  static Set<String> tails(Collection<String> phrases) {
    Set<String> out = new HashSet<>();
    for (String p : phrases) {
      for (int space = p.lastIndexOf(' '); space > 0; space = p.lastIndexOf(' ', space - 1)) {
        out.add(p.substring(space + 1));
      }
    }
    return hashedSet(out);
  }

  /** True when {@code t} may start a figure: digits, or a starter word, alone or before a hyphen. */
  boolean mayStart(Token t) {
    String lower = t.lower();
    if (Character.isDigit(lower.charAt(0)) || starters.contains(lower)) {
      return true;
    }
    int hyphen = lower.indexOf('-');
    return hyphen > 0 && starters.contains(lower.substring(0, hyphen));
  }

  private static List<String[]> fields(Lexicon lexicon, String list, int count) {
    return lexicon.entries(list).stream()
        .map(e -> e.toLowerCase(Locale.ROOT).split("\\|", -1))
        .filter(f -> f.length == count && !f[0].isBlank())
        .map(f -> {
          for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
          }
          return f;
        })
        .toList();
  }

  private static Map<String, Double> numbers(Lexicon lexicon, String list) {
    Map<String, Double> out = new HashMap<>();
    for (String[] f : fields(lexicon, list, 2)) {
      Double v = number(f[1]);
      if (v != null) {
        out.put(f[0], v);
      }
    }
    return hashedMap(out);
  }

  private static Map<String, Integer> integers(Lexicon lexicon, String list) {
    Map<String, Integer> out = new HashMap<>();
    numbers(lexicon, list).forEach((k, v) -> out.put(k, v.intValue()));
    return hashedMap(out);
  }

  private static Set<String> words(Lexicon lexicon, String list) {
    Set<String> out = new HashSet<>();
    for (String e : lexicon.entries(list)) {
      out.add(e.toLowerCase(Locale.ROOT).strip());
    }
    return hashedSet(out);
  }

  private static Double number(String s) {
    try {
      return Double.valueOf(s);
    } catch (NumberFormatException e) {
      return null; // a malformed lexicon line is skipped, as the Lexicon contract says
    }
  }

  private static <E extends Enum<E>> java.util.Optional<E> enumValue(Class<E> type, String name) {
    try {
      return java.util.Optional.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  /*
   * Unmodifiable hash sets and maps, not Set.copyOf / Map.copyOf: the figure readers look up nearly
   * every token, nearly always missing, and a hash set compares a word's cached hash before its
   * letters where the immutable sets' probing compares the letters of each word it meets.
   */
  private static <T> Set<T> hashedSet(Collection<T> items) {
    return Collections.unmodifiableSet(new HashSet<>(items));
  }

  private static <K, V> Map<K, V> hashedMap(Map<K, V> entries) {
    return Collections.unmodifiableMap(new HashMap<>(entries));
  }
}
