package io.crosscheck.cli;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench}: throughput of the whole pipeline and of figure extraction alone on a
 * generated corpus, in MB/s. A benchmark that prints figures, not a timed test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure throughput (MB/s) on a generated corpus of news-like articles.")
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--articles", defaultValue = "200", description = "articles in the generated corpus (default: ${DEFAULT-VALUE})")
  int articles;

  @Option(names = "--rounds", defaultValue = "5", description = "measured rounds after warm-up (default: ${DEFAULT-VALUE})")
  int rounds;

  @Option(names = "--same-day", description = "date every article alike: the worst case for cross-article checks")
  boolean sameDay;

  @Option(names = {"-q", "--quiet"}, description = "no progress line on standard error")
  boolean quiet;

  private TerminalProgress progress;

  @Option(names = "--hostile", description = "time each hostile input shape at 0.25, 0.5, 1 and 2 MB instead")
  boolean hostile;

  @Option(names = "--shape", description = "with --hostile: only the shapes whose names contain this")
  String shape;

  @Option(names = "--events", defaultValue = "0",
      description = "instead of templated articles, generate this many unrelated events of three articles each")
  int events;

  @Override
  public Integer call() {
    progress = TerminalProgress.onStderr(quiet);
    PrintWriter out = spec.commandLine().getOut();
    if (articles < 1 || rounds < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--articles and --rounds must be at least 1 (got " + articles + " and " + rounds + ")");
    }
    if (hostile) {
      new HostileBench(out).run(shape == null ? "" : shape);
      return 0;
    }
    Map<String, String> corpus = events > 0 ? BenchCorpus.events(0, events).texts() : BenchCorpus.generate(articles, 42L, sameDay);
    long bytes = 0;
    for (String text : corpus.values()) {
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    Crosscheck full = Crosscheck.withDefaults();
    Crosscheck figuresOnly = Crosscheck.builder()
        .attributionFinder(text -> java.util.List.of())
        .checks(java.util.List.of())
        .build();
    out.println(String.format(Locale.ROOT, "corpus: %d articles, %.2f MB", corpus.size(), bytes / 1e6));
    measure(out, "full pipeline", full, corpus, bytes);
    measure(out, "no checks", Crosscheck.builder().checks(java.util.List.of()).build(), corpus, bytes);
    measure(out, "figures only", figuresOnly, corpus, bytes);
    progress.finish();
    out.flush();
    return 0;
  }

  private void measure(PrintWriter out, String label, Crosscheck crosscheck, Map<String, String> corpus, long bytes) {
    progress.stage(label + ", warm-up 1/3");
    Report last = crosscheck.checkTexts(corpus, progress); // warm-up
    for (int i = 0; i < 2; i++) {
      progress.stage(label + ", warm-up " + (i + 2) + "/3");
      last = crosscheck.checkTexts(corpus, progress);
    }
    double best = Double.MAX_VALUE;
    double total = 0;
    for (int i = 0; i < rounds; i++) {
      progress.stage(label + ", round " + (i + 1) + "/" + rounds);
      long t0 = System.nanoTime();
      last = crosscheck.checkTexts(new LinkedHashMap<>(corpus), progress);
      double secs = (System.nanoTime() - t0) / 1e9;
      best = Math.min(best, secs);
      total += secs;
    }
    out.println(String.format(Locale.ROOT, "%-14s best %.2f MB/s, mean %.2f MB/s over %d rounds (%d attributions, %d figures, %d findings)",
        label, bytes / 1e6 / best, bytes / 1e6 / (total / rounds), rounds, last.attributions().size(),
        last.figures().size(), last.findings().size()));
  }
}
