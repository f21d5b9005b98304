package io.crosscheck.compare;

import static io.crosscheck.compare.Fixtures.article;
import static io.crosscheck.compare.Fixtures.covers;
import static io.crosscheck.compare.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

class OmissionRuleTest {
  private final OmissionRule rule = new OmissionRule(Fixtures.LEXICON);

  @Test
  void pairsDidNotMentionWithTheOtherPartysWordsOnTheTopic() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Envoy Tomas Brek told the cabinet that “the river dam must be shared” by both provinces.",
        "The two men met for an hour in Halden.",
        "A statement from the governor's office after the meeting did not mention the river dam. It stressed trade ties.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.OMISSION);
      assertThat(covers(f, "did not mention the river dam", "must be shared")).isTrue();
      assertThat(f.summary()).startsWith("A statement from the governor's office").contains("river dam");
    });
  }

  @Test
  void pairsMissingReadoutWithTheOtherPartysReadout() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Envoy Brek met Governor Venn in Halden on Friday.",
        "“The envoy welcomed progress on the border crossings,” the foreign office said in a statement after the meeting.",
        "The governor's office did not release a readout, as it usually does.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "welcomed progress", "did not release a readout")).isTrue();
      assertThat(f.summary()).contains("the governor's office released none");
    });
  }

  @Test
  void aPartyNeverLeavesOutItsOwnAccount() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Envoy Brek met Governor Venn in Halden on Friday.",
        "“The envoy welcomed progress on the border crossings,” the governor's office said in a statement after the meeting.",
        "The governor's office did not release a readout of the later call, as it usually does.")));

    assertThat(findings).isEmpty();
  }

  @Test
  void findsTheTopicInAnotherArticle() {
    List<Finding> findings = run(rule,
        article("a", "The governor's statement on the talks made no mention of fishing quotas."),
        article("b", "“Fishing quotas are the heart of this,” Brek said after the talks."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.evidence()).extracting(e -> e.article()).containsExactly("a", "b");
      assertThat(covers(f, "fishing quotas are the heart")).isTrue();
    });
  }

  @Test
  void staysSilentWhenNoOtherAccountSpeaksOfTheTopic() {
    assertThat(run(rule, article("a", String.join("\n",
        "Brek spoke about trade and tourism.",
        "The statement did not mention fishing quotas.")))).isEmpty();
  }

  @Test
  void staysSilentWhenNoReadoutExistsToContrast() {
    assertThat(run(rule, article("a", String.join("\n",
        "Brek met Venn in Halden.",
        "Venn's office did not release a readout.")))).isEmpty();
  }

  @Test
  void ignoresTheOmittingStatementsOwnParagraph() {
    assertThat(run(rule, article("a",
        "The statement did not mention fishing quotas, although officials later said fishing quotas would be discussed."))).isEmpty();
  }

  @Test
  void needsOnlyTheHeadOfTheTopic() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "“The attack on our harbour was an outrage,” the mayor said after meeting the envoy.",
        "The envoy's readout made no reference to Sunday's rocket attack on the harbour at Selm.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "made no reference", "an outrage")).isTrue());
  }

  @Test
  void namesTheStatementBehindAPronoun() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "“The dam is the only question that matters,” Brek said.",
        "The statement from the governor's office praised trade ties.",
        "It made no mention of the dam.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary()).startsWith("The statement from the governor's office"));
  }

  @Test
  void readsPastTenseMissingReadout() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "“The envoy pressed for open crossings,” the foreign office said in a statement after the meeting.",
        "The palace, which usually publishes its own summary, had not released a readout by the evening.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "pressed for open crossings", "had not released")).isTrue());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {
      "The palace statement did not mention the grain corridor.",
      "The palace statement made no reference to the grain corridor.",
      "The palace statement was silent on the grain corridor.",
      "The palace statement failed to mention the grain corridor.",
      "There was no mention of the grain corridor in the palace statement.",
      "The palace version did not speak to the grain corridor directly.",
      "The palace statement didn't touch on the grain corridor.",
  })
  void recognisesOmissionCue(String cue) {
    List<Finding> findings = run(rule, article("a",
        "“The grain corridor must reopen this week,” envoy Brek said after the meeting.\n" + cue));
    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "must reopen", cue)).isTrue());
  }
}
