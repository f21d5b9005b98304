package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile shape of {@code bench --hostile} at 64 KB comes back as a report on its article.
 * No timing here: before issue #13 several of these ran for minutes, which the build's own time shows.
 */
class HostileCorpusTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  static Stream<Arguments> shapes() {
    return HostileCorpus.shapes().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void hostileShapeGivesAReport(String name, IntFunction<String> shape) {
    String text = shape.apply(64 * 1024);
    Report report = CROSSCHECK.checkTexts(Map.of(name + ".txt", text));
    assertThat(report.articles()).singleElement().satisfies(a -> assertThat(a.body()).isNotEmpty());
    assertThat(report.errors()).noneSatisfy(e -> assertThat(e.message()).contains("internal error"));
  }
}
