package io.crosscheck.attribution;

import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Optional;

/**
 * Steps back over what news prose puts between a speaker and the cue.
 *
 * <p>Appositives ({@code Kovac, who met the envoy on Friday, said}), qualifiers ({@code people
 * familiar with the talks said}) and relative clauses ({@code aid workers who reached Kellen said})
 * are skipped to reach the speaker's head noun.
 */
final class Interrupters {
  /** Sentence adverbs set off by commas between a subject and its verb: "the party, however, rejected …". */
  private static final WordSet SENTENCE_ADVERBS = WordSet.of("however", "meanwhile", "though",
      "too", "also", "instead", "nevertheless", "moreover", "separately", "likewise", "similarly", "in",
      "for", "by");
  /** The most words such an adverbial holds: "in turn", "for its part", "by contrast". */
  private static final int MAX_ADVERB_WORDS = 3;

  private final CueLexicon lexicon;
  private final PhraseGrammar grammar;

  Interrupters(CueLexicon lexicon, PhraseGrammar grammar) {
    this.lexicon = lexicon;
    this.grammar = grammar;
  }


  /**
   * "X, who met Y on Monday, said" / "the mayor, Petra Lind, said": the index of the word before the
   * first comma, or -1 when the commas do not frame an appositive.
   */
  /** The most capitalised words of one item of a list inside a role: "Ports", "Roads and Rail". */
  private static final int LIST_ITEM_WORDS = 3;

  /**
   * Whether the comma at {@code k} separates items of a capitalised list inside a role, "of Ports,
   * Roads and Rail": a capitalised item of an "of" or "for" phrase before it, and after it
   * capitalised words up to "and" or "or" and a capitalised last item, all before {@code comma}.
   */
  private static boolean isListComma(List<Word> w, int k, int comma) {
    int before = k - 1;
    while (before > 0 && k - before <= LIST_ITEM_WORDS && w.get(before).isCapitalised()) {
      before--;
    }
    if (before == k - 1 || !(w.get(before).is("of") || w.get(before).is("for"))) {
      return false;
    }
    for (int j = k + 1; j < comma && j - k <= LIST_ITEM_WORDS + 1; j++) {
      Word t = w.get(j);
      if ((t.is("and") || t.is("or")) && j > k + 1) {
        return j + 1 < comma && w.get(j + 1).isCapitalised();
      }
      if (!t.isCapitalised() && !t.text().equals(",")) {
        return false;
      }
    }
    return false;
  }

  /** How far back from the comma before the cue an appositive may open. */
  private static final int APPOSITIVE_REACH = 22;

  int skipAppositive(List<Word> w, int comma) {
    for (int k = comma - 1; k >= 0 && comma - k <= APPOSITIVE_REACH; k--) {
      String t = w.get(k).text();
      if (endsClause(t)) {
        return -1;
      }
      if (t.equals(",")) {
        if (isStateAfterPlace(w, k, comma)) {
          continue; // "in remarks at the depot in Tarnby, Ka., said": the comma only joins a place to its state
        }
        if (isListComma(w, k, comma)) {
          continue; // "Ana Kovac, Director of Ports, Roads and Rail at the ministry, said": a list inside the role
        }
        int opening = relativeBeforeList(w, k, comma);
        if (opening >= 0) {
          k = opening; // "Renn, who visited Varnia, Orsk and Tessel on his tour, said": the list is the clause's
        }
        if (k >= 3 && Character.isDigit(w.get(k - 1).text().charAt(0)) && w.get(k - 2).text().equals(",")) {
          k -= 2; // "Dara Vell, 61, a former judge, said": the age is one more appositive
        }
        Word first = w.get(k + 1);
        int head = beforeTimePhrase(w, k);
        if (head < k - 1 && head >= 0 && w.get(head).isCapitalised() && grammar.isHead(w.get(head))) {
          // "Kovac earlier Saturday, in remarks at the party office, said": the time phrase belongs to the verb
          return head;
        }
        if (k > 0 && !grammar.isHead(w.get(k - 1)) && (first.is("who") || first.is("which"))) {
          // "A person familiar with the talks, who asked not to be named, said": the qualified noun.
          int noun = skipFamiliarWith(w, k - 1);
          return noun < k - 1 ? noun : -1;
        }
        if (k == 0 || !grammar.isHead(w.get(k - 1))) {
          return -1;
        }
        boolean named = w.get(k - 1).isCapitalised();
        // "officials, speaking on condition of anonymity, said": a participle opens an appositive too.
        // "the company, whose lorries ...," and "the company, based in Tarn," are appositives too.
        boolean appositive = named || first.isCapitalised() && comma - k <= 7 || first.is("who") || first.is("which")
            || first.is("known") && comma - k <= 6 // "the humanitarian office, known as HOCA, said"
            || first.is("whose") || first.lower().endsWith("ing") || first.lower().endsWith("ed") && comma - k <= 8
            || SENTENCE_ADVERBS.contains(first.lower()) && comma - k <= MAX_ADVERB_WORDS + 1 // "the party, however, said"
            || lexicon.qualifierAt(w, k + 1) > 0 && lexicon.isAnonymityNoun(w.get(k - 1)); // "two officials, not authorised to comment, said"
        return appositive ? k - 1 : -1;
      }
    }
    return -1;
  }


