package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Figure;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile and odd text never throws, and every figure's span lies inside the body. */
class FigureRobustnessTest {

  static Stream<String> hostileBodies() {
    return Stream.of(
        "",
        " ",
        "\n\n\n",
        "1".repeat(200_000),
        "1,".repeat(50_000),
        "1.".repeat(50_000),
        "1-".repeat(50_000),
        "$".repeat(10_000) + "5",
        "a ".repeat(50_000),
        "one ".repeat(20_000),
        "one thousand ".repeat(10_000),
        "and a half ".repeat(10_000),
        "tens of tens of thousands of ".repeat(5_000),
        "more than more than over at least ".repeat(5_000),
        "between 1 and between 2 and ".repeat(5_000),
        "first second third fourth ".repeat(5_000),
        "January January 9, 9, 2024 ".repeat(5_000),
        "http://".repeat(10_000) + "123",
        "\"\"\"“”’’".repeat(10_000),
        "9".repeat(59) + "th",
        "99999999999999999999999999999 billion dollars",
        "February 30, 2024 and 2024-13-45 and 31 February",
        "\u0000\u0001\uFFFF\uD800 12 \uDC00 people",
        "٣٤ people and ３４ people and 12­000 people");
  }

  /** Pieces that stress the grammar when glued in any order: "$ - 1,2 of thousands and a half first". */
  private static final List<String> PIECES = List.of("$", "€", "1", "22,000", "1.7", "million", "bn", "a", "an", "half",
      "and", "of", "tens", "thousands", "first", "7th", "-", ",", ".", "between", "to", "or", "in", "out", "more", "than",
      "up", "Dec", "9", "2024", "January", "Tuesday", "last", "week", "hours", "90-minute", "three-quarters", "percent",
      "%", "them", "up from", "worth", "ago", "’", "\n", "one", "No", "#", "p.m", "twenty-four", "dozen", "scores");

  static Stream<String> gluedBodies() {
    java.util.Random random = new java.util.Random(7);
    return Stream.generate(() -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < 400; i++) {
        sb.append(PIECES.get(random.nextInt(PIECES.size()))).append(random.nextInt(4) == 0 ? "" : " ");
      }
      return sb.toString();
    }).limit(200);
  }

  @ParameterizedTest
  @MethodSource("gluedBodies")
  void neverThrowsOnGluedPieces(String body) {
    neverThrowsOnOddText(body);
  }

  @ParameterizedTest
  @MethodSource("hostileBodies")
  void neverThrowsOnOddText(String body) {
    List<Figure> figures = FigureFixtures.find(body);
    assertThat(figures).allSatisfy(f -> {
      assertThat(f.end()).isLessThanOrEqualTo(body.length());
      // Its span of the body, a soft line break of hard-wrapped copy read as a space.
      assertThat(f.text().replace('\n', ' ')).isEqualTo(body.substring(f.start(), f.end()).replace('\n', ' '));
    });
  }
}
