package io.crosscheck.compare;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sentence-level access to one analysed article: which sentences carry quotes or attributions, and
 * evidence items pointing at them. Works with no attributions at all (sentence cues still count).
 * A view lives within one check of one batch, on one thread: it remembers what it has read.
 */
final class ArticleView {
  private final AnalysedArticle article;
  /** Each sentence's content words per stop list, read once however many claims and readers ask. */
  private final Map<Collection<String>, Map<Sentence, Set<String>>> contentWords = new IdentityHashMap<>();

  ArticleView(AnalysedArticle article) {
    this.article = article;
  }

  static List<ArticleView> of(List<AnalysedArticle> articles) {
    List<ArticleView> out = new ArrayList<>();
    for (AnalysedArticle a : articles) {
      out.add(new ArticleView(a));
    }
    return out;
  }

  AnalysedArticle article() {
    return article;
  }

  String id() {
    return article.id();
  }

  List<Sentence> sentences() {
    return article.text().sentences();
  }

  List<Quotation> quotations() {
    return article.text().quotations();
  }

  String body() {
    return article.text().body();
  }

  /** True when a quotation starts or ends inside the sentence ("… a “very serious incident” …"). */
  boolean hasQuote(Sentence s) {
    for (Quotation q : quotations()) {
      if (q.outer().overlaps(s.span())) {
        return true;
      }
    }
    String text = s.text();
    return text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || text.indexOf('"') >= 0;
  }

  /** Each sentence's earliest hit per cue list: the rule's scan and its account scoring share one reading. */
  private final Map<CuePatterns, Map<Sentence, Optional<CuePatterns.Hit>>> cueHits = new IdentityHashMap<>();

  /** {@code cues.find(s.text())}, read once per view, list and sentence. */
  Optional<CuePatterns.Hit> find(CuePatterns cues, Sentence s) {
    return cueHits.computeIfAbsent(cues, k -> new IdentityHashMap<>()).computeIfAbsent(s, x -> cues.find(x.text()));
  }

  /** The sentence's {@link Texts#contentWords}, read once per view and stop list. */
  Set<String> contentWords(Sentence s, Collection<String> stopWords) {
    return contentWords.computeIfAbsent(stopWords, k -> new IdentityHashMap<>())
        .computeIfAbsent(s, x -> java.util.Collections.unmodifiableSet(Texts.contentWords(x.text(), stopWords)));
  }

  /** Each sentence's content words in word-group forms, per word groups and stop list. */
  private final Map<WordGroups, Map<Collection<String>, Map<Sentence, Grouped>>> groupedWords = new IdentityHashMap<>();

  /** A sentence's content words in word-group forms, and their {@link Texts#stemBits}. */
  record Grouped(Set<String> words, long stemBits) {}

  /**
   * The sentence's {@link #contentWords} in their word groups' forms ({@link WordGroups#canonical}),
   * read once per view: a denial is compared with every sentence of its event, and each new
   * comparison had built the forms afresh.
   */
  Grouped groupedWords(Sentence s, Collection<String> stopWords, WordGroups groups) {
    return groupedWords.computeIfAbsent(groups, k -> new IdentityHashMap<>()).computeIfAbsent(stopWords, k -> new IdentityHashMap<>())
        .computeIfAbsent(s, x -> {
          Set<String> words = groups.canonical(contentWords(x, stopWords));
          return new Grouped(java.util.Collections.unmodifiableSet(words), Texts.stemBits(words));
        });
  }

  /** Each sentence's {@link Grouped#stemBits} in sentence order, per word groups and stop list. */
  private final Map<WordGroups, Map<Collection<String>, long[]>> stemBits = new IdentityHashMap<>();

  /**
   * The {@link Grouped#stemBits} of every sentence, in sentence order, read once per view: a denial
   * is set against every sentence of its event, and most sentences are passed over by their bits
   * alone, which side by side cost no look-up of the sentence.
   */
  long[] stemBits(Collection<String> stopWords, WordGroups groups) {
    return stemBits.computeIfAbsent(groups, k -> new IdentityHashMap<>()).computeIfAbsent(stopWords, k -> {
      List<Sentence> sentences = sentences();
      long[] out = new long[sentences.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = groupedWords(sentences.get(i), stopWords, groups).stemBits();
      }
      return out;
    });
  }

