package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.pairs;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "contradicting the firm's account" end to end: the owner's claim is found in the same or another article. */
class OwnerAccountsTest {




  private static final String FIRM = String.join("\n",
      "The ferry operator Brannock said on Monday that a fault had exposed the bookings of some 40,000 passengers.",
      "",
      "The company said it had \"alerted the maritime regulator within two days\" of finding the fault.");

  @Test
  void pairsOwnersClaimInAnotherArticle() {
    List<Finding> findings = check("firm", "2025-02-03", FIRM, "agency", "2025-02-04", String.join("\n",
        "The maritime regulator learned of the fault from a passenger, not from Brannock, a spokesman for the agency"
            + " said on Tuesday, contradicting the operator's account.",
        "",
        "\"Nobody from the company called us,\" he said."));

    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "alerted the maritime regulator", "contradicting the operator"))
        .isTrue();
    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "alerted the maritime regulator", "nobody from the company"))
        .isTrue();
  }

  @Test
  void aSeveralWordOwnersViewIsWhatItLastSaidBeforeTheCue() {
    List<Finding> findings = check("one", "2025-02-03", String.join("\n",
        "Tarvo Dairy Farms, which had been accused by the food agency of selling spoiled milk, said it “had never sold a spoiled batch”.",
        "",
        "Its director said the past week had been hard for the staff.",
        "",
        "In a separate statement the agency's office appeared to contradict Tarvo Dairy Farms’ view of the inquiry."));

    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "never sold a spoiled batch", "appeared to contradict"))
        .isTrue();
  }

  @Test
  void pairsOwnersClaimInTheSameArticle() {
    List<Finding> findings = check("one", "2025-02-03", FIRM + "\n\nThe maritime regulator learned of the fault"
        + " from a passenger, a spokesman for the agency said, contrary to the company's statement.");

    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "alerted the maritime regulator", "contrary to the company"))
        .isTrue();
  }

  @Test
  void staysSilentWhenTheOwnersClaimsShareNoTopic() {
    List<Finding> findings = check("firm", "2025-02-03", String.join("\n",
        "The ferry operator Brannock said on Monday that it would add two crossings a day in summer."),
        "agency", "2025-02-04",
        "Harbour fees will rise in April, a spokesman for the port said, contradicting the operator's account.");

    assertThat(findings.stream().filter(f -> f.type() == FindingType.ACCOUNT_DISPUTE)).isEmpty();
  }

  @Test
  void anAccountNamedByItsIssuerIsTheIssuersOwnArticleFirst() {
    String readout = String.join("\n",
        "Varnian Foreign Minister Ilo Dorvan spoke with Orsk Premier Tal Veyl by phone on Monday.",
        "",
        "Dorvan pressed Orsk to act against all smugglers operating from its ports, a statement issued by the Varnian Foreign Ministry said.");
    List<Finding> findings = check(
        "wire", "2025-02-03", readout,
        "daily", "2025-02-03", String.join("\n",
            "Orsk takes exception to the misleading account issued by the Varnian Foreign Ministry on the call between Veyl and Dorvan, its foreign office said.",
            "",
            readout));

    assertThat(findings).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(f.evidence()).allMatch(e -> e.article().equals("daily"));
      assertThat(EndToEnd.has(f, "smugglers operating from its ports")).isTrue();
      assertThat(EndToEnd.has(f, "takes exception")).isTrue();
    });
  }

  @Test
  void noMentionOfAThingDeniesTheAccountThatItWasRaised() {
    List<Finding> findings = check("wire", "2025-02-03", String.join("\n",
        "Varnian Foreign Minister Ilo Dorvan spoke with Orsk Premier Tal Veyl by phone on Monday.",
        "",
        "Dorvan pressed Veyl to act against all smugglers operating from Orsk ports, the Varnian Foreign Ministry said.",
        "",
        "The Orsk foreign office insisted there had been no mention whatsoever during the call of smugglers operating from Orsk ports."));

    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "pressed Veyl to act", "no mention whatsoever")).as(findings.toString()).isTrue();
  }
}
