package io.crosscheck.attribution;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.SpeakerLocator.Phrase;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import io.crosscheck.model.Stance;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech sentence by sentence.
 *
 * <p>{@code Kovac said (that) …}, {@code Kovac told reporters …}, {@code …, the ministry said.},
 * {@code according to a senior official, …}, {@code …, adding that …}, {@code it was reported by
 * Radio Meridian that …}. Content runs from the cue to the sentence end;
 * {@link ContentBounder} later cuts it where the next speaker's clause starts.
 */
final class ReportedSpeechFinder {
  private static final WordSet BE = WordSet.of("is", "was", "were", "be", "been", "being", "are");
  /**
   * Denials that report speech in the passive: "have been refuted by the authorities". A claim
   * "rejected" or "dismissed" by a panel is a decision, not a statement.
   */
  private static final WordSet PASSIVE_DENIALS = WordSet.of("denied", "refuted", "disputed", "contested", "contradicted");
  private static final WordSet PREPOSITIONS = WordSet.of("with", "to", "for", "from", "about", "at",
      "by", "near", "alongside", "beside", "against", "toward", "towards");
  /** Words after "to" that keep "wrote to", "said to" a cue: "wrote to the minister", "said to reporters". */
  private static final WordSet TO_OBJECTS = WordSet.of("the", "a", "an", "his", "her", "their", "its",
      "reporters", "journalists", "lawmakers", "members", "officials", "supporters", "diplomats");
  /** Words that open a new clause after ", X said,": the cue was no parenthesis. */
  private static final WordSet CLAUSE_COORDINATORS = WordSet.of("but", "and", "while", "whereas",
      "although", "though", "yet");
  /**
   * Verbs of promising and claiming, whose to-infinitive is what was said: "vowed to keep the port
   * open", "claimed to have downed 30 drones".
   */
  private static final WordSet COMMISSIVES = WordSet.of("promise", "promises", "promised",
      "promising", "vow", "vows", "vowed", "vowing", "pledge", "pledges", "pledged", "pledging", "claim", "claims",
      "claimed", "claiming");
  private static final WordSet SUBORDINATORS = WordSet.of("whether", "if");
  /** Irregular past forms that put out a document: "sent a letter", "put out a statement". */
  private static final WordSet VERBS_OF_ISSUING = WordSet.of("sent", "wrote", "put", "gave", "sends",
      "issues", "releases", "publishes", "posts");


  private final CueLexicon lexicon;
  private final SpeakerLocator locator;

  private final AccordingToFinder accordingTo;

  /**
   * Whether the "per" at {@code i} credits a source as "according to" does: it opens the sentence or
   * follows a comma, and a name or a determined noun follows it ("…, per Velpress.", "Per a senior
   * official, …"); "50 km per hour" and "as per the deal" credit nobody.
   */
  private static boolean isPerCredit(List<Word> w, int i) {
    if (!w.get(i).is("per") || i + 1 >= w.size() || i > 0 && !w.get(i - 1).text().equals(",")) {
      return false;
    }
    Word next = w.get(i + 1);
    return next.isCapitalised() || next.is("a") || next.is("an") || next.is("the");
  }
  private final CreditedFigures creditedFigures;
  private final InvertedCues inverted;
  private final ReportedContent content;
  private final ReportingClauses clauses;

  ReportedSpeechFinder(CueLexicon lexicon, SpeakerLocator locator) {
    this.lexicon = lexicon;
    this.locator = locator;
    this.accordingTo = new AccordingToFinder(locator, lexicon);
    this.creditedFigures = new CreditedFigures(lexicon, locator);
    this.inverted = new InvertedCues(locator);
    this.content = new ReportedContent(lexicon, locator);
    this.clauses = new ReportingClauses(lexicon, locator);
  }

