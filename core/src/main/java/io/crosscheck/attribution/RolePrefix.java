package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import java.util.List;

/**
 * Lower-case common nouns naming a role right before a personal name, whether or not the lexicon
 * knows them.
 *
 * <p>In {@code “…,” fisherman Olek Marsh said} the prefix is "fisherman"; in {@code harbour master
 * Ruth Calloway told reporters} it is "harbour master"; in {@code said librarian Tomas Reyes,} it is
 * "librarian". The name is the source and the prefix its role.
 */
final class RolePrefix {
  /** At most this many role words: "harbour master", "shop owner". */
  static final int MAX_WORDS = 2;
  /** At most this many capitalised words in the name after the role. */
  private static final int MAX_NAME = 4;
  /** A plain lower-case word: "fisherman", "harbour"; not "co-op", "U.S." or "30". */
  private static final int MIN_PLAIN = 3;
  private static final int MAX_PLAIN = 25;

  private final CueLexicon lexicon;

  RolePrefix(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Whether {@code w[k]} may be a role noun: "librarian" yes; "the", "said", "quickly", "Monday" no. */
  boolean isRoleNoun(List<Word> w, int k) {
    return isRoleWord(w.get(k).text()) && lexicon.verbs().cueLength(w, k) == 0;
  }

  /** "Harbour" opening "Harbour master Ruth Calloway said": a role word capitalised by the sentence. */
  private boolean isCapitalisedRole(List<Word> p, int k) {
    Word t = p.get(k);
    return t.isCapitalised() && k + 1 < p.size() && isRoleNoun(p, k + 1) && isRoleWord(t.lower());
  }

  private boolean isRoleWord(String text) {
    return isPlain(text) && !isVerbLike(text) && !lexicon.isFunctionWord(text)
        && !WordGroup.CLAUSE_WORD.contains(text) && !WordGroup.BETWEEN.contains(text)
        && !WordGroup.NEGATION.contains(text) && !WordGroup.PRONOUN.contains(text)
        && !WordGroup.DETERMINER.contains(text) && !lexicon.isTimeWord(text);
  }

  /** Three to 25 lower-case ASCII letters: "librarian", not "Ana", "co-chair" or "s". */
  private static boolean isPlain(String text) {
    if (text.length() < MIN_PLAIN || text.length() > MAX_PLAIN) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** A plain word's verb and adverb forms that never name a role: "retired", "visiting", "quickly". */
  private static boolean isVerbLike(String plain) {
    int n = plain.length();
    return n >= 3 && (plain.endsWith("ed") || plain.endsWith("ly")) || n >= 4 && plain.endsWith("ing");
  }

  /**
   * How many role nouns start at {@code from} and are followed by a capitalised name that ends at
   * punctuation, a cue, a function word or the end: 2 for "harbour master Ruth Calloway told", 1 for
   * "columnist Ivo Stern in the Kellen Times", 0 for "teams found Ana Kovac alive".
   */
  int lengthAt(List<Word> w, int from) {
    int k = from;
    while (k < w.size() && k - from < MAX_WORDS && isRoleNoun(w, k)) {
      k++;
    }
    if (k == from) {
      return 0;
    }
    int n = k;
    while (n < w.size() && n - k < MAX_NAME && w.get(n).isWord() && w.get(n).isCapitalised()) {
      n++;
    }
    return n > k && endsName(w, n) ? k - from : 0;
  }

  /** Whether a name may end before {@code w[n]}: at punctuation, a cue, "has", "on", "who"; not "alive". */
  private boolean endsName(List<Word> w, int n) {
    if (n >= w.size() || !w.get(n).isWord()) {
      return true;
    }
    String lower = w.get(n).lower();
    return lexicon.verbs().cueLength(w, n) > 0 || w.get(n).in(WordGroup.BETWEEN)
        || PhraseGrammar.isLyAdverb(w.get(n)) || w.get(n).in(WordGroup.CLAUSE_WORD)
        || lexicon.isFunctionWord(w.get(n));
  }

  /** How many role nouns end just before the name starting at {@code nameStart}: 2 before "Ruth Calloway". */
  int lengthBefore(List<Word> w, int nameStart) {
    int k = nameStart;
    while (k > 0 && nameStart - k < MAX_WORDS && isRoleNoun(w, k - 1)) {
      k--;
    }
    if (k == 1 && k < nameStart && isCapitalisedRole(w, 0)) {
      k = 0; // at the sentence start: "Harbour master Ruth Calloway said"
    }
    return nameStart - k;
  }

  /** The number of leading lower-case role words in a speaker phrase: 1 in "librarian Tomas Reyes". */
  int leadingRole(List<Word> p) {
    int k = p.size() > 2 && isCapitalisedRole(p, 0) ? 1 : 0;
    while (k < p.size() && k < MAX_WORDS + 1 && isRoleNoun(p, k)) { // not "families of Gaza"
      k++;
    }
    return k > 0 && k < p.size() && p.get(k).isCapitalised() ? k : 0;
  }
}
