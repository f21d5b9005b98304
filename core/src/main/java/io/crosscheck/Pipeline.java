package io.crosscheck;

import io.crosscheck.compare.Batch;
import io.crosscheck.compare.Check;
import io.crosscheck.internal.HeapGuard;
import io.crosscheck.internal.Workers;
import io.crosscheck.internal.claim.ClaimReader;
import io.crosscheck.internal.event.ArticleKeys;
import io.crosscheck.internal.event.EventClusterer;
import io.crosscheck.internal.event.EventKeys;
import io.crosscheck.internal.event.ReferencedEvents;
import io.crosscheck.internal.event.SurnameSources;
import io.crosscheck.internal.link.ClaimLinker;
import io.crosscheck.link.EntityLinker;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Event;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Source;
import io.crosscheck.text.SentenceWindows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.IntSupplier;

/**
 * Wires the stages in three steps, the shape a distributed run keeps:
 *
 * <ol>
 *   <li>per article: segment, find attributions and figures, link figures to claims ({@link
 *       #analyse}), then its event keys ({@link EventKeys#keys}), a pure function of the article;
 *   <li>group: articles clustered into events by blocking key ({@link EventClusterer}), a bare
 *       surname given the person its event names in full ({@link SurnameSources}), entities
 *       linked over the batch, claims read as frames and given their event ({@link ClaimReader},
 *       {@link ReferencedEvents});
 *   <li>per event: every check over that event's articles and claims only ({@link #checkEvent}).
 * </ol>
 *
 * Holds no state between runs.
 */
final class Pipeline {
  private static final ClaimLinker CLAIM_LINKER = new ClaimLinker();

  /** The most attributions, and the most figures, of one article that the checks compare. */
  static final int CHECK_BUDGET = 300;

  final Options options;
  final EventKeys eventKeys;
  final EventClusterer clusterer = new EventClusterer();
  final ClaimReader claimReader;

  /** Articles handed to the threads at once, per thread: bounds what is in flight. */
  static final int CHUNK_PER_THREAD = 32;

  final int threads;

  Pipeline(Options options, int threads) {
    this.options = options;
    this.threads = threads;
    this.eventKeys = new EventKeys(options.lexicon());
    this.claimReader = new ClaimReader(options.lexicon());
  }

  Report run(List<Article> articles, List<FileError> readErrors, ProgressListener listener) {
    return run(ArticleSource.of(articles, readErrors), listener);
  }

