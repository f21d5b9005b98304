package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a name ends and what is no name at all: a weekday after a titled name ends it, and a
 * dateline's place is where the story was filed, never a person a pronoun refers to. Names are invented.
 */
class NameBoundariesTest {
  @Test
  void aWeekdayAfterATitledNameEndsTheName() {
    List<Attribution> found = NewsAttributionFinderTest.find("Harbour Minister K.L. Varos Friday denied his office "
        + "was bugged.\n\nEarlier, the government denied that Varos's office was bugged.");
    assertThat(NewsAttributionFinderTest.holding(found, "his office was bugged")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("K.L. Varos");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    });
  }

  @Test
  void aSentenceOpeningOnASubordinatorNamesNoPersonForAPronoun() {
    for (String opener : List.of("Once", "Unless", "Whereas")) {
      List<Attribution> found = NewsAttributionFinderTest.find("Kelm Collector Ivo Renn is camping at Orsk. He told the media "
          + "that a dam was blown up. " + opener + " the water recedes, the divers will reach the bridge. "
          + "He estimates that the search will go on for a day.");
      assertThat(NewsAttributionFinderTest.holding(found, "search will go on")).as(opener).get()
          .satisfies(a -> assertThat(a.source().name()).isEqualTo("Kelm Collector Ivo Renn"));
    }
  }

  @Test
  void aPortfolioAfterOfOrForBelongsToTheRoleNotTheName() {
    List<Attribution> found = NewsAttributionFinderTest.find("Minister of Home Affairs Ivo Renn said the river rose. "
        + "Minister of State for Trade Dana Kell said the road was shut.");
    assertThat(NewsAttributionFinderTest.holding(found, "river rose")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Ivo Renn"));
    assertThat(NewsAttributionFinderTest.holding(found, "road was shut")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Dana Kell");
      assertThat(a.source().role()).contains("Minister of State for Trade");
    });
    List<Attribution> after = NewsAttributionFinderTest.find("The tally, according to the Deputy Minister of State for Trade "
        + "Ivo Renn, stands at 132, while two sailors remain missing. The Deputy Minister of State for Trade said the quay was shut.");
    assertThat(NewsAttributionFinderTest.holding(after, "tally, according to")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Ivo Renn"));
    assertThat(NewsAttributionFinderTest.holding(after, "quay was shut")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Ivo Renn"));
  }

  @Test
  void anAppositiveRoleWithoutItsClosingCommaStillDescribesTheName() {
    List<Attribution> found = NewsAttributionFinderTest.find("Ivo Renn, regional officer at the Kelm dockers' guild said on Friday: "
        + "\"The dockers feel betrayed.\"");
    assertThat(NewsAttributionFinderTest.holding(found, "feel betrayed")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Ivo Renn");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    });
    List<Attribution> unnamed = NewsAttributionFinderTest.find("On Monday, the regional officer at the Tarn guild said the members were calm.");
    assertThat(NewsAttributionFinderTest.holding(unnamed, "members were calm")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS));
  }

  @Test
  void aDatelinePlaceIsNoPersonForAPronoun() {
    List<Attribution> found = NewsAttributionFinderTest.find("New Tarn, Mar. 3 (KNA): The harbour board Friday denied "
        + "the quay was flooded.\n\n\"The quay is dry,\" he added.");
    assertThat(NewsAttributionFinderTest.holding(found, "quay is dry")).get()
        .satisfies(a -> assertThat(a.source().name()).doesNotContain("Tarn"));
  }

  @Test
  void aDatelineWithADayAndAnAgencyButNoColonIsNoSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find("Orvane, June 10 (KNA) Party chief Ana Kovac on Tuesday "
        + "mounted attack on the Orvane government, accusing it of hiding deaths that took place at the fair last month.");
    assertThat(NewsAttributionFinderTest.holding(found, "hiding deaths")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Ana Kovac"));
  }

  @Test
  void aCapitalisedHeBeforeANameIsPartOfTheName() {
    List<Attribution> found = NewsAttributionFinderTest.find("Only 2,000 were found alive in the town of 12,000, "
        + "according to He Lin, a local official.\n\nThe river rose again on Monday, He Lin said.\n\n"
        + "\"What we need most is medicine,\" he said.");
    assertThat(NewsAttributionFinderTest.holding(found, "found alive")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("He Lin"));
    assertThat(NewsAttributionFinderTest.holding(found, "river rose again")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("He Lin"));
    assertThat(NewsAttributionFinderTest.holding(found, "medicine")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("He Lin"));
  }

  @Test
  void aDatelineWithADateAndAnAgencyIsSkippedBeforeTheSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find("Tarn, Mar 3 (KNA): Ona Brill said the quay was dry.");
    assertThat(NewsAttributionFinderTest.holding(found, "quay was dry")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Ona Brill"));
  }

  @Test
  void aLineBreakEndsATitleAndAName() {
    // A standfirst without a full stop: "diplomat" titles nobody in the next paragraph.
    List<Attribution> found = NewsAttributionFinderTest.find("Varnia's trade minister waved away claims that the tycoon "
        + "met a diplomat\n\nVarnia is denying reports that its envoy to the bloc met the tycoon on Monday.");
    assertThat(NewsAttributionFinderTest.holding(found, "its envoy to the bloc")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.INSTITUTION));
  }

  @Test
  void aLowerCaseWordBeforeANameDescribesIt() {
    List<Attribution> found = NewsAttributionFinderTest.find("The ministry denied that the visit took place, state-run VTN said.");
    assertThat(NewsAttributionFinderTest.holding(found, "visit took place")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("VTN");
      assertThat(a.source().kind()).isNotEqualTo(SourceKind.NAMED_PERSON);
    });
  }

  @Test
  void aRankPointsBackToWhomTheStoryIsAbout() {
    List<Attribution> found = NewsAttributionFinderTest.find("Tomas Veyl landed in Orsk on Wednesday. Border guards held "
        + "Veyl overnight, and Veyl appealed. The world No 1 said he had been given leave to play.");
    assertThat(NewsAttributionFinderTest.holding(found, "given leave to play")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Tomas Veyl"));
  }
}
