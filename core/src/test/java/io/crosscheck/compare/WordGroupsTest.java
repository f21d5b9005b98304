package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordGroupsTest {
  private final WordGroups groups = new WordGroups(Fixtures.LEXICON);

  @Test
  void readsIrregularFormsAndNearSynonymsAsOneWord() {
    assertThat(groups.overlap(List.of("convoy", "held"), List.of("holding", "lorries", "checkpoint"))).isEqualTo(2);
    assertThat(groups.overlap(List.of("deaths"), List.of("killed"))).isEqualTo(1);
  }

  @Test
  void keepsUnrelatedWordsApart() {
    assertThat(groups.overlap(List.of("attend", "round", "talks"), List.of("pay", "fuel", "prices"))).isZero();
    assertThat(groups.overlap(List.of("ships"), List.of("trucks"))).isZero();
  }
}
