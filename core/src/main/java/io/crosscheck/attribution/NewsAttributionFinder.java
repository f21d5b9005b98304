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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  private final CueLexicon lexicon;
  private final SpeakerLocator locator;
  private final QuoteAttributor quotes;
  private final ReportedSpeechFinder reported;
  private final ContentBounder bounder = new ContentBounder();
  private final SourceClassifier classifier;

  NewsAttributionFinder(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    this.lexicon = new CueLexicon(lexicon);
    this.locator = new SpeakerLocator(this.lexicon);
    this.quotes = new QuoteAttributor(this.lexicon, locator);
    this.reported = new ReportedSpeechFinder(this.lexicon, locator);
    this.classifier = new SourceClassifier(this.lexicon);
  }

  @Override
  public List<Attribution> find(SegmentedText text) {
    checkNotNull(text, "text");
    List<Candidate> candidates = new ArrayList<>(quotes.find(text));
    Set<Integer> claimed = new HashSet<>();
    candidates.forEach(c -> claimed.add(c.cueAt()));
    candidates.addAll(reported.find(text, claimed));
    List<Candidate> bounded = new ArrayList<>(bounder.bound(candidates, text));
    QuoteMap quoted = new QuoteMap(text);
    bounded.addAll(subjects(text, quoted));
    bounded.sort(Comparator.comparingInt(Candidate::readAt).thenComparingInt(c -> c.content().start()));
    MentionIndex mentions = new MentionIndex(text.body(), lexicon);
    SpeakerResolver resolver = new SpeakerResolver(lexicon, mentions);
    List<Attribution> out = new ArrayList<>();
    for (Candidate c : bounded) {
      Optional<Source> source = source(c, mentions, resolver);
      if (c.origin() == Origin.MENTION || source.isEmpty()) {
        continue;
      }
      Source s = anonymityAfter(text, c) && source.get().kind() == SourceKind.INSTITUTION
          ? source.get().withKind(SourceKind.ANONYMOUS) : source.get();
      Optional<Span> sourceSpan = c.speaker().isEmpty() ? Optional.empty()
          : Optional.of(Span.of(c.speaker().get(0).start(), c.speaker().get(c.speaker().size() - 1).end()));
      String sourceText = sourceSpan.map(sp -> sp.in(text.body())).orElse("");
      out.add(new Attribution("", text.article().id(), s, sourceText, sourceSpan, c.cue(),
          lexicon.verbs().stance(c.cue()), mode(c, quoted), content(c, text, quoted), c.content()));
    }
    return out;
  }

  /** Sentence subjects, so that "he" after "Kovac struck a defiant note." finds Kovac. */
  private List<Candidate> subjects(SegmentedText text, QuoteMap quoted) {
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      List<Word> w = Words.of(text.body(), s.span());
      locator.subject(w).filter(p -> p.size() > 0 && !quoted.isInQuotation(w.get(p.from()).start())).ifPresent(p -> out.add(new Candidate(w.subList(p.from(), p.to()), "",
          w.get(p.from()).start(), Span.of(w.get(p.from()).start(), w.get(p.from()).start()), Origin.MENTION, -1)));
    }
    return out;
  }

  private Optional<Source> source(Candidate c, MentionIndex mentions, SpeakerResolver resolver) {
    if (c.speaker().isEmpty()) {
      return resolver.latest();
    }
    List<Word> phrase = c.speaker();
    Source classified = classifier.classify(phrase, mentions, c.cue());
    return Optional.of(resolver.resolve(phrase, classified, classifier.isBackReference(phrase)));
  }

  /** The content text; a split quotation's parts are joined without the cue between them. */
  private static String content(Candidate c, SegmentedText text, QuoteMap quoted) {
    String raw = c.content().in(text.body());
    if (c.origin() != Origin.QUOTE) {
      return raw;
    }
    StringBuilder b = new StringBuilder();
    for (Quotation q : quoted.innersWithin(c.content())) {
      b.append(b.length() > 0 ? " " : "").append(q.inner().in(text.body()));
    }
    return b.length() > 0 ? b.toString() : raw;
  }

  private static Mode mode(Candidate c, QuoteMap quoted) {
    if (c.origin() == Origin.QUOTE || c.origin() == Origin.CONTINUED) {
      return Mode.DIRECT;
    }
    return quoted.overlapsQuoted(c.content()) ? Mode.MIXED : Mode.INDIRECT;
  }

  /** "He spoke on condition of anonymity" after the cue, in its sentence or the next one. */
  private boolean anonymityAfter(SegmentedText text, Candidate c) {
    Optional<Sentence> s = text.sentenceAt(c.cueAt());
    if (s.isEmpty()) {
      return false;
    }
    int next = s.get().index() + 1;
    int end = next < text.sentences().size() ? text.sentences().get(next).end() : s.get().end();
    // A bounded window keeps one giant sentence from making this quadratic.
    String around = text.body().substring(c.cueAt(), Math.min(end, c.cueAt() + ANONYMITY_WINDOW));
    return lexicon.hasAnonymityPhrase(around.toLowerCase(Locale.ROOT));
  }
}
