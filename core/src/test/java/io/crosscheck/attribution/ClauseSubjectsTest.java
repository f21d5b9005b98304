package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plain noun the lexicon does not list speaks when it is the subject of a clause a subordinator
 * opens ("after mediators said"); a bare singular, or a thing ("after the talks said"), is no speaker. Names are invented.
 */
class ClauseSubjectsTest {
  @Test
  void aPluralAfterASubordinatorIsTheSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "The envoy flew to Dravik after mediators expressed renewed hope that a truce was near.");
    assertThat(NewsAttributionFinderTest.holding(found, "truce was near")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("mediators"));
  }

  @Test
  void aSingularWithTheAfterASubordinatorIsTheSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "The ward was closed when the inspector warned that the wiring was unsafe.");
    assertThat(NewsAttributionFinderTest.holding(found, "wiring was unsafe")).get()
        .satisfies(a -> assertThat(a.source().name()).contains("inspector"));
  }

  @Test
  void aBareSingularIsNoSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "The ward was closed when inspector warned that the wiring was unsafe.");
    assertThat(NewsAttributionFinderTest.holding(found, "wiring was unsafe")).isEmpty();
  }

  @Test
  void aThingAfterASubordinatorIsATimeNotASpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "A statement released by the port board after the talks said the ferry would sail on Friday.");
    assertThat(NewsAttributionFinderTest.holding(found, "ferry would sail")).get()
        .satisfies(a -> assertThat(a.source().name()).doesNotContain("talks"));
  }

  @Test
  void theMainClauseKeepsItsOwnSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Port officials said the ferry sailed after pilots said the storm had passed.");
    assertThat(NewsAttributionFinderTest.holding(found, "ferry sailed")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Port officials"));
  }
}
