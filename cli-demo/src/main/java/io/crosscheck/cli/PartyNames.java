package io.crosscheck.cli;

import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.List;
import java.util.Locale;

/**
 * Source names as they read inside a sentence: a bare common noun gets an article.
 *
 * <p>"company" (institution) reads "the company"; "official" and "U.S. official" (anonymous) read
 * "an official" and "a U.S. official"; "officials" stays plural; "Mira Oduya" and "the statement"
 * stay as they are.
 */
final class PartyNames {
  private static final List<String> DETERMINERS = List.of("the", "a", "an", "its", "his", "her", "their", "our", "this", "that");

  /** Head nouns of organisations that English names with "the": "the Interior Ministry". */
  private static final List<String> INSTITUTION_HEADS = List.of("ministry", "office", "authority", "authorities",
      "department", "corps", "association", "agency", "commission", "council", "service", "union", "army",
      "police", "government", "committee", "court", "military", "forces", "administration", "secretariat");

  private PartyNames() {}

  static String phrase(Source source) {
    String name = source.name().strip();
    if (name.isEmpty()) {
      return "an unnamed source";
    }
    char first = name.charAt(0);
    String firstWord = name.split(" ", 2)[0].toLowerCase(Locale.ROOT);
    if (DETERMINERS.contains(firstWord)) {
      return name;
    }
    if (source.kind() == SourceKind.ANONYMOUS) {
      if (isPlural(name)) {
        return name;
      }
      // "an official", "an Israeli official", but "a U.S. official" (a capital U is read "you").
      return ("aeiouAEIO".indexOf(first) >= 0 ? "an " : "a ") + name;
    }
    return Character.isLowerCase(first) || hasInstitutionHead(source, name) ? "the " + name : name;
  }

  /**
   * True for an organisation named by a common head noun ("Interior Ministry", "Ministry of
   * Emergency Situations", "Port Authority"), which takes "the"; not for a possessive ("Austerlund's
   * Trade Ministry") or a proper name ("Kestrel Telecom").
   */
  private static boolean hasInstitutionHead(Source source, String name) {
    if (source.kind() != SourceKind.INSTITUTION || name.contains("'s ") || name.contains("\u2019s ")) {
      return false;
    }
    int of = name.indexOf(" of ");
    String head = of > 0 ? name.substring(0, of) : name;
    head = head.substring(head.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return INSTITUTION_HEADS.contains(head);
  }

  /** "officials", "sources" — a last word ending in a single s. */
  private static boolean isPlural(String name) {
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return last.length() > 2 && last.endsWith("s") && !last.endsWith("ss");
  }

  /** "a spokesman said" at the start of a sentence: "A spokesman said". */
  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** "A", "A and B", "A, B and C". */
  static String joined(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
