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
 * A party's answer to a claim about it, set against the claim by a word of contrast and no dispute
 * cue; in invented words. Each look-alike (two parties speaking in turn about different things)
 * has a positive beside it.
 */
class CounterClaimsTest {
  private static final FindingType DISPUTE = FindingType.ACCOUNT_DISPUTE;

  @Test
  void anAnswerOpeningOnHoweverDisputesTheClaimNamingItsParty() {
    List<Finding> found = check("wire", "2031-09-12", lines(
        "Ivo Dorvan claims Korvel United owes him 40 million in unpaid wages and bonuses.",
        "However, Korvel United maintains that the striker gave up those sums when he signed his new terms."));
    assertThat(pairs(found, DISPUTE, "owes him 40 million", "gave up those sums")).as(found.toString()).isTrue();
  }

  @Test
  void anAnswerWithAContrastAsideAfterItsPartyDisputesTheClaimant() {
    List<Finding> found = check("wire", "2031-09-12", lines(
        "Ivo Dorvan says the club still owes him his last three months of salary.",
        "Korvel United, meanwhile, insist that Dorvan gave up the salary when he signed his transfer."));
    assertThat(pairs(found, DISPUTE, "still owes him", "Dorvan gave up the salary")).as(found.toString()).isTrue();
  }

  @Test
  void anAnswerNamingTheOwnerOfThePeopleWhoClaimDisputesThem() {
    // "Dorvan’s lawyers" and "Dorvan’s representatives" speak for Dorvan: an answer naming Dorvan answers them.
    List<Finding> found = check("wire", "2031-09-12", lines(
        "Dorvan’s lawyers say the club still owes the striker 40 million in unpaid wages.",
        "Korvel United, however, insists that it does not owe Dorvan a cent, citing a settlement signed in May."));
    assertThat(pairs(found, DISPUTE, "still owes the striker", "does not owe Dorvan")).as(found.toString()).isTrue();
    found = check("wire", "2031-09-12", lines(
        "According to a statement from Dorvan’s representatives, the striker asked the panel to note 40 million in unpaid wages.",
        "Korvel United, however, insists that it does not owe Dorvan a cent, citing a settlement signed in May."));
    assertThat(pairs(found, DISPUTE, "note 40 million", "does not owe Dorvan")).as(found.toString()).isTrue();
  }

  @Test
  void partiesSpeakingInTurnAboutOtherThingsAreNoDispute() {
    List<Finding> found = check("wire", "2031-09-12", lines(
        "Ivo Dorvan said he was happy to be playing in Orsk again.",
        "However, Korvel United said its new stadium would open in May."));
    assertThat(found).noneMatch(f -> f.type() == DISPUTE);
  }

  @Test
  void aRelayClosingOnItsOutletAnswersNothing() {
    List<Finding> found = check("wire", "2031-09-12", lines(
        "The Varnian relief office now puts the toll at 390, according to its revised report.",
        "However, the Varnian relief office, in an earlier bulletin, counted at least 1,100 dead, according to Kelwire."));
    assertThat(found).noneMatch(f -> f.type() == DISPUTE);
  }
}
