package io.crosscheck.attribution;

import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a stretch of text into word and punctuation tokens with offsets.
 *
 * <p>{@code Mr. Kovac’s aide said, “No.”} gives {@code Mr.}, {@code Kovac’s}, {@code aide},
 * {@code said}, {@code ,}, {@code “}, {@code No}, {@code .}, {@code ”}.
 */
final class Words {
  /** A word with inner apostrophes, hyphens or dots: "Kovac’s", "Al-Rishq", "U.S", "22,000". */
  private static final Pattern TOKEN = Pattern.compile(
      "[\\p{L}\\p{N}]{1,60}(?:['’.,\\-][\\p{L}\\p{N}]{1,60}){0,8}|\\S");

  /** One token: its text, its lower-cased form (computed once: every reader compares it) and offsets. */
  record Word(String text, int start, int end, String lower) {
    Word(String text, int start, int end) {
      this(text, start, end, text.toLowerCase(Locale.ROOT));
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.charAt(0));
    }

    /** "Kovac", and names with a lower-case particle: "al-Rishq", "van-Dijk". */
    boolean isCapitalised() {
      if (Character.isUpperCase(text.charAt(0))) {
        return true;
      }
      int hyphen = text.indexOf('-');
      return hyphen > 0 && hyphen <= 3 && hyphen + 1 < text.length() && Character.isUpperCase(text.charAt(hyphen + 1));
    }

    boolean is(String s) {
      return text.equalsIgnoreCase(s);
    }

    /** The word without a possessive ending: "Kovac’s" gives "Kovac". */
    String bare() {
      String t = text;
      if (t.endsWith("’s") || t.endsWith("'s")) {
        return t.substring(0, t.length() - 2);
      }
      return t;
    }

    boolean isPossessive() {
      return text.endsWith("’s") || text.endsWith("'s");
    }
  }

  private Words() {}

  /** Tokens of {@code body} inside {@code span}; a short word before a dot ("Mr.", "U.S.") keeps it. */
  static List<Word> of(String body, Span span) {
    List<Word> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(body).region(span.start(), span.end());
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String text = body.substring(s, e);
      if (Character.isLetter(text.charAt(0)) && e < span.end() && body.charAt(e) == '.' && keepsDot(text)) {
        e++;
        text = text + ".";
      }
      out.add(new Word(text, s, e));
      if (e > m.end()) {
        m.region(e, span.end());
      }
    }
    return out;
  }

  /** "Mr", "Ms", "Dr", "Gen", "U.S", "J" keep their dot; ordinary words do not. */
  private static boolean keepsDot(String text) {
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
