package io.crosscheck.compare;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an editor's hand changes in a quotation without changing what was said: words added in
 * square brackets ("PM [Orla] Veyl", "shd [should]") and abbreviations spelled out ("Sec" and
 * "Secretary", "btwn" and "between"). Two quotes that differ only so are one wording.
 */
final class EditorialMarks {
  /** Articles, which a copy editor adds or drops in a quotation without changing what was said. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  /** The longest bracketed insertion read as an editor's: "[Secretary of State Ilo Marsh]". */
  private static final int MAX_INSERT_CHARS = 60;
  /** An abbreviation has at least this many letters ("PM"), and its word at least this many more. */
  private static final int MIN_ABBREVIATION = 2;
  private static final int MIN_EXTRA_LETTERS = 2;

  /** A quotation's text without its bracketed insertions, and the words those insertions held. */
  record Edited(String text, Set<String> inserted) {}

  private EditorialMarks() {}

  /** Splits the editor's bracketed words from {@code inner}: "This shd [should] be fixed" gives "This shd  be fixed" and {should}. */
  static Edited of(String inner) {
    if (inner.indexOf('[') < 0) {
      return new Edited(inner, Set.of());
    }
    StringBuilder text = new StringBuilder(inner.length());
    Set<String> inserted = new TreeSet<>();
    int i = 0;
    while (i < inner.length()) {
      int open = inner.indexOf('[', i);
      int close = open < 0 ? -1 : inner.indexOf(']', open + 1);
      if (open < 0 || close < 0 || close - open > MAX_INSERT_CHARS || inner.substring(open + 1, close).indexOf('[') >= 0) {
        text.append(inner, i, open < 0 ? inner.length() : open + 1);
        i = open < 0 ? inner.length() : open + 1;
        continue;
      }
      text.append(inner, i, open).append(' ');
      inserted.addAll(Texts.words(inner.substring(open + 1, close)));
      i = close + 1;
    }
    return new Edited(text.toString(), Set.copyOf(inserted));
  }

  /**
   * Whether two wordings differ only by editing: every stretch where they part is an abbreviation
   * against its word, one word each ("sec" / "secretary"); words one side lacks that the other
   * quote's editor inserted in brackets ("and" where the other wrote "[and]"); an article one side
   * lacks ("the sinking" against "sinking"); or words before the first shared word or after the last (an excerpt). Function words are never abbreviations:
   * "not" and "nothing" differ.
   */
  static boolean onlyEditing(List<String> a, Set<String> aInserted, List<String> b, Set<String> bInserted,
      Set<String> functionWords) {
    Optional<List<WordingDiff.Stretch>> stretches = WordingDiff.stretches(a, b);
    if (stretches.isEmpty()) {
      return false; // too long to align: no claim that only editing differs
    }
    for (WordingDiff.Stretch st : stretches.get()) {
      if (!editedStretch(st.first(), bInserted, st.second(), aInserted, functionWords, st.edge())) {
        return false;
      }
    }
    return true;
  }

  /** One stretch where the wordings part; {@code edge} for a stretch before the first or after the last shared word. */
  private static boolean editedStretch(List<String> onlyA, Set<String> bInserted, List<String> onlyB, Set<String> aInserted,
      Set<String> functionWords, boolean edge) {
    if (onlyA.isEmpty() && onlyB.isEmpty() || edge && (onlyA.isEmpty() || onlyB.isEmpty())) {
      return true;
    }
    if (onlyA.isEmpty() && ARTICLES.containsAll(onlyB) || onlyB.isEmpty() && ARTICLES.containsAll(onlyA)) {
      return true; // "links to the sinking of" against "links to sinking of": a copy editor's article, nothing said differs
    }
    // Each word one side has alone is bracketed by the other's editor or abbreviates (or spells out)
    // a word the other has there: "Veyl [and] Sec Dorvan" against "Veyl and Secretary Dorvan".
    return onlyA.stream().allMatch(w -> bInserted.contains(w) || abbreviatesAny(w, onlyB, functionWords))
        && onlyB.stream().allMatch(w -> aInserted.contains(w) || abbreviatesAny(w, onlyA, functionWords));
  }

  private static boolean abbreviatesAny(String word, List<String> others, Set<String> functionWords) {
    return others.stream().anyMatch(o -> abbreviates(word, o, functionWords) || abbreviates(o, word, functionWords));
  }

  /** Whether {@code shortForm} abbreviates {@code word}: same first letter, its letters in order within the word. */
  static boolean abbreviates(String shortForm, String word, Set<String> functionWords) {
    if (shortForm.length() < MIN_ABBREVIATION || word.length() < shortForm.length() + MIN_EXTRA_LETTERS
        || shortForm.charAt(0) != word.charAt(0) || functionWords.contains(shortForm)) {
      return false;
    }
    int k = 0;
    for (int i = 0; i < word.length() && k < shortForm.length(); i++) {
      if (word.charAt(i) == shortForm.charAt(k)) {
        k++;
      }
    }
    return k == shortForm.length();
  }
}
