package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Report;
import io.crosscheck.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks {@code testdata/cases/*} and compares each case's whole JSON report with its
 * {@code expected-report.json}, and the reader's reports with {@code expected-report.text} and
 * {@code expected-report.md}. Run with {@code -Dcrosscheck.updateGolden=true} to rewrite them,
 * then review the diff like any other change.
 */
class GoldenCasesTest {
  private static final Path CASES = Path.of("../testdata/cases");
  private static final boolean UPDATE = Boolean.getBoolean("crosscheck.updateGolden");

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportMatchesExpected(Path dir) throws IOException {
    Report report = CheckCommand.CROSSCHECK.check(List.of(dir));
    assertThat(report.errors()).as("input errors in " + dir).isEmpty();
    compare(dir, "expected-report.json", Reports.toJson(report));
  }

  /** The reader's text report; ".text", because every ".txt" in a case folder is read as an article. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void textReportMatchesExpected(Path dir) throws IOException {
    Report report = CheckCommand.CROSSCHECK.check(List.of(dir));
    compare(dir, "expected-report.text", TextReport.write(ReportView.of(report, CheckCommand.CROSSCHECK.options().segmenter())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void markdownReportMatchesExpected(Path dir) throws IOException {
    Report report = CheckCommand.CROSSCHECK.check(List.of(dir));
    compare(dir, "expected-report.md", MarkdownReport.write(ReportView.of(report, CheckCommand.CROSSCHECK.options().segmenter())));
  }

  private static void compare(Path dir, String golden, String rendered) throws IOException {
    String actual = rendered.replace(dir.toString(), "CASE");
    Path expectedFile = dir.resolve(golden);
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertThat(expectedFile).as("golden file; create it with -Dcrosscheck.updateGolden=true").exists();
    assertThat(actual).as("report of " + dir + " (rerun with -Dcrosscheck.updateGolden=true to accept)")
        .isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