  /** Candidates in {@code text}, skipping cues at offsets in {@code claimed} and cues inside quotations. */
  List<Candidate> find(SegmentedText text, List<Candidate> quoteCandidates, ArticleWords words) {
    List<Candidate> quotes = new ArrayList<>(quoteCandidates);
    quotes.sort(Comparator.comparingInt(Candidate::cueAt));
    BitSet claimed = new BitSet(); // offsets: a set of boxed offsets boxed every word's start to ask
    quotes.forEach(c -> claimed.set(c.cueAt()));
    List<Candidate> out = new ArrayList<>();
    QuoteMap quoted = new QuoteMap(text);
    int q = 0;
    for (Sentence s : text.sentences()) {
      List<Word> w = words.in(s);
      List<Candidate> inSentence = new ArrayList<>();
      List<Candidate> sentenceQuotes = new ArrayList<>();
      while (q < quotes.size() && quotes.get(q).cueAt() < s.end()) {
        if (quotes.get(q).cueAt() >= s.start() && !quotes.get(q).speaker().isEmpty()) {
          sentenceQuotes.add(quotes.get(q));
        }
        q++;
      }
      int accordingEnd = -1;
      // "As we previously told you, …": the outlet's aside about its own reporting credits nobody
      for (int i = Math.max(0, SubjectFinder.editorialAside(w)); i < w.size(); i++) {
        Word t = w.get(i);
        if (claimed.get(t.start()) || quoted.isQuoted(t.start())) {
          continue;
        }
        boolean according = t.is("according") && i + 1 < w.size() && w.get(i + 1).is("to");
        if (according || isPerCredit(w, i)) {
          Optional<Candidate> c = accordingTo.find(text, s, w, i, according ? 2 : 1, quoted);
          if (c.isPresent() && accordingEnd >= 0) {
            c = Optional.of(accordingTo.coordinated(text, w, accordingEnd, i, c.get())); // "… and 3 million according to B"
          }
          if (c.isPresent()) {
            inSentence.add(c.get());
            // "according to government reports": "reports" names the source, it is no cue.
            i = Math.max(i, w.indexOf(c.get().speaker().get(c.get().speaker().size() - 1)));
            accordingEnd = i + 1;
          }
          continue;
        }
        if (lexicon.isSpeechNoun(t) && i + 2 < w.size() && (w.get(i + 1).is("from") || w.get(i + 1).is("by"))) {
          content.speechNoun(text, s, w, i).ifPresent(inSentence::add);
          continue;
        }
        Optional<Candidate> credited = creditedFigures.find(w, i);
        if (credited.isPresent()) {
          inSentence.add(credited.get()); // "the 90,000 estimated by the guild"
          continue;
        }
        int len = lexicon.verbs().cueLength(w, i);
        if (len == 0 && clauses.documentReads(w, i)) {
          len = 1; // "…, the statement read."
        }
        if (len > 0) {
          reported(text, s, w, i, len, inSentence, sentenceQuotes).ifPresent(inSentence::add);
        }
      }
      out.addAll(inSentence);
    }
    return out;
  }

  /**
   * The speaker of the cue at {@code i} that opens no clause of its own, from the phrase {@code before}
   * it: a name that runs on, the sentence's subject in place of a phrase a preposition governs ("an
   * official travelling with Kovac told"), or a document subject.
   */
  private Optional<Phrase> subjectOfCue(List<Word> w, int i, int len, Optional<Phrase> before, List<Candidate> earlier) {
    Optional<Phrase> speaker = before;
    int nameStart = speaker.map(ph -> nameAcrossFor(w, ph)).orElse(-1);
    if (nameStart >= 0) {
      speaker = Optional.of(new Phrase(nameStart, speaker.get().to())); // "Transport for London said": one name
    }
    boolean placedName = speaker.isPresent() && placed(w, speaker.get());
    // "pushing back against White Palace claims that …": the claims, and so the words, are the White Palace’s
    boolean ownedClaims = len == 1 && nounAfterPreposition(w, i);
    if (speaker.isPresent() && speaker.get().from() > 0 && !ownedClaims && (PREPOSITIONS.contains(w.get(speaker.get().from() - 1).lower())
        || placedName || ofPlainNoun(w, speaker.get().from() - 1))) {
      // "an official travelling with Kovac told reporters": Kovac is no subject; the sentence's is.
      int prep = speaker.get().from() - 1;
      int comma = Clauses.lastComma(w, speaker.get());
      if (comma >= 0 && !placedName) {
        speaker = Optional.of(new Phrase(comma + 1, speaker.get().to())); // "the agency for Gaza, COGAB, said"
      } else if (placedName) {
        // "organisers of the march in Kelm said": the subject, up to where its place begins; a name
        // after a head the subject does not reach stays the speaker ("the Kelm Council in Tarn said")
        Optional<Phrase> placedSpeaker = speaker;
        speaker = earlier.isEmpty() ? locator.subject(w).filter(ph -> ph.from() < prep && ph.to() <= i)
            .map(ph -> new Phrase(ph.from(), Math.min(ph.to(), prep))) : Optional.empty();
        if (speaker.isEmpty() && locator.grammar().isHead(w.get(prep - 1))) {
          speaker = placedSpeaker;
        }
      } else if (trailingDocument(w, prep) >= 0) {
        // "…, the statement issued by the foreign ministry said.": the document, with its issuer, speaks
        speaker = Optional.of(new Phrase(trailingDocument(w, prep), speaker.get().to()));
      } else {
        speaker = earlier.isEmpty() ? locator.subject(w).filter(ph -> ph.to() <= prep) : Optional.empty();
      }
    }
    if (speaker.isEmpty() && earlier.isEmpty()) {
      // "A statement released by Kovac’s office after the talks said ...": a document subject.
      // "The statements contradicted Kovac, who told …": past a comma, the cue is another clause's.
      speaker = locator.subject(w).filter(ph -> ph.to() <= i && documentHeaded(w, ph) && !commaBetween(w, ph.to(), i));
    }
    if (speaker.isEmpty() && earlier.isEmpty()) {
      // "A steel company facing a strike said ...": a participle phrase between the subject and its cue.
      speaker = locator.subject(w).filter(ph -> participlePhrase(w, ph.to(), i)
          && locator.grammar().isHead(w.get(ph.to() - 1)));
    }
    return speaker;
  }

