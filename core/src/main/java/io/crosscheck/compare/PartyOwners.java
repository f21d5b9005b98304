package io.crosscheck.compare;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which side a speaking party stands for, read across one batch: a country and its own institutions
 * are one side ("Varnia" and "Varnia's Defence Ministry"), and an institution named without its
 * owner ("the Ministry of Defence", "the ministry") belongs to the one owner whose institution of
 * that name the batch holds.
 *
 * <p>Built once per batch; {@link #sameSide} compares two party names as {@link ArticleView#party}
 * gives them.
 */
final class PartyOwners {
  /** An owner's institution: "varnia's defense ministry" (lower case, leading article dropped). */
  private static final Pattern OWNED = Pattern.compile("^(\\p{L}[\\p{L} .-]{0,40}?)['’]s\\s{1,3}(.{2,60})$");
  /** An institution named head first: "ministry of defense" is "defense ministry". */
  private static final Pattern HEAD_FIRST = Pattern.compile(
      "^(ministry|department|office|bureau|agency|service|directorate|command) of (?:the )?(\\p{L}[\\p{L} -]{1,40})$");
  /** A leading article: "the ministry". */
  private static final Pattern LEADING = Pattern.compile("^(?:the|a|an)\\s{1,3}");
  /** How many letters two spellings of one owner must share from the start: "russia" and "russian". */
  private static final int MIN_STEM = 4;

  /** Owners by the institution name they own ("defense ministry" → {"varnia"}), and by its head word ("ministry"). */
  private final Map<String, Set<String>> owners = new HashMap<>();

  private PartyOwners() {}

  static PartyOwners of(List<AnalysedArticle> articles) {
    PartyOwners p = new PartyOwners();
    for (AnalysedArticle article : articles) {
      for (Attribution a : article.attributions()) {
        Matcher owned = OWNED.matcher(normal(a.source().name()));
        if (owned.matches()) {
          String institution = institution(owned.group(2));
          p.owners.computeIfAbsent(institution, k -> new HashSet<>()).add(owned.group(1));
          p.owners.computeIfAbsent(head(institution), k -> new HashSet<>()).add(owned.group(1));
        }
      }
    }
    return p;
  }

  /**
   * True when two party names may speak for one side: the same name, or two names with one owner
   * ("Varnia" and "Varnia's Defence Ministry").
   */
  boolean sameSide(String a, String b) {
    if (normal(a).equals(normal(b))) {
      return true;
    }
    Optional<String> oa = owner(a);
    Optional<String> ob = owner(b);
    return oa.isPresent() && ob.isPresent() && sameOwner(oa.get(), ob.get());
  }

  /** The owner named in a possessive party, as written: "Ivo Dorvan" of "Ivo Dorvan’s lawyers"; empty for any other name. */
  static Optional<String> possessor(String party) {
    Matcher owned = OWNED.matcher(party.strip());
    return owned.matches() ? Optional.of(owned.group(1)) : Optional.empty();
  }

  /**
   * The owner a party speaks for: "varnia" for "Varnia's Defence Ministry" and for "Varnia" (a
   * single capitalised name stands for itself), and for "the Ministry of Defence" when Varnia owns
   * the batch's only defence ministry; empty when the batch does not tell.
   */
  private Optional<String> owner(String party) {
    String name = normal(party);
    Matcher owned = OWNED.matcher(name);
    if (owned.matches()) {
      return Optional.of(owned.group(1));
    }
    if (!party.isEmpty() && Character.isUpperCase(party.charAt(0)) && party.indexOf(' ') < 0) {
      return Optional.of(name);
    }
    String institution = institution(name);
    Set<String> known = owners.getOrDefault(institution, Set.of());
    return known.size() == 1 ? Optional.of(known.iterator().next()) : Optional.empty();
  }

  /** Two spellings of one owner: "russia" and "russian" share all but the suffix. */
  private static boolean sameOwner(String a, String b) {
    int shared = 0;
    while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    int shorter = Math.min(a.length(), b.length());
    return shared >= MIN_STEM && shared >= shorter - 1;
  }

  /** "ministry of defence" and "defence ministry" both give "defense ministry". */
  private static String institution(String name) {
    Matcher m = HEAD_FIRST.matcher(name);
    String s = m.matches() ? m.group(2) + " " + m.group(1) : name;
    return s.replace("defence", "defense");
  }

  /** The last word of an institution's name: "ministry" of "defense ministry". */
  private static String head(String institution) {
    return institution.substring(institution.lastIndexOf(' ') + 1);
  }

  private static String normal(String party) {
    return LEADING.matcher(party.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
  }
}
