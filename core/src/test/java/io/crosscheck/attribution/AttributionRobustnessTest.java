package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.text.NewsSegmenter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd and hostile text never throws and stays fast: the finder is linear in the input. */
class AttributionRobustnessTest {
  private static final AttributionFinder FINDER = Attributions.defaultFinder(Lexicon.defaults());

  static Stream<String> oddTexts() {
    return Stream.of(
        " ",
        "“",
        "”,” said",
        "said said said said",
        ", he said.",
        "“a,” he said, “b,” she said, “c",
        "according to",
        "According to, ,",
        "The the the the said that",
        "\"\"\"\"\"\"\"\"",
        "‘’‘’‘’",
        "Kovac, , , , said",
        "Mr. Mr. Mr. said: “",
        "x".repeat(5000),
        "“We stay,” Kovac said.\n\n\n“",
        "He said. She said. They said. It said.");
  }

  static Stream<String> hostileTexts() {
    return Stream.of(
        "“a” ".repeat(40_000),
        "said ".repeat(40_000),
        "Kovac said that ".repeat(10_000),
        "The Velorian Ministry of State Ministry of State ".repeat(8_000),
        "Ana, Ana, Ana, ".repeat(20_000),
        "“We stay,” Ana Kovac said, “".repeat(5_000),
        ", according to the ministry".repeat(8_000),
        "al-Rishq ".repeat(30_000));
  }

  @ParameterizedTest
  @MethodSource("oddTexts")
  void neverThrowsOnOddText(String text) {
    assertThatCode(() -> find(text)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @MethodSource("hostileTexts")
  void findsOnlyInBoundsSpansOnHostileText(String text) {
    // No timing here (shared machines are noisy): `crosscheck bench` measures speed; this checks the output.
    List<Attribution> found = find(text);
    assertThat(found).allSatisfy(a -> assertThat(a.end()).isLessThanOrEqualTo(text.length()));
  }

  private static List<Attribution> find(String text) {
    return FINDER.find(new NewsSegmenter().segment(Article.of("odd", text)));
  }
}
