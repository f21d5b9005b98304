package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the names an article writes as news outlets, by the grammar around them.
 *
 * <p>Three shapes: a name that "reported" ({@code Velpress reported that ...}, {@code ..., reports
 * Velpress.}); a name after a lower-case outlet noun ({@code the weekly magazine Tarn},
 * {@code the news agency Velpress}); a name before "news" or a newsroom job ({@code the Velpress news
 * service}, {@code a Tarn Daily reporter}). A report ("a Harbour Board report") is no outlet: boards
 * write reports too. The agency a dateline credits ({@code TARN, Mar. 3 (Velpress) -}) and a
 * one-word name in the article's outlet header ({@code outlet: The Tarn Post (Velpress)}) are
 * outlets as well.
 */
final class OutletMentions {
  /** The longest outlet name taken: "Tarn Valley Evening Post". */
  private static final int MAX_NAME = 5;
  /** What separates the names in an outlet header: "The Tarn Post (Velpress)", "KBS/AP", "Tarn Post via Velpress". */
  private static final Pattern HEADER_PARTS = Pattern.compile("[()/,;\\[\\]]|\\s(?:via|and)\\s");
  /** A one-word outlet name: "Velpress", "KNA". */
  private static final Pattern ONE_WORD_NAME = Pattern.compile("\\p{Lu}[\\p{L}-]{1,30}");

  private final CueLexicon lexicon;

  OutletMentions(CueLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The one-word names in an article's outlet header: "Velpress" in "The Tarn Post (Velpress)". A
   * longer name's words are left out: "Tarn" in "The Tarn Post" may be a place the article names.
   */
  static Set<String> credited(Optional<String> header) {
    Set<String> out = new HashSet<>();
    header.ifPresent(h -> {
      for (String part : HEADER_PARTS.split(h)) {
        String name = part.strip();
        if (ONE_WORD_NAME.matcher(name).matches()) {
          out.add(name);
        }
      }
    });
    return out;
  }

  /**
   * Adds every word of every outlet name in {@code words} to {@code out}; {@code dateline} is where
   * the article's dateline ends ({@link SubjectFinder#skipDateline}), 0 for none.
   */
  void find(List<Word> words, int dateline, Set<String> out) {
    for (int i = 1; i + 1 < dateline; i++) {
      if (words.get(i).isCapitalised() && isBracketed(words, i)) {
        out.add(words.get(i).bare()); // "TARN, Mar. 3 (Velpress) -", "(KBS/AP)"
      }
    }
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      String lower = w.lower();
      if (!w.isWord() || w.isCapitalised()) {
        continue;
      }
      if (w.in(WordGroup.REPORTED)) {
        if (!reportsAnObject(words, i) && !reportsItsOwn(words, i) && !countryBefore(words, i) && !bodyNameBefore(words, i)) {
          addRunBefore(words, i, out); // "Velpress reported"; "Varnia reported 183 deaths" is its government
        }
        if (i > 0 && words.get(i - 1).text().equals(",")) {
          addRunAfter(words, i + 1, out); // ", reports Velpress."
        }
      } else if (w.in(WordGroup.NEWSROOM_JOB) || w.is("news")) {
        addRunBefore(words, i, out); // "the Velpress news service", "a Velpress reporter"
        if (w.is("news") && i + 1 < words.size() && lexicon.isInstitution(words.get(i + 1))) {
          addRunAfter(words, i + 2, out); // "the news agency Velpress"
        }
      } else if (lexicon.isMedia(w) && !lexicon.isDocument(w) && !lower.equals("media")) {
        addRunAfter(words, i + 1, out); // "the weekly magazine Tarn"
        addRunBefore(words, i, out); // "the Tarn daily"
      }
    }
  }

  /**
   * Whether the name before the "reported" at {@code at} follows "what": "double what Dorvan
   * reported" is a figure anyone may give, a press officer as well as an outlet.
   */
  private boolean reportsAnObject(List<Word> words, int at) {
    int k = nameRunStart(words, at) - 1;
    return k >= 0 && k < at - 1 && words.get(k).is("what");
  }

  /** Where the run of name words just before {@code at} starts ({@code at} when there is none), at most {@value #MAX_NAME} words back. */
  private int nameRunStart(List<Word> words, int at) {
    int k = at - 1;
    while (k >= 0 && at - k <= MAX_NAME && isNameWord(words.get(k))) {
      k--;
    }
    return k + 1;
  }

  /**
   * Whether the "reported" at {@code at} takes the reporter's own results as its object: "Kelm
   * Mobile reported its findings" is a body, not an outlet.
   */
  private static boolean reportsItsOwn(List<Word> words, int at) {
    return PhraseGrammar.opensOnOwn(words, at + 1);
  }

  /**
   * Whether the name run just before {@code at} ends a body's longer name, joined to it by "for" or
   * "of": "the General Authority for Census reports" is the authority, no outlet named Census.
   */
  private boolean bodyNameBefore(List<Word> words, int at) {
    int start = nameRunStart(words, at);
    return start < at && start >= 2 && (words.get(start - 1).is("for") || words.get(start - 1).is("of"))
        && words.get(start - 2).isCapitalised() && lexicon.isInstitution(words.get(start - 2));
  }

  /** Whether the name run just before {@code at} is a country's or a capital's: "Varnia reported", "New Tarn reported". */
  private boolean countryBefore(List<Word> words, int at) {
    int start = nameRunStart(words, at);
    if (start == at) {
      return false;
    }
    List<String> run = new java.util.ArrayList<>();
    for (int j = start; j < at; j++) {
      run.add(words.get(j).bare());
    }
    String name = String.join(" ", run);
    return lexicon.namesCountry(name);
  }

  /** Whether the word at {@code i} stands between brackets or a bracket and a slash: "(KBS/AP)". */
  private static boolean isBracketed(List<Word> words, int i) {
    String before = words.get(i - 1).text();
    String after = words.get(i + 1).text();
    return (before.equals("(") || before.equals("/")) && (after.equals(")") || after.equals("/"));
  }

  private void addRunBefore(List<Word> words, int at, Set<String> out) {
    int k = at - 1;
    // "Tarn Daily's reporter": a newsroom job's owner is an outlet; "Velpress's news" is not a news service.
    boolean owner = words.get(at).in(WordGroup.NEWSROOM_JOB);
    if (k < 0 || !isNameWord(words.get(k)) || words.get(k).isPossessive() && !owner) {
      return;
    }
    while (k >= 0 && at - k <= MAX_NAME && isNameWord(words.get(k))) {
      out.add(words.get(k).bare());
      k--;
    }
  }

  private void addRunAfter(List<Word> words, int from, Set<String> out) {
    for (int k = from; k < words.size() && k - from < MAX_NAME && isNameWord(words.get(k)); k++) {
      out.add(words.get(k).bare());
      if (words.get(k).isPossessive()) {
        return;
      }
    }
  }

  /** A capitalised word that is no determiner, role, institution or group of people. */
  private boolean isNameWord(Word w) {
    String lower = w.bareLower();
    return w.isCapitalised() && !WordGroup.STOP.contains(lower) && !lexicon.isRole(lower)
        && !lexicon.isInstitution(lower) && !lexicon.isAnonymityNoun(lower) && !lexicon.isFunctionWord(lower)
        && !lexicon.isTimeWord(lower);
  }
}
