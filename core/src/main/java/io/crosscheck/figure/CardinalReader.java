package io.crosscheck.figure;

import io.crosscheck.figure.Quantity.Form;
import java.util.List;
import java.util.Optional;

/**
 * Reads one cardinal number from a run of tokens, left to right, as a small state machine.
 *
 * <p>"two hundred and fifty thousand" gives 250000; "one and a half million" 1500000; "1.7 million"
 * 1700000; "a dozen" 12; "20-30" the RANGE [20, 30]; "90-minute" 90 with unit hint "minute";
 * "one-on-one" and "two-state" nothing. One reader per parse; not thread-safe, never shared.
 */
final class CardinalReader {
  /** The longest number expression read, in tokens: "two hundred and fifty-one thousand ..." stops here. */
  private static final int MAX_TOKENS = 12;
  /** A proper fraction written with a slash after a whole number: "1/2" of "2 1/2 hours", "3/4". */
  private static final java.util.regex.Pattern SLASH_FRACTION = java.util.regex.Pattern.compile("([1-9])/([2-9]|1[0-6])");
  /** The whole numbers a slash fraction may follow: "In 2024 1/3 of voters" is a year, then a share. */
  private static final double MIXED_WHOLE_LIMIT = 1000;
  /** A whole number closed by a fraction character: "2½", "1¾". */
  private static final java.util.regex.Pattern VULGAR_MIXED = java.util.regex.Pattern.compile("(\\d{1,6})([½¼¾⅓⅔])");

  private final FigureLexicon lexicon;
  private final List<Token> tokens;
  private final int from;
  private double total;
  private double current;
  private boolean any;
  private boolean digits;

  CardinalReader(FigureLexicon lexicon, List<Token> tokens, int from) {
    this.lexicon = lexicon;
    this.tokens = tokens;
    this.from = from;
  }

  Optional<Quantity> read() {
    String first = tokens.get(from).lower();
    if (first.indexOf('-') > 0) {
      return compound(first);
    }
    int j = step(from);
    return any ? continueAfter(j) : Optional.empty();
  }

  /** Consumes what it can at token {@code j}; returns the next index, or {@code j} to stop. */
  private int step(int j) {
    String t = tokens.get(j).lower();
    Double word = wordValue(t);
    if (!any) {
      java.util.regex.Matcher mixed = t.length() >= 2 && t.length() <= 7 && isVulgar(t.charAt(t.length() - 1))
          ? VULGAR_MIXED.matcher(t) : null; // most tokens end in no fraction character: no matcher for them
      if (mixed != null && mixed.matches()) {
        current = Double.parseDouble(mixed.group(1)) + vulgar(mixed.group(2).charAt(0));
        any = true;
        digits = true;
        return j + 1; // "2½ hours"
      }
      Double v = NumberParser.tokenValue(t, lexicon.scales);
      if (v != null) {
        current = v;
        any = true;
        digits = true;
        return j + 1;
      }
      if ((t.equals("a") || t.equals("an")) && j + 1 < tokens.size() && isMultiplier(tokens.get(j + 1).lower())) {
        current = 1;
        any = true;
        return j + 1;
      }
      if (word != null) {
        current = t.equals("dozen") ? 12 : word;
        any = true;
        return j + 1;
      }
      return j;
    }
    if (digits && j == from + 1 && total == 0 && current == Math.rint(current) && current < MIXED_WHOLE_LIMIT
        && t.length() <= 5 && t.indexOf('/') > 0) {
      java.util.regex.Matcher part = SLASH_FRACTION.matcher(t);
      if (part.matches() && Integer.parseInt(part.group(1)) < Integer.parseInt(part.group(2))) {
        current += Math.round(Double.parseDouble(part.group(1)) / Double.parseDouble(part.group(2)) * 100) / 100.0;
        return j + 1; // "2 1/2 hours"
      }
    }
    if (t.equals("dozen")) {
      current = (current == 0 ? 1 : current) * 12;
      return j + 1;
    }
    if (t.equals("hundred") && !digits) {
      current = (current == 0 ? 1 : current) * 100;
      return j + 1;
    }
    Double scale = lexicon.scales.get(t);
    if (scale != null && scale >= 1000 && (t.length() > 3 || digits && t.length() >= 2)) {
      total += (current == 0 ? 1 : current) * scale;
      current = 0;
      return j + 1;
    }
    if (word != null && !digits && word < 10 && current % 10 == 0 && current % 100 >= 20) {
      current += word; // "twenty four", "two hundred fifty four"
      return j + 1;
    }
    boolean groupOpen = current > 0 && current % 100 == 0 || current == 0 && total > 0;
    if (word != null && !digits && groupOpen && word < 100 && !t.equals("dozen")) {
      current += word; // "two hundred fifty", "one thousand two hundred"
      return j + 1;
    }
    if (t.equals("and") && j + 2 < tokens.size()) {
      return and(j);
    }
    return j;
  }

  /** "and a half" adds 0.5; "hundred and fifty" continues the number; any other "and" ends it. */
  private int and(int j) {
    String a = tokens.get(j + 1).lower();
    String b = tokens.get(j + 2).lower();
    if (a.equals("a") && (b.equals("half") || b.equals("quarter"))) {
      current += b.equals("half") ? 0.5 : 0.25;
      return j + 3;
    }
    Double next = wordValue(a);
    if (next != null && !digits && next < 100 && current > 0 && current % 100 == 0) {
      current += next;
      return j + 2;
    }
    return j;
  }

