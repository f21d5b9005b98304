package io.crosscheck;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.attribution.AttributionFinder;
import io.crosscheck.attribution.Attributions;
import io.crosscheck.compare.Check;
import io.crosscheck.compare.Checks;
import io.crosscheck.figure.FigureFinder;
import io.crosscheck.figure.Figures;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.link.EntityLinker;
import io.crosscheck.link.Links;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.text.ArticleReader;
import io.crosscheck.text.NewsSegmenter;
import io.crosscheck.text.ReadResult;
import io.crosscheck.text.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The front door: reads articles, finds who said what and the figures they state, and flags where
 * the articles disagree. An instance is immutable and thread-safe; build it once and share it.
 *
 * <pre>{@code
 * Crosscheck crosscheck = Crosscheck.withDefaults();
 * Report report = crosscheck.check(List.of(Path.of("testdata/cases/october-meeting")));
 * report.findings().forEach(f -> System.out.println(f.type() + ": " + f.summary()));
 * }</pre>
 */
public final class Crosscheck {
  private final Options options;
  private final int threads;
  private final Pipeline pipeline;

  private Crosscheck(Options options, int threads) {
    this.options = options;
    this.threads = threads;
    this.pipeline = new Pipeline(options, threads);
  }

  /** The default lexicon, stages and checks. */
  public static Crosscheck withDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Options options() {
    return options;
  }

  /** Threads the per-article stages and the per-block checks run on; the report is the same for any count. */
  public int threads() {
    return threads;
  }

  /**
   * The event blocks of a set of analysed articles: cross-article checks only compare articles that
   * share a block. For engines that distribute the work (one group per block key).
   */
  public Set<String> blockKeys(AnalysedArticle article) {
    return pipeline.blocker().keys(checkNotNull(article, "article"));
  }

  /** Segments an article and finds its attributions and figures, numbered by position in the article. */
  public AnalysedArticle analyse(Article article) {
    return pipeline.analyse(checkNotNull(article, "article"));
  }

  /**
   * Runs the checks over one event block (articles that share a block key), linking sources within
   * it. Findings carry no id; {@link #numberFindings} orders and numbers a merged set.
   */
  public List<Finding> checkBlock(List<AnalysedArticle> block) {
    return pipeline.checkBlock(List.copyOf(block));
  }

  /**
   * Drops findings that two blocks both produced, orders the rest by where their evidence sits
   * ({@code articleOrder} gives each article id its place in the batch) and numbers them.
   */
  public static List<Finding> numberFindings(Collection<Finding> findings, List<String> articleOrder) {
    Map<String, Integer> order = new java.util.HashMap<>();
    articleOrder.forEach(id -> order.putIfAbsent(id, order.size()));
    Map<String, Finding> unique = new java.util.TreeMap<>();
    for (Finding f : findings) {
      unique.merge(Pipeline.key(f), f, (a, b) -> a.summary().compareTo(b.summary()) <= 0 ? a : b);
    }
    return Pipeline.number(unique.values(), order);
  }

  /** Reads files and folders (folders recursively, {@code .txt} only, sorted) and checks them. */
  public Report check(Collection<Path> paths) {
    checkNotNull(paths, "paths");
    ReadResult read = new ArticleReader().read(paths);
    return pipeline.run(read.articles(), read.errors());
  }

  /** Checks article texts in the file format (header optional), keyed by a name used as file name. */
  public Report checkTexts(Map<String, String> textsByName) {
    checkNotNull(textsByName, "textsByName");
    ReadResult read = new ArticleReader().readStrings(textsByName);
    return pipeline.run(read.articles(), read.errors());
  }

  /** Checks articles already in memory. */
  public Report checkArticles(List<Article> articles) {
    checkNotNull(articles, "articles");
    return pipeline.run(articles, List.<FileError>of());
  }

  /** Configures a {@link Crosscheck}; every stage left unset gets its default, built on the final lexicon. */
  public static final class Builder {
    private Lexicon lexicon;
    private Segmenter segmenter;
    private Function<Lexicon, AttributionFinder> attributionFinder = Attributions::defaultFinder;
    private Function<Lexicon, FigureFinder> figureFinder = Figures::defaultFinder;
    private Function<Lexicon, EntityLinker> entityLinker = Links::defaultLinker;
    private Function<Lexicon, List<Check>> checks = Checks::defaults;
    private final List<Check> extraChecks = new ArrayList<>();
    private int threads = Runtime.getRuntime().availableProcessors();

    private Builder() {}

    public Builder lexicon(Lexicon value) {
      this.lexicon = checkNotNull(value, "lexicon");
      return this;
    }

    /** Adds entries to one lexicon list, e.g. {@code addLexiconEntries("speech-verbs", List.of("quipped"))}. */
    public Builder addLexiconEntries(String list, Collection<String> entries) {
      this.lexicon = currentLexicon().with(list, entries);
      return this;
    }

    public Builder segmenter(Segmenter value) {
      this.segmenter = checkNotNull(value, "segmenter");
      return this;
    }

    public Builder attributionFinder(AttributionFinder value) {
      checkNotNull(value, "attributionFinder");
      this.attributionFinder = lex -> value;
      return this;
    }

    public Builder figureFinder(FigureFinder value) {
      checkNotNull(value, "figureFinder");
      this.figureFinder = lex -> value;
      return this;
    }

    public Builder entityLinker(EntityLinker value) {
      checkNotNull(value, "entityLinker");
      this.entityLinker = lex -> value;
      return this;
    }

    /** Replaces the default checks with exactly these. */
    public Builder checks(List<Check> value) {
      List<Check> copy = List.copyOf(value);
      this.checks = lex -> copy;
      return this;
    }

    /** Adds a check to run after the others. */
    public Builder addCheck(Check check) {
      extraChecks.add(checkNotNull(check, "check"));
      return this;
    }

    /** Threads for the per-article stages and the per-block checks (default: every core); 1 runs inline. */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + value);
      }
      this.threads = value;
      return this;
    }

    public Crosscheck build() {
      Lexicon lex = currentLexicon();
      List<Check> all = new ArrayList<>(checks.apply(lex));
      all.addAll(extraChecks);
      return new Crosscheck(new Options(lex, segmenter != null ? segmenter : new NewsSegmenter(),
          attributionFinder.apply(lex), figureFinder.apply(lex), entityLinker.apply(lex), all), threads);
    }

    private Lexicon currentLexicon() {
      if (lexicon == null) {
        lexicon = Lexicon.defaults();
      }
      return lexicon;
    }
  }
}
