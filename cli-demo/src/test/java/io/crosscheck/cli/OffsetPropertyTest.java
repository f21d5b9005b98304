package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #13: a figure's and an evidence item's text is exactly the body between its offsets, in
 * every testdata case and in a generated corpus, so a reader who follows the offsets sees what the
 * report quotes. (Attributions of a quotation split by its speaker tag are the known exception:
 * their content joins the parts while start/end cover the tag; see README, "JSON report".)
 */
class OffsetPropertyTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(Path.of("../testdata/cases"))) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void figuresAndEvidenceQuoteTheBodyAtTheirOffsets(Path dir) {
    assertOffsetsHold(CROSSCHECK.check(List.of(dir)));
  }

  @Test
  void generatedCorpusQuotesTheBodyAtItsOffsets() {
    assertOffsetsHold(CROSSCHECK.checkTexts(BenchCorpus.generate(30, 11L, true)));
  }

  private static void assertOffsetsHold(Report report) {
    Map<String, String> bodies = new HashMap<>();
    report.articles().forEach(a -> bodies.put(a.id(), a.body()));
    assertThat(report.figures()).isNotEmpty().allSatisfy(f ->
        assertThat(f.text()).isEqualTo(bodies.get(f.article()).substring(f.start(), f.end())));
    report.findings().forEach(x -> assertThat(x.evidence()).allSatisfy(e ->
        assertThat(e.text()).isEqualTo(bodies.get(e.article()).substring(e.span().start(), e.span().end()))));
    assertThat(report.attributions()).allSatisfy(a -> {
      assertThat(a.end()).isLessThanOrEqualTo(bodies.get(a.article()).length());
      assertThat(a.start()).isLessThanOrEqualTo(a.end());
    });
  }
}
