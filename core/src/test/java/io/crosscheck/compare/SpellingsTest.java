package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingsTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      "defence, defense", "licences, licenses", "organised, organized", "realisation, realization",
      "analyse, analyze", "colour, color", "favoured, favored", "centre, center", "theatres, theaters",
      "catalogue, catalog", "programme, program", "travelled, traveled", "paediatric, pediatric",
      "enquiry, inquiry", "hajj, haj"})
  void foldsSpellingVariantsAlike(String british, String american) {
    assertThat(Spellings.fold(british)).isEqualTo(Spellings.fold(american));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({"live, love", "county, country", "affect, effect", "mayor, major", "four, for", "sour, sir"})
  void keepsDifferentWordsApart(String one, String other) {
    assertThat(Spellings.fold(one)).isNotEqualTo(Spellings.fold(other));
  }
}
