package io.crosscheck;

import io.crosscheck.claim.ClaimReader;
import io.crosscheck.compare.Batch;
import io.crosscheck.compare.Check;
import io.crosscheck.event.ArticleKeys;
import io.crosscheck.event.EventClusterer;
import io.crosscheck.event.EventKeys;
import io.crosscheck.event.ReferencedEvents;
import io.crosscheck.link.ClaimLinker;
import io.crosscheck.link.EntityLinker;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Wires the stages in three steps, the shape a distributed run keeps:
 *
 * <ol>
 *   <li>per article: segment, find attributions and figures, link figures to claims ({@link
 *       #analyse}), then its event keys ({@link EventKeys#keys}), a pure function of the article;
 *   <li>group: entities linked over the batch, articles clustered into events by blocking key
 *       ({@link EventClusterer}), claims read as frames and given their event ({@link ClaimReader},
 *       {@link ReferencedEvents});
 *   <li>per event: every check over that event's articles and claims only ({@link #checkEvent}).
 * </ol>
 *
 * Holds no state between runs.
 */
final class Pipeline {
  private static final ClaimLinker CLAIM_LINKER = new ClaimLinker();

  private final Options options;
  private final EventKeys eventKeys;
  private final EventClusterer clusterer = new EventClusterer();
  private final ClaimReader claimReader;

  Pipeline(Options options) {
    this.options = options;
    this.eventKeys = new EventKeys(options.lexicon());
    this.claimReader = new ClaimReader(options.lexicon());
  }

  Report run(List<Article> articles, List<FileError> readErrors) {
    List<FileError> errors = new ArrayList<>(readErrors);
    List<AnalysedArticle> analysed = new ArrayList<>();
    int attributionCount = 0;
    int figureCount = 0;
    for (Article article : articles) {
      AnalysedArticle one;
      try {
        one = analyse(article);
      } catch (RuntimeException e) {
        // A stage bug on odd text must not lose the rest of the batch; the file is named with the cause.
        errors.add(new FileError(article.file(), "internal error while analysing: " + e));
        continue;
      }
      List<Attribution> numbered = new ArrayList<>();
      for (Attribution a : one.attributions()) {
        numbered.add(a.withId("a" + (++attributionCount)));
      }
      List<Figure> figures = new ArrayList<>();
      for (Figure f : CLAIM_LINKER.attach(one.figures(), numbered)) {
        figures.add(f.withId("f" + (++figureCount)));
      }
      analysed.add(one.withAttributions(numbered).withFigures(figures));
    }
    EntityLinker.Linked linked = options.entityLinker().link(analysed);
    List<AnalysedArticle> withEntities = linked.articles();

    List<ArticleKeys> keys = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      keys.add(eventKeys.keys(a));
    }
    List<Event> articleEvents = clusterer.cluster(keys);
    Map<String, Event> eventOfArticle = new HashMap<>();
    for (Event e : articleEvents) {
      e.articles().forEach(id -> eventOfArticle.put(id, e));
    }
    List<Claim> framed = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      framed.addAll(claimReader.read(a, eventOfArticle.get(a.id())));
    }
    ReferencedEvents.Resolved resolved = ReferencedEvents.resolve(articleEvents, framed);
    List<Claim> claims = new ArrayList<>();
    for (Claim c : resolved.claims()) {
      claims.add(new Claim("c" + (claims.size() + 1), c.article(), c.span(), c.attribution(), c.figures(), c.party(),
          c.event(), c.topics(), c.polarity(), c.measure()));
    }

    List<Finding> findings = new ArrayList<>();
    for (Event event : resolved.events()) {
      findings.addAll(checkEvent(event, withEntities, claims, linked));
    }
    List<Attribution> allAttributions = new ArrayList<>();
    List<Figure> allFigures = new ArrayList<>();
    List<Article> allArticles = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      allArticles.add(a.article());
      allAttributions.addAll(a.attributions());
      allFigures.addAll(a.figures());
    }
    return new Report(allArticles, allAttributions, allFigures, claims, number(findings, withEntities),
        linked.entities(), errors, resolved.events());
  }

  private AnalysedArticle analyse(Article article) {
    SegmentedText text = options.segmenter().segment(article);
    List<Attribution> attributions = new ArrayList<>(options.attributionFinder().find(text));
    attributions.sort(Comparator.comparing(Attribution::span).thenComparing(Attribution::content));
    List<Figure> figures = new ArrayList<>(options.figureFinder().find(text));
    figures.sort(Comparator.comparing(Figure::span).thenComparing(Figure::text));
    return new AnalysedArticle(text, attributions, figures);
  }

  /**
   * Every check over one event, with only the claims about it. Checks that compare claims also see
   * the articles that merely mention the event; checks that compare whole articles see its member
   * articles only (none for an event a sentence only refers to). Findings come back stamped with
   * the event.
   */
  private List<Finding> checkEvent(Event event, List<AnalysedArticle> all, List<Claim> claims, EntityLinker.Linked linked) {
    Set<String> memberIds = event.referenced() ? Set.of() : new LinkedHashSet<>(event.articles());
    Set<String> referringIds = new LinkedHashSet<>(memberIds);
    List<Claim> about = new ArrayList<>();
    for (Claim c : claims) {
      if (c.event().filter(event.id()::equals).isPresent()) {
        about.add(c);
        referringIds.add(c.article());
      }
    }
    Batch ofClaims = new Batch(select(all, referringIds), about, linked.entities(), List.of(event));
    Batch ofArticles = new Batch(select(all, memberIds), about, linked.entities(), List.of(event));
    List<Finding> out = new ArrayList<>();
    for (Check check : options.checks()) {
      Batch batch = check.comparesClaims() ? ofClaims : ofArticles;
      if (batch.articles().isEmpty()) {
        continue;
      }
      for (Finding f : check.check(batch)) {
        out.add(f.withEvent(event.id()));
      }
    }
    return out;
  }

  private static List<AnalysedArticle> select(List<AnalysedArticle> all, Set<String> ids) {
    List<AnalysedArticle> out = new ArrayList<>();
    for (AnalysedArticle a : all) {
      if (ids.contains(a.id())) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<Finding> number(List<Finding> findings, List<AnalysedArticle> articles) {
    Map<String, Integer> articleOrder = new HashMap<>();
    for (AnalysedArticle a : articles) {
      articleOrder.put(a.id(), articleOrder.size());
    }
    // Keyed by type and evidence positions, so a finding two checks (or two events) produce appears once.
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (Finding f : findings) {
      unique.putIfAbsent(key(f), f);
    }
    Comparator<Evidence> byPlace = Comparator.<Evidence>comparingInt(e -> articleOrder.getOrDefault(e.article(), -1))
        .thenComparing(Evidence::span);
    List<Finding> sorted = new ArrayList<>(unique.values());
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

  private static String key(Finding f) {
    List<String> places = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      places.add(e.article() + "@" + e.span().start() + "-" + e.span().end());
    }
    places.sort(Comparator.naturalOrder());
    return f.type() + " " + places;
  }
}
