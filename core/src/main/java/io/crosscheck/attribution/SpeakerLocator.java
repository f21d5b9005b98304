package io.crosscheck.attribution;

import com.google.common.collect.ImmutableSet;
import io.crosscheck.attribution.Words.Word;
import java.util.List;
import java.util.Optional;

/**
 * Finds the noun phrase that names a speaker next to a cue, as token ranges.
 *
 * <p>In {@code While senior US officials have publicly said ...} the phrase before "said" is
 * "senior US officials"; in {@code “No,” said Ana Kovac, a senior fellow} the phrase after "said" is
 * "Ana Kovac". Scans are bounded to {@value #MAX_PHRASE} tokens, so they are linear in the text.
 */
final class SpeakerLocator {
  static final int MAX_PHRASE = 12;

  /** A token range {@code [from, to)} in a sentence's word list. */
  record Phrase(int from, int to) {
    int size() {
      return to - from;
    }
  }

  static final ImmutableSet<String> PRONOUNS = ImmutableSet.of("he", "she", "they", "it", "we", "i");
  private static final ImmutableSet<String> DETERMINERS = ImmutableSet.of("a", "an", "the", "some", "several", "many");
  /** Capitalised or not, these words never belong to a speaker's name: "While", "Asked", "According". */
  private static final ImmutableSet<String> CLAUSE_WORDS = ImmutableSet.of(
      "while", "although", "though", "but", "and", "or", "as", "if", "when", "whether", "after", "before", "since",
      "yet", "however", "meanwhile", "asked", "so", "then", "in", "on", "at", "during", "for", "with", "by", "from",
      "to", "that", "which", "who", "whom", "where", "because", "than", "also", "this", "these", "those", "there",
      "here", "not", "no", "according", "what", "how", "why", "under", "over", "into", "about", "amid", "despite",
      "outside", "inside", "near", "across", "along", "among", "around", "behind", "beyond", "toward", "towards",
      "upon", "without", "within", "against", "following", "throughout", "like", "unlike", "via", "until", "last",
      "next", "earlier", "later", "where");
  /** Time words that, after "on", "last" or "this", make a phrase to skip: "on Monday", "last week". */
  private static final ImmutableSet<String> TIMES = ImmutableSet.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "week", "month", "year", "night", "morning", "evening", "weekend");
  /** Auxiliaries and adverbs between subject and cue: "has also publicly said". */
  private static final ImmutableSet<String> BETWEEN = ImmutableSet.of(
      "also", "has", "have", "had", "was", "were", "is", "are", "then", "further", "later", "again", "would", "will",
      "did", "does", "do", "once", "still", "already", "first", "only", "just", "even", "both", "all", "each", "had",
      "may", "might", "could", "can", "should", "must", "previously", "earlier", "separately", "reportedly",
      "there", "now");
  /** Words a tail after a postposed cue starts with: ", officials said on Monday." */
  private static final ImmutableSet<String> TAIL_STARTS = ImmutableSet.of("on", "in", "at", "during", "after", "before",
      "late", "earlier", "last", "this", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "while", "when", "as", "through", "via", "reporters", "journalists");
  /** Cues whose object may follow in a postposed tail: "..., a source told Radio Meridian." */
  private static final ImmutableSet<String> OBJECT_CUES = ImmutableSet.of("told", "tells", "tell", "informed", "informs");
  private static final ImmutableSet<String> NEGATIONS = ImmutableSet.of("not", "never", "n't", "neither", "nor");
  private static final ImmutableSet<String> ISSUE_WORDS = ImmutableSet.of("issued", "released", "published", "sent");
  private static final ImmutableSet<String> ISSUERS = ImmutableSet.of("by", "from", "under", "of");

  private final CueLexicon lexicon;

  SpeakerLocator(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The speaker phrase ending just before the cue at {@code cue}: "Kovac has said" gives "Kovac". */
  Optional<Phrase> before(List<Word> w, int cue) {
    int j = cue - 1;
    int skips = 0;
    while (j >= 0 && skips < 4 && (BETWEEN.contains(w.get(j).lower()) || isLyAdverb(w.get(j))
        || TIMES.contains(w.get(j).lower()) && j > 0 && isTimeLead(w.get(j - 1)))) {
      j -= TIMES.contains(w.get(j).lower()) ? 2 : 1; // "Kovac on Monday said"
      skips++;
    }
    if (j < 0 || NEGATIONS.contains(w.get(j).lower())) {
      return Optional.empty();
    }
    int appositiveEnd = -1;
    if (w.get(j).text().equals(",")) {
      appositiveEnd = j;
      j = skipAppositive(w, j);
      if (j < 0) {
        return Optional.empty();
      }
    }
    j = skipFamiliarWith(w, j);
    int end = j;
    Word head = w.get(end);
    if (PRONOUNS.contains(head.lower())) {
      return Optional.of(new Phrase(end, end + 1));
    }
    if (!isHead(head)) {
      return Optional.empty();
    }
    int start = end;
    while (start > 0 && end - start < MAX_PHRASE) {
      Word p = w.get(start - 1);
      if (DETERMINERS.contains(p.lower()) && !CLAUSE_WORDS.contains(p.lower())) {
        start--;
        break;
      }
      if ((p.text().equals("'") || p.is("of")) && start >= 2 && isNpWord(w.get(start - 2))) {
        start--;
        continue;
      }
      if (p.is("in") && start >= 2 && isSourceNoun(w.get(start - 2)) && w.get(start).isCapitalised()) {
        start--; // "diplomats in Dravik", "the embassy in Orvath"
        continue;
      }
      if (!isNpWord(p)) {
        break;
      }
      start--;
    }
    // A short appositive naming the speaker stays in the phrase: "the mayor, Petra Lind".
    int to = appositiveEnd > 0 && appositiveEnd - end <= 6 ? appositiveEnd : end + 1;
    return Optional.of(new Phrase(start, to));
  }

  /** "people familiar with the talks said": the index of "people", else {@code j} unchanged. */
  private int skipFamiliarWith(List<Word> w, int j) {
    for (int k = j; k >= 1 && j - k <= 4; k--) {
      if (w.get(k).is("with") && w.get(k - 1).is("familiar")) {
        return k >= 2 && lexicon.isAnonymityNoun(w.get(k - 2).lower()) ? k - 2 : j;
      }
    }
    return j;
  }

  private static boolean isTimeLead(Word t) {
    return t.is("on") || t.is("last") || t.is("this") || t.is("late") || t.is("early") || t.is("next");
  }

  private boolean isSourceNoun(Word t) {
    String lower = t.lower();
    return lexicon.isInstitution(lower) || lexicon.isAnonymityNoun(lower);
  }

  /**
   * "X, who met Y on Monday, said" / "the mayor, Petra Lind, said": the index of the word before the
   * first comma, or -1 when the commas do not frame an appositive.
   */
  private int skipAppositive(List<Word> w, int comma) {
    for (int k = comma - 1; k >= 0 && comma - k <= 22; k--) {
      String t = w.get(k).text();
      if (t.equals(";") || t.equals(":") || t.equals("“") || t.equals("”") || t.equals("\"")) {
        return -1;
      }
      if (t.equals(",")) {
        if (k == 0 || !isHead(w.get(k - 1))) {
          return -1;
        }
        Word first = w.get(k + 1);
        boolean named = w.get(k - 1).isCapitalised();
        // "officials, speaking on condition of anonymity, said": a participle opens an appositive too.
        boolean appositive = named || first.isCapitalised() && comma - k <= 7 || first.is("who") || first.is("which")
            || first.lower().endsWith("ing");
        return appositive ? k - 1 : -1;
      }
    }
    return -1;
  }

  /** The speaker phrase starting at {@code from}: "according to a senior official" gives "a senior official". */
  Optional<Phrase> after(List<Word> w, int from) {
    if (from >= w.size()) {
      return Optional.empty();
    }
    if (PRONOUNS.contains(w.get(from).lower())) {
      return Optional.of(new Phrase(from, from + 1));
    }
    int i = from;
    int lastHead = -1;
    while (i < w.size() && i - from < MAX_PHRASE) {
      Word t = w.get(i);
      String lower = t.lower();
      boolean det = DETERMINERS.contains(lower) && (i == from || w.get(i - 1).is("of"));
      if (det) {
        i++;
        continue;
      }
      if ((t.is("of") || t.text().equals("'")) && lastHead == i - 1 && i + 1 < w.size() && isNpWord(w.get(i + 1))
          || t.is("of") && lastHead == i - 1 && i + 2 < w.size() && DETERMINERS.contains(w.get(i + 1).lower())) {
        i++;
        continue;
      }
      if (lastHead >= 0 && lexicon.isDocument(w.get(lastHead).lower()) && (ISSUE_WORDS.contains(lower)
          || ISSUERS.contains(lower))) {
        i++;
        continue;
      }
      if (!isNpWord(t)) {
        break;
      }
      lastHead = i;
      i++;
    }
    return lastHead < 0 ? Optional.empty() : Optional.of(new Phrase(from, lastHead + 1));
  }

  /** The subject at the start of a sentence, after a leading "In his meeting with X," phrase. */
  Optional<Phrase> subject(List<Word> w) {
    int i = 0;
    while (i < w.size() && (!w.get(i).isWord() || w.get(i).is("but") || w.get(i).is("and") || w.get(i).is("yet"))) {
      i++;
    }
    if (i + 1 < w.size() && isTimeLead(w.get(i)) && TIMES.contains(w.get(i + 1).lower())) {
      i += 2; // "Last week the ministry said"
    }
    if (i < w.size() && (CLAUSE_WORDS.contains(w.get(i).lower()) || w.get(i).lower().endsWith("ing"))) {
      int comma = -1;
      for (int k = i; k < w.size() && k - i < 25; k++) {
        if (w.get(k).text().equals(",")) {
          comma = k;
          break;
        }
      }
      if (comma < 0) {
        return Optional.empty();
      }
      i = comma + 1;
    }
    return after(w, i);
  }

  /**
   * Whether the words from {@code from} to the sentence end are only a short tail, not a reported
   * clause: ", Kovac said on Monday." has the tail "on Monday."; "Kovac said that ..." does not.
   */
  boolean shortTail(List<Word> w, int from, String cue) {
    if (from >= w.size()) {
      return true;
    }
    Word first = w.get(from);
    if (first.text().equals(",") || first.text().equals(".") || first.text().equals(";")) {
      return true;
    }
    boolean object = first.isCapitalised() && OBJECT_CUES.contains(cue.toLowerCase(java.util.Locale.ROOT));
    if (!TAIL_STARTS.contains(first.lower()) && !object) {
      return false;
    }
    int words = 0;
    for (int k = from; k < w.size(); k++) {
      Word t = w.get(k);
      if (t.is("that") || t.text().equals(":") || t.text().equals("“")) {
        return false;
      }
      if (t.text().equals(".") || t.text().equals(";") || t.text().equals(",") || k > from && (t.is("as")
          || t.is("while") || t.is("when"))) {
        return true;
      }
      if (t.isWord() && ++words > (object ? 4 : 12)) {
        return false;
      }
    }
    return true;
  }

  /** Skips auxiliaries and "-ly" adverbs backwards from {@code k}: "has publicly" before "said". */
  int skipBetweenBackwards(List<Word> w, int k) {
    int j = k;
    while (j >= 0 && k - j < 3 && (BETWEEN.contains(w.get(j).lower()) || isLyAdverb(w.get(j)))) {
      j--;
    }
    return j;
  }

  boolean isNpWord(Word t) {
    if (!t.isWord()) {
      return false;
    }
    String lower = t.bare().toLowerCase(java.util.Locale.ROOT);
    if (CLAUSE_WORDS.contains(lower) || NEGATIONS.contains(lower) || PRONOUNS.contains(lower)) {
      return false;
    }
    return t.isCapitalised() || Character.isDigit(t.text().charAt(0)) || lexicon.isPhraseNoun(lower)
        || lexicon.isModifier(lower) || lexicon.isPortfolio(lower);
  }

  /** A word that can end a speaker phrase: a capitalised word or a source noun ("official", "ministry"). */
  private boolean isHead(Word t) {
    if (!isNpWord(t) || DETERMINERS.contains(t.lower())) {
      return false;
    }
    String lower = t.bare().toLowerCase(java.util.Locale.ROOT);
    return t.isCapitalised() || lexicon.isPhraseNoun(lower) || Character.isDigit(t.text().charAt(0));
  }

  private static boolean isLyAdverb(Word t) {
    String s = t.text();
    return s.length() > 4 && s.endsWith("ly") && Character.isLowerCase(s.charAt(0));
  }
}