  Report run(ArticleSource source, ProgressListener listener) {
    List<FileError> errors = new ArrayList<>();
    listener.articlesRead(source.size());
    List<AnalysedArticle> analysed = analyseAll(source, listener, errors);
    // Keys and claims are per article: read on every core, kept in article order.
    List<ArticleKeys> keys = inParallel(analysed, eventKeys::keys);
    List<Event> articleEvents = clusterer.cluster(keys);
    // The unlinked analyses are not kept: linking copies every attribution, and only the copies go on.
    EntityLinker.Linked linked = options.entityLinker().link(withEventSurnames(analysed, articleEvents));
    analysed = null;
    List<AnalysedArticle> withEntities = linked.articles();
    Map<String, Event> eventOfArticle = new HashMap<>();
    for (Event e : articleEvents) {
      e.articles().forEach(id -> eventOfArticle.put(id, e));
    }
    Framed framed = claims(withEntities, articleEvents, eventOfArticle);
    List<Event> events = framed.events();
    List<Claim> claims = framed.claims();

    List<AnalysedArticle> checked = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      checked.add(withinCheckBudget(a, errors));
    }
    List<Finding> findings = new ArrayList<>();
    CheckFailures failures = new CheckFailures();
    // Each event's claims and articles, found once: looking them up in the whole batch per event
    // made the checks grow with the number of events times the batch.
    Map<String, List<Claim>> claimsByEvent = new HashMap<>();
    for (Claim c : claims) {
      c.event().ifPresent(id -> claimsByEvent.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
    }
    Map<String, Integer> articleOrder = new HashMap<>();
    for (int i = 0; i < checked.size(); i++) {
      articleOrder.putIfAbsent(checked.get(i).id(), i);
    }
    Map<String, Integer> entityOrder = new HashMap<>();
    for (int i = 0; i < linked.entities().size(); i++) {
      entityOrder.putIfAbsent(linked.entities().get(i).id(), i);
    }
    EventEntities entities = new EventEntities(linked.entities(), entityOrder);
    try {
      // Events are independent: their checks run on every core, and their findings and failures
      // are merged in event order, so the report is the same for any thread count.
      inParallelInOrder(events, EVENT_CHUNK, listener,
          event -> checkEvent(event, checked, articleOrder, claimsByEvent.getOrDefault(event.id(), List.of()), entities),
          (o, at) -> {
            findings.addAll(o.findings());
            o.failures().forEach(f -> failures.add(f.check(), f.event(), f.error()));
            listener.checkFinished("event " + o.event(), at + 1, events.size());
          });
    } catch (OutOfMemoryError e) {
      // The checks of a large event can outgrow the heap; the articles' own results still stand.
      findings.clear();
      errors.add(checksNotRun(checked.size()));
    }
    errors.addAll(failures.errors());
    List<Attribution> allAttributions = new ArrayList<>();
    List<Figure> allFigures = new ArrayList<>();
    List<Article> allArticles = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      allArticles.add(a.article());
      allAttributions.addAll(a.attributions());
      allFigures.addAll(a.figures());
    }
    return new Report(allArticles, allAttributions, allFigures, claims, number(findings, withEntities.stream().map(AnalysedArticle::id).toList()),
        linked.entities(), readFirst(source.errors(), errors), List.of(), events);
  }

  /**
   * The articles with each bare surname their event names in full elsewhere given that person
   * ({@link SurnameSources}), read one event at a time; articles with nothing to change are kept.
   */
  static List<AnalysedArticle> withEventSurnames(List<AnalysedArticle> articles, List<Event> events) {
    Map<String, AnalysedArticle> byId = new HashMap<>();
    articles.forEach(a -> byId.putIfAbsent(a.id(), a));
    Map<String, Map<Source, Source>> changes = SurnameSources.byArticle(events,
        id -> byId.get(id).attributions().stream().map(Attribution::source).toList());
    if (changes.isEmpty()) {
      return articles;
    }
    List<AnalysedArticle> out = new ArrayList<>(articles.size());
    for (AnalysedArticle a : articles) {
      Map<Source, Source> change = changes.getOrDefault(a.id(), Map.of());
      List<Attribution> changed = new ArrayList<>(a.attributions().size());
      a.attributions().forEach(x -> changed.add(x.withSource(change.getOrDefault(x.source(), x.source()))));
      out.add(change.isEmpty() ? a : a.withAttributions(changed));
    }
    return out;
  }

  /** Analyses the source's articles a chunk at a time on every core, in input order. */
  private List<AnalysedArticle> analyseAll(ArticleSource source, ProgressListener listener, List<FileError> errors) {
    List<AnalysedArticle> analysed = new ArrayList<>();
    inChunks(source, listener, errors, this::analyseOne, analysed::size, o -> {
      if (o.error() != null) {
        errors.add(o.error());
      } else {
        cutError(o.analysed()).ifPresent(errors::add);
        analysed.add(o.analysed());
      }
    });
    return analysed;
  }

  /**
   * Runs {@code work} over the source's articles a chunk at a time on every core and hands each
   * result to {@code each} in input order. The next chunk is read and under way while the results
   * of the one before are handed on, on one pool of workers for the whole source: the cores do not
   * wait at the end of every chunk for the reading and the hand-over. When the heap runs short it
   * stops reading and names every article left out ({@code kept} tells how many were kept so far),
   * so a run never dies of it.
   */
  <R> void inChunks(ArticleSource source, ProgressListener listener, List<FileError> errors, Function<Article, R> work,
      IntSupplier kept, Consumer<R> each) {
    int done = 0;
    int chunk = CHUNK_PER_THREAD * Math.max(1, threads);
    ExecutorService pool = threads <= 1 ? null : workers(threads);
    try {
      Chunk<R> running = null;
      while (true) {
        boolean heapShort = false;
        Chunk<R> next = null;
        if (source.hasNext()) {
          stopIfCancelled(listener);
          heapShort = HeapGuard.isShort();
          next = heapShort ? null : Chunk.start(source.next(chunk), work, pool);
        }
        if (running != null) {
          List<R> outcomes;
          try {
            outcomes = running.outcomes();
          } catch (OutOfMemoryError e) {
            // Only the chunks in hand are lost: their garbage is free again once they are dropped.
            List<String> lost = new ArrayList<>(running.files());
            if (next != null) {
              next.cancel();
              lost.addAll(next.files());
            }
            lost.addAll(source.remaining());
            skipForMemory(lost, kept.getAsInt(), errors);
            return;
          }
          for (R o : outcomes) {
            stopIfCancelled(listener);
            each.accept(o);
            listener.articleAnalysed(++done, source.size());
          }
        }
        if (heapShort) {
          skipForMemory(source.remaining(), kept.getAsInt(), errors);
          return;
        }
        if (next == null) {
          return;
        }
        running = next;
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /**
   * One chunk of articles in work: on {@code pool}'s threads from the start, or, with no pool, on
   * the caller's thread when its outcomes are asked for.
   */
  private record Chunk<R>(List<Article> articles, Function<Article, R> work, List<Future<R>> futures) {
    static <R> Chunk<R> start(List<Article> articles, Function<Article, R> work, ExecutorService pool) {
      List<Future<R>> futures = new ArrayList<>(articles.size());
      if (pool != null) {
        articles.forEach(a -> futures.add(pool.submit(() -> work.apply(a))));
      }
      return new Chunk<>(articles, work, futures);
    }

    /** The chunk's outcomes in article order, once all are done. */
    List<R> outcomes() {
      if (futures.isEmpty()) {
        List<R> out = new ArrayList<>(articles.size());
        articles.forEach(a -> out.add(work.apply(a)));
        return out;
      }
      return results(futures);
    }

    void cancel() {
      futures.forEach(f -> f.cancel(true));
    }

    List<String> files() {
      return articles.stream().map(Article::file).toList();
    }
  }

  /** The error that says an article held a sentence too long to read whole, if it did. */
  static Optional<FileError> cutError(AnalysedArticle a) {
    OptionalInt length = SentenceWindows.longestCut(a.text());
    return length.isEmpty() ? Optional.empty() : Optional.of(new FileError(a.article().file(), String.format(Locale.ROOT,
        "sentence of %,d characters without a break: analysed in windows of %,d", length.getAsInt(), SentenceWindows.MAX)));
  }

  /** The batch's claims, numbered, and its events once claims about other events have moved to them. */
  private record Framed(List<Claim> claims, List<Event> events) {}

  /**
   * Reads every article's claims on every core and numbers them in article order. Only the
   * numbered copy outlives this method: the read and resolved lists are garbage once it returns.
   */
  private Framed claims(List<AnalysedArticle> articles, List<Event> articleEvents, Map<String, Event> eventOfArticle) {
    List<Claim> read = new ArrayList<>();
    inParallel(articles, a -> claimReader.read(a, eventOfArticle.get(a.id()))).forEach(read::addAll);
    ReferencedEvents.Resolved resolved = ReferencedEvents.resolve(articleEvents, read);
    List<Claim> numbered = new ArrayList<>(resolved.claims().size());
    for (Claim c : resolved.claims()) {
      numbered.add(c.withId("c" + (numbered.size() + 1)));
    }
    return new Framed(numbered, resolved.events());
  }

  /** The one error of a run whose cross-article checks outgrew the heap. */
  static FileError checksNotRun(int articles) {
    return new FileError("(batch)", String.format(Locale.ROOT,
        "cross-article checks not run: the heap ran short comparing %,d articles (max heap %,d MB); no findings reported",
        articles, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
  }

  /** The inputs that could not be read, then what went wrong later: the order a one-pass read gave. */
  static List<FileError> readFirst(List<FileError> read, List<FileError> later) {
    List<FileError> out = new ArrayList<>(read);
    out.addAll(later);
    return out;
  }

  /** One error per article left out because the heap ran short, so nothing goes missing silently. */
  static void skipForMemory(List<String> skipped, int analysedSoFar, List<FileError> errors) {
    String message = String.format(Locale.ROOT,
        "not analysed: the heap ran short after %,d articles (max heap %,d MB); give Java more memory (-Xmx) or check fewer files",
        analysedSoFar, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    for (String file : skipped) {
      errors.add(new FileError(file, message));
    }
  }

  /**
   * The checks compare statements pairwise, so one article holding tens of thousands of them (a
   * scraped toll list, a transcript of one-word quotations) would cost the square of that. Such an
   * article keeps everything in the report, but the checks read only its first
   * {@link #CHECK_BUDGET} attributions and figures, and the error list says so.
   */
  static AnalysedArticle withinCheckBudget(AnalysedArticle a, List<FileError> errors) {
    int attributions = a.attributions().size();
    int figures = a.figures().size();
    if (attributions <= CHECK_BUDGET && figures <= CHECK_BUDGET) {
      return a;
    }
    errors.add(new FileError(a.article().file(), String.format(Locale.ROOT,
        "article too complex: %,d attributions and %,d figures; the checks compare only the first %,d of each",
        attributions, figures, CHECK_BUDGET)));
    return a.withAttributions(a.attributions().subList(0, Math.min(attributions, CHECK_BUDGET)))
        .withFigures(a.figures().subList(0, Math.min(figures, CHECK_BUDGET)));
  }

  /** One article's analysis, or the error that stopped it. */
  record Outcome(AnalysedArticle analysed, FileError error) {}

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

  Outcome analyseOne(Article article) {
    try {
      return new Outcome(analyse(article), null);
    } catch (RuntimeException e) {
      // A stage bug on odd text must not lose the rest of the batch; the file is named with the cause.
      return new Outcome(null, new FileError(article.file(), "internal error while analysing: " + e));
    }
  }

  /** Applies {@code work} to every item on {@link #threads} threads; results in input order. */
  <T, R> List<R> inParallel(List<T> items, Function<T, R> work) {
    if (threads <= 1 || items.size() <= 1) {
      List<R> out = new ArrayList<>(items.size());
      items.forEach(item -> out.add(work.apply(item)));
      return out;
    }
    ExecutorService pool = workers(items.size());
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      return results(futures);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each future's result in order, once all are done; a worker's failure is thrown as its own. */
  private static <R> List<R> results(List<Future<R>> futures) {
    List<R> out = new ArrayList<>(futures.size());
    try {
      for (Future<R> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      throw Workers.interrupted(e);
    } catch (ExecutionException e) {
      throw Workers.rethrown(e);
    }
  }

  /**
   * Applies {@code work} to every item on {@link #threads} threads and hands each result, with its
   * position, to {@code then} in input order. At most {@code window} items are in flight, which
   * bounds the results held; unlike chunks with a barrier between them, one long item (a large
   * event) does not leave the other cores idle, as they go on with the items after it. Asks
   * {@code listener} whether to stop before every {@code window}-th item.
   */
  <T, R> void inParallelInOrder(List<T> items, int window, ProgressListener listener, Function<T, R> work,
      ObjIntConsumer<R> then) {
    Iterator<T> each = items.iterator();
    Iterator<T> stopping = new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return each.hasNext();
      }

      @Override
      public T next() {
        stopEvery(window, next++, listener);
        return each.next();
      }
    };
    Workers.inOrder(stopping, Math.min(threads, items.size()), window, work, then);
  }

  /** {@link #stopIfCancelled} before every {@code every}-th item. */
  private static void stopEvery(int every, int item, ProgressListener listener) {
    if (item % every == 0) {
      stopIfCancelled(listener);
    }
  }

  /** A pool of daemon worker threads, no more than {@link #threads} nor than {@code items}. */
  private ExecutorService workers(int items) {
    return Workers.pool(Math.min(threads, items));
  }

  static void stopIfCancelled(ProgressListener listener) {
    if (listener.isCancelled()) {
      throw new CancellationException("cancelled by the progress listener");
    }
  }

  /** How many events may be in flight at once: their outcomes wait to be merged in event order. */
  static final int EVENT_CHUNK = 64;

  /** A check that threw on one event. */
  record EventFailure(String check, String event, RuntimeException error) {}

  /** One event's findings and the checks that failed on it. */
  record EventOutcome(String event, List<Finding> findings, List<EventFailure> failures) {}

  /** The run's entities and each one's place among them, to hand each event only its own. */
  record EventEntities(List<Entity> all, Map<String, Integer> order) {
    /**
     * The entities the sources of {@code articles} and {@code claims} were linked to, in run order:
     * an event's batch names its own parties, so no check reads every entity of an archive.
     */
    List<Entity> of(List<AnalysedArticle> articles, List<Claim> claims) {
      java.util.TreeSet<Integer> places = new java.util.TreeSet<>();
      for (AnalysedArticle a : articles) {
        for (Attribution at : a.attributions()) {
          at.source().entity().map(order::get).ifPresent(places::add);
        }
      }
      for (Claim c : claims) {
        c.attribution().flatMap(at -> at.source().entity()).map(order::get).ifPresent(places::add);
      }
      List<Entity> out = new ArrayList<>(places.size());
      for (int place : places) {
        out.add(all.get(place));
      }
      return out;
    }
  }

  /**
   * Every check over one event, with only the claims about it. Checks that compare claims also see
   * the articles that merely mention the event; checks that compare whole articles see its member
   * articles only (none for an event a sentence only refers to). Findings come back stamped with
   * the event.
   */
  EventOutcome checkEvent(Event event, List<AnalysedArticle> all, Map<String, Integer> articleOrder,
      List<Claim> about, EventEntities entities) {
    List<EventFailure> failures = new ArrayList<>();
    Set<String> memberIds = event.referenced() ? Set.of() : new LinkedHashSet<>(event.articles());
    Set<String> referringIds = new LinkedHashSet<>(memberIds);
    for (Claim c : about) {
      referringIds.add(c.article());
    }
    List<AnalysedArticle> referring = select(all, articleOrder, referringIds);
    List<Entity> parties = entities.of(referring, about);
    Batch ofClaims = new Batch(referring, about, parties, List.of(event));
    Batch ofArticles = new Batch(select(all, articleOrder, memberIds), about, parties, List.of(event));
    List<Finding> out = new ArrayList<>();
    for (Check check : options.checks()) {
      Batch batch = check.comparesClaims() ? ofClaims : ofArticles;
      if (batch.articles().isEmpty()) {
        continue;
      }
      List<Finding> found;
      try {
        found = check.check(batch);
      } catch (RuntimeException e) {
        // One faulty check (a user's, say) must not cost the other checks' findings.
        failures.add(new EventFailure(check.name(), event.id(), e));
        continue;
      }
      for (Finding f : found) {
        out.add(f.withEvent(event.id()).withCheck(check.name()));
      }
    }
    return new EventOutcome(event.id(), out, failures);
  }

  /** The articles with {@code ids}, in batch order, found through their positions rather than a scan. */
  private static List<AnalysedArticle> select(List<AnalysedArticle> all, Map<String, Integer> order, Set<String> ids) {
    List<Integer> at = new ArrayList<>();
    for (String id : ids) {
      Integer i = order.get(id);
      if (i != null) {
        at.add(i);
      }
    }
    at.sort(null);
    List<AnalysedArticle> out = new ArrayList<>(at.size());
    for (int i : at) {
      out.add(all.get(i));
    }
    return out;
  }

  static List<Finding> number(List<Finding> findings, List<String> articleIds) {
    NumberedFindings numbered = new NumberedFindings(NumberedFindings.inMemory(), findingOrder(articleIds));
    findings.forEach(numbered::add);
    return new ArrayList<>(numbered.numbered());
  }

  /** Where findings place an article: its position in the run (the last, for an id given twice). */
  static Map<String, Integer> findingOrder(List<String> articleIds) {
    Map<String, Integer> articleOrder = new HashMap<>();
    for (String id : articleIds) {
      articleOrder.put(id, articleOrder.size());
    }
    return articleOrder;
  }

  /**
   * A finding's identity across checks, events and runs: its type and the passages it cites, with
   * the figure each passage is cited for. Two sources' counts told in one sentence are two
   * conflicts with a third count in the next ("outlets said 250,000, the president 60,000. The
   * city said 10,000."), though both cite the same two sentences.
   */
  static String key(Finding f) {
    List<String> places = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      places.add(e.article() + "@" + e.span().start() + "-" + e.span().end() + e.figure().map(x -> "#" + x).orElse(""));
    }
    places.sort(Comparator.naturalOrder());
    return f.type() + " " + places;
  }
}
