package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "He" and "she" refer back to one person, never to a group named by a plural, with or without -s. Names are invented. */
class PronounAgreementTest {
  @Test
  void heIsNeverAGroupNamedByAnIrregularPlural() {
    List<Attribution> found = NewsAttributionFinderTest.find("Guards had charged the crowd to contain the panic, "
        + "Inspector Dov Arel said. People answered by throwing stones at the guards.\n\n"
        + "\"There were rumours that the bridge would fall,\" he said.");
    assertThat(NewsAttributionFinderTest.holding(found, "bridge would fall")).get()
        .satisfies(a -> assertThat(a.source().name()).endsWith("Dov Arel"));
  }

  @Test
  void aPronounTheSentenceAlreadyBoundToANameIsThatName() {
    List<Attribution> found = NewsAttributionFinderTest.find("Minister Ivo Renn and Governor Ilse Marten disagreed on the toll. "
        + "Renn, who stood beside Ilse Marten while she spoke to the press, moved to contradict her as soon as she claimed that "
        + "the toll could reach 500.\n\n\"Someone told me it may reach 500,\" she said.");
    assertThat(NewsAttributionFinderTest.holding(found, "toll could reach 500")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Ilse Marten"));
    assertThat(NewsAttributionFinderTest.holding(found, "told me it may reach 500")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Ilse Marten"));
  }

  @Test
  void aCountIsNoAntecedent() {
    for (String count : List.of("Sixteen of 122 deckhands were absent.", "Of 122 deckhands eligible to vote, 16 were absent.",
        "Only 16 were absent.")) {
      List<Attribution> found = NewsAttributionFinderTest.find("The Kelm ferry company says its ballot showed that "
          + "a tenth of crews backed the strike.\n\n" + count + "\n\nThey say 45 deckhands opposed the strike.");
      assertThat(NewsAttributionFinderTest.holding(found, "45 deckhands")).get()
          .satisfies(a -> assertThat(a.source().name()).as(count).doesNotContain("Sixteen").doesNotContain("122"));
    }
  }

  @Test
  void heIsNeverAGroupNamedByARegularPlural() {
    List<Attribution> found = NewsAttributionFinderTest.find("Guards had charged the crowd to contain the panic, "
        + "Inspector Dov Arel said. Observers said the guards had answered stones with sticks.\n\n"
        + "\"There were rumours that the bridge would fall,\" he said.");
    assertThat(NewsAttributionFinderTest.holding(found, "bridge would fall")).get()
        .satisfies(a -> assertThat(a.source().name()).endsWith("Dov Arel"));
  }

  @Test
  void sheIsNeverAManTheArticleTitledMister() {
    List<Attribution> found = NewsAttributionFinderTest.find("Mr. Tomas Veyl said a clerk at the ferry desk voided his ticket.\n\n"
        + "\"Put the camera away,\" the clerk told him. \"Void the booking,\" she said.");
    assertThat(NewsAttributionFinderTest.holding(found, "Void the booking")).get()
        .satisfies(a -> assertThat(a.source().name()).doesNotContain("Veyl"));
  }

  @Test
  void sheIsNeverAManTheArticleTwiceCallsHe() {
    List<Attribution> found = NewsAttributionFinderTest.find("Tomas Veyl, 41, filmed the exchange at the ferry desk.\n\n"
        + "Veyl says he was asked to pay twice. Veyl said he was stunned.\n\n"
        + "\"Void the booking,\" she said.");
    assertThat(NewsAttributionFinderTest.holding(found, "Void the booking")).get()
        .satisfies(a -> assertThat(a.source().name()).doesNotContain("Veyl"));
  }

  @Test
  void onePronounAfterANameDoesNotSexIt() {
    // "she" after "Veyl said" may be the other party: one such pronoun leaves Veyl open to a later "she".
    List<Attribution> found = NewsAttributionFinderTest.find("Mina Veyl said he had agreed to reopen the ferry line.\n\n"
        + "\"We will sail again in spring,\" she said.");
    assertThat(NewsAttributionFinderTest.holding(found, "sail again in spring")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Mina Veyl"));
  }

  @Test
  void sheIsNeverAnUnnamedHe() {
    List<Attribution> found = NewsAttributionFinderTest.find("He says a ferry clerk voided his ticket for filming her.\n\n"
        + "\"Void the booking,\" she says.");
    assertThat(NewsAttributionFinderTest.holding(found, "Void the booking")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("she"));
  }

  @Test
  void theNounAPersonalPronounReferBackToIsAPerson() {
    List<Attribution> found = NewsAttributionFinderTest.find("The desk clerk then waved her badge at the passenger.\n\n"
        + "\"Put the camera away,\" the clerk says.");
    assertThat(NewsAttributionFinderTest.holding(found, "Put the camera away")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS));
  }

  @Test
  void aBodyStaysABodyWhateverPronounFollowsIt() {
    List<Attribution> found = NewsAttributionFinderTest.find("The ministry criticised her remarks on the ferry line.\n\n"
        + "\"The line will reopen,\" the ministry said.");
    assertThat(NewsAttributionFinderTest.holding(found, "line will reopen")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.INSTITUTION));
  }

  @Test
  void aRoleThatAddsCarriesOnTheLastSpeakerFromTheParagraphBefore() {
    String first = "\"No ship sailed that night,\" Veyl said on Monday of the harbour report.\n\n";
    List<Attribution> added = NewsAttributionFinderTest.find(first + "\"Some wanted the sailing to have happened,\" the Varnian minister added.");
    assertThat(NewsAttributionFinderTest.holding(added, "wanted the sailing")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Veyl"));
    // "warned" opens a new statement: a minister one paragraph on is someone else.
    List<Attribution> warned = NewsAttributionFinderTest.find(first + "\"Some wanted the sailing to have happened,\" the Varnian minister warned.");
    assertThat(NewsAttributionFinderTest.holding(warned, "wanted the sailing")).get()
        .satisfies(a -> assertThat(a.source().name()).isNotEqualTo("Veyl"));
  }
}
