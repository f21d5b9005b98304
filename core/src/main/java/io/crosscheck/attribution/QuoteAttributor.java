package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import io.crosscheck.model.Paragraph;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Credits quotations to speakers in every news syntax.
 *
 * <ul>
 *   <li>quote first: {@code “We stay,” Kovac said.} and {@code “We stay,” said Kovac.}
 *   <li>speaker first: {@code Kovac said: “We stay.”} and {@code ..., saying, “We stay.”}
 *   <li>split: {@code “We will not,” she said, “accept this.”} is one candidate holding both parts
 *   <li>a quotation alone in its sentence goes to the latest speaker ({@link Origin#CONTINUED})
 * </ul>
 */
final class QuoteAttributor {
  /** Characters after a closing mark searched for "he said". */
  private static final int AFTER_WINDOW = 160;
  /** Longest gap between the parts of a split quotation: {@code ,” Ana Kovac said on Monday, “}. */
  private static final int SPLIT_GAP = 120;
  private static final int STANDALONE_MIN_WORDS = 5;
  /** Words allowed between a split quotation's cue and its second part: "said on Monday night". */
  private static final int MAX_SPLIT_WORDS = 6;

  private final CueLexicon lexicon;
  private final SpeakerLocator locator;
  private final PhraseNames names;
  private final SpeakerFirstQuotes speakerFirst;

  QuoteAttributor(CueLexicon lexicon, SpeakerLocator locator) {
    this.lexicon = lexicon;
    this.locator = locator;
    this.names = new PhraseNames(lexicon);
    this.speakerFirst = new SpeakerFirstQuotes(lexicon, locator);
  }

  List<Candidate> find(SegmentedText text, ArticleWords words) {
    List<Candidate> out = new ArrayList<>();
    List<Quotation> quotes = text.quotations();
    QuoteMap quoted = new QuoteMap(text);
    for (int qi = 0; qi < quotes.size(); qi++) {
      Quotation q = quotes.get(qi);
      if (q.inner().length() < 2 || quotedName(text, words, q)) {
        continue;
      }
      Optional<Candidate> found = afterQuote(text, words, q);
      if (found.isPresent()) {
        Candidate c = found.get();
        // “We will not,” she said, “accept this.” — the second part joins the first.
        while (qi + 1 < quotes.size() && continues(text, words, c, quotes.get(qi + 1))) {
          qi++;
          c = c.withContent(Span.of(c.content().start(), quotes.get(qi).inner().end()));
        }
        out.add(c);
        continue;
      }
      found = speakerFirst.find(text, q, quoted, words).or(() -> standalone(text, words, q));
      found.ifPresent(out::add);
    }
    return out;
  }

  /** The most words a name in quotation marks has: "the Women's Walk for the River". */
  private static final int MAX_QUOTED_NAME_WORDS = 8;

  /**
   * Whether the quotation is a name set in quotation marks inside a noun phrase, not speech: "at
   * the main “Kelm Women's March” organisers said" — every word capitalised but the small ones, and
   * a lower-case word of the phrase right before it.
   */
  private boolean quotedName(SegmentedText text, ArticleWords words, Quotation q) {
    List<Word> inner = words.in(q.inner());
    List<Word> before = words.in(Span.of(Math.max(0, q.outer().start() - 40), q.outer().start()));
    if (inner.isEmpty() || inner.size() > MAX_QUOTED_NAME_WORDS || before.isEmpty()) {
      return false;
    }
    Word previous = before.get(before.size() - 1);
    if (!previous.isWord() || previous.isCapitalised() || lexicon.verbs().cueLength(before, before.size() - 1) > 0) {
      return false;
    }
    for (Word t : inner) {
      boolean small = !t.isCapitalised() && lexicon.isFunctionWord(t);
      if (!t.isWord() && !t.text().equals("'") && !t.text().equals("’") || t.isWord() && !t.isCapitalised() && !small) {
        return false;
      }
    }
    return inner.get(0).isCapitalised() && inner.get(inner.size() - 1).isCapitalised();
  }

  private boolean continues(SegmentedText text, ArticleWords words, Candidate c, Quotation next) {
    int gapStart = c.cueAt();
    if (next.outer().start() - gapStart > SPLIT_GAP || afterQuote(text, words, next).isPresent()) {
      return false;
    }
    Optional<Paragraph> para = paragraphAt(text, c.cueAt());
    if (para.isEmpty() || !para.get().span().contains(next.outer().start())) {
      return false;
    }
    // Only a short tail may sit between the cue and the second part: ", she said on Monday, “…”";
    // ", she said, adding that … “…”" is a new clause, not a split quotation.
    List<Word> gap = words.in(Span.of(c.cueAt(), next.outer().start()));
    long wordCount = gap.stream().filter(Word::isWord).count();
    for (int k = 1; k < gap.size(); k++) {
      if (lexicon.verbs().cueLength(gap, k) > 0 || gap.get(k).is("that")) {
        return false;
      }
    }
    return wordCount <= MAX_SPLIT_WORDS;
  }

  /** “…,” Kovac said / “…,” said Kovac / “…,” the ministry said in a statement. */
  Optional<Candidate> afterQuote(SegmentedText text, ArticleWords words, Quotation q) {
    String body = text.body();
    Optional<Paragraph> para = paragraphAt(text, q.outer().end() - 1);
    if (para.isEmpty() || q.outer().end() >= para.get().span().end()) {
      return Optional.empty();
    }
    int end = Math.min(para.get().span().end(), q.outer().end() + AFTER_WINDOW);
    List<Word> w = words.in(Span.of(q.outer().end(), end));
    int i = 0;
    while (i < w.size() && (w.get(i).text().equals(",") || w.get(i).isDash())) {
      i++;
    }
    // "the Orsk “Security Office” reported 64 deaths": words quoted with no mark closing them
    // (“…,” “…?” “…” —) are a phrase of the sentence, and the verb after them has its own object.
    if (i >= w.size() || i == 0 && !endsClause(q.inner().in(body))) {
      return Optional.empty();
    }
    boolean sentenceEnded = endsSentence(q.inner().in(body));
    // "“…,” state television quoted him": a cue word before a source noun modifies the noun, it says nothing.
    int len = modifiesSourceNoun(w, i) ? 0 : lexicon.verbs().cueLength(w, i);
    if (len > 0) {
      // "“…”, denounced in a press release the union": a short phrase between the cue and its subject.
      int cueEnd = i + len;
      int subjectAt = Clauses.pastPrepositionalPhrase(w, cueEnd);
      Optional<Phrase> after = locator.after(w, cueEnd).or(() -> subjectAt > cueEnd
          ? locator.after(w, subjectAt).filter(ph -> w.get(ph.from()).is("the") || w.get(ph.from()).isCapitalised())
          : Optional.empty());
      if (after.isEmpty() || sentenceEnded && !locator.grammar().shortTail(w, after.get().to(), w.get(i).text())) {
        return Optional.empty();
      }
      Phrase p = after.get();
      return Optional.of(quote(w.subList(p.from(), p.to()), w, i, len, q));
    }
    boolean appositive = false;
    for (int k = i + 1; k < w.size() && k - i <= SpeakerLocator.MAX_PHRASE + (appositive ? APPOSITIVE_WORDS : 0); k++) {
      Word t = w.get(k);
      appositive |= t.text().equals(",");
      int cueLen = modifiesSourceNoun(w, k) ? 0 : lexicon.verbs().cueLength(w, k);
      if (cueLen == 0 && lexicon.isDocumentRead(w, k)) {
        cueLen = 1; // "“…,” the statement read."
      }
      int continuing = cueLen > 0 ? SpeakerLocator.continuing(w, k - 1) : 0; // "went on to say"
      if (cueLen > 0 && w.get(k - 1).is("to") && continuing == 0) {
        return Optional.empty(); // "Renn fumed as Voss attempted to confirm": an infinitive tags no quotation
      }
      if (cueLen > 0) {
        int last = locator.grammar().skipBetweenBackwards(w, k - 1 - continuing);
        while (last >= i && w.get(last).text().equals(",")) {
          last--;
        }
        Word first = w.get(i);
        boolean speakerLike = first.isCapitalised() || first.in(WordGroup.PRONOUN)
            || lexicon.isModifier(first) // "a", "the", "one", "two", "senior"
            || names.isPluralAgent(first.lower()) // "locals", "voters near Kellen"
            || nounsBeforePlural(w, i, last) // "union officials", "party leaders"
            || PhraseGrammar.isNameParticle(first) && i + 1 < w.size() && w.get(i + 1).isCapitalised() // "de Ruiter"
            || last >= i && names.rolePlusName(w.subList(i, last + 1)) // "ministry spokeswoman Ina Sokol"
            || locator.rolePrefix().lengthAt(w, i) > 0; // "fisherman Olek Marsh", "harbour master Ruth Calloway"
        if (last < i || !speakerLike || sentenceEnded && !locator.grammar().shortTail(w, k + cueLen, t.text())) {
          return Optional.empty();
        }
        int quoted = quotedAs(w, i, k);
        if (quoted > i) {
          // "“…,” state television quoted He as saying": the one who quotes reports the words.
          return Optional.of(quote(w.subList(i, quoted), w, quoted, 1, q));
        }
        return Optional.of(quote(w.subList(i, last + 1), w, k, cueLen, q));
      }
      if (!t.isWord() && !t.text().equals("'") && !t.text().equals("-") && !t.text().equals(",") && !abbreviationStop(w, k)) {
        return Optional.empty(); // commas stay: “…,” Ana Kovac, the mayor, said
      }
      if (!appositive && predicateThenSubordinator(w, i, k)) {
        return Optional.empty(); // "Renn grimaced as Voss …": the speaker's own verb came first, untagged
      }
    }
    return Optional.empty();
  }

  /** The most lower-case nouns before a people plural that a speaker after a quotation may hold: "rail union officials". */
  private static final int MAX_PLURAL_MODIFIERS = 2;

  /**
   * Whether {@code w[from..last]} is a few lower-case words ending in a plural of people, the others
   * nouns modifying it: "union officials", "hospital staff leaders". No function word, number or name stands in it.
   */
  private boolean nounsBeforePlural(List<Word> w, int from, int last) {
    if (last <= from || last - from > MAX_PLURAL_MODIFIERS || !names.isPeoplePlural(w.get(last).lower())) {
      return false;
    }
    for (int k = from; k < last; k++) {
      Word t = w.get(k);
      if (!t.isWord() || t.isCapitalised() || lexicon.isFunctionWord(t) || PhraseGrammar.looksPastTense(t)) {
        return false;
      }
    }
    return true;
  }

  /** Words that open a subordinate clause, which no speaker's name holds: "as", "while", "because". */
  private static final WordSet SUBORDINATORS = WordSet.of("as", "while", "when", "because", "although",
      "though", "after", "before", "since", "until", "whereas", "if");

  /**
   * Whether {@code w[k]} opens a subordinate clause right after a finite verb, a lower-case past
   * tense that is no part of a noun phrase: "grimaced as" in "“…,” Renn grimaced as Voss attempted to
   * confirm …". The words before it are a clause, not a speaker's name ("the minister as well as
   * her deputy said" is one), and what follows is another clause.
   */
  private boolean predicateThenSubordinator(List<Word> w, int from, int k) {
    Word verb = w.get(k - 1);
    return k - 1 > from && SUBORDINATORS.contains(w.get(k).lower()) && PhraseGrammar.looksPastTense(verb)
        && !locator.grammar().isNpWord(verb);
  }

  /** The index of "quoted" in "X quoted Y as saying" before the cue at {@code cue}, or -1. */
  private static int quotedAs(List<Word> w, int from, int cue) {
    if (cue < 1 || !w.get(cue - 1).is("as")) {
      return -1;
    }
    for (int k = cue - 2; k > from; k--) {
      if (w.get(k).is("quoted")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether the word at {@code i} is a cue's base form standing before a lower-case outlet or
   * institution noun, which it modifies: "state media", "state television" ("said nurse Ilse Brandt"
   * and "say officials" keep their cue).
   */
  private boolean modifiesSourceNoun(List<Word> w, int i) {
    if (PhraseGrammar.isParticipleModifier(w, i)) {
      return true; // "the leaked document said"
    }
    if (i + 1 >= w.size() || w.get(i + 1).isCapitalised() || !lexicon.verbs().isBaseForm(w.get(i).lower())) {
      return false;
    }
    String next = w.get(i + 1).lower();
    return lexicon.isMedia(next) || lexicon.isInstitution(next);
  }

  /** Words an appositive may add to a speaker phrase after a quotation: "Ivo Renn, former envoy to the U.S., said". */
  private static final int APPOSITIVE_WORDS = 8;

  /** A full stop that ends an abbreviation, not the sentence: "envoy to the U.S. said". */
  private static boolean abbreviationStop(List<Word> w, int k) {
    return w.get(k).text().equals(".") && k > 0 && k + 1 < w.size() && w.get(k - 1).text().length() <= 3
        && Character.isUpperCase(w.get(k - 1).text().charAt(w.get(k - 1).text().length() - 1))
        && w.get(k + 1).isWord() && !w.get(k + 1).isCapitalised();
  }

  /** A quotation that is a whole sentence, with no cue: the latest speaker goes on speaking. */
  private Optional<Candidate> standalone(SegmentedText text, ArticleWords words, Quotation q) {
    Optional<Sentence> s = text.sentenceAt(q.outer().start());
    if (s.isEmpty() || q.outer().start() - s.get().start() > 1 || s.get().end() - q.outer().end() > 2
        || words.in(q.inner()).size() < STANDALONE_MIN_WORDS || !endsSentence(q.inner().in(text.body()))) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(List.of(), "", q.outer().start(), q.inner(), Origin.CONTINUED, q.outer().start()));
  }

  static Candidate quote(List<Word> speaker, List<Word> w, int cue, int len, Quotation q) {
    String cueText = Phrases.join(w.subList(cue, cue + len));
    // A reported clause that runs into this quotation stops at its opening mark.
    return new Candidate(speaker, cueText, w.get(cue).start(), q.inner(), Origin.QUOTE, q.outer().start());
  }

  /** Whether a quotation's words end on a mark that closes a clause: a comma, a stop, a dash. */
  private static boolean endsClause(String inner) {
    int end = inner.length();
    while (end > 0 && (Character.isWhitespace(inner.charAt(end - 1)) || INNER_CLOSERS.indexOf(inner.charAt(end - 1)) >= 0)) {
      end--; // “I told him, ‘Never again,’”: a quotation inside closes first
    }
    return end > 0 && CLAUSE_CLOSERS.indexOf(inner.charAt(end - 1)) >= 0;
  }

  /** Marks that close a quotation inside a quotation. */
  private static final String INNER_CLOSERS = "’'”\"";

  /** Marks that end a quoted clause before its attribution. */
  private static final String CLAUSE_CLOSERS = ",.!?…;:—–-";

  private static boolean endsSentence(String inner) {
    String t = inner.strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(t.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static Optional<Paragraph> paragraphAt(SegmentedText text, int offset) {
    for (Paragraph p : text.paragraphs()) {
      if (p.span().contains(offset)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
