package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "The representatives", "the executives": a definite plural of a role points back to the group named before. Names are invented. */
class DefiniteBackReferencesTest {
  @Test
  void thePluralOfARoleIsTheGroupNamedBefore() {
    List<Attribution> found = NewsAttributionFinderTest.find("Dorvan's representatives said the club owed him back pay. "
        + "The representatives claimed the club had promised the sum in May.");
    assertThat(NewsAttributionFinderTest.holding(found, "promised the sum")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Dorvan's representatives"));
  }

  @Test
  void theHeadOfStateIsThePresidentNamedBefore() {
    List<Attribution> found = NewsAttributionFinderTest.find("President Ivo Renn spoke to reporters in Orsk on Sunday. "
        + "\"Our plane was shot down by mistake,\" the head of state said.");
    assertThat(NewsAttributionFinderTest.holding(found, "shot down by mistake")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Ivo Renn");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    });
  }

  @Test
  void thePluralOfARoleNamedNowhereBeforeStaysUnnamedPeople() {
    List<Attribution> found = NewsAttributionFinderTest.find("Mara Voss, the union leader, said talks would go on. "
        + "The representatives said they would return on Monday.");
    assertThat(NewsAttributionFinderTest.holding(found, "return on Monday")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS))
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("representatives"));
  }

  @Test
  void aPluralBackReferenceSkipsASingularUnnamedSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find("“I want the council to stay,” said the woman in her 30s. "
        + "The organisers affirmed that 90,000 had marched.");
    assertThat(NewsAttributionFinderTest.holding(found, "90,000 had marched")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("organisers"))
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.INSTITUTION));
  }

  @Test
  void aBackReferenceFindsTheUnnamedSpeakerOfItsNumber() {
    List<Attribution> found = NewsAttributionFinderTest.find("Officials familiar with the Orsk talks said they had stalled. "
        + "A trader said prices were rising. The officials added that a new round would open in May.");
    assertThat(NewsAttributionFinderTest.holding(found, "a new round")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Officials"));
    List<Attribution> singular = NewsAttributionFinderTest.find("A senior Varnian official said the talks had stalled. "
        + "The official added that a new round would open in May.");
    assertThat(NewsAttributionFinderTest.holding(singular, "a new round")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("senior Varnian official"));
  }

  @Test
  void theOfficialIsTheOfficeHolderWhoSpokeJustBefore() {
    List<Attribution> found = NewsAttributionFinderTest.find("Orsk Province Governor Talan Veyduk told reporters that eight "
        + "miners had died.\n\nRescue work is slow because of the gas, said the official.\n\nA panel will look for the cause, "
        + "he said.");
    assertThat(NewsAttributionFinderTest.holding(found, "Rescue work is slow")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Talan Veyduk"))
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON));
    assertThat(NewsAttributionFinderTest.holding(found, "A panel will look")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Talan Veyduk"));
  }

  @Test
  void theOfficialIsStillTheUnnamedOfficialIntroducedBefore() {
    List<Attribution> found = NewsAttributionFinderTest.find("A senior Orsk official said the talks had failed. Governor "
        + "Talan Veyduk said the mine was closed. The official added that the talks would resume.");
    assertThat(NewsAttributionFinderTest.holding(found, "talks would resume")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS));
  }
}
