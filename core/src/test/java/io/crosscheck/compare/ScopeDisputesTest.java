package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One side giving a thing whole and the other only in part, in invented words. */
class ScopeDisputesTest {
  private static final FindingType DISPUTE = FindingType.ACCOUNT_DISPUTE;
  private static final String LEDE = "Kastani President Ivo Brun and Velorian envoy Ada Lenz ended their talks in Orvath on Monday "
      + "without a deal.\nBrun and Lenz are due to meet again in Orvath in March.";

  @Test
  void flagsAWholeAgainstAPartOfTheSameThing() {
    List<Finding> found = check(
        "wire", "2031-08-05", lines(LEDE, "Kastani President Ivo Brun said the Velorians wanted the tariffs lifted in their entirety."),
        "post", "2031-08-05", lines(LEDE, "Velorian envoy Ada Lenz said: “What we asked for was a partial lifting of the tariffs.”"));
    assertThat(pairs(found, DISPUTE, "lifted in their entirety", "partial lifting of the tariffs")).isTrue();
  }

  @Test
  void aWholeScopeDeniedIsAPart() {
    List<Finding> found = check(
        "wire", "2031-08-05", lines(LEDE, "Kastani President Ivo Brun said the Velorians demanded that all tariffs be lifted."),
        "post", "2031-08-05", lines(LEDE,
            "Velorian envoy Ada Lenz said the envoys did not ask for the tariffs to be lifted entirely, only partially."));
    assertThat(pairs(found, DISPUTE, "all tariffs be lifted", "lifted entirely, only partially")).isTrue();
  }

  @Test
  void aCountIsNoScope() {
    List<Finding> found = check("wire", "2031-08-05", lines(
        "Riots spread across Orvath on Monday.",
        "Police chief Ivo Brun said only seven deaths were recorded in the Orvath riots.",
        "Rights monitor Ada Lenz said the total number of deaths recorded in the Orvath riots was higher."));
    assertThat(found).filteredOn(f -> f.summary().contains("only in part")).isEmpty();
  }

  @Test
  void oneSpeakerGivingBothIsNoDispute() {
    List<Finding> found = check("wire", "2031-08-05", lines(LEDE,
        "Kastani President Ivo Brun said the Velorians wanted the tariffs lifted in their entirety.",
        "Brun later said a partial lifting of the tariffs could still be discussed."));
    assertThat(found).filteredOn(f -> f.summary().contains("only in part")).isEmpty();
  }
}
