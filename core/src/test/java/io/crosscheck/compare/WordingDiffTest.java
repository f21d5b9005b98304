package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingDiffTest {
  private static List<String> words(String s) {
    return s.isBlank() ? List.of() : Arrays.asList(s.split(" "));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', textBlock = """
      we will not sign any deal        | we will never sign a deal        | not … any       | never … a
      we stay                          | we stay                          |                 |
      the talks were useful            | the talks were useful and frank  |                 | and frank
      nobody can stop us now           | nothing will stop us             | nobody can … now | nothing will
      """)
  void listsOnlyTheWordsEachSideAddsHunkByHunk(String first, String second, String onlyFirst, String onlySecond) {
    WordingDiff diff = WordingDiff.of(words(first), words(second));
    assertThat(String.join(" ", diff.onlyFirst())).isEqualTo(onlyFirst == null ? "" : onlyFirst);
    assertThat(String.join(" ", diff.onlySecond())).isEqualTo(onlySecond == null ? "" : onlySecond);
  }
}
