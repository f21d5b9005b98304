package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.numeric;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an event cost someone is one quantity ({@code quantity-classes}: COST). Names are invented. */
class EventCostsTest {
  @Test
  void flagsTwoCostsOfOneOutage() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "In a filing on Monday, Velmar Air said the booking outage cost the carrier $500 million.",
        "post", "2031-06-03", "Velmar Air disclosed on Monday that the booking outage cost it $380 million in lost fares.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "$500 million", "$380 million")).isTrue();
  }

  @Test
  void aCostAndAnAmountOfAnotherKindAreNotCompared() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "In a filing on Monday, Velmar Air said the booking outage cost the carrier $500 million.",
        "post", "2031-06-03", "Velmar Air said on Monday that it had set aside $380 million for refunds after the booking outage.");
    assertThat(numeric(findings)).isEmpty();
  }
}
