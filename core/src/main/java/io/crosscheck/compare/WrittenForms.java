package io.crosscheck.compare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes out the short forms an outlet's copy desk chooses, so that one remark quoted by two
 * outlets reads alike however each house style wrote it: contractions ("I'm", "didn't", "it's",
 * "won't"), the ampersand, a magnitude after a number ("£758m", "$1.2bn", "40k") and the percent
 * sign or "per cent". "I'm too old" and "I am too old" are one wording; "£758m" and "758 million"
 * are one number.
 *
 * <p>Only for comparing wordings: the text it gives is never shown as the speaker's.
 */
final class WrittenForms {
  private static final String APOSTROPHE = "['\u2019]";
  /** "didn't", "couldn't": the verb and "not"; "can't", "won't", "shan't" have their own verb. */
  private static final Pattern NOT = Pattern.compile("(?i)\\b(\\p{L}{1,12}?)n" + APOSTROPHE + "t\\b");
  /** "I'm", "we're", "they've", "you'll", "she'd". */
  private static final Pattern AUXILIARY = Pattern.compile("(?i)\\b(\\p{L}{1,12})" + APOSTROPHE + "(m|re|ve|ll|d)\\b");
  /** "it's", "that's", "there's": "is" after a pronoun; "Orsk's" is a possessive and stays. */
  private static final Pattern PRONOUN_IS = Pattern.compile(
      "(?i)\\b(it|that|there|here|what|who|where|how|he|she)" + APOSTROPHE + "s\\b");
  private static final Pattern LETS = Pattern.compile("(?i)\\blet" + APOSTROPHE + "s\\b");
  private static final Pattern CANNOT = Pattern.compile("(?i)\\bcannot\\b");
  private static final Pattern AMPERSAND = Pattern.compile("\\s?&\\s?");
  /** "£758m", "1.2bn", "40k": a number and its magnitude run together. */
  private static final Pattern MAGNITUDE = Pattern.compile("(?i)(\\d)(m|bn|k)\\b");
  /** "40%", "40 per cent", "40 percent" are one number of percent. */
  private static final Pattern PERCENT = Pattern.compile("(?i)(\\d) ?(?:%|per cent\\b|percent\\b)");

  private WrittenForms() {}

  /** {@code text} with its short forms written out. */
  static String plain(String text) {
    if (!mayHoldShortForms(text)) {
      return text;
    }
    String s = replace(NOT, text, m -> notForm(m.group(1)));
    s = replace(AUXILIARY, s, m -> m.group(1) + " " + auxiliary(m.group(2)));
    s = replace(PRONOUN_IS, s, m -> m.group(1) + " is");
    s = LETS.matcher(s).replaceAll("let us");
    s = CANNOT.matcher(s).replaceAll("can not");
    s = AMPERSAND.matcher(s).replaceAll(" and ");
    s = replace(MAGNITUDE, s, m -> m.group(1) + " " + magnitude(m.group(2)));
    return PERCENT.matcher(s).replaceAll("$1 percent");
  }

  /** Most quotes hold none: a cheap look for an apostrophe, an ampersand, a digit or "cannot" first. */
  private static boolean mayHoldShortForms(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\u2019' || c == '&' || c >= '0' && c <= '9') {
        return true;
      }
    }
    return text.contains("annot");
  }

  private static String notForm(String stem) {
    String lower = stem.toLowerCase(Locale.ROOT);
    return switch (lower) {
      case "ca" -> stem + "n not";
      case "wo" -> (Character.isUpperCase(stem.charAt(0)) ? "Will" : "will") + " not";
      case "sha" -> stem + "ll not";
      default -> stem + " not";
    };
  }

  private static String auxiliary(String shortForm) {
    return switch (shortForm.toLowerCase(Locale.ROOT)) {
      case "m" -> "am";
      case "re" -> "are";
      case "ve" -> "have";
      case "ll" -> "will";
      default -> "would";
    };
  }

  private static String magnitude(String shortForm) {
    return switch (shortForm.toLowerCase(Locale.ROOT)) {
      case "m" -> "million";
      case "bn" -> "billion";
      default -> "thousand";
    };
  }

  private static String replace(Pattern p, String text, java.util.function.Function<Matcher, String> with) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    do {
      out.append(text, last, m.start()).append(with.apply(m));
      last = m.end();
    } while (m.find());
    return out.append(text, last, text.length()).toString();
  }
}
