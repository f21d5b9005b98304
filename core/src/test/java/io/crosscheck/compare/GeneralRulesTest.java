package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The disagreement checks end to end on shapes no development article has: agreement claims
 * against denials, accusations against denials, differently worded counts and maxima, and
 * omissions whose topic is named in other words. Each positive has a look-alike that stays silent.
 */
class GeneralRulesTest {
  /** Pairs of id and body, all published on one day. */
  private static List<Finding> check(String... idsAndBodies) {
    List<String> triples = new java.util.ArrayList<>();
    for (int i = 0; i < idsAndBodies.length; i += 2) {
      triples.addAll(List.of(idsAndBodies[i], "2025-06-12", idsAndBodies[i + 1]));
    }
    return EndToEnd.check(triples.toArray(String[]::new));
  }

  @Test
  void pairsALedeDenialOfANamedReportWithTheReportToldAfterIt() {
    // "denied the X report on …" or "… report that …": one report, named; its claim is told further down.
    for (String denial : List.of("denied The Daily Orsk report on its envoy to the bloc meeting with the tycoon",
        "denied The Daily Orsk report that its envoy to the bloc met the tycoon")) {
      List<Finding> findings = check("envoy", lines(
          "Varnia's foreign ministry spokesman Ivo Marsh on Saturday categorically " + denial + ".",
          "The Daily Orsk reported on Friday that the tycoon met earlier this week with Varnia's envoy to the bloc, Ana Pell."));
      assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "categorically denied", "met earlier this week")).as(denial).isTrue();
    }
  }

  @Test
  void aDecisionCalledWrongDisputesTheReasonsGivenForIt() {
    List<Finding> findings = check("wire", lines(
        "The Orsk port authority refused Veyl Freight a new berth licence on Monday.",
        "The authority said Veyl Freight had let unlicensed pilots steer ships into the harbour.",
        "Veyl Freight said the decision was \u201cextraordinary and wrong\u201d and that it would appeal."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "unlicensed pilots", "extraordinary and wrong")).as(findings.toString()).isTrue();
  }

  @Test
  void aDecisionCalledDisappointingIsNoDispute() {
    List<Finding> findings = check("wire", lines(
        "The Orsk port authority refused Veyl Freight a new berth licence on Monday.",
        "The authority said Veyl Freight had let unlicensed pilots steer ships into the harbour.",
        "Veyl Freight said the decision was disappointing and that it would study it."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void aSecondDenialIsNoAccountForTheFirst() {
    // "denying claims made in some papers about …" denies too: the lede's denial answers the report.
    List<Finding> findings = check("envoy", lines(
        "Varnia on Saturday categorically denied that its envoy to the bloc had met the tycoon Ivo Pell in Orsk, "
            + "the Varnian news agency VNA reported.",
        "A ministry spokesman, while categorically denying claims made in some foreign papers about a meeting between "
            + "Ivo Pell and the Varnian envoy to the bloc in Orsk, voiced surprise at the coverage, VNA said.",
        "The Daily Orsk reported on Thursday that Pell met with Varnia's envoy to the bloc on Monday."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "categorically denied that its envoy", "Pell met with")).isTrue();
    // Both denials may answer the report together; never does one stand as the other's account.
    assertThat(findings).filteredOn(f -> EndToEnd.has(f, "voiced surprise"))
        .allSatisfy(f -> assertThat(EndToEnd.has(f, "Pell met with")).isTrue());
  }

  @Test
  void pairsAQuotedAgreementWithADenialOfAnyAgreementOnTheSameTopic() {
    List<Finding> findings = check("strike", lines(
        "Bus drivers in Tellam stayed at home for a third day on Wednesday.",
        "Their union said the transit company had “agreed in principle” to a pay rise for night drivers.",
        "“No agreement was reached on pay,” a spokesman for the company said."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "agreed in principle", "no agreement was reached on pay")).isTrue();
  }

  @Test
  void pairsACommitmentWithADenialInAnotherArticleThoughTheVerbsDiffer() {
    List<Finding> findings = check(
        "north", "The trade council said Brevia had committed to lifting its ban on poultry imports within a month.",
        "south", lines("A spokeswoman for the Brevian farm office rejected the claim that Brevia had agreed to lift the ban.",
            "“Nothing was promised on poultry,” she said."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "committed to lifting", "rejected the claim")).isTrue();
  }

  @Test
  void staysSilentWhenTheAgreementAndTheDenialAreAboutDifferentThings() {
    List<Finding> findings = check("talks", lines(
        "The Works Ministry said both sides had agreed to attend a further round of talks next week.",
        "A spokesman for the hauliers denied that any deal on fuel prices had been struck."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "agreed to attend", "deal on fuel prices")).isFalse();
  }

  @Test
  void pairsAnAccusationWithTheDenialOfItsPredicate() {
    List<Finding> findings = check("convoy", lines(
        "The Valley Relief Group accused the border police of holding six of its lorries at a checkpoint for five hours.",
        "The interior department denied that any convoy had been held up.",
        "“No relief lorry has been stopped at any checkpoint,” its spokesman said."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "holding six of its lorries", "denied that any convoy")).isTrue();
  }

  @Test
  void pairsAnAccusationInOneArticleWithItsDenialInAnother() {
    List<Finding> findings = check(
        "charity", "The Hill Aid Network accused border guards of holding nine of its trucks at a checkpoint near Osk.",
        "agency", lines("The customs agency denied that any convoy had been held up on Monday.",
            "“No aid truck has been stopped at any checkpoint,” its spokeswoman said.",
            "The agency said on Monday that it had stopped a shipment of fuel at the port."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "holding nine of its trucks", "no aid truck")).isTrue();
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "holding nine", "shipment of fuel")).isFalse();
  }

  @Test
  void comparesDeathsAndKilledAsOneCountDespiteAnEarlierRise() {
    List<Finding> findings = check(
        "ministry", lines("The toll rose again overnight.",
            "According to the civil defence ministry, 312 people had died by Thursday evening."),
        "governor", "The provincial governor's office said on Thursday that 341 people had been killed in the floods.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "312 people", "341 people")).isTrue();
  }

  @Test
  void staysSilentOnInjuredAgainstDied() {
    List<Finding> findings = check(
        "fire", "At least 30 people were injured in the collapse on Thursday, the fire service said.",
        "clinic", "Hospital staff said 12 people had died in the collapse on Thursday.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void comparesCountsOfOneNounDoingTheSameThingOnTheSameDay() {
    List<Finding> findings = check(
        "port", "More than 40 ships were waiting at anchor off Belport on Thursday.",
        "pilots", lines("Harbour pilots counted 28 ships waiting at anchor off Belport on Thursday.",
            "Dock crews unloaded 12 ships at the main quay on Thursday."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "40 ships", "28 ships")).isTrue();
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "40 ships", "12 ships")).isFalse();
  }

  @Test
  void flagsTwoDifferentMaximaOfOneRateOnOneObject() {
    List<Finding> findings = check(
        "customs", lines("Velmar will impose tariffs of up to 20% on machinery, the customs office said.",
            "It will also impose tariffs of up to 10% on textiles."),
        "trade", "Trade officials said Velmar planned duties of as much as 25% on machinery.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "up to 20%", "as much as 25%")).isTrue();
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "up to 10%", "as much as 25%")).isFalse();
  }

  @Test
  void pairsAnOmissionWithTheAccountThatCentresOnItsTopicNotABystander() {
    List<Finding> findings = check("docks", lines(
        "The dockers' union called off its strike at Harlow on Monday after the operator accepted limits on overnight shifts, "
            + "the union's central demand since two dockers were killed at Berth 4 in July.",
        "“We walked out for our lives, not for a bonus,” said a union steward, Ena Quill.",
        "“Safety has always come first on this river,” said a ferry pilot who was not involved in the dispute.",
        "The operator praised the workforce for its patience in a statement.",
        "The statement made no reference to safety or to the deaths at Berth 4."));
    assertThat(pairs(findings, FindingType.OMISSION, "made no reference to safety", "two dockers were killed")).isTrue();
    assertThat(pairs(findings, FindingType.OMISSION, "made no reference to safety", "always come first")).isFalse();
  }

  @Test
  void pairsAnOmissionWithAnAccountInAnotherArticleNamingTheTopicInOtherWords() {
    List<Finding> findings = check(
        "owner", "The quarry owner's statement on the reopening made no mention of the deaths at the east pit.",
        "miners", "Three miners were killed at the east pit last month, the miners' association said.");
    assertThat(pairs(findings, FindingType.OMISSION, "made no mention", "three miners were killed")).isTrue();
  }

  @Test
  void staysSilentOnAnAgreementToMeetAgainstNoAgreementOnPrices() {
    List<Finding> findings = check("fuel", lines(
        "The Works Ministry said the hauliers and the Works Ministry had agreed to attend a mediation session.",
        "A spokesman for the hauliers said no agreement had been reached on fuel prices with the Works Ministry."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void readsTheTopicOfABareDenialFromTheQuoteAfterIt() {
    List<Finding> findings = check(
        "exporters", "Grain exporters said Ostmark had promised to scrap its levy on barley before the harvest.",
        "ministry", lines("The Ostmark trade ministry denied that any deal had been struck.",
            "“There was no promise on barley,” a spokeswoman said."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "promised to scrap", "denied that any deal")).isTrue();
  }

  @Test
  void staysSilentOnTwoMaximaOfOneRateFromOneArticle() {
    List<Finding> findings = check("customs", lines(
        "Velmar will impose tariffs of up to 20% on machinery this year, the customs office said.",
        "From next year it may charge duties of as much as 35% on machinery."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void readsTheTopicAfterAQuotedCommitmentAcrossArticles() {
    List<Finding> findings = check(
        "envoy", lines("Westmark's trade envoy said Norland had “committed to lifting” the ban on dairy imports by June.",
            "The teachers' federation said the education board had accepted its demand for smaller classes."),
        "board", lines("“No commitment was made on dairy,” a spokesman for Norland's farm ministry said.",
            "The education board has promised a new school in the east of the city."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "committed to lifting", "no commitment was made on dairy")).isTrue();
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "smaller classes", "new school")).isFalse();
  }

  @Test
  void pairsAnAccusationWithABareDenialInAnotherArticle() {
    List<Finding> findings = check(
        "trust", lines("The River Aid Trust accused soldiers of holding seven of its trucks outside Marra for a whole day.",
            "Officials said the trucks carried flour and tents."),
        "defence", "The defence ministry denied that any convoy had been held up near Marra.");
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "holding seven", "denied that any convoy")).isTrue();
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "flour and tents", "denied that any convoy")).isFalse();
  }

  @Test
  void staysSilentOnCountsOfOneNounOnDifferentDays() {
    List<Finding> findings = check(
        "port", "More than 40 ships were waiting at anchor off Belport on Tuesday.",
        "pilots", "Harbour pilots counted 28 ships waiting at anchor off Belport on Thursday.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void flagsTwoMaximaFromTwoSourcesInOneArticle() {
    List<Finding> findings = check("levies", lines(
        "The finance ministry said Velmar would charge tariffs of up to 15% on steel.",
        "But the exporters' council said it had been told of duties of as much as 30% on steel."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "up to 15%", "as much as 30%")).isTrue();
  }

  @Test
  void comparesARiseWithAnotherSourcesFigureForTheSameStatedDay() {
    List<Finding> findings = check(
        "ministry", "The emergencies ministry said on Wednesday that 263 people had died, up from 240 people a day earlier.",
        "governor", "The governor's office said on Wednesday that 289 people had been killed.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "263 people", "289 people")).isTrue();
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT && f.summary().contains("240"));
  }

  @Test
  void staysSilentOnOneSourcesRevision() {
    List<Finding> findings = check("ministry", lines(
        "On Wednesday morning the ministry said 240 people had died.",
        "By Wednesday evening the toll had risen to 263, the ministry said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void pairsAPromiseWithADenialOfReachingAnyAgreementOnIt() {
    List<Finding> findings = check(
        "growers", "The growers' union said the agriculture ministry had promised to cut the levy on fertiliser.",
        "ministry", "The agriculture ministry denied reaching any agreement on the fertiliser levy.");
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "promised to cut", "denied reaching any agreement")).isTrue();
  }

  @Test
  void staysSilentWhenOneSpeakerQualifiesTheirOwnPromise() {
    List<Finding> findings = check("mayor", lines(
        "Mayor Ilse Varga said on Monday that she had promised a review of bus fares before the summer.",
        "Mayor Ilse Varga said no commitment had been made on bus fares themselves."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }
}
