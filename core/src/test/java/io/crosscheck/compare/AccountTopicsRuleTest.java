package io.crosscheck.compare;

import static io.crosscheck.compare.Fixtures.article;
import static io.crosscheck.compare.Fixtures.covers;
import static io.crosscheck.compare.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTopicsRuleTest {
  private final AccountTopicsRule rule = new AccountTopicsRule(Fixtures.LEXICON);

  @Test
  void flagsTheCentreOfOneReadoutMissingFromTheOther() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "“The envoy raised the dam on the Orra and said the dam must be shared,” the foreign office said in a statement.",
        "“The governor welcomed closer trade ties,” the palace said in a statement after the meeting.")));

    assertThat(findings).anySatisfy(f -> {
      assertThat(covers(f, "the dam must be shared", "closer trade ties")).isTrue();
      assertThat(f.summary()).contains("leaves out dam");
    });
  }

  @Test
  void staysSilentWhenBothReadoutsShareTheirTopics() {
    assertThat(run(rule, article("a", String.join("\n",
        "“The envoy raised trade and trade routes,” the foreign office said in a statement.",
        "“The governor discussed trade routes and trade,” the palace said in a statement.")))).isEmpty();
  }

  @Test
  void isNotADefaultCheck() {
    assertThat(Checks.defaults(Fixtures.LEXICON)).noneMatch(c -> c instanceof AccountTopicsRule);
  }
}
