package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Report;
import io.crosscheck.model.Severity;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The default checks end to end, through the façade, on cues that need no attribution stage. */
class ChecksTest {
  private static final String MINISTRY = String.join("\n",
      "---",
      "id: ministry",
      "published: 2025-03-14",
      "---",
      "Envoy Tomas Brek told Governor Orla Venn that “the river dam must be shared” by both provinces.",
      "A statement from the governor's office after the meeting did not mention the river dam.",
      "The statement said Brek called the dispute “a grave provocation” by the north.",
      "Asked whether this account was accurate, an aide to Brek said he had called it “an unfortunate incident”.");
  private static final String WIRE = String.join("\n",
      "---",
      "id: wire",
      "published: 2025-03-14",
      "---",
      "“The envoy welcomed progress on the border crossings,” the foreign office said in a statement after the meeting.",
      "The governor's office did not release a readout, as it usually does.");

  @Test
  void registersOneRulePerFindingType() {
    assertThat(Checks.defaults(Fixtures.LEXICON)).hasSize(4);
  }

  @Test
  void findsDisputeAndOmissionsEndToEnd() {
    Report report = Crosscheck.withDefaults().checkTexts(Map.of("ministry.txt", MINISTRY, "wire.txt", WIRE));

    assertThat(report.findings()).extracting(Finding::type).containsExactlyInAnyOrder(
        FindingType.OMISSION, FindingType.ACCOUNT_DISPUTE, FindingType.OMISSION);
    assertThat(report.findings()).extracting(Finding::id).containsExactly("x1", "x2", "x3");
    for (Finding f : report.findings()) {
      for (Evidence e : f.evidence()) {
        String body = report.articles().stream().filter(a -> a.id().equals(e.article())).findFirst().orElseThrow().body();
        assertThat(e.span().in(body)).isEqualTo(e.text());
      }
    }
  }

  @Test
  void givesTheSameFindingsEveryRun() {
    Map<String, String> texts = Map.of("ministry.txt", MINISTRY, "wire.txt", WIRE);
    List<Finding> first = Crosscheck.withDefaults().checkTexts(texts).findings();
    List<Finding> second = Crosscheck.withDefaults().checkTexts(texts).findings();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void runsChecksAddedThroughTheBuilder() {
    Check flagEverything = batch -> List.of(new Finding("", FindingType.OMISSION, Severity.LOW, "custom",
        List.of(new Evidence("wire", "x", Span.of(0, 1), Optional.empty(), Optional.empty()))));
    Report report = Crosscheck.builder().checks(List.of()).addCheck(flagEverything).build()
        .checkTexts(Map.of("wire.txt", WIRE));
    assertThat(report.findings()).extracting(Finding::summary).containsExactly("custom");
  }

  @Test
  void neverThrowsOnJunk() {
    Map<String, String> junk = Map.of(
        "empty.txt", "",
        "quotes.txt", "“”“\"\"”’‘“ did not mention “ \" asked whether this account was accurate ”",
        "cues.txt", "did not release a readout. had already begun. has not yet been implemented. denied that.",
        "binary.txt", "\u0000\u0001\uFFFD\u0002 abc");
    Report report = Crosscheck.withDefaults().checkTexts(junk);
    // An empty file is a read error by design; no check may fail on what was read.
    assertThat(report.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("internal error"));
    assertThat(report.articles()).hasSize(3);
  }
}
