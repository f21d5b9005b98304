package io.crosscheck.cli;

import com.google.common.collect.Iterables;
import io.crosscheck.Crosscheck;
import io.crosscheck.ProgressListener;
import io.crosscheck.attribution.AttributionFinder;
import io.crosscheck.attribution.Attributions;
import io.crosscheck.figure.FigureFinder;
import io.crosscheck.figure.Figures;
import io.crosscheck.internal.claim.ClaimReader;
import io.crosscheck.internal.event.EventKeys;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Event;
import io.crosscheck.model.Report;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.report.Reports;
import io.crosscheck.text.ArticleReader;
import io.crosscheck.text.NewsSegmenter;
import io.crosscheck.text.Segmenter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench}: throughput on a generated corpus of invented events, written once to a
 * temporary folder and read back as {@code check} reads it. Prints each per-article stage's MB/s
 * per core (CPU time of the threads that ran it), the whole pipeline's MB/s and articles/s (wall
 * time), the peak heap, and the time ratio against half the corpus. A benchmark that prints
 * figures, not a timed test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput (MB/s) on a generated corpus of news-like articles.")
final class BenchCommand implements Callable<Integer> {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "2000", description = "articles in the generated corpus, up to 100000 (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--rounds", defaultValue = "1", description = "measured rounds after a warm-up (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--threads", description = "threads (default: every core)")
  Integer threads;

  @Option(names = "--same-day", description = "date every article alike: the worst case for cross-article checks")
  boolean sameDay;

  @Option(names = "--write-corpus", description = "only write the generated corpus into this folder (for check)")
  Path writeCorpus;

  @Option(names = "--no-doubling", description = "skip the run on half the corpus")
  boolean noDoubling;

  @Option(names = "--hostile", description = "time each hostile input shape at 0.25, 0.5, 1 and 2 MB instead")
  boolean hostile;

  @Option(names = "--shape", description = "with --hostile: only the shapes whose names contain this")
  String shape;

  @Option(names = "--events", defaultValue = "0",
      description = "generate this many unrelated events of three articles each instead of the archive")
  int events;

  /** CPU nanoseconds spent in one stage, over all threads. */
  private static final class Stage {
    final AtomicLong nanos = new AtomicLong();

    <T> T time(Supplier<T> work) {
      long t0 = CPU.getCurrentThreadCpuTime();
      T out = work.get();
      nanos.addAndGet(CPU.getCurrentThreadCpuTime() - t0);
      return out;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 1 || articles > 100_000 || rounds < 1 || events < 0 || (threads != null && threads < 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--articles, --rounds and --threads must be at least 1 (--articles at most 100000, --events at least 0); got "
              + "--articles " + articles + ", --rounds " + rounds + ", --threads " + threads + ", --events " + events);
    }
    if (hostile) {
      new HostileBench(out).run(shape == null ? "" : shape);
      out.flush();
      return 0;
    }
    if (writeCorpus != null) {
      Files.createDirectories(writeCorpus);
      long bytes = write(BenchCorpus.generate(articles, 42L, sameDay), writeCorpus);
      out.println(String.format(Locale.ROOT, "wrote %d articles, %.1f MB to %s", articles, bytes / 1e6, writeCorpus));
      out.flush();
      return 0;
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("crosscheck-bench");
    try {
      int count = events > 0 ? 3 * events : articles;
      long bytes = write(corpus(count), dir);
      out.println(String.format(Locale.ROOT, "corpus: %d articles, %.1f MB in %s; %d threads", count, bytes / 1e6, dir, n));
      stages(out, dir, bytes, n);
      Run full = null;
      for (int i = 0; i <= rounds; i++) { // the first round warms up
        full = run(Crosscheck.builder().threads(n).build(), List.of(dir), bytes);
      }
      out.println(String.format(Locale.ROOT, "whole pipeline: %.1f s, %.2f MB/s, %.0f articles/s, peak heap %d MB, "
          + "%d attributions, %d figures, %d findings", full.seconds, bytes / 1e6 / full.seconds, count / full.seconds,
          full.peakHeapMb, full.attributions, full.figures, full.findings));
      if (!noDoubling) {
        Path half = Files.createTempDirectory("crosscheck-bench-half");
        try {
          long halfBytes = write(corpus(count / 2), half);
          Run h = run(Crosscheck.builder().threads(n).build(), List.of(half), halfBytes);
          out.println(String.format(Locale.ROOT, "doubling: %d articles %.1f s, %d articles %.1f s: ratio %.2f",
              count / 2, h.seconds, count, full.seconds, full.seconds / h.seconds));
        } finally {
          delete(half);
        }
      }
    } finally {
      delete(dir);
    }
    out.flush();
    return 0;
  }

  /** The generated corpus of {@code count} articles: the archive, or with {@code --events} events of three articles. */
  private Map<String, String> corpus(int count) {
    return events > 0 ? BenchCorpus.events(0, Math.max(1, count / 3)).texts() : BenchCorpus.generate(count, 42L, sameDay);
  }

  private record Run(double seconds, long peakHeapMb, int attributions, int figures, int findings) {}

  /** Counts of what one streamed report holds. */
  private record Counts(int attributions, int figures, int findings) {}

  private static Run run(Crosscheck crosscheck, List<Path> paths, long bytes) {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    long t0 = System.nanoTime();
    // As check --format json runs it: analysed articles spilled, the report streamed out (here to nowhere).
    double[] written = new double[1];
    Counts r = crosscheck.checkStreamed(paths, ProgressListener.NONE, stream -> {
      try {
        Reports.writeJson(stream, OutputStream.nullOutputStream(), crosscheck.threads());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written[0] = (System.nanoTime() - t0) / 1e9;
      return new Counts(Iterables.size(stream.attributions()), Iterables.size(stream.figures()), stream.findings().size());
    });
    double secs = written[0];
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return new Run(secs, peak / (1024 * 1024), r.attributions(), r.figures(), r.findings());
  }

  /** Rounds over the corpus before the per-article stages are timed: the JIT compiles the readers. */
  private static final int STAGE_WARM_ROUNDS = 3;
  /** Timed rounds of the per-article stages; each stage's fastest round is printed. */
  private static final int STAGE_TIMED_ROUNDS = 3;

  /**
   * Per-article stages alone, each timed in CPU time on one thread: MB/s per core, the fastest of
   * {@link #STAGE_TIMED_ROUNDS} rounds after {@link #STAGE_WARM_ROUNDS} warm ones (an archive's run
   * spends nearly all its time warm). Claims are read with each article's event from a whole run.
   */
  private void stages(PrintWriter out, Path dir, long bytes, int n) {
    Lexicon lexicon = Lexicon.defaults();
    Segmenter segmenter = new NewsSegmenter();
    AttributionFinder attributionFinder = Attributions.defaultFinder(lexicon);
    FigureFinder figureFinder = Figures.defaultFinder(lexicon);
    EventKeys eventKeys = new EventKeys(lexicon);
    ClaimReader claimReader = new ClaimReader(lexicon);
    Map<String, Event> eventOf = new HashMap<>();
    for (Event e : Crosscheck.builder().lexicon(lexicon).threads(n).checks(List.of()).build().check(List.of(dir)).events()) {
      if (!e.referenced()) {
        e.articles().forEach(id -> eventOf.putIfAbsent(id, e));
      }
    }
    long[] best = new long[6];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int round = 0; round < STAGE_WARM_ROUNDS + STAGE_TIMED_ROUNDS; round++) {
      Stage read = new Stage();
      Stage segment = new Stage();
      Stage attributions = new Stage();
      Stage figures = new Stage();
      Stage keys = new Stage();
      Stage claims = new Stage();
      List<Article> articlesRead = read.time(() -> new ArticleReader().read(List.of(dir))).articles();
      for (Article article : articlesRead) {
        SegmentedText text = segment.time(() -> segmenter.segment(article));
        AnalysedArticle analysed = new AnalysedArticle(text, attributions.time(() -> attributionFinder.find(text)),
            figures.time(() -> figureFinder.find(text)));
        keys.time(() -> eventKeys.keys(analysed));
        Event event = eventOf.get(article.id());
        if (event != null) {
          claims.time(() -> claimReader.read(analysed, event));
        }
      }
      if (round >= STAGE_WARM_ROUNDS) {
        Stage[] timed = {read, segment, attributions, figures, keys, claims};
        for (int k = 0; k < timed.length; k++) {
          best[k] = Math.min(best[k], timed[k].nanos.get());
        }
      }
    }
    long sum = Arrays.stream(best).sum();
    out.println(String.format(Locale.ROOT, "per core (warm, fastest of %d rounds): read %.1f MB/s, segment %.1f MB/s, "
        + "attributions %.1f MB/s, figures %.1f MB/s, event keys %.1f MB/s, claims %.1f MB/s; read to claims %.2f MB/s",
        STAGE_TIMED_ROUNDS, mbps(bytes, best[0]), mbps(bytes, best[1]), mbps(bytes, best[2]), mbps(bytes, best[3]),
        mbps(bytes, best[4]), mbps(bytes, best[5]), mbps(bytes, sum)));
  }

  private static double mbps(long bytes, long nanos) {
    return bytes / 1e6 / Math.max(1e-9, nanos / 1e9);
  }

  private static long write(Map<String, String> corpus, Path dir) throws IOException {
    long bytes = 0;
    for (Map.Entry<String, String> e : corpus.entrySet()) {
      byte[] b = e.getValue().getBytes(StandardCharsets.UTF_8);
      Files.write(dir.resolve(e.getKey()), b);
      bytes += b.length;
    }
    return bytes;
  }

  private static void delete(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
