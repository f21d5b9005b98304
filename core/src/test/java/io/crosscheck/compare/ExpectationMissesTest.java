package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An expected figure against the reported one, only where the article says the outcome departed
 * from the expectation; a forecast and a count are otherwise never compared.
 */
class ExpectationMissesTest {

  @Test
  void anExpectationTheArticleSaysWasMissedConflictsWithTheCount() {
    List<Finding> findings = check("ledger", "2026-02-11", lines(
        "Brannock missing list barely shrinks",
        "The number of people on the official list of those missing after the Brannock landslide has been put at 412.",
        "The update was a departure from what had been expected.",
        "Two days earlier, Governor Ilse Varga said she expected the number to fall below 80."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "412", "below 80")).as(findings.toString()).isTrue();
  }

  @Test
  void aForecastWithoutSuchACueIsNotCompared() {
    List<Finding> findings = check("ledger", "2026-02-11", lines(
        "Brannock marchers fill the square",
        "The number of marchers in Brannock was put at 412,000 by the organisers.",
        "Before the march, the guild leader said she expected the number to stay below 80,000."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void anExpectationMetByTheCountStaysSilent() {
    List<Finding> findings = check("ledger", "2026-02-11", lines(
        "Brannock missing list shrinks",
        "The number of people on the official list of those missing after the Brannock landslide has been put at 61.",
        "The drop was contrary to expectations in the valley, where many feared worse.",
        "Governor Ilse Varga had said she expected the number to fall below 80."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }
}