  /** Whether {@code c} is a fraction character of {@link #VULGAR_MIXED}. */
  private static boolean isVulgar(char c) {
    return c == '½' || c == '¼' || c == '¾' || c == '⅓' || c == '⅔';
  }

  /** The value of a fraction character of {@link #VULGAR_MIXED}. */
  private static double vulgar(char c) {
    switch (c) {
      case '½': return 0.5;
      case '¼': return 0.25;
      case '¾': return 0.75;
      case '⅓': return 0.33;
      default: return 0.67;
    }
  }

  private boolean isMultiplier(String t) {
    return t.equals("dozen") || t.equals("hundred") || (lexicon.scales.containsKey(t) && t.length() > 3);
  }

  /** "twenty-four" 24; plain words from the number list; null otherwise. */
  private Double wordValue(String t) {
    Double plain = lexicon.numberWords.get(t);
    if (plain != null) {
      return plain;
    }
    String[] parts = t.split("-", -1);
    if (parts.length == 2 && lexicon.numberWords.containsKey(parts[0]) && lexicon.numberWords.containsKey(parts[1])) {
      double tens = lexicon.numberWords.get(parts[0]);
      double units = lexicon.numberWords.get(parts[1]);
      if (tens >= 20 && tens % 10 == 0 && units < 10) {
        return tens + units;
      }
    }
    return null;
  }

  /** A hyphenated token: "twenty-four", "20-30", "100-to-300", "90-minute", "seven-month-long"; else nothing. */
  private Optional<Quantity> compound(String t) {
    Double whole = wordValue(t);
    if (whole != null) {
      current = whole;
      any = true;
      return continueAfter(from + 1);
    }
    String[] parts = t.split("-", -1);
    Double head = NumberParser.tokenValue(parts[0], lexicon.scales);
    boolean headDigits = head != null;
    if (head == null) {
      head = lexicon.numberWords.get(parts[0]);
    }
    if (head == null) {
      return Optional.empty();
    }
    if (parts.length == 3 && headDigits && parts[1].equals("to") && NumberParser.isPlainInteger(parts[2])
        && !(head >= 1000 && head <= 2100)) {
      double other = Double.parseDouble(parts[2]); // "100-to-300", but not "a 2-to-1 vote"
      return other > head
          ? Optional.of(Quantity.of(from, from + 1, head, Form.CARDINAL, "", true).asRange(from + 1, other))
          : Optional.empty();
    }
    if (parts.length == 2 && headDigits && NumberParser.isPlainInteger(parts[1]) && parts[1].length() <= parts[0].length()
        && !(head >= 1000 && head <= 2100)) {
      double other = Double.parseDouble(parts[1]);
      if (other > head) {
        return Optional.of(Quantity.of(from, from + 1, head, Form.CARDINAL, "", true).asRange(from + 1, other));
      }
      return Optional.empty();
    }
    int fractionEnd = fractionEnd(parts);
    if (fractionEnd > 0) {
      return andAFraction(parts, head, headDigits, fractionEnd);
    }
    FigureLexicon.Unit unit = lexicon.units.get(parts[1]);
    boolean ageOrRatio = parts[parts.length - 1].equals("old");
    if (unit != null && !ageOrRatio && (parts.length == 2 || parts[2].equals("long"))) {
      return Optional.of(Quantity.of(from, from + 1, head, Form.CARDINAL, parts[1], headDigits));
    }
    return Optional.empty();
  }

  /** Where "-and-a-half" or "-and-a-quarter" ends in a hyphenated token ("two-and-a-half"), or 0. */
  private static int fractionEnd(String[] parts) {
    boolean fraction = parts.length >= 4 && parts[1].equals("and") && parts[2].equals("a")
        && (parts[3].equals("half") || parts[3].equals("quarter"));
    return fraction ? 4 : 0;
  }

  /**
   * "two-and-a-half" 2.5, "two-and-a-half-hour" 2.5 hours, "three-and-a-quarter-year-long" 3.25
   * years; any other tail leaves the token alone.
   */
  private Optional<Quantity> andAFraction(String[] parts, double head, boolean headDigits, int end) {
    double value = head + (parts[3].equals("half") ? 0.5 : 0.25);
    if (parts.length == end) {
      current = value; // "two-and-a-half thousand": scale words may follow
      any = true;
      digits = headDigits;
      return continueAfter(from + 1);
    }
    boolean unitTail = lexicon.units.containsKey(parts[end])
        && (parts.length == end + 1 || parts.length == end + 2 && parts[end + 1].equals("long"));
    return unitTail ? Optional.of(Quantity.of(from, from + 1, value, Form.CARDINAL, parts[end], headDigits)) : Optional.empty();
  }

  /** After a hyphenated word number, scale words may still follow: "twenty-five thousand". */
  private Optional<Quantity> continueAfter(int start) {
    int j = start;
    while (j < tokens.size() && j < from + MAX_TOKENS) {
      int next = step(j);
      if (next == j) {
        break;
      }
      j = next;
    }
    return Optional.of(Quantity.of(from, j, total + current, Form.CARDINAL, "", digits));
  }
}
