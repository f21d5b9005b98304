package io.crosscheck.internal;

import java.util.regex.Pattern;

/**
 * The words of a person's name as the linkers read them: without a leading article or title
 * ("Mr. Kovac", "the Kovac"), split on spaces, the surname without its possessive ending
 * ("Kovac’s"). One reader for the entity linker and for the event's bare surnames.
 */
public final class PersonNames {
  /** A leading article or title, which is no first name: "the ", "Mr. ", "Dr ", "Sir ". */
  private static final Pattern LEADING = Pattern.compile("(?i)^(?:the|a|an|mr\\.?|ms\\.?|mrs\\.?|dr\\.?|sir)\\s+");
  /** Spaces between name words: "Ana  Kovac". */
  private static final Pattern WHITESPACE = Pattern.compile("\\s{1,20}");
  /** A possessive ending: "Kovac’s" gives "Kovac". */
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

  private PersonNames() {}

  /** {@code name} without a leading article or title, stripped: "Mr. Ana Kovac" gives "Ana Kovac". */
  public static String withoutTitle(String name) {
    return LEADING.matcher(name.strip()).replaceFirst("").strip();
  }

  /** The words of {@code name} once its title is dropped: "Dr Ana  Kovac" gives [Ana, Kovac]. */
  public static String[] words(String name) {
    return WHITESPACE.split(withoutTitle(name));
  }

  /** A name word without its possessive ending: "Kovac’s" gives "Kovac". */
  public static String withoutPossessive(String word) {
    return POSSESSIVE.matcher(word).replaceFirst("");
  }
}
