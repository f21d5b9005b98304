package io.crosscheck.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Report;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AliasEntityLinkerTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ana Kovac       | NAMED_PERSON       | Mr. Kovac        | NAMED_PERSON
      Ana J. Kovac    | NAMED_PERSON       | Ana Kovac        | NAMED_PERSON
      Ana Kovac       | NAMED_SPOKESPERSON | Kovac            | NAMED_PERSON
      the Interior Ministry | INSTITUTION  | Interior Ministry | INSTITUTION
      Dr. Lena Varga  | NAMED_PERSON       | Ms Varga         | NAMED_PERSON
      U.S. officials  | ANONYMOUS          | US officials     | ANONYMOUS
      office of Kovac | INSTITUTION        | Kovac's office   | INSTITUTION
      Kovac’s office  | INSTITUTION        | Kovac's office   | INSTITUTION
      ministry of the interior | INSTITUTION | interior's ministry | INSTITUTION
      """)
  void mergesAliases(String first, SourceKind firstKind, String second, SourceKind secondKind) {
    assertThat(AliasEntityLinker.key(Source.of(first, firstKind)))
        .isEqualTo(AliasEntityLinker.key(Source.of(second, secondKind)));
  }

  @ParameterizedTest(name = "{0} != {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ana Kovac          | NAMED_PERSON | Ana Brenner        | NAMED_PERSON
      Interior Ministry  | INSTITUTION  | Health Ministry    | INSTITUTION
      Radio Meridian     | MEDIA        | Meridian officials | ANONYMOUS
      office of Kovac    | INSTITUTION  | office of Brenner  | INSTITUTION
      """)
  void keepsDifferentSourcesApart(String first, SourceKind firstKind, String second, SourceKind secondKind) {
    assertThat(AliasEntityLinker.key(Source.of(first, firstKind)))
        .isNotEqualTo(AliasEntityLinker.key(Source.of(second, secondKind)));
  }

  @Test
  void linksOnePersonAcrossArticlesWithTitlesAndRoles() {
    Report report = Crosscheck.withDefaults().checkTexts(Map.of(
        "a.txt", "Foreign Minister Ana J. Kovac said the talks would resume in March.\n"
            + "The top Velorian diplomat said the corridor would stay open.",
        "b.txt", "Ms. Kovac told reporters that the loan had been approved.\n"
            + "“We will rebuild every house,” she said."));
    List<String> entityIds = report.attributions().stream()
        .map(Attribution::source).map(Source::entity).map(Optional::orElseThrow).distinct().toList();
    assertThat(entityIds).hasSize(1);
    Entity kovac = report.entities().stream().filter(e -> e.id().equals(entityIds.get(0))).findFirst().orElseThrow();
    assertThat(kovac.name()).isEqualTo("Ana J. Kovac");
    assertThat(kovac.aliases()).contains("Ana J. Kovac", "Ms. Kovac", "The top Velorian diplomat")
        .doesNotContain("she");
  }

  @Test
  void keepsTwoPeopleWithOneSurnameApart() {
    Report report = Crosscheck.withDefaults().checkTexts(Map.of(
        "a.txt", "Ana Kovac said the talks would resume. Anton Kovac said the border would stay shut.",
        "b.txt", "Ana J. Kovac told reporters that the loan had been approved."));
    assertThat(report.entities()).extracting(Entity::name).containsExactly("Ana J. Kovac", "Anton Kovac");
  }

  @Test
  void givesEachInstitutionItsOwnEntity() {
    Report report = Crosscheck.withDefaults().checkTexts(Map.of(
        "a.txt", "The Interior Ministry said the road was shut. The Health Ministry said clinics were full."));
    assertThat(report.entities()).extracting(Entity::kind).containsOnly(SourceKind.INSTITUTION);
    assertThat(report.entities()).hasSize(2);
  }
}
