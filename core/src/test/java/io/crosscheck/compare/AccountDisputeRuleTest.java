package io.crosscheck.compare;

import static io.crosscheck.compare.Fixtures.article;
import static io.crosscheck.compare.Fixtures.covers;
import static io.crosscheck.compare.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountDisputeRuleTest {
  private final AccountDisputeRule rule = new AccountDisputeRule(Fixtures.LEXICON);

  @Test
  void pairsAccuracyQuestionWithTheAccountBeforeIt() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Minister Orla Venn met envoy Tomas Brek in Halden on Thursday.",
        "A readout from the ministry said Brek called the border clash a “grave provocation” during the talks.",
        "Asked whether this account was accurate, an aide to Brek said he had called it “an unfortunate incident”.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(covers(f, "grave provocation", "unfortunate incident")).isTrue();
      assertThat(f.summary()).contains("an aide to Brek disputes it");
    });
  }

  @Test
  void pairsUnassessedClaimWithTheSentenceMakingIt() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The council said the fire at the depot was sabotage by Norvish agents.",
        "Officials in Halden gave no further details.",
        "A spokeswoman for the port authority said it had not made any assessment of claims of Norvish sabotage.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "sabotage by Norvish agents", "not made any assessment")).isTrue();
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
    });
  }

  @Test
  void pairsDenialWithTheReportItAnswers() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Aides said Brek was pressed on reports that the army was running a so-called “Clearance Plan” in the valley.",
        "Those reports could not be verified.",
        "The defence ministry told him the practice was “categorically not part of its policy,” an aide said.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "Clearance Plan", "not part of its policy")).isTrue());
  }

  @Test
  void pairsAlreadyBegunWithNotYetImplementedAcrossArticles() {
    List<Finding> findings = run(rule,
        article("a", "Army spokesman Ivo Mardin said the force had already begun a slower, more targeted phase of the campaign."),
        article("b", String.join("\n",
            "Commanders have signalled a move to a slower and more targeted phase.",
            "A Halden diplomat said the move to this phase has not yet been implemented.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.evidence()).extracting(e -> e.article()).containsExactly("a", "b");
      assertThat(covers(f, "already begun", "not yet been implemented")).isTrue();
    });
  }

  @Test
  void pairsAgreedWithDidNotAgree() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The mediators said the rebels agreed to a three-day pause in the northern hills.",
        "A rebel commander said his fighters never agreed to any pause in the northern hills.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "agreed to a three-day", "never agreed")).isTrue());
  }

  @Test
  void staysSilentWhenProgressClaimsAreAboutDifferentThings() {
    assertThat(run(rule, article("a", String.join("\n",
        "The port had already begun loading grain for export.",
        "Separately, the new rail link has not yet been implemented, the transport office said.")))).isEmpty();
  }

  @Test
  void staysSilentOnOrdinaryReporting() {
    assertThat(run(rule, article("a", String.join("\n",
        "The minister said the talks were “useful and frank”.",
        "Critics rejected the plan as too slow, and the ministry dismissed their concerns.",
        "The aide did not say whether another meeting was planned.")))).isEmpty();
  }

  @Test
  void staysSilentWhenTheCueHasNoAccountToAnswer() {
    assertThat(run(rule, article("a", "Asked whether this account was accurate, an aide declined to comment."))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Asked whether this account was accurate, a palace aide said Venn called it “a misunderstanding”.",
      "“Outrageous” is not a word she would use, a palace aide said.",
      "A palace aide disputed that account of the call.",
      "A palace aide said that characterisation was inaccurate.",
  })
  void recognisesDisputeCue(String cue) {
    List<Finding> findings = run(rule, article("a",
        "The ministry said Venn called the delay “outrageous” in the call with Brek.\n" + cue));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "outrageous", cue)).isTrue());
  }
}
