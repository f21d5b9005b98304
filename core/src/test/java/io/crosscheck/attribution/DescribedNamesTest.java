package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lower-case noun before a name describes it only when a determiner opens the phrase. Names are invented. */
class DescribedNamesTest {
  @Test
  void aNameAfterAVerbIsNoDescribedPerson() {
    List<Attribution> found = NewsAttributionFinderTest.find("The port board plans to sue Orvex over the outage. "
        + "On Monday, Orvex sent a letter to the board saying it did not believe it should be blamed for the delays.");
    assertThat(NewsAttributionFinderTest.holding(found, "should be blamed")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.INSTITUTION));
  }

  @Test
  void aNameAfterADeterminedNounIsAPerson() {
    List<Attribution> found = NewsAttributionFinderTest.find("Queues grew all day, the ticket seller Farrow said. "
        + "Farrow said the gates would open at noon.");
    assertThat(NewsAttributionFinderTest.holding(found, "gates would open")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON));
  }
}
