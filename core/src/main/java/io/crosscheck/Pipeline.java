package io.crosscheck;

import io.crosscheck.compare.Batch;
import io.crosscheck.compare.Check;
import io.crosscheck.link.ClaimLinker;
import io.crosscheck.link.EntityLinker;
import io.crosscheck.link.EventBlocker;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.model.SegmentedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Wires the stages in order: per article (on {@code threads} threads) segment, find attributions,
 * find figures, link figures to claims and number them; then link entities across the batch, group
 * articles into event blocks, run the checks per block, number the findings. Holds no state between
 * runs; the output does not depend on the number of threads.
 */
final class Pipeline {
  private static final ClaimLinker CLAIM_LINKER = new ClaimLinker();
  /** Articles handed to the threads at once, per thread: bounds what is in flight. */
  private static final int CHUNK_PER_THREAD = 32;

  private final Options options;
  private final int threads;
  private final EventBlocker blocker;

  Pipeline(Options options, int threads) {
    this.options = options;
    this.threads = threads;
    this.blocker = new EventBlocker(options.lexicon());
  }

  /** One article's analysis, or the error that stopped it. */
  private record Outcome(AnalysedArticle analysed, FileError error) {}

  Report run(List<Article> articles, List<FileError> readErrors) {
    List<FileError> errors = new ArrayList<>(readErrors);
    List<AnalysedArticle> analysed = new ArrayList<>();
    for (Outcome o : inParallel(articles, this::analyseOne)) {
      if (o.error() != null) {
        errors.add(o.error());
      } else {
        analysed.add(o.analysed());
      }
    }
    EntityLinker.Linked linked = options.entityLinker().link(analysed);
    List<AnalysedArticle> withEntities = linked.articles();
    List<Claim> claims = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      claims.addAll(CLAIM_LINKER.claims(a));
    }
    List<Finding> findings = runChecks(withEntities, linked.entities());
    List<Attribution> allAttributions = new ArrayList<>();
    List<Figure> allFigures = new ArrayList<>();
    List<Article> allArticles = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      allArticles.add(a.article());
      allAttributions.addAll(a.attributions());
      allFigures.addAll(a.figures());
    }
    return new Report(allArticles, allAttributions, allFigures, claims, findings, linked.entities(), errors);
  }

  /** Checks one event block: its own entity links, claims and findings, not yet numbered. */
  List<Finding> checkBlock(List<AnalysedArticle> block) {
    List<Finding> out = new ArrayList<>();
    EntityLinker.Linked linked = options.entityLinker().link(block);
    List<Claim> claims = new ArrayList<>();
    for (AnalysedArticle a : linked.articles()) {
      claims.addAll(CLAIM_LINKER.claims(a));
    }
    Batch batch = new Batch(linked.articles(), claims, linked.entities());
    for (Check check : options.checks()) {
      out.addAll(check.check(batch));
    }
    return out;
  }

  /** The event blocks of a batch: the one grouping step the checks run over. */
  List<List<AnalysedArticle>> blocks(List<AnalysedArticle> articles) {
    return blocker.group(articles);
  }

  EventBlocker blocker() {
    return blocker;
  }

  /** Analyses one article and numbers what it found; ids depend on the article alone. */
  AnalysedArticle analyse(Article article) {
    SegmentedText text = options.segmenter().segment(article);
    List<Attribution> attributions = new ArrayList<>(options.attributionFinder().find(text));
    attributions.sort(Comparator.comparing(Attribution::span).thenComparing(Attribution::content));
    List<Figure> figures = new ArrayList<>(options.figureFinder().find(text));
    figures.sort(Comparator.comparing(Figure::span).thenComparing(Figure::text));
    List<Attribution> numbered = new ArrayList<>();
    for (Attribution a : attributions) {
      numbered.add(a.withId(Ids.attribution(article.id(), numbered.size() + 1)));
    }
    List<Figure> linked = new ArrayList<>();
    for (Figure f : CLAIM_LINKER.attach(figures, numbered)) {
      linked.add(f.withId(Ids.figure(article.id(), linked.size() + 1)));
    }
    return new AnalysedArticle(text, numbered, linked);
  }

  private Outcome analyseOne(Article article) {
    try {
      return new Outcome(analyse(article), null);
    } catch (RuntimeException e) {
      // A stage bug on odd text must not lose the rest of the batch; the file is named with the cause.
      return new Outcome(null, new FileError(article.file(), "internal error while analysing: " + e));
    }
  }

  /** Applies {@code work} to every item on {@link #threads} threads; results in input order. */
  private <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
    List<R> out = new ArrayList<>(items.size());
    if (threads <= 1 || items.size() <= 1) {
      items.forEach(item -> out.add(work.apply(item)));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, items.size()), r -> {
      Thread t = new Thread(r, "crosscheck-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      int chunk = CHUNK_PER_THREAD * threads;
      for (int from = 0; from < items.size(); from += chunk) {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items.subList(from, Math.min(items.size(), from + chunk))) {
          futures.add(pool.submit(() -> work.apply(item)));
        }
        for (Future<R> f : futures) {
          out.add(f.get());
        }
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private List<Finding> runChecks(List<AnalysedArticle> articles, List<Entity> entities) {
    Map<String, Integer> articleOrder = new HashMap<>();
    for (AnalysedArticle a : articles) {
      articleOrder.put(a.id(), articleOrder.size());
    }
    // Keyed by type and evidence positions, so a finding two checks, two pairings or two blocks
    // produce appears once. Blocks run in parallel; their findings are merged in block order.
    Map<String, Finding> unique = new LinkedHashMap<>();
    Map<String, Entity> entityById = new HashMap<>();
    entities.forEach(e -> entityById.put(e.id(), e));
    List<List<AnalysedArticle>> blocks = blocks(articles);
    for (List<Finding> found : inParallel(blocks, block -> {
      List<Finding> out = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      Map<String, Entity> named = new java.util.TreeMap<>();
      for (AnalysedArticle a : block) {
        claims.addAll(CLAIM_LINKER.claims(a));
        a.attributions().forEach(x -> x.source().entity().map(entityById::get).ifPresent(e -> named.put(e.id(), e)));
      }
      Batch batch = new Batch(block, claims, List.copyOf(named.values()));
      for (Check check : options.checks()) {
        out.addAll(check.check(batch));
      }
      return out;
    })) {
      for (Finding f : found) {
        unique.putIfAbsent(key(f), f);
      }
    }
    return number(unique.values(), articleOrder);
  }

  /** Sorts findings by where their evidence sits in the batch and numbers them x1, x2, … */
  static List<Finding> number(java.util.Collection<Finding> findings, Map<String, Integer> articleOrder) {
    Comparator<Evidence> byPlace = Comparator.<Evidence>comparingInt(e -> articleOrder.getOrDefault(e.article(), -1))
        .thenComparing(Evidence::span);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.<Finding, Evidence>comparing(f -> f.evidence().get(0), byPlace)
        .thenComparing(f -> f.evidence().get(f.evidence().size() - 1), byPlace)
        .thenComparing(Finding::type)
        .thenComparing(Finding::summary));
    List<Finding> numbered = new ArrayList<>();
    for (Finding f : sorted) {
      numbered.add(f.withId("x" + (numbered.size() + 1)));
    }
    return numbered;
  }

  /** Type and evidence places: two findings with the same key are one. */
  static String key(Finding f) {
    List<String> places = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      places.add(e.article() + "@" + e.span().start() + "-" + e.span().end());
    }
    places.sort(Comparator.naturalOrder());
    return f.type() + " " + places;
  }
}
