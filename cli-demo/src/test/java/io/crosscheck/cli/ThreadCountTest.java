package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The JSON report is byte-identical whether the pipeline runs on one thread or many. */
class ThreadCountTest {
  private static final Crosscheck ONE = Crosscheck.builder().threads(1).build();
  private static final Crosscheck EIGHT = Crosscheck.builder().threads(8).build();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("../testdata/cases"))) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void caseReportDoesNotDependOnThreadCount(Path dir) {
    String one = Reports.toJson(ONE.check(List.of(dir)));
    String eight = Reports.toJson(EIGHT.check(List.of(dir)));
    assertThat(eight).isEqualTo(one);
  }

  @Test
  void badInputReportDoesNotDependOnThreadCount() {
    Path bad = Path.of("../testdata/bad");
    assertThat(Reports.toJson(EIGHT.check(List.of(bad)))).isEqualTo(Reports.toJson(ONE.check(List.of(bad))));
  }

  @Test
  void generatedCorpusReportDoesNotDependOnThreadCount() {
    Map<String, String> corpus = BenchCorpus.generate(120, 7L);
    String one = Reports.toJson(ONE.checkTexts(corpus));
    String eight = Reports.toJson(EIGHT.checkTexts(corpus));
    assertThat(eight).isEqualTo(one);
    assertThat(one).contains("\"findings\"");
  }
}
