package io.crosscheck.attribution;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.attribution.Candidate.Origin;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Mode;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The default {@link AttributionFinder}: quotations first, then reported speech, then content
 * bounds, then speakers typed and resolved in reading order.
 *
 * <p>{@code “We stay,” Ana Kovac said. She added that talks would resume.} gives Kovac DIRECT "We
 * stay," and Kovac (from "She") INDIRECT "talks would resume.".
 */
final class NewsAttributionFinder implements AttributionFinder {
  /** Characters after a cue searched for "on condition of anonymity". */
  private static final int ANONYMITY_WINDOW = 400;
  /** The characters of text a thread's first table of words is sized for: a long article's. */
  private static final int FIRST_FORMS_LENGTH = 1 << 15;

  private final CueLexicon lexicon;
  private final SpeakerLocator locator;
  private final QuoteAttributor quotes;
  private final ReportedSpeechFinder reported;
  private final ContentBounder bounder = new ContentBounder();
  private final SourceClassifier classifier;
  /** The words met in the articles each thread read before, with their lexicon classes: see {@link Words.Forms}. */
  private final ThreadLocal<Words.Forms> forms;

  NewsAttributionFinder(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    this.lexicon = new CueLexicon(lexicon);
    this.locator = new SpeakerLocator(this.lexicon);
    this.quotes = new QuoteAttributor(this.lexicon, locator);
    this.reported = new ReportedSpeechFinder(this.lexicon, locator);
    this.classifier = new SourceClassifier(this.lexicon);
    CueLexicon cues = this.lexicon;
    this.forms = ThreadLocal.withInitial(() -> new Words.Forms(FIRST_FORMS_LENGTH, cues::wordClassesOf));
  }

  @Override
  public List<Attribution> find(SegmentedText text) {
    checkNotNull(text, "text");
    ArticleWords words = new ArticleWords(text, forms.get());
    List<Candidate> quoteCandidates = quotes.find(text, words);
    List<Candidate> candidates = new ArrayList<>(quoteCandidates);
    candidates.addAll(reported.find(text, quoteCandidates, words));
    List<Candidate> bounded = new ArrayList<>(speakerFromNextSentence(bounder.bound(candidates, text), text));
    QuoteMap quoted = new QuoteMap(text);
    Set<Integer> speakerStarts = new HashSet<>();
    bounded.forEach(c -> c.speaker().stream().findFirst().ifPresent(w -> speakerStarts.add(w.start())));
    for (Candidate m : subjects(text, quoted, words)) {
      if (!speakerStarts.contains(m.readAt())) {
        bounded.add(m); // a subject that is already a speaker needs no second entry
      }
    }
    bounded.sort(Comparator.comparingInt(Candidate::readAt).thenComparingInt(c -> c.content().start()));
    MentionIndex mentions = new MentionIndex(words, lexicon, OutletMentions.credited(text.article().outlet()));
    SpeakerResolver resolver = new SpeakerResolver(lexicon, mentions,
        at -> text.sentenceAt(at).map(Sentence::paragraph).orElse(-1), at -> text.sentenceAt(at).map(Sentence::index).orElse(-1));
    List<Attribution> out = new ArrayList<>();
    Map<Typed, Source> typed = new HashMap<>();
    Set<String> bodies = new HashSet<>();
    for (Candidate c : bounded) {
      Optional<Source> source = source(c, mentions, resolver, words, typed, bodies);
      if (c.origin() == Origin.MENTION || source.isEmpty() || c.origin() != Origin.QUOTE
          && c.origin() != Origin.CONTINUED && Circumstances.isCircumstance(words.in(c.content()))) {
        continue; // "..., as the strike reached its 11th day." is the writer's, not the source's
      }
      Source s = source.get().kind() == SourceKind.INSTITUTION && anonymityAfter(text, c)
          ? source.get().withKind(SourceKind.ANONYMOUS) : source.get();
      if (relaysReport(c, words) && bareName(c, s, text)
          && (s.kind() == SourceKind.INSTITUTION || s.kind() == SourceKind.NAMED_PERSON)) {
        s = s.withKind(SourceKind.MEDIA); // "The ministry said …, according to Velpress": the outlet that carried it
      }
      Optional<Span> sourceSpan = c.speaker().isEmpty() ? Optional.empty()
          : Optional.of(Span.of(c.speaker().get(0).start(), c.speaker().get(c.speaker().size() - 1).end()));
      String sourceText = sourceSpan.map(sp -> sp.in(text.body())).orElse("");
      List<Span> parts = parts(c, quoted);
      out.add(new Attribution("", text.article().id(), s, sourceText, sourceSpan, c.cue(),
          lexicon.verbs().stance(c.cue()), mode(c, quoted), content(parts, text), span(parts, c.content()), parts));
    }
    return CataphoricSpokespeople.named(bodies.isEmpty() ? out : asBodies(out, bodies), text, lexicon);
  }

