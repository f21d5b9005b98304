package io.crosscheck;

import io.crosscheck.internal.event.ArticleKeys;
import io.crosscheck.internal.event.EventSignature;
import io.crosscheck.internal.event.ReferencedEvents;
import io.crosscheck.internal.event.SurnameSources;
import io.crosscheck.internal.spill.AnalysisSpill;
import io.crosscheck.internal.spill.ClaimSpill;
import io.crosscheck.internal.spill.FindingSpill;
import io.crosscheck.link.SourceLinking;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Event;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Source;
import io.crosscheck.model.Warning;
import io.crosscheck.report.ReportStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.Function;

/**
 * The {@link Pipeline}'s run for an archive larger than the heap, with the same report: analysed
 * articles go to a spill file as soon as they are analysed, and every later step reads back only
 * what it needs.
 *
 * <ol>
 *   <li>analyse, a chunk at a time on every core; keep per article only its id, its event keys and
 *       its sources (shared between articles that name the same source);
 *   <li>cluster events from the keys; give a bare surname the person its event names in full
 *       ({@link SurnameSources}); link the sources one at a time ({@link SourceLinking});
 *   <li>read every article's claims once, from the article read back from the spill, to give
 *       referenced events their ids, keeping per event only which articles speak of it, and spill
 *       the claims;
 *   <li>check each event with its own articles and their claims loaded from the spills;
 *   <li>stream the report's article sections from the spill as they are written.
 * </ol>
 *
 * What stays in memory grows with sources, events and findings, not with article text.
 */
final class SpilledPipeline {
  private final Pipeline pipeline;

