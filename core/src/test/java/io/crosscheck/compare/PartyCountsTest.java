package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two parties' counts of one thing at one event, read from the claim frames, in invented words. */
class PartyCountsTest {
  private static final FindingType NUMERIC = FindingType.NUMERIC_CONFLICT;

  private static long numeric(List<Finding> findings) {
    return findings.stream().filter(f -> f.type() == NUMERIC).count();
  }

  @Test
  void twoPartiesCountsOfOneMarchConflictInsideOneArticle() {
    List<Finding> found = check("brel-1", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the new quarry levy.",
        "The Tessaly Workers Guild said 620,000 marchers took part across the country.",
        "The Orvane interior bureau counted 190,000 marchers."));
    assertThat(pairs(found, NUMERIC, "620,000", "190,000")).isTrue();
  }

  @Test
  void theSizeOfTheCrowdASpeakerAddressedIsNotTheSpeakersCount() {
    List<Finding> found = check(
        "brel-9a", "2031-05-14", "\"We will not bow,\" Mara Voss told an estimated crowd of 9,000 at the Orsk rally on Sunday.",
        "brel-9b", "2031-05-14", "Police said 40,000 people attended the Orsk rally on Sunday.");
    assertThat(found).noneMatch(f -> f.summary().contains("Mara Voss"));
  }

  @Test
  void countsInAWhenClauseAfterAnEarlierDateAreThatDaysCounts() {
    List<Finding> found = check(
        "brel-10a", "2031-05-14", "The Orsk rally on Sunday outdid the marches of May 7, 2029 and 2030, when 50,000 and 125,000 people came, police said.",
        "brel-10b", "2031-05-14", "Organisers said 90,000 people marched at the Orsk rally on Sunday.");
    assertThat(numeric(found)).as(found.toString()).isZero();
    List<Finding> sameDay = check(
        "brel-11a", "2031-05-14", "The Orsk rally on Sunday, when 50,000 people came, outdid every march before it, police said.",
        "brel-11b", "2031-05-14", "Organisers said 90,000 people marched at the Orsk rally on Sunday.");
    assertThat(pairs(sameDay, NUMERIC, "50,000", "90,000")).as(sameDay.toString()).isTrue();
  }

  @Test
  void twoPartiesCountsOfOneMarchConflictAcrossTwoArticles() {
    List<Finding> found = check(
        "brel-2a", "2031-05-14", lines(
            "Thousands marched through Orvane on Tuesday against the new quarry levy.",
            "The Tessaly Workers Guild said 620,000 marchers took part across the country."),
        "brel-2b", "2031-05-14", lines(
            "Crowds marched through Orvane on Tuesday against the quarry levy.",
            "The Orvane interior bureau said 190,000 marchers took part."));
    assertThat(pairs(found, NUMERIC, "620,000", "190,000")).isTrue();
  }

  @Test
  void theNumberPointsBackAtTheCountJustStatedAndItsPlace() {
    List<Finding> found = check("brel-3", "2031-05-14", lines(
        "Thousands marched across Tessaly on Tuesday against the quarry levy.",
        "The Tessaly Workers Guild said 620,000 marchers took part across the country.",
        "The guild said 95,000 marched in Orvane. Wardens put the number at 21,000."));
    assertThat(pairs(found, NUMERIC, "95,000", "21,000")).isTrue();
    assertThat(pairs(found, NUMERIC, "620,000", "21,000")).isFalse();
  }

  @Test
  void aPartysClaimedCeilingIsAClaimOfAboutThatMany() {
    List<Finding> found = check("brel-6", "2031-05-14", lines(
        "Organisers of the march against the visit of Premier Ivo Renn claimed that up to 200,000 people joined the protest.",
        "However, police estimates put the demonstrators' numbers at just 30,000."));
    assertThat(pairs(found, NUMERIC, "200,000", "30,000")).isTrue();

    List<Finding> close = check("brel-7", "2031-05-14", lines(
        "Organisers of the march against the quarry levy claimed that up to 200,000 people joined the protest.",
        "However, police estimates put the demonstrators' numbers at 160,000."));
    assertThat(numeric(close)).isZero();
  }

  @Test
  void twoCountsEachCreditedInOneSentenceConflict() {
    List<Finding> found = check("brel-20", "2031-05-14", lines(
        "Civic groups rallied in Orvane on Tuesday, attracting 40,000 people according to the city delegation "
            + "and up to 200,000 according to the organisers."));
    assertThat(pairs(found, NUMERIC, "40,000", "up to 200,000")).isTrue();
  }

  @Test
  void theRallyNamedAfterItsTownPlacesNoCountOfIt() {
    List<Finding> found = check("brel-21", "2031-05-14", lines(
        "Some 40,000 people took part in the Orvane rally on Tuesday, according to the police.",
        "The organisers said 200,000 people participated in the rally on Tuesday."));
    assertThat(pairs(found, NUMERIC, "40,000", "200,000")).isTrue();
  }

  @Test
  void compatibleCountsOfTwoPartiesStaySilent() {
    List<Finding> found = check("brel-4", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the quarry levy.",
        "The Tessaly Workers Guild said nearly 400,000 marchers took part.",
        "The Orvane interior bureau said about 380,000 marchers joined."));
    assertThat(numeric(found)).isZero();
  }

  @Test
  void oneQuantityTwicePerPartyAndCountsOfAnotherMarchStaySilent() {
    List<Finding> found = check("brel-5", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the quarry levy.",
        "The Tessaly Workers Guild said 620,000 marchers took part.",
        "Last week's march drew 150,000 marchers, the Orvane interior bureau said.",
        "The guild later repeated that 620,000 marchers had come."));
    assertThat(numeric(found)).isZero();
  }

  @Test
  void aForecastAndAPopulationAreNotCountsOfTheMarch() {
    List<Finding> found = check("brel-6", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the quarry levy.",
        "The guild leader said she was expecting as many as 900,000 marchers.",
        "Nearly half of Orvane's 800,000 people marched, the Orvane interior bureau said.",
        "The Tessaly Workers Guild said 300,000 marchers took part."));
    assertThat(numeric(found)).isZero();
  }

  @Test
  void marchesOfTwoEventsAreNeverCompared() {
    List<Finding> found = check(
        "brel-7a", "2031-05-14", lines(
            "Thousands marched through Orvane on Tuesday against the quarry levy.",
            "The Tessaly Workers Guild said 620,000 marchers took part."),
        "brel-7b", "2031-09-02", lines(
            "Farmers marched through Quellor on Monday over grain prices.",
            "The Quellor grain bureau said 40,000 marchers took part."));
    assertThat(numeric(found)).isZero();
  }

  @Test
  void twoOutletsGiveOneMeetingDifferentLengths() {
    List<Finding> found = check(
        "brel-8a", "2031-06-03", "Envoy Mara Hollin held a 90-minute meeting with Chancellor Dovik Arran in Senfa on Monday.",
        "brel-8b", "2031-06-03", "Hollin and Arran met in Senfa on Monday in a four-hour meeting, aides said afterwards.");
    assertThat(pairs(found, NUMERIC, "90-minute", "four-hour")).isTrue();
  }

  @Test
  void oneOutletGivingTwoMeetingLengthsStaysSilent() {
    List<Finding> found = check("brel-9", "2031-06-03", lines(
        "Envoy Mara Hollin held a 40-minute meeting with Chancellor Dovik Arran in Senfa on Monday.",
        "Hollin then joined a three-hour meeting with the Senfa cabinet."));
    assertThat(numeric(found)).isZero();
  }

  @Test
  void aDelayIsOneLengthWhicheverDayItIsToldOn() {
    // Told two days apart, the final's delay is still one length: a delay does not grow as a toll does.
    List<Finding> found = check(
        "brel-9d", "2031-06-01", "Forged passes caused a 48-minute delay of the Orsk cup final, the league's chief said.",
        "brel-9e", "2031-06-03", "The league said in a statement that the start of the Orsk cup final was delayed by 47 minutes.");
    assertThat(pairs(found, NUMERIC, "48-minute delay", "delayed by 47 minutes")).isTrue();
  }

  @Test
  void aDelayGivenTwiceInOneArticleIsOneLength() {
    List<Finding> found = check("brel-9f", "2031-06-03", lines(
        "The league said forged passes caused the 48-minute delay of the Orsk cup final.",
        "In a statement, the league said: “The start of the final was therefore delayed by 47 minutes so riders with real passes could enter.”"));
    assertThat(pairs(found, NUMERIC, "48-minute delay", "delayed by 47 minutes")).isTrue();
  }

  @Test
  void aCountThatOnlySaysWhoCountedIsTheMarchsTurnout() {
    List<Finding> found = check("brel-10", "2031-05-14", lines(
        "Thousands of marchers crossed Orvane on Tuesday against the quarry levy.",
        "Nearly 900,000 people joined in Tuesday's march, the Tessaly Workers Guild said.",
        "Wardens said 240,000 were counted on the route."));
    assertThat(pairs(found, NUMERIC, "900,000", "240,000")).isTrue();
  }

  @Test
  void nearlyMeansJustUnderItsValue() {
    List<Finding> found = check("brel-11", "2031-05-14", lines(
        "Thousands of marchers crossed Orvane on Tuesday against the quarry levy.",
        "Organisers said nearly 90,000 people joined the march.",
        "Wardens estimated that 70,000 marchers took part."));
    assertThat(pairs(found, NUMERIC, "nearly 90,000", "70,000")).isTrue();
  }

  @Test
  void anAgeAfterAMarchersNameIsNotACount() {
    List<Finding> found = check("brel-12", "2031-05-14", lines(
        "Thousands of marchers crossed Orvane on Tuesday against the quarry levy.",
        "The Tessaly Workers Guild said 620,000 marchers took part.",
        "\"We will be back,\" said marcher Ilo Pask, 19."));
    assertThat(numeric(found)).isZero();
  }

  @Test
  void oneSourceCreditedWithTwoCountsByTwoOutletsIsFlaggedPerOutletPair() {
    List<Finding> found = check(
        "brel-3a", "2031-05-14", lines(
            "Thousands marched through Orvane on Tuesday against the quarry levy.",
            "The Orvane interior bureau said 190,000 marchers took part."),
        "brel-3b", "2031-05-14", lines(
            "Crowds marched through Orvane on Tuesday against the quarry levy.",
            "The Orvane interior bureau said 250,000 marchers took part."),
        "brel-3c", "2031-05-14", lines(
            "Crowds marched through Orvane on Tuesday against the quarry levy.",
            "The Orvane interior bureau said 190,000 marchers took part."));
    assertThat(numeric(found)).isEqualTo(2); // b against a and against c; a and c agree
    assertThat(pairs(found, NUMERIC, "250,000", "190,000")).isTrue();
  }

  @Test
  void aCountWhoseSubjectIsOnlyItsSourceCountsTheGathering() {
    List<Finding> found = check("brel-4", "2031-05-14", lines(
        "Nearly 900,000 people marched through Orvane on Sunday against the quarry levy, organisers said.",
        "Organisers estimated a rally the week before drew 400,000, while police said 95,000."));
    assertThat(pairs(found, NUMERIC, "400,000", "95,000")).isTrue();
  }

  @Test
  void partiesToldAgainstEachOtherInOneArticleAreNotPairedAgainAcrossArticles() {
    List<Finding> found = check(
        "brel-5a", "2031-05-14", lines(
            "Crowds marched through Orvane on Tuesday against the quarry levy.",
            "The Tessaly Workers Guild said 620,000 marchers took part.",
            "The interior bureau counted 190,000 marchers."),
        "brel-5b", "2031-05-14", lines(
            "Crowds marched through Orvane on Tuesday against the quarry levy.",
            "The interior bureau counted 210,000 marchers."));
    assertThat(pairs(found, NUMERIC, "620,000", "190,000")).isTrue();
    assertThat(pairs(found, NUMERIC, "620,000", "210,000")).isFalse();
  }

  @Test
  void onePartysFloorBesideAnothersMuchHigherCountIsASecondToll() {
    List<Finding> found = check("brel-f", "2031-05-14", lines(
        "A crush at the Orvane fair killed dozens on Tuesday.",
        "The fair board said at least 30 people were killed.",
        "Guards at the gates put the toll at nearly 40."));
    assertThat(pairs(found, NUMERIC, "at least 30", "nearly 40")).as(found.toString()).isTrue();

    List<Finding> close = check("brel-g", "2031-05-14", lines(
        "A crush at the Orvane fair killed dozens on Tuesday.",
        "The fair board said at least 30 people were killed.",
        "Guards at the gates put the toll at 33."));
    assertThat(pairs(close, NUMERIC, "at least 30", "33")).as(close.toString()).isFalse();

    List<Finding> magnitude = check("brel-h", "2031-05-14", lines(
        "Floods drove families from the Orvane valley on Tuesday.",
        "Aid worker Ivo Renn said more than 800 people were displaced.",
        "The Orvane interior bureau said tens of thousands were displaced."));
    assertThat(pairs(magnitude, NUMERIC, "more than 800", "tens of thousands")).as(magnitude.toString()).isFalse();
  }

  @Test
  void protestersKilledAreACountOfTheKilledNotOfTheCrowd() {
    List<Finding> found = check("brel-k", "2031-05-14", lines(
        "Protests against the fuel levy spread across Orvane on Tuesday.",
        "The Tessaly Workers Guild said 620,000 protesters took part across the country.",
        "A rights group said on Tuesday that 143 protesters were killed by security forces."));
    assertThat(pairs(found, NUMERIC, "620,000", "143")).as(found.toString()).isFalse();

    List<Finding> twoTolls = check("brel-t", "2031-05-14", lines(
        "Protests against the fuel levy spread across Orvane on Tuesday.",
        "The Orvane interior bureau said on Tuesday that 12 protesters were killed by security forces.",
        "A rights group said on Tuesday that 143 protesters were killed by security forces."));
    assertThat(pairs(twoTolls, NUMERIC, "12", "143")).as(twoTolls.toString()).isTrue();
  }

  @Test
  void aFigureThatNamesItsOwnThingIsNoCrowdCountBesideTheCrowd() {
    List<Finding> found = check("brel-x", "2031-05-14", lines(
        "Protests against the fuel levy spread across Orvane on Tuesday.",
        "The Tessaly Workers Guild said 620,000 protesters took part across the country.",
        "Premier Ivo Renn accused the marchers of wrecking 100 tractors belonging to his backers."));
    assertThat(pairs(found, NUMERIC, "620,000", "100 tractors")).as(found.toString()).isFalse();
  }

  @Test
  void aTurnoutCountIsACrowdNotAShare() {
    List<Finding> found = check("brel-40", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the quarry levy.",
        "City secretary Mara Voss put the turnout at 12,000, while the organisers said 150,000 people attended."));
    assertThat(pairs(found, NUMERIC, "12,000", "150,000")).isTrue();
  }

  @Test
  void aCountOfThoseWhoAttendedIsTheTurnout() {
    List<Finding> found = check("brel-41", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the quarry levy.",
        "While the organisers insisted that between 90,000 and 150,000 attended, the city secretary, Mara Voss, "
            + "maintained that the crowd was between 9,000 and 11,000."));
    assertThat(pairs(found, NUMERIC, "between 90,000 and 150,000", "between 9,000 and 11,000")).isTrue();
  }

  @Test
  void threeSourcesCountsInTwoSentencesAreThreeConflicts() {
    List<Finding> found = check("brel-42", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the quarry levy.",
        "While several outlets estimated the turnout at between 200,000 and 400,000 people, Premier Ivo Renn "
            + "rejected these claims, alleging there were only 50,000 protesters at the march.",
        "City secretary Mara Voss placed the count of marchers at a modest estimate of 9,000 to 11,000."));
    assertThat(pairs(found, NUMERIC, "between 200,000 and 400,000", "50,000")).isTrue();
    assertThat(pairs(found, NUMERIC, "between 200,000 and 400,000", "9,000 to 11,000")).isTrue();
    assertThat(pairs(found, NUMERIC, "50,000", "9,000 to 11,000")).isTrue();
  }

  @Test
  void aCountCreditedByAParticipleIsItsAgentsAgainstTheSentencesSpeaker() {
    List<Finding> found = check("brel-43", "2031-05-14", lines(
        "Thousands marched through Orvane on Tuesday against the quarry levy.",
        "Wardens put the number of marchers at 8,000, well below the 90,000 estimated by the organisers."));
    assertThat(pairs(found, NUMERIC, "8,000", "90,000")).isTrue();
  }

  @Test
  void whoABoatCarriedIsOneCountWhoeverGivesIt() {
    List<Finding> found = check(
        "brel-44a", "2031-05-14", lines(
            "A fishing boat sank off the Orsk coast on Wednesday, the coastguard said.",
            "Alarm Line said the boat was carrying 750 people when it left Tessel."),
        "brel-44b", "2031-05-14", lines(
            "A fishing boat sank off the Orsk coast on Wednesday.",
            "The coastguard said 400 to 500 migrants were aboard the boat when it left Tessel."));
    assertThat(pairs(found, NUMERIC, "750", "400 to 500")).isTrue();
  }
}
