package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseNamesTest {
  /** The pattern {@link PhraseNames#isCommonPluralForm} reads by hand. */
  private static final Pattern COMMON_PLURAL = Pattern.compile("[a-z]{2,30}(ers|ents|ists|ants|ors|ees|ives)");

  @ParameterizedTest
  @ValueSource(strings = {"voters", "residents", "economists", "tenants", "investors", "employees", "relatives",
      "fees", "ers", "xers", "tors", "Voters", "vot3rs", "vötérs", "talks", "ministers’", "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaers",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaers", "aaents", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaents"})
  void readsCommonPluralsAsThePatternDoes(String word) {
    assertThat(PhraseNames.isCommonPluralForm(word)).isEqualTo(COMMON_PLURAL.matcher(word).matches());
  }
}
