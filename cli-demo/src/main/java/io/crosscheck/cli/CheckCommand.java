package io.crosscheck.cli;

import io.crosscheck.Crosscheck;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Report;
import io.crosscheck.model.Warning;
import io.crosscheck.report.ReportStream;
import io.crosscheck.report.Reports;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck check [--format text|json|html|markdown] [--out F] [--lexicon DIR] [--quiet] PATH...}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Read articles (files or folders) and report attributions, figures and findings.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, html, markdown }

  static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  /** Bytes gathered before each write to an --out file: a few thousand system calls per gigabyte, not a hundred thousand. */
  private static final int OUTPUT_BUFFER_BYTES = 1 << 20;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, json, html or markdown (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", description = "write the report to this file instead of standard output")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "no progress line on standard error")
  boolean quiet;

  @Option(names = "--lexicon", paramLabel = "DIR",
      description = "load lexicon lists from DIR: each NAME.txt replaces list NAME (see docs/lexicons.md)")
  Path lexiconDir;

  @Option(names = "--threads", description = "threads for the per-article stages (default: every core); "
      + "the report is the same for any count")
  Integer threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> paths;

  /** Each warning on its own line of standard error: {@code warning: FILE: MESSAGE}. */
  static void printWarnings(PrintWriter err, Report report) {
    printWarnings(err, report.warnings());
  }

  static void printWarnings(PrintWriter err, List<Warning> warnings) {
    warnings.forEach(w -> err.println("warning: " + w.file() + ": " + w.message()));
    err.flush();
  }

  /** The default instance, or one whose lexicon lists are loaded from {@code dir}; a bad folder is a usage error. */
  static Crosscheck withLexicon(CommandSpec spec, Path dir) throws IOException {
    return configured(spec, dir, null);
  }

  /** As {@link #withLexicon}, on {@code threads} threads when given (at least 1). */
  static Crosscheck configured(CommandSpec spec, Path dir, Integer threads) throws IOException {
    if (dir == null && threads == null) {
      return CROSSCHECK;
    }
    if (threads != null && threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1 (got " + threads + ")");
    }
    try {
      Crosscheck.Builder builder = Crosscheck.builder();
      if (dir != null) {
        builder.lexicon(Lexicon.fromFolder(dir));
      }
      if (threads != null) {
        builder.threads(threads);
      }
      return builder.build();
    } catch (IllegalArgumentException | NoSuchFileException | NotDirectoryException e) {
      throw new ParameterException(spec.commandLine(), "--lexicon " + dir + ": " + e.getMessage());
    }
  }

  private void renderStreamed(Crosscheck crosscheck, ReportStream stream, Writer w) throws IOException {
    if (format == Format.json) {
      Reports.writeJson(stream, w, crosscheck.threads());
    } else {
      TextReport.write(stream, crosscheck.options().segmenter(), w);
    }
  }

  private void render(Crosscheck crosscheck, Report report, Writer w) throws IOException {
    switch (format) {
      case json -> Reports.writeJson(report, w);
      case text -> TextReport.write(ReportView.of(report, crosscheck.options().segmenter()), w);
      case html -> w.write(HtmlReport.write(ReportView.of(report, crosscheck.options().segmenter())));
      case markdown -> w.write(MarkdownReport.write(ReportView.of(report, crosscheck.options().segmenter())));
    }
  }

  @Override
  public Integer call() throws IOException {
    Crosscheck crosscheck = configured(spec, lexiconDir, threads);
    TerminalProgress progress = TerminalProgress.onStderr(quiet);
    if (format == Format.json || format == Format.text) {
      return streamed(crosscheck, progress);
    }
    Report report;
    try {
      report = crosscheck.check(paths, progress);
      progress.finish();
      printWarnings(spec.commandLine().getErr(), report);
    } catch (OutOfMemoryError e) {
      progress.finish();
      // The heap guard in core should stop reading first; this is the last line of defence.
      spec.commandLine().getErr().println("crosscheck: out of memory while checking " + paths.size()
          + " path(s); nothing reported. Give Java more heap (java -Xmx2g -jar ...) or check fewer files at once.");
      spec.commandLine().getErr().flush();
      return Main.EXIT_INPUT_ERRORS;
    }
    // The report streams to its destination: JSON through the generator, text a section at a time.
    try {
      if (out != null) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          render(crosscheck, report, w);
        } catch (IOException e) {
          spec.commandLine().getErr().println("crosscheck: cannot write " + out + ": " + Main.reason(e));
          spec.commandLine().getErr().flush();
          return Main.EXIT_OUTPUT_ERROR;
        }
      } else {
        PrintWriter w = spec.commandLine().getOut();
        render(crosscheck, report, w);
        w.flush();
      }
    } catch (OutOfMemoryError e) {
      // The markdown and HTML reports lay every article out in memory; JSON and text stream from disk.
      spec.commandLine().getOut().flush();
      spec.commandLine().getErr().println("crosscheck: out of memory while writing the " + format + " report of "
          + paths.size() + " path(s); the report is incomplete. Use --format json or text, which stream any number "
          + "of articles, or give Java more heap (java -Xmx2g -jar ...).");
      spec.commandLine().getErr().flush();
      return Main.EXIT_OUTPUT_ERROR;
    }
    return report.errors().isEmpty() ? 0 : Main.EXIT_INPUT_ERRORS;
  }

  /**
   * JSON or text for an archive of any size: analysed articles wait on disk and the report streams
   * out section by section ({@link Crosscheck#checkStreamed}), the same bytes as the in-memory report.
   */
  private Integer streamed(Crosscheck crosscheck, TerminalProgress progress) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Integer code = crosscheck.checkStreamed(paths, progress, stream -> {
        progress.finish();
        printWarnings(err, stream.warnings());
        try {
          if (out != null && format == Format.json) {
            // Bytes straight from the generator, in large writes: an archive's report runs to gigabytes.
            try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), OUTPUT_BUFFER_BYTES)) {
              Reports.writeJson(stream, o, crosscheck.threads());
            }
          } else if (out != null) {
            try (Writer w = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(out), OUTPUT_BUFFER_BYTES),
                StandardCharsets.UTF_8)) {
              renderStreamed(crosscheck, stream, w);
            }
          } else {
            PrintWriter w = spec.commandLine().getOut();
            renderStreamed(crosscheck, stream, w);
            w.flush();
          }
        } catch (IOException e) {
          err.println("crosscheck: cannot write " + (out == null ? "standard output" : out) + ": " + Main.reason(e));
          err.flush();
          return Main.EXIT_OUTPUT_ERROR;
        }
        return stream.errors().isEmpty() ? 0 : Main.EXIT_INPUT_ERRORS;
      });
      return code;
    } catch (UncheckedIOException e) {
      // The spill file in the temporary folder could not be written or read back (a full disk, say).
      progress.finish();
      err.println("crosscheck: " + e.getMessage() + ": " + Main.reason(e.getCause()));
      err.flush();
      return Main.EXIT_OUTPUT_ERROR;
    } catch (OutOfMemoryError e) {
      progress.finish();
      err.println("crosscheck: out of memory while checking " + paths.size()
          + " path(s); nothing reported. Give Java more heap (java -Xmx2g -jar ...) or check fewer files at once.");
      err.flush();
      return Main.EXIT_INPUT_ERRORS;
    }
  }
}