  /**
   * The comma opening a relative clause ("…, who visited") when the comma at {@code k} only parts
   * the items of a list inside that clause: every comma between them is followed by a capitalised
   * word or "the". -1 otherwise.
   */
  private static int relativeBeforeList(List<Word> w, int k, int comma) {
    if (!isListItem(w.get(k + 1))) {
      return -1;
    }
    for (int m = k - 1; m >= 0 && comma - m <= RELATIVE_REACH; m--) {
      String t = w.get(m).text();
      if (endsClause(t)) {
        return -1;
      }
      if (t.equals(",")) {
        Word next = w.get(m + 1);
        if (next.is("who") || next.is("which")) {
          return m;
        }
        if (!isListItem(next)) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** A semicolon, colon or quotation mark: no appositive or relative clause reaches back past it. */
  private static boolean endsClause(String t) {
    return t.equals(";") || t.equals(":") || t.equals("“") || t.equals("”") || t.equals("\"");
  }

  /** How far back from the comma before the cue a relative clause holding a list may open. */
  private static final int RELATIVE_REACH = 32;

  /** A word that may open an item of a list of places or bodies: "Orsk", "the Tessel coast". */
  private static boolean isListItem(Word first) {
    return first.isCapitalised() || first.is("the");
  }

  /** Whether the comma at {@code k} stands between a place and its abbreviated state closing at {@code comma}: "Tarnby, Ka.,". */
  private static boolean isStateAfterPlace(List<Word> w, int k, int comma) {
    Word state = w.get(k + 1);
    boolean abbreviated = k + 2 == comma && state.text().endsWith(".") || k + 3 == comma && w.get(k + 2).text().equals(".");
    return k >= 1 && abbreviated && w.get(k - 1).isCapitalised() && state.isCapitalised();
  }

  /**
   * The index of the word before a short time phrase that ends just before the comma at {@code
   * comma} ("earlier Saturday", "on Friday", "Saturday"), else {@code comma - 1}.
   */
  private int beforeTimePhrase(List<Word> w, int comma) {
    int k = comma - 1;
    if (k < 1 || !lexicon.isTimeWord(w.get(k)) && !PhraseGrammar.TIMES.contains(w.get(k).lower())) {
      return comma - 1;
    }
    k--;
    while (k >= 1 && comma - k <= MAX_ADVERB_WORDS && PhraseGrammar.TIME_LEADS.contains(w.get(k).lower())) {
      k--;
    }
    return k;
  }

  /** Whether {@code w} opens a sentence adverbial set off by commas: "however", "for its part". */
  static boolean isSentenceAdverb(Word w) {
    return SENTENCE_ADVERBS.contains(w.lower());
  }

  /** The two to four capitalised words just before {@code comma} when a comma precedes them. */
  static Optional<Phrase> bareName(List<Word> w, int comma) {
    int k = comma - 1;
    while (k >= 0 && comma - k <= 4 && w.get(k).isCapitalised() && !w.get(k).isPossessive()) {
      k--;
    }
    int size = comma - 1 - k;
    return size >= 2 && k >= 0 && w.get(k).text().equals(",") ? Optional.of(new Phrase(k + 1, comma)) : Optional.empty();
  }


  /** Words a relative clause may span before the cue: "a man who asked not to be named because he feared reprisals". */
  private static final int MAX_RELATIVE = 14;
  /** Prepositions that attach a place or group to a plural subject: "residents of the valley say". */
  private static final WordSet LOCATING = WordSet.of("of", "in", "at", "from", "across", "near",
      "around", "inside", "outside", "on");
  /** Words a locating phrase may span: "of the flooded valley", "at a cooperative". */
  private static final int MAX_LOCATING = 6;

  /**
   * "Residents of the valley say", "Managers at a cooperative said": the index of the plural
   * source noun before a short prepositional phrase that ends at {@code j}, else {@code j}.
   */
  int skipLocatingPhrase(List<Word> w, int j) {
    if (grammar.isHead(w.get(j))) {
      return j;
    }
    for (int k = j - 1; k >= 1 && j - k <= MAX_LOCATING; k--) {
      Word t = w.get(k);
      if (!t.isWord()) {
        return j;
      }
      if (LOCATING.contains(t.lower())) {
        Word noun = w.get(k - 1);
        boolean group = lexicon.isAnonymityNoun(noun.lower()) || noun.isCapitalised() && noun.lower().endsWith("ers");
        return group && noun.lower().endsWith("s") ? k - 1 : j; // "Pickers in the orchards said"
      }
    }
    return j;
  }

  /** "people familiar with the talks said", "a person briefed on the plan said": the index of the noun. */
  int skipFamiliarWith(List<Word> w, int j) {
    for (int k = j - 1; k >= 1 && j - k <= MAX_FAMILIAR; k--) {
      if (lexicon.qualifierAt(w, k) > 0 && lexicon.isAnonymityNoun(w.get(k - 1))) {
        return k - 1;
      }
      if (!w.get(k).isWord() && !w.get(k).text().equals("'") && !w.get(k).text().equals("’")) {
        return j; // a clause break: the qualifier, if any, belongs elsewhere
      }
    }
    return j;
  }

  /** Words a qualifier may run before its cue: "familiar with the meeting between Premier Ivo Renn and Ola Tarn". */
  private static final int MAX_FAMILIAR = 16;


  /**
   * "two aid workers who reached Kellen last week said": the index of "workers", past the relative
   * clause, else {@code j} unchanged.
   */
  int skipRelativeClause(List<Word> w, int j) {
    for (int k = j; k >= 1 && j - k <= MAX_RELATIVE; k--) {
      String t = w.get(k).text();
      if (t.equals(",") || t.equals(";") || !w.get(k).isWord() && !t.equals("'")) {
        return j;
      }
      if ((w.get(k).is("who") || w.get(k).is("that")) && grammar.isHead(w.get(k - 1)) && k < j) {
        return k - 1;
      }
    }
    return j;
  }
}
