package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crosscheck.model.Report;
import java.util.Map;

/**
 * Feeds arbitrary text through the front door. Under {@code mvn verify} it replays the inputs in
 * {@code src/test/resources/io/crosscheck/CrosscheckFuzzTestInputs}; with {@code JAZZER_FUZZ=1} it
 * fuzzes. Any exception, or offsets outside the body, is a bug.
 */
class CrosscheckFuzzTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  @FuzzTest(maxDuration = "60s")
  void checksAnyText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Report report = CROSSCHECK.checkTexts(Map.of("fuzz.txt", text));
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("internal error"));
    report.articles().forEach(a -> {
      report.attributions().forEach(x -> assertThat(x.end()).isLessThanOrEqualTo(a.body().length()));
      report.figures().forEach(f -> assertThat(f.text()).isEqualTo(a.body().substring(f.start(), f.end())));
    });
  }
}
