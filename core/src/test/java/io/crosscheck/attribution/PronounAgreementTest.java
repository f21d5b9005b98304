package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
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
}
