package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Later mentions of a person already named: a shorter name, a pronoun. Names are invented. */
class LaterMentionsTest {
  @Test
  void aOneWordNameThatOpensOnePersonsNameIsThatPerson() {
    List<Attribution> found = NewsAttributionFinderTest.find("We were surprised, Tarnian spokesperson Kim Dal said at a briefing. "
        + "The talks failed, Kim said.");
    assertThat(NewsAttributionFinderTest.holding(found, "talks failed")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Kim Dal");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_SPOKESPERSON);
    });
  }

  @Test
  void aOneWordNameThatOpensTwoPersonsNamesIsNeither() {
    List<Attribution> found = NewsAttributionFinderTest.find("The envoy left early, Tarnian spokesperson Kim Dal said. "
        + "The envoy stayed, Orsk minister Kim Suvar said. The talks failed, Kim said.");
    assertThat(NewsAttributionFinderTest.holding(found, "talks failed")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Kim"));
  }

  @Test
  void aTitleGivenBeforeAnAppositiveNameRefersBackToThatPerson() {
    List<Attribution> found = NewsAttributionFinderTest.find("Tarnia's Prime Minister, Ivo Dal Renn, has blamed the referees. "
        + "Renn told Velpress that the match was badly run. The Prime Minister stated that such games would stop.");
    assertThat(NewsAttributionFinderTest.holding(found, "such games would stop")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Ivo Dal Renn");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    });
  }

  @Test
  void aVerbAskingLeaveIsNoSpeakerForALaterPronoun() {
    List<Attribution> found = NewsAttributionFinderTest.find("We were surprised, Tarnian spokesperson Kim Dal said at a briefing. "
        + "Let me repeat once more that Tarnia stands whole. This is the consensus, she said.");
    assertThat(NewsAttributionFinderTest.holding(found, "the consensus")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Kim Dal"));
  }
}
