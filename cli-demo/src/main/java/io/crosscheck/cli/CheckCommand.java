package io.crosscheck.cli;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import io.crosscheck.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck check [--format text|json|html|markdown] [--out F] PATH...}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Read articles (files or folders) and report attributions, figures and findings.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json, html, markdown }

  static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text, json, html or markdown (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", description = "write the report to this file instead of standard output")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "no progress line on standard error")
  boolean quiet;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    TerminalProgress progress = TerminalProgress.onStderr(quiet);
    Report report;
    try {
      report = CROSSCHECK.check(paths, progress);
    } finally {
      progress.finish();
    }
    String rendered = switch (format) {
      case json -> Reports.toJson(report);
      case text -> TextReport.write(ReportView.of(report, CROSSCHECK.options().segmenter()));
      case html -> HtmlReport.write(ReportView.of(report, CROSSCHECK.options().segmenter()));
      case markdown -> MarkdownReport.write(ReportView.of(report, CROSSCHECK.options().segmenter()));
    };
    if (out != null) {
      Files.writeString(out, rendered, StandardCharsets.UTF_8);
    } else {
      PrintWriter w = spec.commandLine().getOut();
      w.print(rendered);
      w.flush();
    }
    return report.errors().isEmpty() ? 0 : Main.EXIT_INPUT_ERRORS;
  }
}
