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
  /** Joins the words of a multi-word member in the lexicon: "unmanned_aerial_vehicles". */
  private static final String PHRASE_JOINER = "_";

  /** The longest multi-word member looked for at the start of a phrase. */
  private static final int MAX_PHRASE_WORDS = 4;

  private final Map<String, String> canonical = new HashMap<>();

  WordGroups(Lexicon lexicon) {
    for (String line : lexicon.entries("word-groups")) {
      String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
      for (String w : words) {
        canonical.putIfAbsent(w.replace(PHRASE_JOINER, " "), words[0]);
      }
    }
  }

  /** The word's group's first word, or the word itself when it is in no group. */
  String canonical(String word) {
    return canonical.getOrDefault(word, word);
  }

  /** Each word replaced by its group's first word, in first-seen order. */
  Set<String> canonical(Collection<String> words) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : words) {
      out.add(canonical.getOrDefault(w, w));
    }
    return out;
  }

  /**
   * The group of a multi-word member that opens {@code words} ("unmanned aerial vehicles shot"
   * gives "drone"), longest first; empty when none does. One-word members are left to {@link #canonical}.
   */
  java.util.Optional<String> leadingPhrase(java.util.List<String> words) {
    for (int n = Math.min(MAX_PHRASE_WORDS, words.size()); n >= 2; n--) {
      String group = canonical.get(String.join(" ", words.subList(0, n)));
      if (group != null) {
        return java.util.Optional.of(group);
      }
    }
    return java.util.Optional.empty();
  }

  /** How many words of {@code a} have a same-stem or same-group word in {@code b}. */
  int overlap(Collection<String> a, Collection<String> b) {
    return Texts.overlap(canonical(a), canonical(b));
  }
}
