package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A party denying what another account credits to it, in invented words. */
class CreditDenialsTest {
  @Test
  void partyDenyingTheFigureCreditedToItDisputesTheCreditingAccount() {
    List<Finding> findings = check("wire", "2025-04-14", lines(
        "The relief office said the toll in Marrow had climbed to 940, citing the Varno Aid Society.",
        "Rescue crews kept digging through the night.",
        "The Varno Aid Society denied that the toll had reached 940.",
        "“We have published no such count,” its spokeswoman said."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "citing the Varno Aid Society", "denied that the toll had reached 940"))
        .isTrue();
  }

  @Test
  void aDenialRightAfterTheCreditMayNameThePartyByItsKind() {
    List<Finding> findings = check("wire", "2025-04-14", lines(
        "The relief office put the toll in Marrow at 940.",
        "The relief office attributed the figures to the Varno Aid Society.",
        "But a spokesman for the aid group rejected them."));
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "attributed the figures", "rejected them")).isTrue();
  }

  @Test
  void aDenialOfSomethingElseByAnotherPartyStaysSilent() {
    List<Finding> findings = check("wire", "2025-04-14", lines(
        "The relief office said the toll in Marrow had climbed to 940, citing the Varno Aid Society.",
        "Rescue crews kept digging through the night.",
        "The harbour board denied that the pier had been closed."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void thePartysOwnFigureInOneArticleAndItsDenialInAnother() {
    List<Finding> findings = check(
        "first", "2025-04-11", "The Varno Aid Society said the toll in Marrow had climbed to 940.",
        "second", "2025-04-14", "The Varno Aid Society issued a statement on Monday, denying that the floods in Marrow had killed 940 people.");
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "had climbed to 940", "denying that the floods")).isTrue();
  }

  @Test
  void aDenialNamingNoFigureIsNeverPairedWithThePartysOwnAccount() {
    List<Finding> findings = check(
        "first", "2025-04-11", "The Varno Aid Society said the toll in Marrow had climbed to 940.",
        "second", "2025-04-14", "The Varno Aid Society denied any contradictions in its reports from Marrow.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void theSameFigureDeniedAboutAnotherEventStaysSilent() {
    List<Finding> findings = check(
        "first", "2025-04-11", "The Varno Aid Society said the toll from the floods in Marrow had climbed to 940.",
        "second", "2025-06-20", "The Varno Aid Society denied that the quake in Tessel had killed 940 people.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void aProposalTurnedDownDeniesNoFigure() {
    List<Finding> findings = check(
        "first", "2025-04-11", "Ivo Dorvan said Korvel United owe him 940,000 euros in unpaid wages.",
        "second", "2025-04-14", "Ivo Dorvan rejected the league's offer to mediate in his dispute with Korvel United over 940,000 euros in unpaid wages.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }
}
