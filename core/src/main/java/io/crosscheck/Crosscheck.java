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
import io.crosscheck.link.SourceLinking;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.report.ReportStream;
import io.crosscheck.text.ArticleReader;
import io.crosscheck.text.NewsSegmenter;
import io.crosscheck.text.ReadResult;
import io.crosscheck.text.Segmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /**
   * The default lexicon, stages and checks.
   *
   * @return a crosscheck to build once and share
   */
  public static Crosscheck withDefaults() {
    return builder().build();
  }

  /**
   * A builder starting from the defaults: change the lexicon, a stage or the checks.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The lexicon, stages and checks this crosscheck runs.
   *
   * @return its options
   */
  public Options options() {
    return options;
  }

  /**
   * Threads the per-article stages and the per-block checks run on; the report is the same for any count.
   *
   * @return the thread count, at least 1
   */
  public int threads() {
    return threads;
  }

  /**
   * Segments an article and finds its attributions and figures, numbered by position in the article.
   *
   * @param article one article
   * @return its sentences, attributions and figures
   */
  public AnalysedArticle analyse(Article article) {
    return pipeline.analyse(checkNotNull(article, "article"));
  }

  /**
   * Reads files and folders (folders recursively, {@code .txt} only, sorted) and checks them.
   *
   * @param paths files and folders
   * @return the report; unreadable inputs are among its errors, never thrown
   */
  public Report check(Collection<Path> paths) {
    return check(paths, ProgressListener.NONE);
  }

  /**
   * As {@link #check(Collection)}, telling {@code listener} how far the run is and stopping with a
   * {@link java.util.concurrent.CancellationException} once {@link ProgressListener#isCancelled} is true.
   *
   * @param paths files and folders
   * @param listener told of progress, asked whether to stop
   * @return the report
   */
  public Report check(Collection<Path> paths, ProgressListener listener) {
    checkNotNull(paths, "paths");
    checkNotNull(listener, "listener");
    // Files are read a chunk at a time as the analysis asks for them: no batch holds every body at once.
    Report report = pipeline.run(ArticleSource.of(new ArticleReader().feed(paths)), listener);
    return report.withWarnings(InputWarnings.emptyFolders(paths)).withWarnings(InputWarnings.undated(report.articles()));
  }

  /**
   * Checks files and folders as {@link #check(Collection, ProgressListener)} does, for an archive
   * larger than the heap: analysed articles wait in a temporary file instead of memory, and the
   * report's article, attribution and figure sections are read back from it while {@code consumer}
   * writes them ({@link io.crosscheck.report.Reports#writeJson(ReportStream, java.io.OutputStream)}
   * gives the same bytes as for {@link #check}'s report). The stream is valid only until {@code
   * consumer} returns; the temporary file is deleted then. With an entity linker that needs whole
   * articles ({@link io.crosscheck.link.EntityLinker#sourceLinking} empty) the run holds them in memory.
   *
   * @param paths files and folders
   * @param listener told of progress, asked whether to stop
   * @param consumer reads the report, typically writing it out
   * @param <T> what the consumer returns
   * @return what {@code consumer} returned
   */
  public <T> T checkStreamed(Collection<Path> paths, ProgressListener listener, Function<ReportStream, T> consumer) {
    checkNotNull(paths, "paths");
    checkNotNull(listener, "listener");
    checkNotNull(consumer, "consumer");
    Optional<SourceLinking> linking = options.entityLinker().sourceLinking();
    if (linking.isEmpty()) {
      return consumer.apply(ReportStream.of(check(paths, listener)));
    }
    return new SpilledPipeline(pipeline).run(ArticleSource.of(new ArticleReader().feed(paths)), linking.get(),
        InputWarnings.emptyFolders(paths), listener, consumer);
  }

  /**
   * Checks article texts in the file format (header optional), keyed by a name used as file name.
   *
   * @param textsByName texts by name
   * @return the report
   */
  public Report checkTexts(Map<String, String> textsByName) {
    return checkTexts(textsByName, ProgressListener.NONE);
  }

  /**
   * As {@link #checkTexts(Map)}, with progress and cancellation as in {@link #check(Collection, ProgressListener)}.
   *
   * @param textsByName texts by name
   * @param listener told of progress, asked whether to stop
   * @return the report
   */
  public Report checkTexts(Map<String, String> textsByName, ProgressListener listener) {
    checkNotNull(textsByName, "textsByName");
    checkNotNull(listener, "listener");
    ReadResult read = new ArticleReader().readStrings(textsByName);
    Report report = pipeline.run(read.articles(), read.errors(), listener);
    return report.withWarnings(InputWarnings.undated(report.articles()));
  }

  /**
   * A running check that articles join one by one or in batches, each {@code add} returning the
   * findings it brings ({@link Session}).
   *
   * @return a new, empty session using this crosscheck's stages
   */
  public Session session() {
    return new Session(this);
  }

  /**
   * Checks articles already in memory.
   *
   * @param articles the articles, in the order the report lists them
   * @return the report
   */
  public Report checkArticles(List<Article> articles) {
    checkNotNull(articles, "articles");
    Report report = pipeline.run(articles, List.<FileError>of(), ProgressListener.NONE);
    return report.withWarnings(InputWarnings.undated(report.articles()));
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

    /**
     * Replaces the lexicon every default stage and check is built on.
     *
     * @param value the lexicon, e.g. {@code Lexicon.fromFolder(dir)}
     * @return this builder
     */
    public Builder lexicon(Lexicon value) {
      this.lexicon = checkNotNull(value, "lexicon");
      return this;
    }

    /**
     * Adds entries to one lexicon list, e.g. {@code addLexiconEntries("speech-verbs", List.of("quipped"))}.
     *
     * @param list a list name from {@code docs/lexicons.md}; an unknown name is refused, naming the known ones
     * @param entries lines in that list's format
     * @return this builder
     */
    public Builder addLexiconEntries(String list, Collection<String> entries) {
      this.lexicon = currentLexicon().with(list, entries);
      return this;
    }

    /**
     * Replaces the sentence and paragraph segmenter.
     *
     * @param value the segmenter
     * @return this builder
     */
    public Builder segmenter(Segmenter value) {
      this.segmenter = checkNotNull(value, "segmenter");
      return this;
    }

    /**
     * Replaces the stage that finds who said what.
     *
     * @param value the finder
     * @return this builder
     */
    public Builder attributionFinder(AttributionFinder value) {
      checkNotNull(value, "attributionFinder");
      this.attributionFinder = lex -> value;
      return this;
    }

    /**
     * Replaces the stage that finds numeric figures.
     *
     * @param value the finder
     * @return this builder
     */
    public Builder figureFinder(FigureFinder value) {
      checkNotNull(value, "figureFinder");
      this.figureFinder = lex -> value;
      return this;
    }

    /**
     * Replaces the stage that links the names of one source across the batch.
     *
     * @param value the linker
     * @return this builder
     */
    public Builder entityLinker(EntityLinker value) {
      checkNotNull(value, "entityLinker");
      this.entityLinker = lex -> value;
      return this;
    }

    /**
     * Replaces the default checks with exactly these.
     *
     * @param value the checks, run in this order
     * @return this builder
     */
    public Builder checks(List<Check> value) {
      List<Check> copy = List.copyOf(value);
      this.checks = lex -> copy;
      return this;
    }

    /**
     * Adds a check to run after the others.
     *
     * @param check the check; its {@link Check#name()} is written on its findings
     * @return this builder
     */
    public Builder addCheck(Check check) {
      extraChecks.add(checkNotNull(check, "check"));
      return this;
    }

    /**
     * Threads for the per-article stages and the per-block checks (default: every core); 1 runs inline.
     *
     * @param value at least 1
     * @return this builder
     */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + value);
      }
      this.threads = value;
      return this;
    }

    /**
     * Builds the crosscheck: immutable and thread-safe, to keep and reuse.
     *
     * @return the crosscheck
     */
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
