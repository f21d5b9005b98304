package io.crosscheck.attribution;

import io.crosscheck.internal.WordSet;

/**
 * Closed groups of words that the attribution readers test nearly every word against: stop words,
 * pronouns, determiners, clause words. A word records the groups its lower-cased form belongs to
 * when it is cut ({@link Words.Word#in}). The test then reads a bit the word already holds instead
 * of hashing its lower-cased form into a set.
 *
 * <p>{@code new Word("The", 0, 3).in(WordGroup.STOP)} is true; {@code WordGroup.STOP.contains("the")}
 * answers the same for a string.
 */
enum WordGroup {
  /** Words that never open or continue a name run: "the", "of", "by", "despite". */
  STOP("the", "a", "an", "in", "on", "at", "but", "and", "as", "after", "before", "during", "while", "when", "if",
      "since", "with", "for", "by", "from", "to", "of", "although", "though", "because", "whereas", "unless", "until",
      "once", "despite", "both", "either", "neither"),
  /** Prepositions of place that make the capitalised word after them a place: "in Veloria". */
  LOCATIVE("in", "into", "across", "throughout", "within", "inside"),
  /** Pronouns only a person takes: "Velko withdrew his petition"; a body would be "its". */
  PERSONAL_PRONOUN("he", "his", "him", "she", "her"),
  /** Verbs whose subject writes the document that is their object: "Kovac wrote a letter". */
  AUTHORING("wrote", "sent", "signed", "penned", "authored", "drafted"),
  /** Nouns that, after "the", refer back to a company named before: "the company", "the operator". */
  COMPANY_NOUN("company", "firm", "operator", "group", "carrier", "retailer", "insurer", "bank", "chain", "grocer",
      "airline", "club"),
  /** The verb forms of "report" that make their subject an outlet: "Velpress reported". */
  REPORTED("reported", "reports"),
  /** People who work for an outlet: "a Velpress correspondent". */
  NEWSROOM_JOB("journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents", "columnist",
      "columnists", "editor", "editors", "anchor", "photographer", "photographers", "cameraman", "camerawoman"),
  /** Capitalised or not, these words never belong to a speaker's name: "While", "Asked", "According". */
  CLAUSE_WORD("while", "although", "though", "but", "and", "or", "as", "if", "when", "whether", "after", "before",
      "since", "yet", "however", "meanwhile", "asked", "so", "then", "in", "on", "at", "during", "for", "with", "by",
      "from", "to", "that", "which", "who", "whom", "where", "because", "than", "also", "this", "these", "those",
      "there", "here", "not", "no", "according", "what", "how", "why", "under", "over", "into", "about", "amid",
      "despite", "outside", "inside", "near", "across", "along", "among", "around", "behind", "beyond", "toward",
      "towards", "upon", "without", "within", "against", "following", "throughout", "like", "unlike", "via", "until",
      "last", "next", "earlier", "later", "once", "unless", "whereas"),
  /** Words that negate a verb: "did not say", "never said". */
  NEGATION("not", "never", "n't", "neither", "nor"),
  /** Subject pronouns that stand for a speaker: "he said", "they said". */
  PRONOUN("he", "she", "they", "it", "we", "i"),
  /** Determiners that open a speaker phrase: "a senior official", "the ministry", "several diplomats". */
  DETERMINER("a", "an", "the", "some", "several", "many"),
  /** Auxiliaries and adverbs between subject and cue: "has also publicly said". */
  BETWEEN("also", "has", "have", "had", "was", "were", "is", "are", "then", "further", "later", "again", "would",
      "will", "did", "does", "do", "once", "still", "already", "first", "only", "just", "even", "both", "all", "each",
      "may", "might", "could", "can", "should", "must", "previously", "earlier", "separately", "reportedly", "there",
      "now");

  /** {@link #values()}, read once: each call of {@code values()} copies the array. */
  private static final WordGroup[] GROUPS = values();

  static {
    if (GROUPS.length > Integer.SIZE) {
      throw new AssertionError("more word groups than an int has bits: " + GROUPS.length);
    }
  }

  private final WordSet words;

  WordGroup(String... words) {
    this.words = WordSet.of(words);
  }

  /** Whether the group holds {@code lower}, a lower-cased word: {@code STOP.contains("the")}. */
  boolean contains(String lower) {
    return words.contains(lower);
  }

  /** This group's bit in the groups of a word ({@link #of}). */
  int bit() {
    return 1 << ordinal();
  }

  /** The bits ({@link #bit}) of every group that holds {@code lower}: what a word records when it is cut. */
  static int of(String lower) {
    int bits = 0;
    for (WordGroup g : GROUPS) {
      if (g.contains(lower)) {
        bits |= g.bit();
      }
    }
    return bits;
  }
}
