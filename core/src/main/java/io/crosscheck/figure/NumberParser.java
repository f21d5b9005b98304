package io.crosscheck.figure;

import io.crosscheck.figure.Quantity.Form;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the number expression that starts at a token: digits, number words, scale words, ordinals,
 * fractions and vague magnitudes.
 *
 * <p>"1.7 million" gives 1700000; "two and a half" 2.5; "a dozen" 12; "twenty-first" ORDINAL 21;
 * "three-quarters" FRACTION 75; "tens of thousands" VAGUE [10000, 99999]; "Channel" nothing.
 */
final class NumberParser {
  /** "22,000", "1.7", "129", "7th", "1.2bn", "120m", "1990s": a number with an optional short suffix. */
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,15})(\\.\\d{1,6})?([a-z]{1,3})?");

  private final FigureLexicon lexicon;

  NumberParser(FigureLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The number expression starting at token {@code i}, if one does. */
  Optional<Quantity> parse(List<Token> tokens, int i) {
    String t = tokens.get(i).lower();
    Optional<Quantity> vague = vague(tokens, i);
    if (vague.isPresent()) {
      return vague;
    }
    Double part = closingPart(tokens, i);
    if (part != null) {
      return Optional.of(Quantity.of(i, i + 1, part, Form.FRACTION, "", false));
    }
    Double ordinal = ordinalValue(t);
    if (ordinal != null) {
      return Optional.of(Quantity.of(i, i + 1, ordinal, Form.ORDINAL, "", Character.isDigit(t.charAt(0))));
    }
    if (t.equals("half") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("a")) {
      String word = tokens.get(i + 2).lower();
      Double scale = word.equals("dozen") ? lexicon.numberWords.get(word) : lexicon.scales.get(word);
      if (scale != null && (scale >= 1000 && word.length() > 3 || word.equals("dozen"))) {
        return Optional.of(Quantity.of(i, i + 3, scale / 2, Form.CARDINAL, "", false)); // "half a million", "half a dozen"
      }
    }
    Double fraction = fractionValue(t);
    if (fraction != null) {
      return Optional.of(Quantity.of(i, i + 1, fraction, Form.FRACTION, "", false));
    }
    if ((t.equals("a") || t.equals("an")) && i + 4 < tokens.size()) {
      Optional<Quantity> andAHalf = unitAndAHalf(tokens, i);
      if (andAHalf.isPresent()) {
        return andAHalf;
      }
    }
    if ((t.equals("a") || t.equals("an")) && i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).lower();
      Double f = lexicon.fractions.get(next);
      if (f != null && !next.endsWith("s") && !isOrdinalBeforeNoun(tokens, i + 1)) {
        return Optional.of(Quantity.of(i, i + 2, f, Form.FRACTION, "", false));
      }
    }
    return cardinal(tokens, i);
  }

  /** "an hour and a half", "a year and a half": 1.5 of a singular unit, carried as the unit hint. */
  private Optional<Quantity> unitAndAHalf(List<Token> tokens, int i) {
    String unit = tokens.get(i + 1).lower();
    boolean half = tokens.get(i + 2).lower().equals("and") && tokens.get(i + 3).lower().equals("a")
        && tokens.get(i + 4).lower().equals("half");
    if (!half || !lexicon.units.containsKey(unit) || unit.endsWith("s")) {
      return Optional.empty();
    }
    return Optional.of(Quantity.of(i, i + 5, 1.5, Form.CARDINAL, unit, false));
  }

  /** "tens of thousands", "dozens": the longest vague-magnitude phrase at {@code i}. */
  private Optional<Quantity> vague(List<Token> tokens, int i) {
    String phrase = tokens.get(i).lower();
    Optional<Quantity> best = Optional.empty();
    for (int j = i; ; j++) {
      FigureLexicon.Magnitude m = lexicon.magnitudes.get(phrase);
      if (m != null) {
        best = Optional.of(new Quantity(i, j + 1, Double.NaN, Form.VAGUE, m.low(), m.high(), "", false));
      }
      if (j + 1 >= tokens.size() || j + 1 >= i + lexicon.longestPhrase || !lexicon.magnitudeStems.contains(phrase)) {
        return best;
      }
      phrase = phrase + " " + tokens.get(j + 1).lower();
    }
  }

  /** "fourth" 4, "7th" 7, "twenty-first" 21; null when {@code t} is no ordinal. */
  Double ordinalValue(String t) {
    Double word = lexicon.ordinalWords.get(t.endsWith("-ever") ? t.substring(0, t.length() - 5) : t);
    if (word != null) {
      return word; // "fourth", "first-ever"
    }
    Matcher m = startsNumeric(t) ? NUMERIC.matcher(t) : null;
    if (m != null && m.matches() && m.group(2) == null && m.group(3) != null && isOrdinalSuffix(m.group(3))) {
      return Double.valueOf(m.group(1).replace(",", ""));
    }
    if (t.indexOf('-') < 0) {
      return null; // a compound ordinal ("twenty-first") holds a hyphen
    }
    String[] parts = t.split("-", -1);
    if (parts.length == 2 && lexicon.numberWords.containsKey(parts[0]) && lexicon.ordinalWords.containsKey(parts[1])
        && lexicon.numberWords.get(parts[0]) >= 20) {
      return lexicon.numberWords.get(parts[0]) + lexicon.ordinalWords.get(parts[1]);
    }
    return null;
  }

  /** Words before a fraction word that make it a part, not a rank: "the last third of the bonus". */
  private static final WordSet PART_OPENERS = WordSet.of("last", "final", "remaining");

  /**
   * A fraction word read as a part of a whole after "last", "final" or "remaining" and before "of":
   * "the final third of the fee" is 33.33 percent, not a third place. "Quarter" stays out: "the last
   * quarter of the year" names a season of the calendar.
   */
  private Double closingPart(List<Token> tokens, int i) {
    String t = tokens.get(i).lower();
    if (i == 0 || i + 1 >= tokens.size() || t.equals("quarter") || t.endsWith("s")
        || !PART_OPENERS.contains(tokens.get(i - 1).lower()) || !tokens.get(i + 1).lower().equals("of")) {
      return null;
    }
    return lexicon.fractions.get(t);
  }

  /** "three-quarters" 75, "two-thirds" 66.67, "one-third" 33.33; plain "half" 50. */
  private Double fractionValue(String t) {
    if (t.equals("half")) {
      return lexicon.fractions.get(t);
    }
    if (t.indexOf('-') < 0) {
      return null;
    }
    String[] parts = t.split("-", -1);
    if (parts.length == 2 && lexicon.numberWords.containsKey(parts[0]) && lexicon.fractions.containsKey(parts[1])) {
      double count = lexicon.numberWords.get(parts[0]);
      return count >= 1 && count <= 10 ? Math.round(count * lexicon.fractions.get(parts[1]) * 100) / 100.0 : null;
    }
    return null;
  }

  private static boolean isOrdinalSuffix(String s) {
    return s.equals("st") || s.equals("nd") || s.equals("rd") || s.equals("th");
  }

  /** Digits or number words with scale words: "1.7 million", "two hundred", "a million", "90-minute". */
  private Optional<Quantity> cardinal(List<Token> tokens, int i) {
    CardinalReader reader = new CardinalReader(lexicon, tokens, i);
    return reader.read();
  }

  /** The value of a plain number token, or null: "22,000" 22000, "1.2bn" 1.2e9, "7th" null. */
  static Double tokenValue(String t, Map<String, Double> scales) {
    if (!startsNumeric(t)) {
      return null; // most tokens asked are words: no matcher for them
    }
    Matcher m = NUMERIC.matcher(t);
    if (!m.matches()) {
      return null;
    }
    double v = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
    if (m.group(3) == null) {
      return v;
    }
    Double scale = scales.get(m.group(3));
    return scale != null && !m.group(3).equals("hundred") ? v * scale : null;
  }

  /** Whether {@code t} opens with an ASCII digit, as every {@link #NUMERIC} match does ({@code \d} is ASCII). */
  private static boolean startsNumeric(String t) {
    return !t.isEmpty() && t.charAt(0) >= '0' && t.charAt(0) <= '9';
  }

  /** True when {@code t} is digits with no suffix and no separators: "2024", "681313". */
  static boolean isPlainInteger(String t) {
    if (t.isEmpty() || t.length() > 15) {
      return false;
    }
    for (int k = 0; k < t.length(); k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Words after "a third" that keep it a share of a whole: "a third of", "a third the size". */
  private static final WordSet SHARE_MARKERS = WordSet.of("of", "the", "their", "its", "his",
      "her", "all", "less", "more");

  /** "a third term": an ordinal word before a noun counts occurrences; "a third of the votes" is a share. */
  private boolean isOrdinalBeforeNoun(List<Token> tokens, int at) {
    if (!lexicon.ordinalWords.containsKey(tokens.get(at).lower()) || at + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(at + 1).text();
    return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !SHARE_MARKERS.contains(next);
  }
}
