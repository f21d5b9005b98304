package io.crosscheck.compare;

import static io.crosscheck.compare.Fixtures.covers;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two parties in one article describing one thing by a modifier and by its negation. */
class OppositeModifiersTest {

  @Test
  void aModifierAndItsNegationOnOneNounAreTwoAccounts() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "Varnian President Ivo Marsh said the country is holding direct talks with Orsk.",
        "",
        "Officials in Orsk said they had sent a proposal for indirect talks with Varnia that could involve Tessel as a mediator.",
        "",
        "Foreign Minister Ola Brandt said Varnia had agreed to hold indirect negotiations."));
    assertThat(findings).filteredOn(f -> f.type() == FindingType.ACCOUNT_DISPUTE).singleElement().satisfies(f -> {
      assertThat(covers(f, "holding direct talks", "proposal for indirect talks")).isTrue();
      assertThat(covers(f, "indirect negotiations")).isTrue();
      assertThat(f.summary()).contains("says \"direct\"").contains("says \"indirect\"");
    });
  }

  @Test
  void staysSilentWhenTheModifierIsDeniedOrLeftOpen() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "Officials in Orsk said they had sent a proposal for indirect talks with Varnia.",
        "",
        "Varnian President Ivo Marsh said the country would not hold direct talks with Orsk.",
        "",
        "Foreign Minister Ola Brandt said Varnia could in time be open to direct talks."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void staysSilentOnOneSidesTwoStatements() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "Varnian President Ivo Marsh said the country is holding direct talks with Orsk.",
        "",
        "Marsh later said the country was also holding indirect talks with Tessel."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void aNounAfterAPrefixedWordThatIsNoAdjectiveIsNoNegation() {
    // "immigration" is no negated "migration"
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "Varnian President Ivo Marsh said the migration policy would change in May.",
        "",
        "Officials in Orsk said the immigration policy would change in June."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }
}
