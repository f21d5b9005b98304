package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a toll is told apart from the counts around it, end to end in invented words: "perished" and
 * "victims" count the dead; a named aside between a toll and its verb leaves it a toll; a hospital
 * in a town and the town are one place; the amount of a change, the addends of a total and the
 * count of identified bodies are no tolls of their own.
 */
class TollCountsTest {

  @Test
  void victimsAndPersonsWhoPerishedAreOneCountOfTheDead() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Fire at Dorvan clinic in Orsk",
        "The Varnian health ministry said the death toll from the fire at the Dorvan clinic settled at 60 victims.",
        "A statement from the Orsk health office said 92 persons perished in the fire at the Dorvan clinic."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "60 victims", "92 persons")).as(findings.toString()).isTrue();
  }

  @Test
  void aNameSetBetweenCommasLeavesTheTollItsVerb() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Fire at Dorvan clinic in Orsk",
        "The Varnian health ministry said the death toll from the fire at the clinic in Orsk, Dorvan Clinic, settled at 60 victims.",
        "A statement from the Orsk health office said 92 persons perished in the fire."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "60 victims", "92 persons")).as(findings.toString()).isTrue();
  }

  @Test
  void aClinicInATownAndTheTownAreOnePlace() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Fire at Dorvan clinic in Orsk",
        "The Varnian health ministry said the death toll from the fire in Orsk settled at 60 victims.",
        "A statement from the Orsk health office said 92 persons perished in the fire at Dorvan Clinic, a clinic in Orsk."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "60 victims", "92 persons")).as(findings.toString()).isTrue();
  }

  @Test
  void theAmountOfAChangeIsNoToll() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Storm Veyl toll climbs in Orsk",
        "The death toll from Storm Veyl in the Orsk region rose by 1,000 people overnight, officials said.",
        "Confirmed deaths from Storm Veyl in the Orsk region stood at 3,621, an official of the Orsk relief office said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void theAddendsOfATotalAreNoTollsOfTheirOwn() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Fire at Dorvan clinic in Orsk",
        "The Orsk health office said the toll from the fire at the Dorvan clinic stood at 60 people.",
        "The Varnian health ministry said the toll from the fire at the Dorvan clinic reached 39, in addition to 21 unidentified bodies."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void bodiesIdentifiedAreCountedApartFromTheToll() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Fire at Dorvan clinic in Orsk",
        "The Orsk health office said 92 people died in the fire at the Dorvan clinic.",
        "A Varnian health ministry spokesman said 72 people killed in the fire had been identified."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aTollLoweredInItsOwnSentenceDisagreesWithTheOlderFigure() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk lowers blast death toll",
        "Health officials in Orsk lowered the death toll from the blasts on Sunday.",
        "The health director issued the correction on Thursday, lowering the total from 359 to 253 people, a Varnian paper reported."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "from 359", "to 253")).as(findings.toString()).isTrue();
  }

  @Test
  void aTollThatRoseFromAnOlderFigureIsNoConflict() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk blast death toll rises",
        "The death toll from the blasts in Orsk rose to 359 from 290 on Thursday, the health director said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void theAmountATollWasRevisedByIsNoToll() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Storm Veyl toll revised in Orsk",
        "The death toll from Storm Veyl in the Orsk region was revised by 106 people overnight, officials said.",
        "Confirmed deaths from Storm Veyl in the Orsk region stood at 253, an official of the Orsk relief office said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aVagueMagnitudeIsSetAgainstNoOtherArticlesCount() {
    List<Finding> findings = check(
        "first", "2025-06-03", lines(
            "Blasts at Dorvan hotels in Orsk",
            "The blasts at the Dorvan hotels in Orsk killed scores of people on Sunday."),
        "second", "2025-06-03", lines(
            "Blasts at Dorvan hotels in Orsk",
            "The blasts at the Dorvan hotels in Orsk killed 359 people on Sunday, the Orsk police said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void countsOfPeopleWithNothingCountedAreNotCompared() {
    List<Finding> findings = check(
        "first", "2025-06-03", lines(
            "Blasts at Dorvan hotels in Orsk",
            "The Dorvan hotels in Orsk stood empty on Thursday, and the island nation of 21 million people mourned."),
        "second", "2025-06-03", lines(
            "Blasts at Dorvan hotels in Orsk",
            "The Dorvan hotels in Orsk stood empty on Thursday, and 253 people mourned at the island shrine."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aCountStatedInsteadOfAnotherDisagreesWithItInItsOwnSentence() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk revises clinic fire toll",
        "Officials in Orsk on Thursday said they had confirmed 60 victims instead of the 92 initially reported by the state radio."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "confirmed 60 victims", "92 initially reported")).as(findings.toString()).isTrue();
  }

  @Test
  void aCorrectedFloorIsTheFigureTheCorrectionAnswers() {
    List<Finding> findings = check("wire", "2025-06-03", lines(
        "Orsk revises blast toll",
        "At least 359 people had died in the blasts at the Dorvan hotels in Orsk, the papers reported on Tuesday.",
        "\u201cThe total of the dead in the blasts would be 253 and not 359 as reported in the papers,\u201d the health director said on Thursday."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "At least 359 people had died", "253 and not 359")).as(findings.toString()).isTrue();
  }
}
