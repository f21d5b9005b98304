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
 * How a toll is told apart from the counts around it, end to end in invented words: "perished" and
 * "victims" count the dead; a named aside between a toll and its verb leaves it a toll; a clinic
 * in a town and the town are one place; the amount of a change, the addends of a total and the
 * count of identified bodies are no tolls of their own; a toll lowered or stated instead of
 * another disagrees with the figure it replaces; the dead at one site are a part of the toll; a
 * revision corrects only counts known before it.
 */
class TollCountsTest {

  @Test
  void victimsAndPersonsWhoPerishedAreOneCountOfTheDead() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Blaze at Dorvan clinic in Orsk",
        "The Varnian health ministry said the toll of the blaze at the Dorvan clinic settled at 48 victims.",
        "The Orsk health office said 77 persons perished when the blaze swept the Dorvan clinic."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "48 victims", "77 persons")).as(findings.toString()).isTrue();
  }

  @Test
  void aTollInABackgroundClauseOfADenialIsTheDeniersCountOnTheFiresDay() {
    // "killing" names the dead; the denial is of the barred doors, not of the ten; the ten are
    // Thursday's, the day nearest them, not Friday's, the day of the denial.
    List<Finding> findings = check(
        "wire", "2025-06-09", "The mayor of Orsk on Friday denied claims that the exits were barred in a block where a blaze started on Thursday night, killing 10 tenants.",
        "post", "2025-06-09", "A fire in Orsk on Thursday night killed 44 tenants, said Ivo Renn.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "10 tenants", "44 tenants")).as(findings.toString()).isTrue();
    List<Finding> denied = check(
        "wire", "2025-06-09", "The mayor of Orsk on Friday denied claims that a fire on Thursday night had killed 10 tenants.",
        "post", "2025-06-09", "A fire in Orsk on Thursday night killed 44 tenants, said Ivo Renn.");
    assertThat(pairs(denied, FindingType.NUMERIC_CONFLICT, "10 tenants", "44 tenants")).as(denied.toString()).isFalse();
  }

  @Test
  void aNameSetBetweenCommasLeavesTheTollItsVerb() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Blaze at Dorvan clinic in Orsk",
        "The Varnian health ministry said the toll of the blaze at the clinic in Orsk, Dorvan Clinic, settled at 48 victims.",
        "The Orsk health office said 77 persons perished when the blaze swept the ward."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "48 victims", "77 persons")).as(findings.toString()).isTrue();
  }

  @Test
  void aClinicInATownAndTheTownAreOnePlace() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Blaze at Dorvan clinic in Orsk",
        "The Varnian health ministry said the toll of the blaze in Orsk settled at 48 victims.",
        "The Orsk health office said 77 persons perished when the blaze swept Dorvan Clinic, a clinic in Orsk."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "48 victims", "77 persons")).as(findings.toString()).isTrue();
  }

  @Test
  void theAmountOfAChangeIsNoToll() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Storm Veyl toll climbs in Orsk",
        "The toll of Storm Veyl across the Orsk coast rose by 800 people overnight, officials said.",
        "Confirmed deaths from Storm Veyl across the Orsk coast stood at 2,914, a clerk of the Orsk relief office said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void theAddendsOfATotalAreNoTollsOfTheirOwn() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Blaze at Dorvan clinic in Orsk",
        "The Orsk health office said the toll of the blaze at the Dorvan clinic stood at 48 people.",
        "The Varnian health ministry said the toll of the blaze at the Dorvan clinic reached 31, in addition to 17 nameless bodies."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void theDeadAmongAGroupAreAPartOfTheToll() {
    List<Finding> findings = check(
        "one", "2025-06-03", "At least 34 miners were killed in the blast at the Orsk pit, the Varnian mines office said.",
        "two", "2025-06-03", "A total of 22 miners were trapped in the east shaft of the Orsk pit after the blast, among which eight have died, the regional governor said.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void anIncrementIsNoToll() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Crush at the Tessel fence",
        "The Orsk health office said 23 walkers were killed in the crush at the Tessel fence.",
        "Four further walkers have since died, taking the count to 23, state radio reported.",
        "Another 12 bodies were found near the fence on Sunday, the Varnian coast guard said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aCountJoinedToAnotherSharesItsPredicate() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Crush at the Tessel fence",
        "The Orsk health office said 23 people were killed in the crush at the Tessel fence."),
        "daily", "2025-06-03", lines(
        "Crush at the Tessel fence",
        "Besides the 23 deaths at the Tessel fence, 140 Varnian people and 49 Orsk guards were also injured, the ministry said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void bodiesIdentifiedAreCountedApartFromTheToll() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Blaze at Dorvan clinic in Orsk",
        "The Orsk health office said 77 people died when the blaze swept the Dorvan clinic.",
        "A Varnian health ministry aide said 55 people killed in the blaze had been identified."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aCountJustUnderItsValueIsNoAccountOfAFarLowerOne() {
    List<Finding> findings = check("wire", "2025-06-03",
        "A crush at the Kelm shrine killed pilgrims on Monday. The governor said 27 people had died. Police sources reckoned the toll was nearly 45.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "27", "nearly 45")).as(findings.toString()).isTrue();
    List<Finding> near = check("wire", "2025-06-03",
        "A crush at the Kelm shrine killed pilgrims on Monday. The governor said 41 people had died. Police sources reckoned the toll was nearly 45.");
    assertThat(numeric(near)).as(near.toString()).isEmpty();
  }

  @Test
  void anotherSourcesTollSetOffByAContrastDisagreesWithARisingToll() {
    String opening = "A rope bridge across the Kelm river gave way in Orsk late on Friday. "
        + "By noon the count of the dead had climbed to 163, a senior police officer said. ";
    List<Finding> findings = check("wire", "2025-06-03", opening + "But the official toll from harbour minister Ivo Renn is 149.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "163", "149")).as(findings.toString()).isTrue();
    List<Finding> earlier = check("wire", "2025-06-03", opening + "But the toll from harbour minister Ivo Renn was 149 on Friday night.");
    assertThat(numeric(earlier)).as(earlier.toString()).isEmpty();
  }

  @Test
  void survivorsAreACountOfTheirOwn() {
    List<Finding> findings = check(
        "wire", "2025-06-03", "A ferry sank off Orsk on Monday. Port officials said 31 people survived the sinking.",
        "post", "2025-06-03", "A ferry sank off Orsk on Monday. The coast guard said 24 people survived.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "31", "24")).as(findings.toString()).isTrue();
  }

  @Test
  void theSurvivorsWhoToldAnOutletTheirStoryArePartOfAllSurvivors() {
    List<Finding> findings = check(
        "wire", "2025-06-03", "A ferry sank off Orsk on Monday. Velpress spoke to the seven survivors who described the night at sea.",
        "post", "2025-06-03", "A ferry sank off Orsk on Monday. Not one of the 86 survivors had a float on.");
    assertThat(findings).as(findings.toString()).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void bodiesRecoveredAreCountedApartFromTheTollButAgainstEachOther() {
    List<Finding> findings = check(
        "wire", "2025-06-03", "A landslide buried Kelm on Friday. The agency estimated 410 villagers were killed. Rescuers had retrieved five bodies by dusk.",
        "post", "2025-06-03", "A landslide buried Kelm on Friday. Diggers have so far recovered nine bodies, the governor said.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "five", "nine")).as(findings.toString()).isTrue();
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "410", "five")).as(findings.toString()).isFalse();
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "410", "nine")).as(findings.toString()).isFalse();
  }

  @Test
  void aTollLoweredInItsOwnSentenceDisagreesWithTheOlderFigure() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk cuts bombing toll",
        "Health officials in Orsk cut the count of those killed in the bombings on Sunday.",
        "The health director gave the new count on Thursday, lowering the sum from 412 to 288 dead, a Varnian paper wrote."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "from 412", "to 288")).as(findings.toString()).isTrue();
  }

  @Test
  void aTollThatRoseFromAnOlderFigureIsNoConflict() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk bombing toll rises",
        "The toll of the bombings in Orsk rose to 412 from 330 on Thursday, the health director said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void theAmountATollWasRevisedByIsNoToll() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Storm Veyl toll revised in Orsk",
        "The toll of Storm Veyl across the Orsk coast was revised by 94 people overnight, officials said.",
        "Confirmed deaths from Storm Veyl across the Orsk coast stood at 288, a clerk of the Orsk relief office said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aVagueMagnitudeIsSetAgainstNoOtherArticlesCount() {
    List<Finding> findings = check(
        "first", "2025-06-03", lines(
            "Bombs at Dorvan hotels in Orsk",
            "The bombs at the Dorvan hotels in Orsk killed scores of people on Sunday."),
        "second", "2025-06-03", lines(
            "Bombs at Dorvan hotels in Orsk",
            "The bombs at the Dorvan hotels in Orsk killed 412 people on Sunday, the Orsk police said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void countsOfPeopleWithNothingCountedAreNotCompared() {
    List<Finding> findings = check(
        "first", "2025-06-03", lines(
            "Bombs at Dorvan hotels in Orsk",
            "The Dorvan hotels in Orsk stood empty on Thursday, and the small republic of 9 million people grieved."),
        "second", "2025-06-03", lines(
            "Bombs at Dorvan hotels in Orsk",
            "The Dorvan hotels in Orsk stood empty on Thursday, and 288 people grieved at the harbour shrine."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aCountStatedInsteadOfAnotherDisagreesWithItInItsOwnSentence() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk revises clinic blaze toll",
        "Orsk officials on Thursday said they now counted 48 victims instead of the 77 first given by the state radio."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "counted 48 victims", "77 first given")).as(findings.toString()).isTrue();
  }

  @Test
  void aCountCorrectedInItsOwnSentenceAnswersTheArticleThatGaveTheOldCount() {
    List<Finding> findings = check(
        "wire", "2025-06-03", "The death toll of the ferry sinking off Tessel is at least 31 people, while the search goes on near Tessel.",
        "post", "2025-06-03", lines(
            "Survivors of the ferry sinking off Tessel were taken to Kalvo.",
            "The Tessel harbour police said the confirmed toll was 30 and not 31 as first reported."));
    assertThat(findings).filteredOn(f -> f.type() == FindingType.NUMERIC_CONFLICT).as(findings.toString())
        .singleElement().satisfies(f -> assertThat(f.evidence()).extracting(e -> e.article()).containsExactlyInAnyOrder("wire", "post"));
  }

  @Test
  void twoTollsOfOneSentenceEachCreditedToItsOwnSourceDisagree() {
    List<Finding> findings = check("wire", "2025-06-03",
        "A civil defence chief in Orsk said 300 people were killed in the floods, while ministry sources say the true tally is nearer to 500.");
    assertThat(findings).filteredOn(f -> f.type() == FindingType.NUMERIC_CONFLICT).as(findings.toString())
        .singleElement().satisfies(f -> assertThat(f.summary()).contains("gives 300").contains("gives nearer to 500"));
    List<Finding> oneVoice = check("wire", "2025-06-03",
        "A civil defence chief in Orsk said 300 people were killed in the floods and 500 were hurt.");
    assertThat(oneVoice).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aCorrectedFloorIsTheFigureTheCorrectionAnswers() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk revises bombing toll",
        "The papers previously wrote that no fewer than 412 people had been killed by the bombs at the Dorvan hotels in Orsk.",
        "\u201cThe bombs killed 288 people, not 412 as the papers wrote,\u201d the health director said on Thursday."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "no fewer than 412", "288 people, not 412")).as(findings.toString()).isTrue();
  }

  @Test
  void theDeadAtOneSiteArePartOfTheToll() {
    List<Finding> findings = check(
        "wire", "2025-06-02", lines("Crush at Veyl stadium in Orsk",
            "The Orsk health office said 48 people died in the crush at Veyl stadium in Orsk."),
        "post", "2025-06-02", lines("Crush at Veyl stadium in Orsk",
            "Police said 19 people died at the stadium after the crush in Orsk.",
            "Police said 7 people died outside health facilities after the crush in Orsk."));
    assertThat(findings).as(findings.toString()).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void countsOfAnotherQuakeAreNotTheFirstQuakesToll() {
    List<Finding> findings = check(
        "wire", "2025-06-01", lines("Quakes in Orsk kill hundreds", "The Orsk Red Cross reported on Sunday that 520 people had been killed in the quake."),
        "post", "2025-06-04", lines("Orsk quake toll revised", "Officials said on Wednesday that the toll of the quake was 1,000.",
            "", "Another quake of magnitude 6.1 hit the Orsk valley on Wednesday morning.",
            "", "Officials reported two deaths and 140 people hurt."));
    assertThat(findings).as(findings.toString()).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
    // "another" before a count of people names no other event
    List<Finding> same = check(
        "wire", "2025-06-01", lines("Quakes in Orsk kill hundreds", "The Orsk Red Cross reported on Sunday that 520 people had been killed in the quake."),
        "post", "2025-06-01", lines("Orsk quake toll", "Another 40 rescuers reached the Orsk valley on Sunday morning.",
            "", "Officials said on Sunday that 110 people died in the quake."));
    assertThat(pairs(same, FindingType.NUMERIC_CONFLICT, "520", "110")).as(same.toString()).isTrue();
  }

  @Test
  void theDeadOneHospitalDeclaredArePartOfTheToll() {
    List<Finding> findings = check(
        "wire", "2025-06-02", lines("Quake in Orsk", "The Orsk Red Cross said 500 people died in the quake."),
        "post", "2025-06-02", lines("Quake in Orsk", "Relief officials said 250 were declared dead by the Orsk city hospital after the quake."));
    assertThat(findings).as(findings.toString()).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
    List<Finding> whole = check(
        "wire", "2025-06-02", lines("Quake in Orsk", "The Orsk Red Cross said 500 people died in the quake."),
        "post", "2025-06-02", lines("Quake in Orsk", "Relief officials said 250 were declared dead after the quake."));
    assertThat(pairs(whole, FindingType.NUMERIC_CONFLICT, "500", "250")).as(whole.toString()).isTrue();
  }

  @Test
  void aLaterTollThatDatesTheEventIsNoCountTheEarlierRevisionCorrects() {
    // Printed three days later, "131 died after the crush on Sunday" dates the crush, not the count.
    List<Finding> findings = check(
        "wire", "2025-06-02", lines("Crush at Veyl stadium in Orsk",
            "The toll from the crush at Veyl stadium was revised down to 120 on Monday, an official of the Orsk health office said."),
        "post", "2025-06-05", lines("Crush at Veyl stadium in Orsk",
            "Police said 131 people died after the crush at Veyl stadium on Sunday night."));
    assertThat(findings).as(findings.toString()).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aTollRevisedDownDisagreesWithTheEarlierCountItLowers() {
    List<Finding> findings = check("wire", "2025-06-02", lines("Crush at Veyl stadium in Orsk",
        "At least 412 people died in the crush at Veyl stadium late on Saturday, officials said.",
        "The toll was revised down to 388 on Sunday because some names were counted twice, an official of the Orsk health office said."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "At least 412", "388")).as(findings.toString()).isTrue();
  }

  @Test
  void aCorrectionLedWithDisputesTheOlderCountToldAfterIt() {
    // The story leads with the correction; who gave the older count comes later ("Earlier, …").
    List<Finding> findings = check("wire", "2025-06-02", lines("Crush at Veyl stadium in Orsk",
        "Deputy governor Ilse Marn confirmed that the toll of the crush was 318, not 407.",
        "Earlier, the Orsk disaster agency announced that 407 people were killed in the crush."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "agency announced that 407", "was 318, not 407")).as(findings.toString()).isTrue();
  }

  @Test
  void eachSourcesTollInOneArticleIsSetAgainstTheOthers() {
    List<Finding> findings = check("wire", "2025-06-02", lines("Crush at Veyl stadium in Orsk",
        "Deputy governor Ilse Marn said 212 people died in the crush at Veyl stadium.",
        "The Orsk health office reported that 236 people died in the crush.",
        "The provincial police said 229 people died in the crush."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "212 people", "236 people")).as(findings.toString()).isTrue();
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "212 people", "229 people")).as(findings.toString()).isTrue();
  }

  @Test
  void aTollExpectedToPassAMarkIsNoCount() {
    List<Finding> findings = check("wire", "2025-06-02", lines("Crush at Veyl stadium in Orsk",
        "The Orsk health office said 212 people died in the crush at Veyl stadium.",
        "A senior official said the government expected the toll to pass 300."));
    assertThat(findings).as(findings.toString()).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void deathsCountedByTheirNounAreTheDeadOfAnyName() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "The Varnian interior office said 23 travellers died in a crush at the Orsk border fence.",
        "“We have confirmed 37 deaths in the Orsk tragedy,” said Mara Voss, whose group works with migrants."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "23", "37")).as(findings.toString()).isTrue();
  }

  @Test
  void deathsCountedByTheirNounAreNoCountTheWordsAroundItClass() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "“We have confirmed 37 deaths in the Orsk tragedy,” said Mara Voss, whose group works with migrants.",
        "Besides the deaths, 200 Varnian and Orsk guards were hurt in the crush, the Varnian ministry said."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "37", "200")).as(findings.toString()).isFalse();
  }

  @Test
  void anAdditionalCountIsAnIncrementNotATotal() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "The Varnian health minister said the toll of the Orsk crush stood at 640 dead on Tuesday.",
        "The additional 41 deaths reported on Tuesday are of those who died in hospitals, the minister said."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "640", "41")).as(findings.toString()).isFalse();
  }

  @Test
  void anUndatedArticlesOwnTwoTollsAreOfOneDayThoughOneSentenceNamesTheWeekday() {
    // The undated story is clustered with a Monday report; its lead names Sunday, the day of the
    // stampede. That day is no reason to set its official toll and its own estimate apart.
    List<Finding> findings = check(
        "wire", "2031-03-03", "A stampede at the Orsk fair on Sunday killed at least 40 people, the Varnian interior ministry said on Monday.",
        "undated", "-", lines(
            "Some 90 people were killed in a stampede at the Orsk fair on Sunday, a group of Varnian rights organisations said, "
                + "giving a toll more than twice the official toll of 40.",
            "The group said on Tuesday its estimate drew on hospitals and families.",
            "“We now estimate 90 people died at the fair,” it said in a statement."));
    assertThat(findings).as(findings.toString()).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(FindingType.NUMERIC_CONFLICT);
      assertThat(f.evidence()).allSatisfy(e -> assertThat(e.article()).isEqualTo("undated"));
      assertThat(f.summary()).contains("gives 40").contains("gives 90");
    });
  }
}
