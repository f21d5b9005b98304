package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped figure lists load, parse completely, and can be swapped for a tiny test lexicon. */
class FigureLexiconTest {

  @Test
  void parsesEveryShippedLine() {
    Lexicon defaults = Lexicon.defaults();
    FigureLexicon lexicon = new FigureLexicon(defaults);
    assertThat(lexicon.qualifiers).hasSize(defaults.entries("qualifiers").size());
    assertThat(lexicon.units).hasSize(defaults.entries("units").size());
    assertThat(lexicon.magnitudes).hasSize(defaults.entries("vague-magnitudes").size());
    assertThat(lexicon.currenciesBefore.size() + lexicon.currenciesAfter.size())
        .isEqualTo(defaults.entries("currencies").size());
    assertThat(lexicon.numberWords).containsEntry("seven", 7.0);
    assertThat(lexicon.ordinalWords).containsEntry("fourth", 4.0);
  }

  @Test
  void readsHedgesFromAGivenLexicon() {
    Lexicon tiny = Lexicon.of(Map.of("qualifiers", List.of("give or take|APPROXIMATE"), "number-words", List.of("five|5")));
    FigureFinder finder = Figures.defaultFinder(tiny);
    assertThat(finder.find(FigureFixtures.text(io.crosscheck.model.Article.of("t", "We saw give or take 40 boats."))))
        .singleElement().satisfies(f -> assertThat(f.qualifier()).isEqualTo(io.crosscheck.model.Qualifier.APPROXIMATE));
  }

  @Test
  void skipsMalformedLines() {
    Lexicon odd = Lexicon.of(Map.of("qualifiers", List.of("about|NOT_A_QUALIFIER", "over"), "scale-words", List.of("k|x")));
    FigureLexicon lexicon = new FigureLexicon(odd);
    assertThat(lexicon.qualifiers).isEmpty();
    assertThat(lexicon.scales).isEmpty();
  }
}
