package io.crosscheck.cli;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
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

/** {@code crosscheck check [--format text|json] [--out F] PATH...}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Read articles (files or folders) and report attributions, figures and findings.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, json }

  static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  @Spec
  CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(names = "--out", description = "write the report to this file instead of standard output")
  Path out;

  @Option(names = "--threads", description = "threads for the per-article stages and the checks (default: every core); "
      + "the report is the same for any count")
  Integer threads;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    Report report = (threads == null ? CROSSCHECK : Crosscheck.builder().threads(Math.max(1, threads)).build()).check(paths);
    String rendered = format == Format.json ? ReportJson.write(report) : TextReport.write(report);
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
