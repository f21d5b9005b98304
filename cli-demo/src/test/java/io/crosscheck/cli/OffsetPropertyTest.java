package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A figure's and an evidence item's text is exactly the body between its offsets, and an
 * attribution's content is exactly its parts' body text joined by one space (one part: the body
 * between start and end), in every testdata case and in generated corpora, so a reader who
 * follows the offsets sees what the report quotes. A quotation split by its speaker tag has two
 * parts, the tag between them left out.
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
    assertOffsetsHold(CROSSCHECK.checkTexts(BenchCorpus.generate(200, 7L, false)));
  }

  @Test
  void aSplitQuotationKeepsItsTwoPartsAndLeavesTheTagOut() {
    Report report = CROSSCHECK.checkTexts(Map.of("split.txt",
        "“We will not sign,” Mira Dask said on Monday, “until the dockers are paid.”\n"));
    assertOffsetsHold(report);
    assertThat(report.attributions()).singleElement().satisfies(a -> {
      assertThat(a.parts()).hasSize(2);
      assertThat(a.content()).isEqualTo("We will not sign, until the dockers are paid.");
    });
  }

  private static void assertOffsetsHold(Report report) {
    Map<String, String> bodies = new HashMap<>();
    report.articles().forEach(a -> bodies.put(a.id(), a.body()));
    assertThat(report.figures()).isNotEmpty().allSatisfy(f ->
        assertThat(f.text()).isEqualTo(bodies.get(f.article()).substring(f.start(), f.end())));
    report.findings().forEach(x -> assertThat(x.evidence()).allSatisfy(e ->
        assertThat(e.text()).isEqualTo(bodies.get(e.article()).substring(e.span().start(), e.span().end()))));
    assertThat(report.attributions()).isNotEmpty().allSatisfy(a -> {
      String body = bodies.get(a.article());
      assertThat(a.end()).isLessThanOrEqualTo(body.length());
      assertThat(a.parts()).isNotEmpty();
      assertThat(a.parts().get(0).start()).isEqualTo(a.start());
      assertThat(a.parts().get(a.parts().size() - 1).end()).isEqualTo(a.end());
      int at = a.start();
      List<String> texts = new ArrayList<>();
      for (Span part : a.parts()) {
        assertThat(part.start()).as("parts in order, not overlapping: %s", a).isGreaterThanOrEqualTo(at);
        at = part.end();
        texts.add(body.substring(part.start(), part.end()));
      }
      assertThat(a.content()).as("content of %s", a.id()).isEqualTo(String.join(" ", texts));
    });
  }
}