  /** Words of a time phrase between a coordinator and its cue: "and yesterday said", "but on Tuesday night said". */
  private static final WordSet COORDINATED_TIME_WORDS = WordSet.of("yesterday", "today", "tonight",
      "later", "then", "also", "last", "late", "earlier", "on", "this");
  /** The most words such a time phrase holds. */
  private static final int MAX_COORDINATED_TIME_WORDS = 3;

  /**
   * The index of the "and" or "but" opening the predicate whose cue is at {@code i}, directly before
   * it or past a short time phrase ("and yesterday said", "but last night said"); -1 for none.
   */
  static int coordinatorBefore(List<Word> w, int i) {
    for (int k = i - 1; k >= 0 && i - k <= MAX_COORDINATED_TIME_WORDS + 1; k--) {
      Word x = w.get(k);
      if (x.is("and") || x.is("but")) {
        return k;
      }
      if (!COORDINATED_TIME_WORDS.contains(x.lower()) && !PhraseGrammar.TIMES.contains(x.lower())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether {@code w[of]} is an "of" after a common noun that names no source: in "organisers of the
   * protest against the visit of Premier Ivo Renn claimed …" the premier belongs to "visit"; in
   * "the office of Premier Ivo Renn said …" he does not, since an office speaks for him.
   */
  private boolean ofPlainNoun(List<Word> w, int of) {
    if (of < 1 || !w.get(of).is("of")) {
      return false;
    }
    Word noun = w.get(of - 1);
    // "the publication of the report showed": a noun naming an act is plain before its "of"
    return noun.isWord() && !noun.isCapitalised() && (!locator.grammar().isHead(noun) || locator.grammar().namesAnAct(noun))
        && !lexicon.isBareDocument(noun);
  }

  /**
   * Whether a document noun heads {@code p}: it stands before the phrase's first preposition, past
   * any modifiers ("the Varnian readout of the call", "a statement released by Kovac’s office");
   * in "the text of the statement" the document is only the complement.
   */
  private boolean documentHeaded(List<Word> w, Phrase p) {
    for (int k = p.from(); k < p.to(); k++) {
      Word t = w.get(k);
      if (t.is("of") || t.is("on") || PREPOSITIONS.contains(t.lower())) {
        return false;
      }
      if (lexicon.isDocument(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean commaBetween(List<Word> w, int from, int to) {
    for (int k = from; k < to; k++) {
      if (w.get(k).text().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** The index of the auxiliary before the cue at {@code j}, past "-ly" adverbs ("was officially declared"); -1 at the start. */
  private static int auxiliaryBefore(List<Word> w, int j) {
    int k = j - 1;
    while (k > 0 && PhraseGrammar.isLyAdverb(w.get(k))) {
      k--;
    }
    return k;
  }

  /** Whether the cue at {@code j} is a passive participle: "had been accused", "was officially denied". */
  private static boolean passiveCue(List<Word> w, int j) {
    int k = auxiliaryBefore(w, j);
    return k >= 0 && BE.contains(w.get(k).lower());
  }

  private Optional<Candidate> reported(SegmentedText text, Sentence s, List<Word> w, int i, int len,
      List<Candidate> earlier, List<Candidate> sentenceQuotes) {
    Word cue = w.get(i);
    String lower = cue.lower();
    int after = i + len;
    Word prev = i > 0 ? w.get(i - 1) : null;
    int auxAt = auxiliaryBefore(w, i); // "was officially declared": the auxiliary stands past the adverb
    Word aux = auxAt >= 0 ? w.get(auxAt) : null;
    Word next = after < w.size() ? w.get(after) : null;
    Word afterTo = after + 1 < w.size() ? w.get(after + 1) : null;
    boolean infinitive = next != null && next.is("to") && (afterTo == null || !afterTo.isCapitalised()
        && !TO_OBJECTS.contains(afterTo.lower()) || aux != null && BE.contains(aux.lower()));
    if (next != null && next.is("from") || infinitive && !COMMISSIVES.contains(lower)) {
      return Optional.empty(); // "reported from the capital", "is said to have", "continued to fight"
    }
    if (len == 1 && pluralNounSubject(w, i)) {
      return Optional.empty(); // "Original estimates in the capital were lower": a noun, not a cue
    }
    if (PhraseGrammar.isParticipleModifier(w, i)) {
      return Optional.empty(); // "a leaked letter said", "the reported toll": a participle modifying a noun
    }
    if (next != null && (next.is(")") || next.is(",")) && relativeOpens(w, i)) {
      return Optional.empty(); // "the jet crossed (which Varnia denies), the letter said": what is denied is the antecedent
    }
    if (reducedPassive(w, i, aux)) {
      return Optional.empty(); // "Results announced late Saturday by the commission indicate …": a participle, not a cue
    }
    if (next != null && next.is("as") && lower.endsWith("ed") && !(aux != null && BE.contains(aux.lower()))) {
      Optional<Candidate> agent = clauses.passiveAgent(text, w, i, after);
      if (agent.isPresent()) {
        return agent; // "a meeting, described as “positive” by the premier’s office"
      }
    }
    Optional<Phrase> speaker;
    boolean passive = false;
    int boundary = -1;
    boolean inRelative = false;
    // "and yesterday said", "but last night said": the coordinator stands past a short time phrase.
    int coordinator = coordinatorBefore(w, i);
    // "Kellco is denying claims that ...", "its lawyers are arguing that ...": a progressive, not a passive.
    boolean progressive = aux != null && BE.contains(aux.lower()) && lower.endsWith("ing");
    if (progressive) {
      speaker = locator.before(w, i);
      if (speaker.isPresent()) {
        boundary = Clauses.clauseStart(w, speaker.get().from());
      }
    } else if (aux != null && BE.contains(aux.lower())) {
      // Passive: "it was reported by Radio Meridian that ...", "was officially declared the winner"
      if (next == null || !next.is("by")) {
        return Optional.empty();
      }
      speaker = locator.after(w, after + 1);
      if (speaker.isEmpty()) {
        return Optional.empty();
      }
      after = speaker.get().to();
      passive = true;
      inRelative = auxAt > 0 && clauses.relativeComma(w, auxAt) > 0; // ", which had been accused by …"
    } else if (lower.endsWith("ing") && documentVerb(w, i) > 0) {
      // "Kellco sent a letter to Ostra saying ...": whoever sent or issued the document speaks.
      speaker = locator.before(w, documentVerb(w, i));
      if (speaker.isPresent()) {
        boundary = Clauses.clauseStart(w, speaker.get().from());
      }
    } else if (lower.endsWith("ing") && clauses.absoluteSubject(w, i).isPresent()) {
      // "…, with the ministry claiming it downed 337 drones": the noun after "with" speaks.
      speaker = clauses.absoluteSubject(w, i);
      boundary = w.get(speaker.get().from() - 1).start();
    } else if (lower.endsWith("ing") || coordinator >= 0) {
      // ", adding that ..." / "responded by warning that ..." / "and said ...": the clause's subject speaks.
      boolean afterDocument = prev != null && lexicon.isBareDocument(prev);
      boolean quotedAs = prev != null && prev.is("as") && Clauses.quotedBefore(w, i);
      // "left the capital on Tuesday claiming a breakthrough": a time phrase may stand for the comma.
      boolean afterTime = prev != null && lower.endsWith("ing") && PhraseGrammar.TIMES.contains(prev.lower());
      if (prev == null || !(prev.text().equals(",") || prev.is("by") || coordinator >= 0
          || afterDocument || quotedAs || afterTime)) {
        return Optional.empty(); // "a readout saying ..." is fine; "people saying" is not a cue
      }
      boundary = prev.text().equals(",") ? prev.start() : coordinator >= 0 ? w.get(coordinator).start() : -1;
      Candidate previous = lastClauseCandidate(earlier);
      for (Candidate quote : sentenceQuotes) {
        if (quote.cueAt() < cue.start() && (previous == null || quote.cueAt() > previous.cueAt())) {
          previous = quote; // "“We tried,” Kovac said, adding that ...": the quotation's speaker goes on
        }
      }
      if (previous != null && previous.origin() == Origin.ACCORDING) {
        return Optional.empty(); // "according to a readout, Kovac met X and noted Y": the readout owns it all
      }
      int notBefore = previous == null ? 0 : Math.max(0, Clauses.indexAt(w, previous.cueAt()));
      Optional<Phrase> coordinated = coordinator >= 0
          ? Clauses.coordinatedSubject(locator, w, coordinator + 1, notBefore) : Optional.empty();
      // "…, but his rival, Edda Voss, refused to concede and accused …": the new clause's subject speaks.
      boundary = coordinated.map(ph -> Clauses.commaBefore(w, ph.from())).filter(b -> b >= 0).orElse(boundary);
      // "Kellco, which had been accused by the ministry of …, reopened and said …": a passive's agent
      // is no subject, so the coordinated verb goes back to the sentence's subject.
      // "Pask pushed back against Varnian claims that …, saying …": the owner of claims a preposition
      // governs is no subject either.
      boolean passivePrevious = previous != null && (passiveCue(w, Clauses.indexAt(w, previous.cueAt()))
          || nounAfterPreposition(w, Clauses.indexAt(w, previous.cueAt())));
      speaker = coordinated.isPresent() ? coordinated
          : previous == null || passivePrevious ? locator.subject(w) : Optional.of(Clauses.phraseOf(w, previous));
    } else if (clauses.relativeComma(w, i) > 0) {
      // "… featuring the envoy Ivo Renn, who stated that …", "the Red Cord, which said …": the antecedent speaks.
      int comma = clauses.relativeComma(w, i);
      if (clauses.mainCueAfter(w, after)) {
        return Optional.empty(); // "Ferreby, who first reported the leak, said …": the main clause speaks
      }
      speaker = locator.before(w, comma).filter(ph -> ph.to() == comma);
      boundary = w.get(comma).start();
    } else {
      speaker = locator.before(w, i);
      if (speaker.isEmpty() && prev != null && prev.text().equals(",")) {
        return inverted.find(text, s, w, i, len); // "..., said the Harbour Pilots’ Association."
      }
      speaker = subjectOfCue(w, i, len, speaker, earlier);
      if (speaker.isPresent()) {
        boundary = Clauses.clauseStart(w, speaker.get().from());
      }
    }
    if (speaker.isEmpty() || speaker.get().size() == 0) {
      return Optional.empty();
    }
    Phrase p = speaker.get();
    if (p.from() > 0 && SUBORDINATORS.contains(w.get(p.from() - 1).lower())) {
      return Optional.empty(); // "asked whether Kovac had warned ..."
    }
    List<Word> speakerWords = w.subList(p.from(), p.to());
    String cueText = Phrases.join(w.subList(i, i + len));
    if (p.from() > 0 && w.get(p.from() - 1).text().equals(",") && p.to() <= i && clauses.relativeComma(w, i) < 0
        && !ReportingClauses.participleOpening(w) && locator.grammar().shortTail(w, after, lower)) {
      // "Talks failed, officials said on Monday." — the content comes before the speaker;
      // "Aid, the official said, dominated the talks." — a parenthetical cue: the whole sentence.
      if (quoteCreditedBefore(w, p.from() - 1)) {
        return Optional.empty(); // "“…,” Kovac said, a line her supporters repeated": an appositive, not a speaker
      }
      boolean parenthetical = after < w.size() && w.get(after).text().equals(",")
          && w.subList(after, w.size()).stream().filter(Word::isWord).count() >= 2
          && !(after + 1 < w.size() && CLAUSE_COORDINATORS.contains(w.get(after + 1).lower())) // ", X said, but Y …"
          && !(after + 1 < w.size() && w.get(after + 1).isWord() && !w.get(after + 1).isCapitalised()
          && w.get(after + 1).lower().endsWith("ing")); // ", Velpress said, citing local officials."
      int dateline = SubjectFinder.skipDateline(w);
      int from = dateline > 0 && dateline < p.from() ? w.get(dateline).start() : s.start(); // not "DRAVIK —"
      Span content = Clauses.trimmed(text.body(), from, parenthetical ? s.end() : w.get(p.from() - 1).start());
      return Clauses.enoughWords(text, content)
          ? Optional.of(new Candidate(speakerWords, cueText, cue.start(), content, Origin.POSTPOSED,
              w.get(p.from() - 1).start()))
          : Optional.empty();
    }
    // "told the committee that ...", "said in a statement that ...": the content starts after "that".
    int from = this.content.start(w, after, lower);
    if (from >= w.size() && passive && PASSIVE_DENIALS.contains(lower) && auxAt > 0) {
      // "Stories that the boat was towed have been refuted by the authorities.": the subject is what is denied
      int subjectEnd = auxAt;
      while (subjectEnd > 0 && PhraseGrammar.AUXILIARIES.contains(w.get(subjectEnd - 1).lower())) {
        subjectEnd--;
      }
      int dateline = SubjectFinder.skipDateline(w);
      int start = dateline > 0 && dateline < subjectEnd ? dateline : 0;
      if (subjectEnd <= start) {
        return Optional.empty();
      }
      Span denied = Clauses.trimmed(text.body(), w.get(start).start(), w.get(subjectEnd - 1).end());
      return Clauses.enoughWords(text, denied)
          ? Optional.of(new Candidate(speakerWords, cueText, cue.start(), denied, Origin.REPORTED, -1))
          : Optional.empty();
    }
    if (from >= w.size()) {
      return Optional.empty();
    }
    int end = s.end();
    if (insideDashes(w, p.from())) {
      // "He got no audience — Pask said afterward he had not expected one — and Varnia issued …": a
      // speaker between two dashes speaks up to the closing one.
      for (int k = from; k < w.size(); k++) {
        if (w.get(k).isDash()) {
          end = w.get(k).start();
          break;
        }
      }
    }
    if (inRelative) {
      // "Kellco, which had been accused by the ministry of hiding losses, reopened …": the relative
      // clause's comma closes what the agent said.
      for (int k = from; k < w.size(); k++) {
        if (w.get(k).text().equals(",")) {
          end = w.get(k).start();
          break;
        }
      }
    }
    Span content = Clauses.trimmed(text.body(), w.get(from).start(), end);
    String required = lexicon.verbs().requiredWord(len > 1 ? cueText : lower);
    boolean thatTaken = from > after && !required.isEmpty() && w.get(from - 1).is(required); // "found that 30 …"
    if (!thatTaken && !lexicon.verbs().holdsRequired(w, from, len > 1 ? cueText : lower)) {
      return Optional.empty(); // "described the scene" is not a statement; "described it as a trap" is
    }
    // "The group disputed the account.": what a denial takes as its object may be two words (read only
    // for a content too short otherwise)
    boolean enough = Clauses.enoughWords(text, content) || lexicon.verbs().stance(len > 1 ? cueText : lower) == Stance.DENYING
        && Phrases.hasWords(text.body(), content, DENIED_OBJECT_WORDS) && lexicon.verbs().claimObject(w, from);
    return enough
        ? Optional.of(new Candidate(speakerWords, cueText, cue.start(), content, Origin.REPORTED, boundary))
        : Optional.empty();
  }

  /** The fewest words a denial's object holds: "the account". */
  private static final int DENIED_OBJECT_WORDS = 2;

  /** Whether an odd number of dashes stand before word {@code at}, past any dateline: an aside is open. */
  private static boolean insideDashes(List<Word> w, int at) {
    int dashes = 0;
    for (int k = SubjectFinder.skipDateline(w); k < at; k++) {
      dashes += w.get(k).isDash() ? 1 : 0;
    }
    return dashes % 2 == 1;
  }


  /**
   * Whether the cue at {@code i} is a past participle after a noun, with no auxiliary, whose agent
   * follows ("results announced late Saturday by the commission"): a reduced passive, which says
   * nothing itself; the agent and the clause's own verb carry the statement.
   */
  private static boolean reducedPassive(List<Word> w, int i, Word aux) {
    if (i == 0 || !w.get(i).lower().endsWith("ed") || aux != null && BE.contains(aux.lower())
        || !w.get(i - 1).isWord() || w.get(i - 1).lower().endsWith("ly")) {
      return false;
    }
    int k = i + 1;
    while (k < w.size() && k - i <= 3 && (PhraseGrammar.TIME_LEADS.contains(w.get(k).lower())
        || PhraseGrammar.TIMES.contains(w.get(k).lower()))) {
      k++;
    }
    return k + 1 < w.size() && w.get(k).is("by") && (w.get(k + 1).is("the") || w.get(k + 1).isCapitalised())
        && w.get(i - 1).lower().endsWith("s") && (!w.get(i - 1).isCapitalised() || i == 1); // "Results" opening a sentence
  }

  /**
   * Whether the speaker phrase is a name placed by a preposition of place after a word ("in", "at",
   * "on", "near"): "organisers of the march in Kelm estimated" — Kelm is where, the organisers speak.
   */
  private boolean placed(List<Word> w, Phrase p) {
    int prep = p.from() - 1;
    return prep >= 1 && SpeakerLocator.PLACE_PREPOSITIONS.contains(w.get(prep).lower()) && w.get(p.from()).isCapitalised()
        && w.get(prep - 1).isWord();
  }

  /** The most words of a participle phrase between a subject and its cue: "facing a strike over pay". */
  private static final int MAX_PARTICIPLE_PHRASE = 8;

  /**
   * Whether {@code w[from..cue)} is a present-participle phrase, words only: "experiencing a
   * strike" in "a steel company experiencing a strike said".
   */
  private boolean participlePhrase(List<Word> w, int from, int cue) {
    if (from >= cue || cue - from > MAX_PARTICIPLE_PHRASE) {
      return false;
    }
    Word first = w.get(from);
    if (!first.isWord() || first.isCapitalised() || !first.lower().endsWith("ing") || first.lower().length() < 5
        || lexicon.verbs().cueLength(w, from) > 0) {
      return false;
    }
    for (int k = from + 1; k < cue; k++) {
      if (!w.get(k).isWord() || lexicon.verbs().cueLength(w, k) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The most words between a relative "which" and the cue it is the object of: "which the Varnian ministry denies". */
  private static final int MAX_RELATIVE_SUBJECT = 6;

  /** Whether the cue at {@code i} closes a relative clause opened after a comma or parenthesis: ", which Varnia denies". */
  private static boolean relativeOpens(List<Word> w, int i) {
    for (int k = i - 1; k >= 1 && i - k <= MAX_RELATIVE_SUBJECT + 1; k--) {
      if (w.get(k).is("which")) {
        return w.get(k - 1).is(",") || w.get(k - 1).is("(");
      }
      if (!w.get(k).isWord()) {
        return false;
      }
    }
    return false;
  }

  /** Finite verbs that show a cue word ending in "-s" is the plural noun subject of a clause. */
  private static final WordSet PLURAL_FINITE = WordSet.of("were", "are", "have", "had");
  /** Words of a prepositional phrase between such a noun and its verb: "estimates in the capital were". */
  private static final int MAX_NOUN_PHRASE_TAIL = 5;

  /**
   * Whether the cue at {@code i} is a noun, the subject of the verb that follows it: a plural,
   * directly or after a prepositional phrase ("estimates were", "reports in the capital are"), or a
   * name's noun ("the Kelm state have charged"), or the subject of a reporting verb after such a
   * phrase ("Widespread reports in Varnia suggested": a clause has one reporting verb). "Kovac
   * estimates the toll at 300", "says in a statement that" and "which Hamas said is" keep their cue.
   */
  private boolean pluralNounSubject(List<Word> w, int i) {
    String lower = w.get(i).lower();
    if (i > 0 && i + 1 < w.size() && w.get(i - 1).isCapitalised() && PLURAL_FINITE.contains(w.get(i + 1).lower())) {
      return true; // "prosecutors in Rio state have charged": a name's noun ("which Hamas said is" keeps its cue)
    }
    if (i > 0 && i + 1 < w.size() && w.get(i - 1).isCapitalised() && lower.endsWith("s") && PhraseGrammar.looksPastTense(w.get(i + 1))) {
      return true; // "authorities in Orla and Tarn states declared a curfew": no verb runs into a second one
    }
    if (lower.length() <= 3 || !lower.endsWith("s") || lower.endsWith("ss")) {
      return false;
    }
    int k = i + 1;
    boolean phrase = k < w.size() && (PREPOSITIONS.contains(w.get(k).lower()) || w.get(k).is("in") || w.get(k).is("of"));
    if (phrase) {
      k++;
      while (k < w.size() && k - i <= MAX_NOUN_PHRASE_TAIL + 1 && w.get(k).isWord() && !w.get(k).is("that")
          && !PLURAL_FINITE.contains(w.get(k).lower()) && !(PhraseGrammar.looksPastTense(w.get(k)) && lexicon.verbs().cueLength(w, k) > 0)) {
        k++; // the phrase: "in the capital"
      }
    }
    return k < w.size() && (PLURAL_FINITE.contains(w.get(k).lower())
        || phrase && k > i + 2 && PhraseGrammar.looksPastTense(w.get(k)) && lexicon.verbs().cueLength(w, k) > 0);
  }

  /** Prepositions whose object may be a noun in "-s" that is also a cue: "against White Palace claims that". */
  private static final WordSet NOUN_PREPOSITIONS = WordSet.of("against", "about", "over", "despite", "amid",
      "denying", "rejecting", "disputing");
  /** The most names between such a preposition and the noun: "against the White Palace’s claims". */
  private static final int MAX_NOUN_MODIFIERS = 3;

  /**
   * Whether the "-s" cue at {@code i} is a noun, the object of a preposition before the names that
   * modify it and own it: "pushing back against White Palace claims that", "despite Kelm’s claims
   * that". A name before a time ("on Monday Kelm claims") is a subject and its verb.
   */
  private boolean nounAfterPreposition(List<Word> w, int i) {
    if (!w.get(i).lower().endsWith("s")) {
      return false;
    }
    for (int k = i - 1; k >= 0 && i - k <= MAX_NOUN_MODIFIERS + 1; k--) {
      Word t = w.get(k);
      if (k < i - 1 && NOUN_PREPOSITIONS.contains(t.lower())) {
        return true;
      }
      if (!t.isWord() || !(t.isCapitalised() || t.isPossessive() || t.is("the")) || lexicon.isBareTimeWord(t)) {
        return false;
      }
    }
    return false;
  }

  /** Words between a document's verb and the "-ing" cue: "issued a more muted readout", "sent a letter to its staff". */
  private static final int MAX_DOCUMENT_OBJECT = 7;

  /**
   * The index of the verb whose object is a document right before the "-ing" cue at {@code cue}
   * ("sent" in "sent a letter to staff saying"), or -1. The document noun follows a determiner
   * that follows the verb; a comma or a quotation in between ends the search.
   */
  private int documentVerb(List<Word> w, int cue) {
    for (int k = cue - 1; k >= 2 && cue - k <= MAX_DOCUMENT_OBJECT; k--) {
      Word t = w.get(k);
      if (!t.isWord()) {
        return -1;
      }
      if (lexicon.isDocument(t) && !t.isCapitalised()) {
        for (int d = k - 1; d >= 1 && k - d <= 3; d--) {
          if (w.get(d).in(WordGroup.DETERMINER) || w.get(d).is("its") || w.get(d).is("their")) {
            Word verb = w.get(d - 1);
            boolean verbLike = verb.isWord() && !verb.isCapitalised() && !verb.in(WordGroup.CLAUSE_WORD)
                && (verb.lower().endsWith("ed") || VERBS_OF_ISSUING.contains(verb.lower()));
            return verbLike ? d - 1 : -1;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /**
   * The latest earlier candidate whose speaker is a clause's subject: "refuted Kovac’s claims,
   * asserting that …" skips the claim noun "Kovac’s claims", which is the object of "refuted", not
   * the subject an "-ing" cue goes back to.
   */
  private static Candidate lastClauseCandidate(List<Candidate> earlier) {
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Candidate c = earlier.get(k);
      boolean possessedNoun = !c.speaker().isEmpty() && c.speaker().get(c.speaker().size() - 1).isPossessive()
          && k > 0 && earlier.get(k - 1).cueAt() < c.cueAt();
      if (!possessedNoun) {
        return c;
      }
    }
    return null; // the first candidate is never a possessed noun, so this is reached only with none
  }

  /** The most capitalised words of a name before its inner "for": "Doctors Without Borders for Peace". */
  private static final int NAME_BEFORE_FOR = 4;

  /**
   * Where a name with an inner "for" starts when {@code p}, the words after it, ends the name:
   * "Transport for London", "Citizens for Clean Ports". The words before "for" are capitalised and
   * no role ("Spokesman for Varnia" is a role and its body); -1 otherwise.
   */
  private int nameAcrossFor(List<Word> w, Phrase p) {
    int prep = p.from() - 1;
    if (prep < 1 || !w.get(prep).is("for") || !w.get(p.from()).isCapitalised()) {
      return -1;
    }
    int start = prep;
    while (start > 0 && prep - start < NAME_BEFORE_FOR && w.get(start - 1).isWord() && w.get(start - 1).isCapitalised()
        && !lexicon.isRole(w.get(start - 1))) {
      start--;
    }
    boolean clauseStart = start == 0 || !w.get(start - 1).isWord() || w.get(start - 1).in(WordGroup.DETERMINER);
    return start < prep && clauseStart ? start : -1;
  }

  /** The most words between a comma and the preposition of a trailing document: "the official statement issued". */
  private static final int DOCUMENT_WORDS = 4;

  /**
   * Where a document named right after a comma starts, when the preposition at {@code prep} gives
   * its issuer: "…, the statement issued by the ministry said", "…, a readout from the palace
   * said". A determiner, the document noun and at most a modifier and a participle; -1 otherwise.
   */
  private int trailingDocument(List<Word> w, int prep) {
    if (!w.get(prep).is("by") && !w.get(prep).is("from")) {
      return -1;
    }
    boolean document = false;
    for (int k = prep - 1; k >= 0 && prep - k <= DOCUMENT_WORDS; k--) {
      Word t = w.get(k);
      if (t.text().equals(",")) {
        return document && k + 1 < prep ? k + 1 : -1;
      }
      if (!t.isWord() || t.isCapitalised() && k > 0 && !w.get(k - 1).text().equals(",")) {
        return -1;
      }
      document |= lexicon.isDocument(t);
    }
    return -1;
  }

  /** Whether a closing quotation mark and its own cue sit just before the comma at {@code comma}. */
  private boolean quoteCreditedBefore(List<Word> w, int comma) {
    boolean cue = false;
    for (int k = comma - 1; k >= 0 && comma - k <= SpeakerLocator.MAX_PHRASE; k--) {
      String t = w.get(k).text();
      if (t.equals("”") || t.equals("\"") || t.equals("’")) {
        return cue;
      }
      if (Clauses.isOpeningMark(w.get(k)) || t.equals(".") || t.equals(";")) {
        return false;
      }
      cue |= lexicon.verbs().cueLength(w, k) > 0;
    }
    return false;
  }
}
