package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.has;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks end to end on shapes the held-out cases showed (invented articles): counted nouns
 * named by synonyms, standing ceilings printed on different days, denials whose topic is named by
 * the question before them, and one denial answering several tellings of one claim. Each positive
 * has a look-alike that stays silent.
 */
class HeldOutShapesTest {


  private static List<Finding> ofType(List<Finding> findings, FindingType type) {
    return findings.stream().filter(f -> f.type() == type).toList();
  }




  @Test
  void comparesVesselsAndShipsAsOneCountedThingOnTheSameDay() {
    List<Finding> findings = check(
        "harbour", "2025-04-09", "More than 55 vessels were waiting at anchor outside Kelport on Tuesday, the harbour office said.",
        "tugs", "2025-04-09", "Tug crews counted 31 ships waiting at anchor off Kelport on Tuesday, their guild said.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "55 vessels", "31 ships")).isTrue();
  }

  @Test
  void staysSilentOnVesselsAndShipsCountedOnDifferentDays() {
    List<Finding> findings = check(
        "harbour", "2025-04-09", "More than 55 vessels were waiting at anchor outside Kelport on Tuesday, the harbour office said.",
        "tugs", "2025-04-10", "Tug crews counted 31 ships waiting at anchor off Kelport on Wednesday, their guild said.");
    assertThat(ofType(findings, FindingType.NUMERIC_CONFLICT)).isEmpty();
  }

  @Test
  void staysSilentOnVesselsAgainstLorriesWaitingTheSameDay() {
    List<Finding> findings = check(
        "harbour", "2025-04-09", "More than 55 vessels were waiting at anchor outside Kelport on Tuesday, the harbour office said.",
        "road", "2025-04-09", "Drivers counted 31 lorries waiting at the Kelport gate on Tuesday, their guild said.");
    assertThat(ofType(findings, FindingType.NUMERIC_CONFLICT)).isEmpty();
  }

  @Test
  void comparesTwoCeilingsOfOneDutyPrintedADayApart() {
    List<Finding> findings = check(
        "wire", "2025-05-05", "The Orlan trade office said Tessary charged tariffs of up to 12% on Orlan timber.",
        "paper", "2025-05-06", "Tessary applies duties of as much as 18% on Orlan-cut timber, two officials said.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "up to 12%", "as much as 18%")).isTrue();
  }

  @Test
  void staysSilentOnCeilingsPrintedMonthsApart() {
    List<Finding> findings = check(
        "wire", "2025-01-05", "The Orlan trade office said Tessary charged tariffs of up to 12% on Orlan timber.",
        "paper", "2025-05-06", "Tessary applies duties of as much as 18% on Orlan-cut timber, two officials said.");
    assertThat(ofType(findings, FindingType.NUMERIC_CONFLICT)).isEmpty();
  }

  @Test
  void readsTheDeniedTopicFromTheQuestionBeforeTheDenial() {
    List<Finding> findings = check("coast", "2025-07-01", lines(
        "The fisheries council said Ostrel had “committed to reopening” its waters to Danvik trawlers before autumn.",
        "Asked about the fishing waters, maritime spokeswoman Irma Salk told reporters: \"No commitment was made. "
            + "We agreed to study the request, nothing more.\""));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "committed to reopening", "No commitment was made")).isTrue();
  }

  @Test
  void staysSilentWhenTheQuestionNamesAnotherTopic() {
    List<Finding> findings = check("coast", "2025-07-01", lines(
        "The fisheries council said Ostrel had “committed to reopening” its waters to Danvik trawlers before autumn.",
        "Asked about the harbour fees, maritime spokeswoman Irma Salk told reporters: \"No commitment was made. "
            + "We agreed to study the request, nothing more.\""));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "committed to reopening", "No commitment was made")).isFalse();
  }

  @Test
  void readsTheQuestionBeforeADenialInAnotherArticle() {
    List<Finding> findings = check(
        "council", "2025-07-01", "The fisheries council said Ostrel had “committed to reopening” its waters to Danvik trawlers.",
        "ostrel", "2025-07-02", "Asked about the fishing waters, a maritime spokeswoman said: \"No commitment was made.\"");
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "committed to reopening", "No commitment was made")).isTrue();
  }

  @Test
  void staysSilentOnAnAgreementToMeetAgainstADenialAboutWages() {
    List<Finding> findings = check(
        "ministry", "2025-08-15", "The Works Ministry announced that the Tarnby rail board and the drivers' union had agreed to "
            + "attend a second session of mediation on Monday.",
        "board", "2025-08-14", lines(
            "The drivers' union says the Tarnby rail board made promises at the last mediation session.",
            "A spokeswoman for the Tarnby rail board, Petra Vane, insisted that nothing had been signed or promised.",
            "“There was a discussion about wages. A discussion is not a deal,” she said."));
    assertThat(ofType(findings, FindingType.ACCOUNT_DISPUTE)).isEmpty();
  }

  @Test
  void pairsAnAgreementOnWagesWithADenialWhoseQuoteIsAboutWages() {
    List<Finding> findings = check(
        "union", "2025-08-15", "The drivers' union said the Tarnby rail board had agreed to a wage raise at the last mediation session.",
        "board", "2025-08-14", lines(
            "The drivers' union says the Tarnby rail board made promises at the last mediation session.",
            "A spokeswoman for the Tarnby rail board, Petra Vane, insisted that nothing had been signed or promised.",
            "“There was a discussion about wages. A discussion is not a deal,” she said."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "agreed to a wage raise", "nothing had been signed")).isTrue();
  }

  @Test
  void mergesEveryTellingOfOneClaimAnsweredByOneDenialIntoOneFinding() {
    List<Finding> findings = check(
        "wire", "2025-09-10", lines(
            "Union leader Kasia Brenn said management had “agreed in principle” to a 7 percent raise for crane crews on Monday.",
            "A spokesman for the harbour board, Oskar Lind, denied that any deal had been struck.",
            "“No agreement was reached on pay,” he said."),
        "weekly", "2025-09-12",
            // One event is told by its cast: the weekly names the union leader too.
            "Union treasurer Mila Drost repeated the union's claim, first made by Kasia Brenn, that management had accepted"
                + " a 7 percent raise at Monday's meeting.");
    List<Finding> disputes = ofType(findings, FindingType.ACCOUNT_DISPUTE);
    assertThat(disputes).singleElement().satisfies(f -> {
      assertThat(has(f, "agreed in principle")).isTrue();
      assertThat(has(f, "accepted a 7 percent raise")).isTrue();
      assertThat(has(f, "No agreement was reached on pay")).isTrue();
    });
  }
}
