package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A party kept away from an event against another party's claim that every case happened in its presence. */
class ExclusionDisputesTest {
  private static final String EXCLUDED =
      "The Harbour Party said its monitors were escorted out of the tally room before the overseas votes were opened.";

  @Test
  void pairsExclusionWithUniversalPresenceInOneArticle() {
    List<Finding> findings = check("poll", "2025-04-07", String.join("\n", EXCLUDED, "",
        "\"All votes in the county were opened in the presence of monitors,\" a spokeswoman for the returning office said."));

    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "escorted out of the tally room", "in the presence of monitors"))
        .isTrue();
  }

  @Test
  void pairsExclusionWithNegatedExclusionAcrossArticles() {
    List<Finding> findings = check("party", "2025-04-07", EXCLUDED, "office", "2025-04-08",
        "No monitor was barred from the tally room while votes were opened, the returning office said on Tuesday.");

    assertThat(pairs(findings, FindingType.ACCOUNT_DISPUTE, "escorted out of the tally room", "no monitor was barred"))
        .isTrue();
  }

  @Test
  void staysSilentWhenTheUniversalClaimIsAboutSomethingElse() {
    List<Finding> findings = check("poll", "2025-04-07", String.join("\n", EXCLUDED, "",
        "\"Every polling station in the county opened on time,\" a spokeswoman for the returning office said."));

    assertThat(findings.stream().filter(f -> f.type() == FindingType.ACCOUNT_DISPUTE)).isEmpty();
  }

  @Test
  void staysSilentWhenOneSourceSaysBoth() {
    List<Finding> findings = check("poll", "2025-04-07", String.join("\n", EXCLUDED, "",
        "The Harbour Party said all other votes were opened in front of its monitors."));

    assertThat(findings.stream().filter(f -> f.type() == FindingType.ACCOUNT_DISPUTE)).isEmpty();
  }
}
