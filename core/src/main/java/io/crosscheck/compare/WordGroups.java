package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words that name one thing when two accounts are compared, from the {@code word-groups} lexicon:
 * {@code canonical(List.of("held", "lorries"))} gives [hold, truck], as does ["holding", "trucks"].
 * Words in no group stay as they are; {@link Texts#overlap} then matches stems.
 */
final class WordGroups {
  private final Map<String, String> canonical = new HashMap<>();

  WordGroups(Lexicon lexicon) {
    for (String line : lexicon.entries("word-groups")) {
      String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
      for (String w : words) {
        canonical.putIfAbsent(w, words[0]);
      }
    }
  }

  /** Each word replaced by its group's first word, in first-seen order. */
  Set<String> canonical(Collection<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.add(canonical.getOrDefault(w, w));
    }
    return out;
  }

  /** How many words of {@code a} have a same-stem or same-group word in {@code b}. */
  int overlap(Collection<String> a, Collection<String> b) {
    return Texts.overlap(canonical(a), canonical(b));
  }
}
