package io.crosscheck.cli;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * {@code crosscheck bench --hostile}: each {@link HostileCorpus} shape at 0.25, 0.5, 1 and 2 MB,
 * one article each, with seconds per MB and the growth from one size to the next (2.0 is linear,
 * 4.0 quadratic). Seconds are the analysing thread's CPU time, which a machine shared with other
 * jobs inflates far less than wall time; wall time is printed beside it. Every shape is run once
 * at 256 KB before the timed runs, and each size is timed five times, the fastest printed.
 */
final class HostileBench {
  private static final int[] SIZES_KB = {256, 512, 1024, 2048};
  /**
   * Each shape runs once at this size before any timing, so the figures are the readers' compiled
   * speed rather than the JIT's first pass (at 16 KB the first timed size read ~1.7x high).
   */
  private static final int WARM_UP_KB = 256;
  /** Runs per shape and size; the fastest is printed, since a shared machine only ever adds time. */
  private static final int TIMED_ROUNDS = 5;

  private final PrintWriter out;
  private final Crosscheck crosscheck = Crosscheck.withDefaults();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  HostileBench(PrintWriter out) {
    this.out = out;
  }

  void run(String only) {
    for (IntFunction<String> shape : HostileCorpus.shapes().values()) {
      crosscheck.checkTexts(Map.of("warm-up.txt", shape.apply(WARM_UP_KB * 1024)));
    }
    out.println(String.format(Locale.ROOT, "%-20s %8s %9s %9s %8s %8s  %s", "shape", "MB", "cpu s", "wall s", "s/MB",
        "growth", "errors"));
    for (Map.Entry<String, IntFunction<String>> e : HostileCorpus.shapes().entrySet()) {
      if (!e.getKey().contains(only)) {
        continue;
      }
      double previous = Double.NaN;
      double first = Double.NaN;
      for (int kb : SIZES_KB) {
        String text = e.getValue().apply(kb * 1024);
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        double cpu = Double.MAX_VALUE;
        double wall = Double.MAX_VALUE;
        Report report = null;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
          System.gc(); // the previous run's report is garbage: collect it outside the timing
          long cpu0 = threads.getCurrentThreadCpuTime();
          long wall0 = System.nanoTime();
          report = crosscheck.checkTexts(Map.of(e.getKey() + ".txt", text));
          cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
          wall = Math.min(wall, (System.nanoTime() - wall0) / 1e9);
        }
        String growth = Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.2fx", cpu / previous);
        out.println(String.format(Locale.ROOT, "%-20s %8.2f %9.2f %9.2f %8.2f %8s  %s", e.getKey(), mb, cpu, wall,
            cpu / mb, growth, report.errors().isEmpty() ? "" : report.errors().get(0).message()));
        out.flush();
        previous = cpu;
        first = Double.isNaN(first) ? cpu : first;
      }
      // Over the whole range the per-step jitter of a shared machine averages out: 2.0 is linear.
      out.println(String.format(Locale.ROOT, "%-20s growth per doubling over %d KB to %d KB: %.2fx", e.getKey(),
          SIZES_KB[0], SIZES_KB[SIZES_KB.length - 1], Math.pow(previous / first, 1.0 / (SIZES_KB.length - 1))));
    }
  }
}
