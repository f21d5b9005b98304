package io.crosscheck.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Polarity;
import io.crosscheck.model.Report;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a claim frame asserts or denies its content, read from the statement's words. */
class ClaimPolarityTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "“They haven’t offered us any help,” Tam Orlo said.                  | DENIED",
      "“They haven't offered us any help,” Tam Orlo said.                  | DENIED",
      "Tam Orlo said the board didn’t approve the sale.                    | DENIED",
      "Tam Orlo said the board strongly rejects the allegation.            | DENIED",
      "Tam Orlo said the board approved the sale of the Kelm mill.         | AFFIRMED",
      "Tam Orlo said the Manton board approved the sale of the Kelm mill.  | AFFIRMED",
  })
  void readsPolarityFromTheStatement(String sentence, Polarity expected) {
    Report r = CROSSCHECK.checkTexts(Map.of("a.txt", "---\nid: a\npublished: 2031-02-03\n---\n" + sentence + "\n"));
    assertThat(r.claims()).filteredOn(c -> c.attribution().isPresent()).extracting(Claim::polarity).containsExactly(expected);
  }
}
