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
 * Two parties giving different causes for one event, or one backing an account the other denies, in
 * one sentence that sets them against each other; in invented words.
 */
class BlameDisputesTest {
  private static final FindingType DISPUTE = FindingType.ACCOUNT_DISPUTE;
  private static final String LEDE = "A blast tore through the Kelm depot on Tuesday night.";

  @Test
  void flagsTwoPartiesBlamingDifferentCausesAcrossWhile() {
    List<Finding> found = check("wire", "2031-08-05", lines(LEDE,
        "The Varnian interior ministry blamed an Ostrian drone strike, while Ostria said the blast was caused by a gas leak at the depot."));
    assertThat(pairs(found, DISPUTE, "blamed an Ostrian drone strike", "caused by a gas leak")).as(found.toString()).isTrue();
  }

  @Test
  void flagsABlameThatTheSentenceSaysWasDisputed() {
    List<Finding> found = check("wire", "2031-08-05", lines(LEDE,
        "Depot workers have blamed a faulty valve, a claim which has been contested by the Kelm Gas Company, "
            + "which said the fire was caused by an arson attack."));
    assertThat(pairs(found, DISPUTE, "blamed a faulty valve", "contested by the Kelm Gas Company")).as(found.toString()).isTrue();
  }

  @Test
  void staysSilentWhenOnlyOneSideGivesACause() {
    List<Finding> found = check("wire", "2031-08-05", lines(LEDE,
        "The Varnian interior ministry blamed an Ostrian drone strike, while Ostria said 12 of its workers were at the depot."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void staysSilentWhenOneSideGivesTwoCauses() {
    List<Finding> found = check("wire", "2031-08-05", lines(LEDE,
        "The Varnian interior ministry blamed an Ostrian drone strike, while the ministry also said the fire was caused by the strike."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void flagsAnAccountBackedByOnePartyAndDeniedByAnotherInOneSentence() {
    List<Finding> found = check("wire", "2031-08-05", lines("The envoy said his mediation ended the border clashes.",
        "While Ostria supported the envoy's account of the talks, Varnia denied any outside mediation."));
    assertThat(pairs(found, DISPUTE, "Ostria supported the envoy's account", "Varnia denied any outside mediation"))
        .as(found.toString()).isTrue();

    List<Finding> oneParty = check("wire", "2031-08-05", lines("The envoy said his mediation ended the border clashes.",
        "While Varnia supported the envoy's account of the talks, Varnia denied any outside mediation."));
    assertThat(pairs(oneParty, DISPUTE, "Varnia supported the envoy's account", "Varnia denied any outside mediation"))
        .as(oneParty.toString()).isFalse();
  }

  @Test
  void positionsOnAProposalAreNoAccounts() {
    List<Finding> found = check("wire", "2031-08-05", lines(LEDE,
        "Ostria last week backed a Varnian-led plan for a full truce, but Orsk rejected it, proposing a pause in port strikes."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }
}
