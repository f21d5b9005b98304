package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.numeric;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counts that play another role than "the" count of a thing: parts of a larger count ("including
 * four children"; a share "40 of the rockets" is still a count of its own), provisional
 * first counts, counts of differently named sets, launched against intercepted. Each look-alike
 * has a positive beside it, so the rule cannot pass by staying silent.
 */
class CountRolesTest {
  @Test
  void flagsTwoInjuryCountsOfOneBlastAcrossArticles() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "Twelve people were injured in the blast at the Ostrel depot on Monday, the regional health office said.",
        "post", "2031-06-03", "Nineteen people were injured in the blast at the Ostrel depot on Monday, the governor said.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "Twelve", "Nineteen")).isTrue();
  }

  @Test
  void aPartOfTheCountIsNeverComparedAsTheWhole() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "Nineteen others, including four children, were injured in the blast at the Ostrel depot on Monday, the governor said.",
        "post", "2031-06-03", "Nineteen were injured in the blast at the Ostrel depot on Monday, the regional health office said.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void aGroupAlsoCountedIsAddedToTheCountNotSetAgainstIt() {
    List<Finding> findings = check("wire", "2031-06-03", lines(
        "Organisers said 600 people were taking part in the Tessel Square protest, with 422 later detained under the public order law.",
        "Two marchers were also arrested for lighting flares near the route."));
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void aCountOnOneSideOfAClashIsAPartOfTheWhole() {
    List<Finding> findings = check("wire", "2031-06-03", lines(
        "Fighting at the Kelm pass broke out this week, with two Ostrian guards killed and five herders injured.",
        "On the Varnian side, two herders were reported injured."));
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void theWholeAShareIsTakenOfIsNotWhatTheShareCounts() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "The Ostrel depot blast on Monday injured 9% of its 400 workers, the regional health office said.",
        "post", "2031-06-03", "Nineteen workers were injured in the blast at the Ostrel depot on Monday, the governor said.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> whole = check(
        "wire", "2031-06-03", "The Ostrel depot blast on Monday injured 40 workers, the regional health office said.",
        "post", "2031-06-03", "Nineteen workers were injured in the blast at the Ostrel depot on Monday, the governor said.");
    assertThat(pairs(whole, FindingType.NUMERIC_CONFLICT, "40", "Nineteen")).isTrue();
  }

  @Test
  void theDeadFromOnePlaceArePartOfTheToll() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "Ninety people died when the Ostrel ferry capsized on Monday, the regional health office said.",
        "post", "2031-06-03", "Governor Ilse Marten said on Monday that 14 people from her province died when the Ostrel ferry capsized.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> whole = check(
        "wire", "2031-06-03", "Ninety people died when the Ostrel ferry capsized on Monday, the regional health office said.",
        "post", "2031-06-03", "Governor Ilse Marten said on Monday that 14 people died when the Ostrel ferry capsized.");
    assertThat(pairs(whole, FindingType.NUMERIC_CONFLICT, "Ninety", "14")).isTrue();
  }

  @Test
  void aCountWithAVerbOfItsOwnTakesNoClassFromTheClauseBefore() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "Minister Ivo Renn said of the Ostrel rail crash on Monday, “By the state figures, the death toll is 238.”",
        "post", "2031-06-03", "In Ostrel on Monday, Renn said 238 people died in the wreck, which involved two passenger trains.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void aProvisionalCountBelowALaterOneIsATollThatRose() {
    List<Finding> rose = check(
        "early", "2031-06-03", "Initial reports show that nine people were injured in the blast at the Ostrel depot, the mayor said.",
        "later", "2031-06-03", "Nineteen people were injured in the blast at the Ostrel depot, the regional health office said.");
    assertThat(numeric(rose)).isEmpty();

    List<Finding> fell = check(
        "early", "2031-06-03", "Initial reports show that 25 people were injured in the blast at the Ostrel depot, the mayor said.",
        "later", "2031-06-03", "Nineteen people were injured in the blast at the Ostrel depot, the regional health office said.");
    assertThat(pairs(fell, FindingType.NUMERIC_CONFLICT, "25", "Nineteen")).isTrue();
  }

  @Test
  void flagsTwoInterceptionCountsOfOneNight() {
    List<Finding> findings = check(
        "north", "2031-06-03", "The air command said 88 drones were intercepted over the Ostrel air base on Monday night.",
        "south", "2031-06-03", "Base officials said 61 drones were intercepted over the Ostrel air base on Monday night.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "88", "61")).isTrue();
  }

  @Test
  void launchedAndInterceptedAreTwoCounts() {
    List<Finding> findings = check(
        "north", "2031-06-03", "Varnish forces launched 88 drones at the Ostrel air base on Monday night, the air command said.",
        "south", "2031-06-03", "The air command said 61 drones were intercepted over the Ostrel air base on Monday night.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void countsOfDifferentlyNamedSetsAreNotCompared() {
    List<Finding> findings = check(
        "north", "2031-06-03", "The air command said 88 Varnish drones were intercepted over the Kelm air base on Monday night.",
        "south", "2031-06-03", "Base officials said 61 Ostrelian drones were intercepted over the Kelm air base on Monday night.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void flagsTwoSidesCountingOneInterception() {
    List<Finding> findings = check(
        "north", "2031-06-03", "Varnia said 88 drones were intercepted over the Kelm air base on Monday night.",
        "south", "2031-06-03", "Ostria said 61 drones were intercepted over the Kelm air base on Monday night.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "88", "61")).isTrue();
  }

  @Test
  void twoSidesCountingWhatEachDidThemselvesAreTwoCounts() {
    List<Finding> findings = check(
        "north", "2031-06-03", "Varnia said its air defences intercepted 88 drones over the Kelm air base on Monday night.",
        "south", "2031-06-03", "Ostria said it intercepted 61 drones over the Kelm air base on Monday night.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void aCountryAndItsOwnMinistryCountForOneSide() {
    List<Finding> findings = check(
        "north", "2031-06-03", "Varnia said its air defences downed 337 Ostrian drones on Monday night in the largest attack on Kelm this year. "
            + "Varnia's Defence Ministry said the Kelm refinery was not hit.",
        "south", "2031-06-03", "The Ministry of Defense said 343 Ostrian drones were shot down on Monday night in the largest "
            + "attack on Kelm this year.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "337", "343")).isTrue();
  }

  @Test
  void aMinistryOwnedByTheOtherSideIsAnotherParty() {
    List<Finding> findings = check(
        "north", "2031-06-03", "Ostria said its air defences downed 61 Varnian drones on Monday night in the largest attack on Kelm this year. "
            + "Varnia's Defence Ministry said the Kelm refinery was not hit.",
        "south", "2031-06-03", "The Ministry of Defense said 343 drones were shot down on Monday night in the largest "
            + "attack on Kelm this year.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void flagsShotDownUavsAgainstUnmannedAerialVehiclesShotDown() {
    List<Finding> findings = check(
        "north", "2031-06-03", "The air command said a total of 88 UAVs were shot down over the Kelm air base on Monday night.",
        "south", "2031-06-03", "Base officials said 61 unmanned aerial vehicles were shot down over the Kelm air base on Monday night.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "88", "61")).isTrue();
  }

  @Test
  void aRegionalCountIsAPartOfTheCountryWideTotal() {
    List<Finding> findings = check(
        "north", "2031-06-03", "The air command said 88 drones were intercepted across the country on Monday night.",
        "south", "2031-06-03", "The air command said 31 drones were intercepted over the Kelm region on Monday night.");
    assertThat(numeric(findings)).isEmpty();

    List<Finding> sameRegion = check(
        "north", "2031-06-03", "The air command said 44 drones were intercepted over the Kelm region on Monday night.",
        "south", "2031-06-03", "Base officials said 31 drones were intercepted over the Kelm region on Monday night.");
    assertThat(pairs(sameRegion, FindingType.NUMERIC_CONFLICT, "44", "31")).isTrue();
  }

  @Test
  void countsListedByCauseAreParts() {
    List<Finding> byCause = check("clinic", "2031-06-03", lines(
        "A ministry document recorded 40 deaths from burns, 12 deaths from smoke and 6 injuries at the Dorvan clinic fire.",
        "However, witnesses told Velpress that the death toll from the Dorvan clinic fire exceeded 90."));
    assertThat(numeric(byCause)).isEmpty();

    List<Finding> twoClauses = check("clinic", "2031-06-03", lines(
        "A ministry document said 40 people died, 12 people were injured in the Dorvan clinic fire.",
        "However, witnesses told Velpress that 90 people died in the Dorvan clinic fire."));
    assertThat(pairs(twoClauses, FindingType.NUMERIC_CONFLICT, "40", "90")).isTrue();
  }

  @Test
  void aTownsCountIsAPartOfTheRegionsToll() {
    List<Finding> findings = check(
        "wire", "2031-06-03", EndToEnd.lines(
            "The death toll from the quake in central Varnia exceeded 4,000 on Tuesday, the agency said.",
            "A senior official said Tuesday the death toll in the province has passed 4,000 and is rising.",
            "The agency also reported that 1,645 people were buried under rubble in the city of Tarn alone, "
                + "and 629 people were also reported dead in the city."));
    assertThat(numeric(findings)).isEmpty();

    List<Finding> sameTown = check(
        "wire", "2031-06-03", "The agency said 629 people were reported dead in the city of Varn on Tuesday.",
        "post", "2031-06-03", "The mayor said 410 people were reported dead in the city of Varn on Tuesday.");
    assertThat(pairs(sameTown, FindingType.NUMERIC_CONFLICT, "629", "410")).isTrue();
  }

  @Test
  void aPartThatOutnumbersItsWholeConflictsWithIt() {
    List<Finding> findings = check(
        "aid", "2031-06-03", "At least 9,000 people were killed by the floods in the city of Tarn, the relief agency said on Monday.",
        "gov", "2031-06-03", "The government said on Monday that 2,100 people were killed by the floods.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "9,000", "2,100")).isTrue();
  }

  @Test
  void slaughteredAndKilledCountOneToll() {
    List<Finding> findings = check(
        "aid", "2031-06-03", "At least 400 villagers were slaughtered in the raid on Tarn on Monday, the aid group said.",
        "army", "2031-06-03", "The army said 36 villagers were killed in the raid on Tarn on Monday.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "400", "36")).isTrue();
  }

  @Test
  void wordsOfAnotherClauseGiveACountNoClass() {
    List<Finding> findings = check("wire", "2031-06-03", EndToEnd.lines(
        "The defence ministry on Wednesday lowered the toll in the market blast from 89 to 42.",
        "The director of the Tarn hospital, Ivo Renn, also told the local agency Velpress 42 people were killed and 70 injured.",
        "He also warned that fatalities could rise since 25 people were in critical condition."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "42", "25")).isFalse();
  }

  @Test
  void aShareOfTheCountJustGivenIsNotACountOfItsOwn() {
    List<Finding> findings = check(
        "north", "2031-06-03", "The air command said 88 drones were intercepted on Monday night, nearly 40 of them near the Kelm air base.",
        "south", "2031-06-03", "Base officials said 88 drones were intercepted on Monday night.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void countsInTwoNamedPlacesOrAPlaceAgainstTheCountryAreNotCompared() {
    List<Finding> twoPlaces = check(
        "north", "2031-06-03", "The governor said 20 people were killed in Orvel during the riots on Monday.",
        "south", "2031-06-03", "The rights council said 39 people were killed in Varnia during the riots on Monday.");
    assertThat(numeric(twoPlaces)).as(twoPlaces.toString()).isEmpty();

    List<Finding> countryWide = check(
        "north", "2031-06-03", "The governor said 20 people were killed in Orvel during the riots on Monday.",
        "south", "2031-06-03", "The rights council said 39 people were killed countrywide during the riots on Monday.");
    assertThat(numeric(countryWide)).as(countryWide.toString()).isEmpty();

    List<Finding> samePlace = check(
        "north", "2031-06-03", "The governor said 20 people were killed in Orvel during the riots on Monday.",
        "south", "2031-06-03", "The rights council said 39 people were killed in Orvel during the riots on Monday.");
    assertThat(pairs(samePlace, FindingType.NUMERIC_CONFLICT, "20", "39")).as(samePlace.toString()).isTrue();
  }

  @Test
  void theCountsOfABreakdownByPlaceArePartsOfTheTotalBeforeThem() {
    String wire = "The rights group Velmark on Friday confirmed 13 deaths, with six in Ostrel Varn state, four in Carrow and three in Tarn.";
    List<Finding> agree = check(
        "wire", "2031-06-03", wire,
        "post", "2031-06-03", "The interior ministry on Friday confirmed 13 deaths in the clashes.");
    assertThat(numeric(agree)).as(agree.toString()).isEmpty();

    List<Finding> differ = check(
        "wire", "2031-06-03", wire,
        "post", "2031-06-03", "The interior ministry on Friday confirmed 21 deaths in the clashes.");
    assertThat(pairs(differ, FindingType.NUMERIC_CONFLICT, "13 deaths", "21 deaths")).as(differ.toString()).isTrue();
  }

  @Test
  void aTotalBrokenDownByPlaceStandsInNoneOfThem() {
    List<Finding> findings = check("digest", "2031-06-03", lines(
        "At least 19 people have been killed in the unrest, a regional daily in Varnia reported on Friday.",
        "The rights group Velmark on Friday confirmed nine people killed in the unrest, with five in Ostrel, three in Carrow and one in Tarn."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "At least 19", "nine")).as(findings.toString()).isTrue();
  }

  @Test
  void aCountAfterAFrontedPlaceIsThatPlacesCount() {
    String total = "The rights group Velmark said on Friday that 13 people were killed in the protests across the country.";
    List<Finding> placed = check("wire", "2031-06-03", lines(total,
        "The police spokesman said on Friday: \u201cIn Carrow, four people were killed in the protests.\u201d"));
    assertThat(numeric(placed)).as(placed.toString()).isEmpty();

    List<Finding> unplaced = check("wire", "2031-06-03", lines(total,
        "The police spokesman said on Friday: \u201cFour people were killed in the protests.\u201d"));
    assertThat(pairs(unplaced, FindingType.NUMERIC_CONFLICT, "13", "Four")).as(unplaced.toString()).isTrue();
  }

  @Test
  void aCountOfAnotherIncidentIsNotAnotherAccountOfTheFirst() {
    String first = "The chief stated that four fatalities occurred in Ostrel State when gunmen who had joined the march set off a bomb, "
        + "wounding 34 others.";
    List<Finding> another = check("digest", "-", lines(
        "The police chief said on Monday that only seven deaths were recorded during the marches.", "",
        first + " In another incident, a lorry drove into the marchers, resulting in two fatalities."));
    assertThat(numeric(another)).as(another.toString()).isEmpty();

    List<Finding> same = check("digest", "-", lines(
        "The police chief said on Monday that only seven deaths were recorded during the marches.", "",
        first + " The governor put the number of fatalities in the bombing at two."));
    assertThat(pairs(same, FindingType.NUMERIC_CONFLICT, "four fatalities", "at two")).as(same.toString()).isTrue();
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"Varnian", "Kastan", "Tarnese", "Dutch"})
  void oneNationsCountWellBelowAllIsAPartOfIt(String nationality) {
    List<Finding> part = check(
        "wire", "2031-06-03", "The health ministry said on Sunday that 1,301 pilgrims died in the heat during the pilgrimage.",
        "post", "2031-06-03", "Premier Ivo Marsh said on Sunday that 28 " + nationality + " pilgrims died in the heat during the pilgrimage.");
    assertThat(numeric(part)).as(part.toString()).isEmpty();

    List<Finding> same = check(
        "wire", "2031-06-03", "The defence ministry said on Sunday that 343 drones were shot down over the border region.",
        "post", "2031-06-03", "The army said on Sunday that 337 Varnian drones were shot down over the border region.");
    assertThat(pairs(same, FindingType.NUMERIC_CONFLICT, "343", "337")).as(same.toString()).isTrue();
  }

  @Test
  void aGroupsShareOfTheDeadIsAPartOfTheToll() {
    String toll = "The health ministry said on Sunday that the heat had caused 1,301 deaths during the pilgrimage.";
    List<Finding> accounted = check(
        "wire", "2031-06-03", toll,
        "post", "2031-06-03", "Diplomats said on Sunday that Varnians accounted for 658 deaths in the heat during the pilgrimage.");
    assertThat(numeric(accounted)).as(accounted.toString()).isEmpty();

    List<Finding> ofTheDead = check(
        "wire", "2031-06-03", toll,
        "post", "2031-06-03", "Diplomats said on Sunday that 658 of the dead were Varnians, most of them unregistered.");
    assertThat(numeric(ofTheDead)).as(ofTheDead.toString()).isEmpty();

    List<Finding> recorded = check(
        "wire", "2031-06-03", toll,
        "post", "2031-06-03", "The rights commission said on Sunday that it had accounted for 1,120 deaths in the heat during the pilgrimage.");
    assertThat(pairs(recorded, FindingType.NUMERIC_CONFLICT, "1,301", "1,120")).as(recorded.toString()).isTrue();
  }

  @Test
  void anOpeningIsMatchedInPlaceAsOnACopyOfItsCharacters() {
    java.util.regex.Pattern ofThem = java.util.regex.Pattern.compile("^\\s{1,3}of\\s{1,3}them\\b");
    String text = "around 500 of them in the east, and 20 of themselves";
    assertThat(CountRoles.opensAt(ofThem, text, 10, 16)).isTrue();
    assertThat(CountRoles.opensAt(ofThem, text, 10, 8)).isTrue(); // a word's end at the end of the characters read, as at a copy's end
    assertThat(CountRoles.opensAt(ofThem, text, 10, 7)).isFalse(); // " of the": cut before "them" ends
    assertThat(CountRoles.opensAt(ofThem, text, 9, 16)).isFalse(); // only at the start, never further on
    assertThat(CountRoles.opensAt(ofThem, text, text.indexOf(" of themselves"), 16)).isFalse();
    assertThat(CountRoles.opensAt(ofThem, text, text.indexOf(" of themselves"), 8)).isTrue(); // as a copy of " of them" would
  }

  @Test
  void countsOfANamedOriginArePartsOfTheWhole() {
    List<Finding> findings = check(
        "wire", "2031-06-03", "Officials reported 183 deaths during the Kelm pilgrimage.",
        "post", "2031-06-03", "Reports indicated that 658 deaths during the Kelm pilgrimage were from Orsk.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> whole = check(
        "wire", "2031-06-03", "Officials reported 183 deaths during the Kelm pilgrimage.",
        "post", "2031-06-03", "Reports indicated that 658 people died during the Kelm pilgrimage.");
    assertThat(pairs(whole, FindingType.NUMERIC_CONFLICT, "183", "658")).isTrue();
  }

  @Test
  void theWholeAClauseTakesAShareOfIsNotWhatTheShareCounts() {
    List<Finding> findings = check(
        "wire", "2031-06-05", "The chief secretary noted that out of the 412, 97 remains of the Kelm crash dead were named by Friday.",
        "post", "2031-06-05", "Officials noted that 97 remains of the Kelm crash dead were named by Friday.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> counted = check(
        "wire", "2031-06-05", "The chief secretary noted that 412 remains of the Kelm crash dead were named by Friday.",
        "post", "2031-06-05", "Officials noted that 97 remains of the Kelm crash dead were named by Friday.");
    assertThat(pairs(counted, FindingType.NUMERIC_CONFLICT, "412", "97")).isTrue();
  }

  @Test
  void thoseOfACountSomethingEarlierBefellAreAPartOfIt() {
    List<Finding> findings = check(
        "wire", "2031-08-10", "Organisers said 600 people joined the Tessel Square sit-in, with 522 later detained under the public order law.",
        "post", "2031-08-10", "The force believes 30 people detained at the Tessel Square sit-in had been arrested at earlier protests, the police said.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> counted = check(
        "wire", "2031-08-10", "Organisers said 600 people joined the Tessel Square sit-in, with 522 later detained under the public order law.",
        "post", "2031-08-10", "The force said 300 people were detained at the Tessel Square sit-in, the police said.");
    assertThat(pairs(counted, FindingType.NUMERIC_CONFLICT, "522", "300")).isTrue();
  }

  @Test
  void countsThatAddUpToTheirArticlesTotalArePartsOfIt() {
    List<Finding> findings = check(
        "wire", "2031-09-23", lines("The toll from the Orsk mine blast has reached 38, officials said on Monday.",
            "Thirty people have died in the B area. In the C area, eight have died."),
        "post", "2031-09-23", "The toll from the Orsk mine blast reached 38, state media said on Monday.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> other = check(
        "wire", "2031-09-23", lines("The toll from the Orsk mine blast has reached 38, officials said on Monday.",
            "Thirty people have died in the B area. In the C area, five have died."),
        "post", "2031-09-23", "The toll from the Orsk mine blast reached 30, state media said on Monday.");
    assertThat(pairs(other, FindingType.NUMERIC_CONFLICT, "38", "30")).isTrue();
  }

  @Test
  void aPartPlacedInANamedRegionIsThatRegionsCount() {
    List<Finding> findings = check(
        "wire", "2031-03-11", "The Varnian ministry said it intercepted 310 rockets overnight, among them 48 rockets intercepted in the Orsk region.",
        "post", "2031-03-11", "The Varnian ministry said 53 rockets were intercepted in the Orsk region overnight.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "48", "53")).isTrue();
  }

  @Test
  void countsOfTwoNamedRegionsAreTwoCounts() {
    List<Finding> findings = check("wire", "2031-03-11", lines(
        "The Varnian ministry said it intercepted 85 rockets over the capital region overnight.",
        "Strikes hit six further provinces, among them 48 rockets intercepted in the Orsk region."));
    assertThat(numeric(findings)).isEmpty();
    List<Finding> same = check(
        "wire", "2031-03-11", "The Varnian ministry said it intercepted 85 rockets over the capital region overnight.",
        "post", "2031-03-11", "The Varnian ministry said 62 rockets were intercepted over the capital region overnight.");
    assertThat(pairs(same, FindingType.NUMERIC_CONFLICT, "85", "62")).isTrue();
  }
}

