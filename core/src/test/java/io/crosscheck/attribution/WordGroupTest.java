package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Span;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordGroupTest {
  @ParameterizedTest
  @CsvSource({"The, STOP", "the, DETERMINER", "In, LOCATIVE", "her, PERSONAL_PRONOUN", "wrote, AUTHORING",
      "company, COMPANY_NOUN", "REPORTED, REPORTED", "correspondent, NEWSROOM_JOB", "According, CLAUSE_WORD",
      "n't, NEGATION", "They, PRONOUN", "reportedly, BETWEEN"})
  void aWordCutIsInTheGroupsOfItsLowerCase(String text, WordGroup group) {
    Word word = new Word(text, 0, text.length());
    assertThat(word.in(group)).isTrue();
    assertThat(group.contains(word.lower())).isTrue();
  }

  /** What a word records is what each group's set answers: the bit and the look-up never disagree. */
  @ParameterizedTest
  @CsvSource({"the", "The", "in", "her", "Kovac", "said", "company", "it", "I", "’s", "—", "Many", "reportedly"})
  void theGroupsAWordRecordsAreTheGroupsThatHoldIt(String text) {
    Word word = new Word(text, 0, text.length());
    for (WordGroup group : WordGroup.values()) {
      assertThat(word.in(group)).as("%s in %s", text, group).isEqualTo(group.contains(text.toLowerCase(Locale.ROOT)));
    }
  }

  @Test
  void aWordIsInTheGroupsItsLowerCaseIsIn() {
    Word the = Words.of("The ministry", Span.of(0, 12)).get(0);
    Set<WordGroup> groups = EnumSet.noneOf(WordGroup.class);
    for (WordGroup group : WordGroup.values()) {
      if (the.in(group)) {
        groups.add(group);
      }
    }
    assertThat(groups).containsExactlyInAnyOrder(WordGroup.STOP, WordGroup.DETERMINER);
  }

  @Test
  void aPossessiveIsInTheGroupsOfItsBareFormOnlyWhenAskedSo() {
    Word possessive = new Word("company’s", 0, 9);
    assertThat(possessive.in(WordGroup.COMPANY_NOUN)).isFalse();
    assertThat(possessive.bareIn(WordGroup.COMPANY_NOUN)).isTrue();
    assertThat(new Word("firm", 0, 4).bareIn(WordGroup.COMPANY_NOUN)).isTrue();
    assertThat(new Word("Kovac’s", 0, 7).bareIn(WordGroup.COMPANY_NOUN)).isFalse();
  }

  @Test
  void everyGroupHasABitOfItsOwn() {
    int all = 0;
    for (WordGroup group : WordGroup.values()) {
      assertThat(all & group.bit()).as("%s", group).isZero();
      all |= group.bit();
    }
    assertThat(WordGroup.of("the")).isEqualTo(WordGroup.STOP.bit() | WordGroup.DETERMINER.bit());
    assertThat(WordGroup.of("kovac")).isZero();
  }
}
