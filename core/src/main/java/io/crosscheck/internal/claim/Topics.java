package io.crosscheck.internal.claim;

import io.crosscheck.internal.Splits;
import io.crosscheck.lexicon.Lexicon;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Normalises a passage into topics: content words, with synonyms folded into one class from the
 * {@code topic-classes} lexicon list and other words folded by {@code word-groups}.
 *
 * <p>{@code of("the talks ended without a deal")} gives {@code [AGREEMENT, ended, MEETING]}: "talks"
 * and "call" are MEETING, "deal" and "accord" AGREEMENT.
 */
public final class Topics {
  /** Words shorter than this carry no topic ("won", "set"). */
  public static final int MIN_LETTERS = 4;

  private final Map<String, String> classes = new HashMap<>();
  private final Map<String, String> groups = new HashMap<>();
  private final Set<String> stopWords = new HashSet<>();
  /** The fewest characters of a class word ("met"): a shorter word is neither a class nor a topic, and is not cut out. */
  private final int shortestClass;

  public Topics(Lexicon lexicon) {
    for (String entry : lexicon.entries("topic-classes")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2) {
        classes.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
      }
    }
    // "held" and "holding", "trucks" and "convoy": one word group is one topic ({@code word-groups}).
    for (String line : lexicon.entries("word-groups")) {
      String[] words = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
      for (String w : words) {
        groups.putIfAbsent(w, words[0]);
      }
    }
    stopWords.addAll(lexicon.entries("function-words"));
    stopWords.addAll(lexicon.entries("topic-stopwords"));
    this.shortestClass = classes.keySet().stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
  }

  /** The class of one word, or empty: "accords" gives AGREEMENT. */
  public java.util.Optional<String> classOf(String word) {
    return java.util.Optional.ofNullable(classes.get(word.toLowerCase(Locale.ROOT)));
  }

  /** The topics of a passage, sorted: classes in upper case, other content words lower-cased. */
  public Set<String> of(String text) {
    Set<String> out = new TreeSet<>();
    String lower = text.toLowerCase(Locale.ROOT);
    // The runs of letters: the words Splits.onNonLetters gives, without its empty pieces (which carry no
    // topic) and without building the array of them first.
    Splits.runs(lower, Character::isLetter, (start, end) -> {
      if (end - start < MIN_LETTERS && end - start < shortestClass) {
        return true; // "of", "a": too short for a topic or a class
      }
      String w = lower.substring(start, end);
      String c = classes.get(w);
      if (c != null) {
        out.add(c);
      } else if (w.length() >= MIN_LETTERS && !stopWords.contains(w)) {
        out.add(groups.getOrDefault(w, w));
      }
      return true;
    });
    return out;
  }
}