  SpilledPipeline(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** One spilled article's entity ids, one per attribution, filled in by the linking pass. */
  private static final class Sources {
    final Source[] sources;
    final String[] texts;
    String[] entities;

    Sources(Source[] sources, String[] texts) {
      this.sources = sources;
      this.texts = texts;
    }
  }

  /** What a worker hands back for one article: its outcome, and for an analysed one its keys and bytes. */
  private record Spilled(Pipeline.Outcome outcome, ArticleKeys keys, byte[] bytes) {}

  /**
   * Runs the pipeline over {@code source}, then hands the report to {@code consumer} while the
   * spill file still exists; the file is deleted when {@code consumer} returns.
   */
  <T> T run(ArticleSource source, SourceLinking linking, List<Warning> firstWarnings, ProgressListener listener,
      Function<ReportStream, T> consumer) {
    try (AnalysisSpill spill = AnalysisSpill.create(); ClaimSpill claimSpill = new ClaimSpill();
        FindingSpill findingSpill = new FindingSpill()) {
      return consumer.apply(run(source, linking, firstWarnings, listener, spill, claimSpill, findingSpill));
    }
  }

  /** One article's claims as the claims pass read them: raw event ids, and the claims' byte form. */
  private record ReadClaims(List<String> rawEvents, byte[] encoded) {}

  private ReportStream run(ArticleSource source, SourceLinking linking, List<Warning> firstWarnings,
      ProgressListener listener, AnalysisSpill spill, ClaimSpill claimSpill, FindingSpill findingSpill) {
    List<FileError> errors = new ArrayList<>();
    List<FileError> overBudget = new ArrayList<>();
    List<Warning> warnings = new ArrayList<>(firstWarnings);
    List<String> ids = new ArrayList<>();
    List<ArticleKeys> keys = new ArrayList<>();
    List<Sources> sources = new ArrayList<>();
    listener.articlesRead(source.size());
    analyseAll(source, listener, spill, errors, overBudget, warnings, ids, keys, sources);

    List<Event> articleEvents = pipeline.clusterer.cluster(keys);
    keys = null; // the signatures are the largest per-article state left: let them go before the claims pass
    Map<String, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      indexOf.putIfAbsent(ids.get(i), i);
    }
    Map<String, Map<Source, Source>> surnames = SurnameSources.byArticle(articleEvents,
        id -> Arrays.asList(sources.get(indexOf.get(id)).sources));
    for (Map.Entry<String, Map<Source, Source>> change : surnames.entrySet()) {
      Source[] s = sources.get(indexOf.get(change.getKey())).sources;
      for (int i = 0; i < s.length; i++) {
        s[i] = change.getValue().getOrDefault(s[i], s[i]);
      }
    }
    // Entities, in article order as the whole-batch linker gives them.
    for (Sources s : sources) {
      for (Source one : s.sources) {
        linking.observe(one);
      }
    }
    Map<String, String> sharedIds = new HashMap<>();
    for (Sources s : sources) {
      s.entities = new String[s.sources.length];
      for (int i = 0; i < s.sources.length; i++) {
        s.entities[i] = sharedIds.computeIfAbsent(linking.assign(s.sources[i], s.texts[i]), Function.identity());
      }
    }
    List<Entity> entities = linking.entities();
    Map<String, Event> eventOfArticle = new HashMap<>();
    for (Event e : articleEvents) {
      e.articles().forEach(id -> eventOfArticle.put(id, e));
    }
    Loader loader = new Loader(spill, sources, eventOfArticle);

    // Claims, read once to give referenced events their ids and to learn which articles speak of each event.
    ReferencedEvents.Resolver resolver = new ReferencedEvents.Resolver(articleEvents);
    int[] firstClaim = new int[ids.size() + 1];
    Map<String, List<Integer>> speakers = new HashMap<>();
    int window = Pipeline.CHUNK_PER_THREAD * Math.max(1, pipeline.threads);
    pipeline.inParallelInOrder(indices(ids.size()), window, listener, i -> {
      AnalysedArticle a = loader.linked(i);
      List<Claim> claims = loader.claims(a);
      return new ReadClaims(rawEvents(claims), ClaimSpill.encode(claims, a));
    }, (read, i) -> {
      claimSpill.append(read.encoded()); // at index i: articles are appended in order
      List<String> raws = read.rawEvents();
      firstClaim[i + 1] = firstClaim[i] + raws.size();
      for (String raw : raws) {
        if (raw.isEmpty()) {
          continue;
        }
        List<Integer> at = speakers.computeIfAbsent(resolver.finalId(raw, ids.get(i)), x -> new ArrayList<>());
        if (at.isEmpty() || at.get(at.size() - 1) != i) {
          at.add(i);
        }
      }
    });
    List<Event> events = resolver.events();
    Map<String, Integer> articleOrder = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      articleOrder.putIfAbsent(ids.get(i), i);
    }
    Map<String, Integer> entityOrder = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      entityOrder.putIfAbsent(entities.get(i).id(), i);
    }
    Pipeline.EventEntities eventEntities = new Pipeline.EventEntities(entities, entityOrder);

    NumberedFindings findings = new NumberedFindings(new NumberedFindings.Store() {
      @Override
      public int append(Finding f) {
        return findingSpill.append(f);
      }

      @Override
      public Finding load(int index) {
        return findingSpill.load(index);
      }
    }, Pipeline.findingOrder(ids));
    CheckFailures failures = new CheckFailures();
    FileError checksLost = null;
    try {
      pipeline.inParallelInOrder(events, Pipeline.EVENT_CHUNK, listener,
          event -> checkEvent(event, loader, claimSpill, resolver, firstClaim, articleOrder, speakers, eventEntities),
          (o, at) -> {
            o.findings().forEach(findings::add);
            o.failures().forEach(f -> failures.add(f.check(), f.event(), f.error()));
            listener.checkFinished("event " + o.event(), at + 1, events.size());
          });
    } catch (OutOfMemoryError e) {
      // As in the whole-batch run: the findings go, the articles' own results still stand.
      findings.clear();
      checksLost = Pipeline.checksNotRun(ids.size());
    }
    errors.addAll(overBudget);
    if (checksLost != null) {
      errors.add(checksLost);
    }
    errors.addAll(failures.errors());
    List<Finding> numbered = findings.numbered();
    Iterable<ReportStream.Entry> inOrder = sections(spill, i -> {
      AnalysisSpill.Stored s = spill.load(i);
      return List.of(new ReportStream.Entry(s.article(), loader.stamped(i, s.attributions()), s.figures()));
    });
    ReportStream.Entries entries = new ReportStream.Entries() {
      @Override
      public int size() {
        return spill.size();
      }

      @Override
      public Optional<ReportStream.Entry> find(String id) {
        return Optional.ofNullable(articleOrder.get(id)).map(i -> {
          AnalysisSpill.Stored s = spill.load(i);
          return new ReportStream.Entry(s.article(), loader.stamped(i, s.attributions()), s.figures());
        });
      }

      @Override
      public Iterator<ReportStream.Entry> iterator() {
        return inOrder.iterator();
      }
    };
    // Each section decodes only its own part of a spilled article: the body is read for the first alone.
    return new ReportStream(
        sections(spill, i -> List.of(spill.article(i))),
        sections(spill, i -> loader.stamped(i, spill.attributions(i))),
        sections(spill, spill::figures),
        entries,
        numbered, entities, events, Pipeline.readFirst(source.errors(), errors), warnings);
  }

  /** Analyses the source a chunk at a time on every core, spilling each article as it comes. */
  private void analyseAll(ArticleSource source, ProgressListener listener, AnalysisSpill spill,
      List<FileError> errors, List<FileError> overBudget, List<Warning> warnings, List<String> ids,
      List<ArticleKeys> keys, List<Sources> sources) {
    Map<Source, Source> sharedSources = new HashMap<>();
    Map<String, String> sharedTexts = new HashMap<>();
    pipeline.inChunks(source, listener, errors, this::analyseAndEncode, ids::size, o -> {
      if (o.outcome().error() != null) {
        errors.add(o.outcome().error());
        return;
      }
      AnalysedArticle one = o.outcome().analysed();
      Pipeline.cutError(one).ifPresent(errors::add);
      Pipeline.withinCheckBudget(one, overBudget);
      if (one.article().published().isEmpty()) {
        warnings.add(InputWarnings.undated(List.of(one.article())).get(0));
      }
      spill.append(o.bytes());
      ids.add(one.id());
      keys.add(shared(o.keys(), sharedTexts));
      Source[] s = new Source[one.attributions().size()];
      String[] t = new String[s.length];
      for (int i = 0; i < s.length; i++) {
        Attribution a = one.attributions().get(i);
        s[i] = sharedSources.computeIfAbsent(a.source(), Function.identity());
        t[i] = sharedTexts.computeIfAbsent(a.sourceText(), Function.identity());
      }
      sources.add(new Sources(s, t));
    });
  }

  /**
   * The keys with every word taken from {@code shared}: names and stems repeat across an archive,
   * and the keys of every article wait in memory until the events are clustered.
   */
  private static ArticleKeys shared(ArticleKeys k, Map<String, String> shared) {
    EventSignature s = k.signature();
    Function<Collection<String>, List<String>> words = c -> c.stream().map(w -> shared.computeIfAbsent(w, Function.identity())).toList();
    return new ArticleKeys(k.article(), new EventSignature(s.kind().map(w -> shared.computeIfAbsent(w, Function.identity())),
        s.date(), words.apply(s.names()), new HashSet<>(words.apply(s.mentions())), new HashSet<>(words.apply(s.places())),
        new HashSet<>(words.apply(s.words()))), words.apply(k.keys()));
  }

  private Spilled analyseAndEncode(Article article) {
    Pipeline.Outcome o = pipeline.analyseOne(article);
    if (o.error() != null) {
      return new Spilled(o, null, null);
    }
    AnalysedArticle a = o.analysed();
    return new Spilled(o, pipeline.eventKeys.keys(a),
        AnalysisSpill.encode(a));
  }

  /**
   * Every check over one event, as {@link Pipeline#checkEvent} runs it in a whole-batch run: its
   * member articles and those whose claims speak of it are loaded from the spill, in article
   * order, and their claims about it loaded from the claim spill and numbered as the whole run numbered them.
   */
  private Pipeline.EventOutcome checkEvent(Event event, Loader loader, ClaimSpill claimSpill,
      ReferencedEvents.Resolver resolver, int[] firstClaim,
      Map<String, Integer> articleOrder, Map<String, List<Integer>> speakers, Pipeline.EventEntities entities) {
    TreeSet<Integer> referring = new TreeSet<>();
    if (!event.referenced()) {
      for (String id : event.articles()) {
        Integer i = articleOrder.get(id);
        if (i != null) {
          referring.add(i);
        }
      }
    }
    List<Integer> speaking = speakers.getOrDefault(event.id(), List.of());
    referring.addAll(speaking);
    Set<Integer> speakingSet = new HashSet<>(speaking);
    List<AnalysedArticle> loaded = new ArrayList<>();
    Map<String, Integer> order = new HashMap<>();
    List<Claim> about = new ArrayList<>();
    for (int i : referring) {
      AnalysedArticle a = loader.linked(i);
      if (speakingSet.contains(i)) {
        List<Claim> read = claimSpill.load(i, a);
        for (int k = 0; k < read.size(); k++) {
          Claim c = read.get(k);
          String id = resolver.resolved(c.event().orElse(""));
          if (id.equals(event.id())) {
            about.add(c.withEvent(id).withId("c" + (firstClaim[i] + k + 1)));
          }
        }
      }
      order.putIfAbsent(a.id(), loaded.size());
      loaded.add(Pipeline.withinCheckBudget(a, new ArrayList<>())); // its error was reported once, at analysis
    }
    return pipeline.checkEvent(event, loaded, order, about, entities);
  }

  /** Each claim's event id as read, before referenced events are resolved; empty for none. */
  private static List<String> rawEvents(List<Claim> claims) {
    List<String> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      out.add(c.event().orElse(""));
    }
    return out;
  }

  private static List<Integer> indices(int n) {
    return new AbstractList<>() {
      @Override
      public Integer get(int index) {
        return index;
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /** One section read back from the spill, article by article, afresh on every iteration. */
  private static <T> Iterable<T> sections(AnalysisSpill spill, IntFunction<List<T>> items) {
    return () -> new Iterator<>() {
      private int next;
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && next < spill.size()) {
          current = items.apply(next).iterator();
          next++;
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** Reads spilled articles back as the later steps need them: segmented, sources stamped. */
  private final class Loader {
    private final AnalysisSpill spill;
    private final List<Sources> sources;
    private final Map<String, Event> eventOfArticle;

    Loader(AnalysisSpill spill, List<Sources> sources, Map<String, Event> eventOfArticle) {
      this.spill = spill;
      this.sources = sources;
      this.eventOfArticle = eventOfArticle;
    }

    /** Article {@code index}'s attributions with their entity ids, as the linker stamps them. */
    List<Attribution> stamped(int index, List<Attribution> attributions) {
      String[] entities = sources.get(index).entities;
      List<Attribution> out = new ArrayList<>(attributions.size());
      for (int i = 0; i < attributions.size(); i++) {
        Attribution a = attributions.get(i);
        out.add(a.withSource(sources.get(index).sources[i].withEntity(entities[i])));
      }
      return out;
    }

    /** Article {@code index} as the checks saw it in a whole-batch run: segmented (as at analysis), linked. */
    AnalysedArticle linked(int index) {
      AnalysedArticle a = spill.analysed(index);
      return new AnalysedArticle(a.text(), stamped(index, a.attributions()), a.figures());
    }

    /** The claims of a loaded article, with their raw event ids. */
    List<Claim> claims(AnalysedArticle a) {
      return pipeline.claimReader.read(a, eventOfArticle.get(a.id()));
    }
  }
}
