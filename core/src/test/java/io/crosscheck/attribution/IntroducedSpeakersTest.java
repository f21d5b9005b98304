package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A speaker first introduced by role ("an attorney for the county says ...") and named in the very
 * next sentence, where the name is new to the article, is that named person. Names are invented.
 */
class IntroducedSpeakersTest {
  @Test
  void anAttorneyNamedInTheNextSentenceIsThatPerson() {
    List<Attribution> found = NewsAttributionFinderTest.find("An attorney for Tarnby County says the utility seems to "
        + "have new facts about the second blaze.\n\n“If the utility knows where the second blaze began, it should "
        + "share that now,” said Oskar Vell.");
    assertThat(NewsAttributionFinderTest.holding(found, "new facts")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Oskar Vell");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    });
  }

  @Test
  void anOfficialNamedAsASpokespersonNextIsThatSpokesperson() {
    List<Attribution> found = NewsAttributionFinderTest.find("An official in northern Tarnia has denied that "
        + "villagers were told to stay indoors. Mira Olt, a spokeswoman for the regional council, told reporters "
        + "that patrols had urged people to leave.");
    assertThat(NewsAttributionFinderTest.holding(found, "stay indoors")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Mira Olt");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_SPOKESPERSON);
    });
  }

  @Test
  void aNamedSpeakerWithAnotherOfficeIsSomeoneElse() {
    List<Attribution> found = NewsAttributionFinderTest.find("A senior official said the talks had stalled. "
        + "Mayor Ana Kovac said the city would wait for the port board.");
    assertThat(NewsAttributionFinderTest.holding(found, "talks had stalled")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS));
  }

  @Test
  void aNameTheArticleAlreadyUsedIsSomeoneElse() {
    List<Attribution> found = NewsAttributionFinderTest.find("Oskar Vell sued the utility in May. An attorney for "
        + "Tarnby County says the utility seems to have new facts about the second blaze. “The utility should share "
        + "what it knows,” said Oskar Vell.");
    assertThat(NewsAttributionFinderTest.holding(found, "new facts")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS));
  }

  @Test
  void aSourceIsNoRoleAndStaysUnnamed() {
    List<Attribution> found = NewsAttributionFinderTest.find("A source close to the talks said the deal was near. "
        + "“We are close,” said Oskar Vell.");
    assertThat(NewsAttributionFinderTest.holding(found, "deal was near")).get()
        .satisfies(a -> assertThat(a.source().name()).isNotEqualTo("Oskar Vell"));
  }

  @Test
  void aNameTwoSentencesLaterNamesNoOne() {
    List<Attribution> found = NewsAttributionFinderTest.find("An attorney for Tarnby County says the utility seems to "
        + "have new facts about the second blaze. The county sued in May. “The utility should share what it knows,” "
        + "said Oskar Vell.");
    assertThat(NewsAttributionFinderTest.holding(found, "new facts")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS));
  }
}
