package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A share of a whole ("turnout was 76 percent") is one quantity among percentages only. Names are invented. */
class ShareClassesTest {
  @Test
  void twoTurnoutSharesOfOneVoteConflict() {
    List<Finding> findings = check("a", "2031-03-02", EndToEnd.lines(
        "The Varnian election board said turnout in Sunday's vote was 76 percent.",
        "The opposition alliance claimed the turnout was not more than 60 percent."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "76 percent", "60 percent")).isTrue();
  }

  @Test
  void theShareOfVotersTakingPartIsTheTurnout() {
    List<Finding> findings = check(
        "board", "2031-03-03", "Turnout in the Varnian presidential vote was 48 per cent, the election board said.",
        "wire", "2031-03-03", "The campaign to lift turnout in the Varnian presidential vote fell short, as fewer than one out of every five registered electors participated.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "48 per cent", "one out of every five")).as(findings.toString()).isTrue();
  }
}