  /** The attribution that overlaps the sentence most, if any. */
  Optional<Attribution> attribution(Sentence s) {
    Attribution best = null;
    int bestOverlap = 0;
    for (Attribution a : article.attributions()) {
      int overlap = Math.min(a.end(), s.end()) - Math.max(a.start(), s.start());
      if (overlap > bestOverlap) {
        best = a;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether any attribution within the sentence meets {@code test}: a sentence may credit two statements ("denies X, saying Y"). */
  boolean anyAttribution(Sentence s, java.util.function.Predicate<Attribution> test) {
    for (Attribution a : article.attributions()) {
      if (a.end() > s.start() && a.start() < s.end() && test.test(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The attribution of the one who speaks at {@code at} (a body offset in the sentence): the nearest
   * whose speaker is named before it, the subject of the verb there ("Pask pushed back against
   * Varnian claims that …, saying …" is Pask's, however long the claims it quotes); else the
   * sentence's {@link #attribution}, unless that one's speaker is named after {@code at} (the
   * Varnians', owners of the claims disputed, who do not speak at {@code at}).
   */
  Optional<Attribution> speakerAt(Sentence s, int at) {
    Attribution best = null;
    for (Attribution a : article.attributions()) {
      if (a.end() > s.start() && a.start() < s.end() && a.sourceSpan().isPresent()
          && a.sourceSpan().get().start() >= s.start() && a.sourceSpan().get().end() <= at
          && (best == null || a.sourceSpan().get().end() > best.sourceSpan().get().end())) {
        best = a;
      }
    }
    return best != null ? Optional.of(best) : creditsAfter(s, at) ? Optional.empty() : attribution(s);
  }

  /**
   * Whether the sentence's {@link #attribution} names its speaker at or after {@code at} within the
   * sentence: "Brand is pushing back against White Palace claims that …" credits the claims after
   * the cue to their owner.
   */
  boolean creditsAfter(Sentence s, int at) {
    return attribution(s).flatMap(Attribution::sourceSpan).filter(x -> x.start() >= at && x.start() < s.end()).isPresent();
  }

  /** Evidence pointing at the whole sentence, carrying its attribution id when there is one. */
  Evidence evidence(Sentence s) {
    return new Evidence(id(), s.text(), s.span(), attribution(s).map(Attribution::id).filter(x -> !x.isEmpty()),
        Optional.empty());
  }

  /** Evidence pointing at the sentence a figure stands in, carrying the figure's attribution and id. */
  Evidence evidence(io.crosscheck.model.Figure f, Sentence s) {
    return new Evidence(id(), s.text(), s.span(), f.attribution(), Optional.of(f.id()).filter(x -> !x.isEmpty()));
  }

  /** Evidence pointing at an exact passage (a quote), with the attribution that carries it. */
  Evidence evidence(Span span, Optional<String> attributionId) {
    return new Evidence(id(), span.in(body()), span, attributionId, Optional.empty());
  }

  /**
   * True when both articles may report one news event: publication dates unknown, or at most
   * {@code days} apart ("a January visit" and "a May visit" are not compared).
   */
  boolean closeInTime(ArticleView other, long days) {
    var a = article.article().published();
    var b = other.article.article().published();
    return a.isEmpty() || b.isEmpty()
        || Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a.get(), b.get())) <= days;
  }

  /** Who speaks in the sentence, for summaries: the attribution's source, else a phrase naming one. */
  String party(Sentence s) {
    return parties.computeIfAbsent(s,
        x -> attribution(x).map(a -> a.source().name()).filter(Parties::isName).orElseGet(() -> Parties.label(x.text())));
  }

  /**
   * Who gives a figure, for summaries: the source of the figure's own attribution ("Orsk claims 4,000,
   * while Varnia said …" gives 4,000 to Orsk), else the sentence's {@link #party}.
   */
  String party(io.crosscheck.model.Figure f, Sentence s) {
    return attribution(f).map(a -> a.source().name()).filter(Parties::isName).orElseGet(() -> party(s));
  }

  /** The attribution a figure carries by id, if the article holds it. */
  Optional<Attribution> attribution(io.crosscheck.model.Figure f) {
    if (f.attribution().isPresent()) {
      for (Attribution a : article.attributions()) {
        if (a.id().equals(f.attribution().get())) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /** Each sentence's {@link #party}, read once per view: a summary names both sides of every pair found. */
  private final Map<Sentence, String> parties = new IdentityHashMap<>();
}