  /**
   * One name, one kind in an article: a name shown to be a body's ("Kelm Air says its crews …") is
   * that body wherever it is typed a person by its shape alone ("Kelm Air told the Post …").
   */
  private static List<Attribution> asBodies(List<Attribution> attributions, Set<String> bodies) {
    List<Attribution> out = new ArrayList<>(attributions.size());
    for (Attribution a : attributions) {
      Source s = a.source();
      out.add(s.kind() == SourceKind.NAMED_PERSON && s.role().isEmpty() && bodies.contains(s.name())
          ? a.withSource(s.withKind(SourceKind.INSTITUTION)) : a);
    }
    return out;
  }

  /**
   * Whether {@code c} credits, with "according to", words that already carry their own speaker's
   * cue ("The ministry said the bodies were counted twice, according to Velpress"): it relays a
   * report.
   */
  private boolean relaysReport(Candidate c, ArticleWords words) {
    if (c.origin() != Origin.ACCORDING) {
      return false;
    }
    List<Word> w = words.in(c.content());
    for (int k = 1; k < w.size(); k++) {
      if (w.get(k - 1).isWord() && lexicon.verbs().cueLength(w, k) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the speaker is one capitalised word that the article never gives a first name or a
   * title: "Velpress", "KNA", not "Kovac" of "Ana Kovac".
   */
  private static boolean bareName(Candidate c, Source source, SegmentedText text) {
    if (c.speaker().size() != 1 || !c.speaker().get(0).isCapitalised() || !source.name().equals(c.speaker().get(0).text())) {
      return false; // "Ana Kovac reported": the speaker word resolved to a fuller name
    }
    String name = c.speaker().get(0).text();
    if (name.endsWith("’s") || name.endsWith("'s")) {
      return false; // "according to Velbus’s rider counts": the owner of a record, not an outlet
    }
    String body = text.body();
    for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
      int before = at - 1;
      while (before >= 0 && body.charAt(before) == ' ') {
        before--;
      }
      if (before >= 0 && before < at - 1 && Character.isLetter(body.charAt(before))) {
        int wordStart = before;
        while (wordStart > 0 && Character.isLetter(body.charAt(wordStart - 1))) {
          wordStart--;
        }
        if (Character.isUpperCase(body.charAt(wordStart))) {
          return false; // "Ana Kovac", "Mr Kovac": a person's name
        }
      }
    }
    return true;
  }

  /**
   * A quotation standing alone takes the speaker who opens the next sentence of its paragraph:
   * {@code “We ran out of fuel.” The official added that ...}.
   */
  private static List<Candidate> speakerFromNextSentence(List<Candidate> candidates, SegmentedText text) {
    Map<Integer, Candidate> openers = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.speaker().isEmpty()) {
        continue;
      }
      int at = c.speaker().get(0).start();
      text.sentenceAt(at).filter(s -> at - s.start() <= 1).ifPresent(s -> openers.putIfAbsent(s.index(), c));
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Optional<Sentence> s = c.origin() == Origin.CONTINUED ? text.sentenceAt(c.cueAt()) : Optional.empty();
      Candidate opener = s.map(x -> openers.get(x.index() + 1)).orElse(null);
      if (opener != null && text.sentences().get(s.get().index() + 1).paragraph() == s.get().paragraph()) {
        out.add(new Candidate(opener.speaker(), opener.cue(), c.cueAt(), c.content(), Origin.CONTINUED, c.boundary()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** The most words of a name owning an account: "Prime Minister Ana Kovac’s". */
  private static final int MAX_OWNER_WORDS = 5;

  /** Sentence subjects, so that "he" after "Kovac struck a defiant note." finds Kovac. */
  private List<Candidate> subjects(SegmentedText text, QuoteMap quoted, ArticleWords words) {
    List<Candidate> out = new ArrayList<>();
    LeadingAdjectives adjectives = new LeadingAdjectives(text, words, lexicon);
    for (Sentence s : text.sentences()) {
      List<Word> w = words.in(s);
      int before = out.size();
      Optional<SpeakerLocator.Phrase> subject = locator.subject(w)
          .filter(p -> p.size() > 0 && !quoted.isInQuotation(w.get(p.from()).start()))
          .filter(p -> p.size() > 1 || !adjectives.isAdjectiveAt(w, p.from())); // "Postal ballots made up …"
      subject.ifPresent(p -> out.add(mention(w, p.from(), p.to())));
      // "He defended his actions … saved by Mara Oskin. “…,” he said.": a sentence about "he" keeps him
      // the one a later "he" means; a name in its passive is no new antecedent.
      boolean aboutAPerson = subject.filter(p -> p.size() == 1 && PERSONAL.contains(w.get(p.from()).lower())).isPresent();
      // "the mayor, Petra Lind, ..." names a person even when she is not the subject.
      for (int k = 1; k + 3 < w.size(); k++) {
        // the role and capitals first: a word's bits answer for nearly every word, its text is not read
        if (lexicon.isRole(w.get(k - 1)) && w.get(k + 1).isCapitalised() && w.get(k).text().equals(",")
            && w.get(k + 2).isCapitalised() && !quoted.isInQuotation(w.get(k).start())) {
          int end = k + 3;
          while (end < w.size() && end - k < 5 && w.get(end).isCapitalised()) {
            end++;
          }
          out.add(mention(w, k - 1, end));
        }
        // "contradicts Kovac’s account — she said …": the owner of the account the dash goes on to tell.
        if (lexicon.isDocument(w.get(k)) && (w.get(k + 1).isDash() || w.get(k + 1).is(":")) && w.get(k - 1).isPossessive()
            && w.get(k - 1).isCapitalised() && !quoted.isInQuotation(w.get(k).start())) {
          int from = k - 1;
          while (from > 0 && k - from < MAX_OWNER_WORDS && w.get(from - 1).isCapitalised() && !w.get(from - 1).isPossessive()) {
            from--;
          }
          out.add(mention(w, from, k));
        }
        // "a plan publicly opposed by Kovac": the agent of a passive is a later "he".
        if (!aboutAPerson && w.get(k + 1).isCapitalised() && w.get(k).text().equals("by") && !w.get(k + 1).is("the")
            && !quoted.isInQuotation(w.get(k).start())) {
          int end = k + 1;
          while (end < w.size() && end - k <= 5 && w.get(end).isCapitalised() && !w.get(end - 1).isPossessive()) {
            end++;
          }
          if (!w.get(end - 1).isPossessive()) {
            out.add(mention(w, k + 1, end)); // "by Kovac’s office" names an office, not a person
          }
        }
      }
      // "by Monday", "Monday’s storm": a time is no antecedent; nor is a count ("Sixteen were absent",
      // "Sixteen of 122 deckhands were absent") or a phrase a preposition opens ("Of 122 drivers eligible, …").
      // "Her characterization of the talks …": a possessive pronoun points back, it names no one new.
      if (out.size() > before) { // most sentences name no one new
        out.subList(before, out.size()).removeIf(m -> locator.grammar().isTimePhrase(m.speaker()) || isCount(m.speaker())
            || isPreposition(m.speaker().get(0)) || m.speaker().size() == 1 && m.speaker().get(0).isPossessivePronoun());
      }
    }
    return out;
  }

  /** Pronouns that stand for one person: a sentence opening on one is about that person. */
  private static final java.util.Set<String> PERSONAL = java.util.Set.of("he", "she");

  /** Words that hedge a number: "Only 2,000 were found alive", "About 300 remained". */
  private static final java.util.Set<String> NUMBER_HEDGES = java.util.Set.of("only", "just", "about", "some", "nearly",
      "almost", "around", "roughly", "approximately", "over", "under");

  /**
   * "Sixteen", "122", "Only 2,000", "Sixteen of 122 deckhands": numbers alone (after a hedge), or a
   * number and the group it is a part of.
   */
  private boolean isCount(List<Word> phrase) {
    int k = 0;
    while (k < phrase.size() - 1 && NUMBER_HEDGES.contains(phrase.get(k).lower())) {
      k++;
    }
    List<Word> rest = phrase.subList(k, phrase.size());
    return allNumbers(rest) || isNumber(rest.get(0)) && rest.size() > 1 && rest.get(1).is("of");
  }

  /** Whether every word of {@code words} is a number: a loop, as every sentence's subject is read so. */
  private boolean allNumbers(List<Word> words) {
    for (Word w : words) {
      if (!isNumber(w)) {
        return false;
      }
    }
    return true;
  }

  private boolean isNumber(Word w) {
    return Character.isDigit(w.text().charAt(0)) || lexicon.isNumberWord(w);
  }

  private static boolean isPreposition(Word w) {
    return PREPOSITIONS.contains(w.lower());
  }

  /** Words that open a fronted phrase, never a subject. */
  private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "in", "on", "at", "for", "from",
      "with", "by", "after", "before", "during", "since", "until", "among", "despite", "under", "over");

  /** Cues that carry on the last statement: "the minister added". */
  private static final java.util.Set<String> CONTINUING_CUES = java.util.Set.of("added", "adds", "adding", "continued");

  private static Candidate mention(List<Word> w, int from, int to) {
    int at = w.get(from).start();
    return new Candidate(w.subList(from, to), "", at, Span.of(at, at), Origin.MENTION, -1);
  }

  /**
   * A speaker phrase as the classifier reads it: its words' texts and the cue. The classifier reads
   * no offsets, and the article's mention index is fixed once built, so one article's phrases with
   * the same words and cue are typed alike ("Kovac said" in every paragraph); each is typed once.
   */
  private record Typed(List<String> words, String cue) {
    static Typed of(List<Word> phrase, String cue) {
      List<String> texts = new ArrayList<>(phrase.size());
      for (Word w : phrase) {
        texts.add(w.text());
      }
      return new Typed(texts, cue);
    }
  }

  private Optional<Source> source(Candidate c, MentionIndex mentions, SpeakerResolver resolver, ArticleWords words,
      Map<Typed, Source> typed, Set<String> bodies) {
    if (c.speaker().isEmpty()) {
      return resolver.latest();
    }
    List<Word> phrase = c.speaker();
    if (phrase.size() == 1 && PhraseGrammar.isSentenceAdverb(phrase.get(0)) && !mentions.isPerson(phrase.get(0).bare())) {
      return Optional.empty(); // "Obviously, the move upset them, saying …": an adverb is nobody
    }
    if (phrase.size() == 1 && firstPersonObjectAfter(phrase.get(0), words)) {
      return Optional.empty(); // "Let me stress that …": a verb asking leave of the listener, no name
    }
    Source classified = typed.computeIfAbsent(Typed.of(phrase, c.cue()),
        k -> withoutPossessive(classifier.classify(phrase, mentions, c.cue())));
    if (classified.kind() == SourceKind.NAMED_PERSON && classified.role().isEmpty() && !Phrases.hasTitle(phrase)
        && speaksOfItsOwn(words.in(c.content()))) {
      classified = classified.withKind(SourceKind.INSTITUTION); // "Kelm Ferries says its ballot showed …"
      bodies.add(classified.name());
    } else if (classified.kind() == SourceKind.MEDIA && c.cue().toLowerCase(java.util.Locale.ROOT).startsWith("report")
        && !mentions.isOutlet(phrase.get(phrase.size() - 1).bare()) && reportsItsOwn(words.in(c.content()))) {
      // "Kelm Mobile reported its findings": a body reporting its own results (no outlet, see OutletMentions)
      classified = classified.withKind(SourceKind.INSTITUTION);
    }
    boolean continuing = CONTINUING_CUES.contains(c.cue().toLowerCase(java.util.Locale.ROOT));
    return Optional.of(withoutPossessive(resolver.resolve(phrase, classified, classifier.isBackReference(phrase), continuing)));
  }

  /**
   * Whether a first-person object pronoun ("me", "us") follows the word: no name is followed by
   * one, so the word is a verb ("Let me stress", "Allow us to say"). Read from the text itself.
   */
  private static boolean firstPersonObjectAfter(Word w, ArticleWords words) {
    String body = words.body();
    for (String object : FIRST_PERSON_OBJECTS) {
      int end = w.end() + object.length();
      if (body.startsWith(object, w.end()) && (end == body.length() || !Character.isLetter(body.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  /** First-person object pronouns after a word, with the space before them. */
  private static final List<String> FIRST_PERSON_OBJECTS = List.of(" me", " us");

  /** How far into a statement a speaker's own "its" stands: "its own ballot", "that its drivers". */
  private static final int OWN_ITS_REACH = 3;

  /** Whether a statement opens with the speaker's "its" ("… says its ballot showed"): the speaker is no person. */
  private static boolean speaksOfItsOwn(List<Word> content) {
    for (int k = 0; k < content.size() && k < OWN_ITS_REACH; k++) {
      if (content.get(k).is("its")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a report's object opens on the reporter's own "its" or "their": "reported its findings". */
  private static boolean reportsItsOwn(List<Word> content) {
    return PhraseGrammar.opensOnOwn(content, 0);
  }

  /** "the commission’s final figures" speak for "commission", not "commission’s". */
  private static Source withoutPossessive(Source s) {
    String name = s.name().endsWith("'s") || s.name().endsWith("’s") ? s.name().substring(0, s.name().length() - 2) : s.name();
    return name.equals(s.name()) || name.isBlank() ? s
        : new Source(name, s.kind(), s.role(), s.affiliation(), s.senior(), s.entity());
  }

  /**
   * The content's pieces: for a quotation, the inner text of each quotation it spans (two for a
   * split quotation, the speaker tag between them left out); otherwise the content span itself.
   */
  private static List<Span> parts(Candidate c, QuoteMap quoted) {
    if (c.origin() != Origin.QUOTE) {
      return List.of(c.content());
    }
    List<Span> out = new ArrayList<>();
    for (Quotation q : quoted.innersWithin(c.content())) {
      if (q.inner().length() > 0) {
        out.add(q.inner());
      }
    }
    return out.isEmpty() ? List.of(c.content()) : out;
  }

  /** From the first part's start to the last part's end: the quotation marks around them left out. */
  private static Span span(List<Span> parts, Span content) {
    return parts.size() == 1 && parts.get(0).equals(content) ? content
        : Span.of(parts.get(0).start(), parts.get(parts.size() - 1).end());
  }

  /** The content text: the parts' texts joined by one space. */
  private static String content(List<Span> parts, SegmentedText text) {
    StringBuilder b = new StringBuilder();
    for (Span p : parts) {
      b.append(b.length() > 0 ? " " : "").append(p.in(text.body()));
    }
    return b.toString();
  }

  private static Mode mode(Candidate c, QuoteMap quoted) {
    if (c.origin() == Origin.QUOTE || c.origin() == Origin.CONTINUED || quoted.isQuoted(c.content().start())
        && quoted.isQuoted(c.content().end() - 1)) {
      return Mode.DIRECT;
    }
    return quoted.overlapsQuoted(c.content()) ? Mode.MIXED : Mode.INDIRECT;
  }

  /**
   * "on condition of anonymity" later in the cue's sentence, or a next sentence that opens with a
   * pronoun and says so ("He spoke on condition of anonymity"); another source's anonymity in the
   * next sentence does not count.
   */
  private boolean anonymityAfter(SegmentedText text, Candidate c) {
    Optional<Sentence> s = text.sentenceAt(c.cueAt());
    if (s.isEmpty()) {
      return false;
    }
    // Bounded windows keep one giant sentence from making this quadratic.
    String rest = text.body().substring(c.cueAt(), Math.min(s.get().end(), c.cueAt() + ANONYMITY_WINDOW));
    if (lexicon.hasAnonymityPhrase(rest.toLowerCase(Locale.ROOT))) {
      return true;
    }
    int next = s.get().index() + 1;
    if (next >= text.sentences().size()) {
      return false;
    }
    String following = text.sentences().get(next).text();
    following = following.substring(0, Math.min(following.length(), ANONYMITY_WINDOW)).toLowerCase(Locale.ROOT);
    return (following.startsWith("he ") || following.startsWith("she ") || following.startsWith("they ")
        || following.startsWith("the official")) && lexicon.hasAnonymityPhrase(following);
  }
}
