package io.crosscheck;

import io.crosscheck.compare.Batch;
import io.crosscheck.compare.Check;
import io.crosscheck.internal.HeapGuard;
import io.crosscheck.link.ClaimLinker;
import io.crosscheck.link.EntityLinker;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.text.SentenceWindows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wires the stages in order: segment, find attributions, find figures, link figures to claims,
 * link entities, run checks, number everything. Holds no state between runs.
 */
final class Pipeline {
  private static final ClaimLinker CLAIM_LINKER = new ClaimLinker();

  /** The most attributions, and the most figures, of one article that the checks compare. */
  static final int CHECK_BUDGET = 300;

  private final Options options;

  Pipeline(Options options) {
    this.options = options;
  }

  Report run(List<Article> articles, List<FileError> readErrors) {
    List<FileError> errors = new ArrayList<>(readErrors);
    List<AnalysedArticle> analysed = new ArrayList<>();
    int attributionCount = 0;
    int figureCount = 0;
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      AnalysedArticle one;
      try {
        if (HeapGuard.isShort()) {
          skipForMemory(articles.subList(i, articles.size()), analysed.size(), errors);
          break;
        }
        one = analyse(article);
      } catch (OutOfMemoryError e) {
        // Only this article's work is lost: its garbage is free again once we leave analyse().
        skipForMemory(articles.subList(i, articles.size()), analysed.size(), errors);
        break;
      } catch (RuntimeException e) {
        // A stage bug on odd text must not lose the rest of the batch; the file is named with the cause.
        errors.add(new FileError(article.file(), "internal error while analysing: " + e));
        continue;
      }
      SentenceWindows.longestCut(one.text()).ifPresent(length -> errors.add(new FileError(article.file(),
          String.format(Locale.ROOT, "sentence of %,d characters without a break: analysed in windows of %,d",
              length, SentenceWindows.MAX))));
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
    List<Claim> claims = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      claims.addAll(CLAIM_LINKER.claims(a));
    }
    List<AnalysedArticle> checked = new ArrayList<>();
    for (AnalysedArticle a : withEntities) {
      checked.add(withinCheckBudget(a, errors));
    }
    Batch batch = new Batch(checked, claims, linked.entities());
    List<Finding> findings;
    try {
      findings = runChecks(batch, withEntities);
    } catch (OutOfMemoryError e) {
      // The pairs of a large batch can outgrow the heap; the articles' own results still stand.
      findings = List.of();
      errors.add(new FileError("(batch)", String.format(Locale.ROOT,
          "cross-article checks not run: the heap ran short comparing %,d articles (max heap %,d MB); no findings reported",
          checked.size(), Runtime.getRuntime().maxMemory() / (1024 * 1024))));
    }
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

  /** One error per article left out because the heap ran short, so nothing goes missing silently. */
  private static void skipForMemory(List<Article> skipped, int analysedSoFar, List<FileError> errors) {
    String message = String.format(Locale.ROOT,
        "not analysed: the heap ran short after %,d articles (max heap %,d MB); give Java more memory (-Xmx) or check fewer files",
        analysedSoFar, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    for (Article a : skipped) {
      errors.add(new FileError(a.file(), message));
    }
  }

  /**
   * The checks compare statements pairwise, so one article holding tens of thousands of them (a
   * scraped toll list, a transcript of one-word quotations) would cost the square of that. Such an
   * article keeps everything in the report, but the checks read only its first
   * {@link #CHECK_BUDGET} attributions and figures, and the error list says so.
   */
  private static AnalysedArticle withinCheckBudget(AnalysedArticle a, List<FileError> errors) {
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

  private AnalysedArticle analyse(Article article) {
    SegmentedText text = options.segmenter().segment(article);
    List<Attribution> attributions = new ArrayList<>(options.attributionFinder().find(text));
    attributions.sort(Comparator.comparing(Attribution::span).thenComparing(Attribution::content));
    List<Figure> figures = new ArrayList<>(options.figureFinder().find(text));
    figures.sort(Comparator.comparing(Figure::span).thenComparing(Figure::text));
    return new AnalysedArticle(text, attributions, figures);
  }

  private List<Finding> runChecks(Batch batch, List<AnalysedArticle> articles) {
    Map<String, Integer> articleOrder = new HashMap<>();
    for (AnalysedArticle a : articles) {
      articleOrder.put(a.id(), articleOrder.size());
    }
    // Keyed by type and evidence positions, so a finding two checks (or two pairings) produce appears once.
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (Check check : options.checks()) {
      for (Finding f : check.check(batch)) {
        unique.putIfAbsent(key(f), f);
      }
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
