package io.crosscheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-read splits give what {@code String.split} with their pattern gives. */
class SplitsTest {
  @Test
  void edgesFollowStringSplit() {
    assertThat(Splits.onSpaces(" a  b ")).containsExactly("", "a", "b");
    assertThat(Splits.onSpaces("   ")).isEmpty();
    assertThat(Splits.onSpaces("")).containsExactly("");
    assertThat(Splits.onNonLetters("Kovac’s 22 aides")).containsExactly("Kovac", "s", "aides");
  }

  @Test
  void readingAgreesWithThePatterns() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", " ", "a", " a", "a ", "\t\u000B\f\r\n\u00A0\u2003x", "𝐀𝐁 x\uD835 y\uDC00",
        "12 3", "-a-", "’"));
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(file);
        texts.add(text);
        texts.addAll(List.of(text.split("\n")));
      }
    }
    for (String text : texts) {
      assertThat(Splits.onSpaces(text)).as(text).containsExactly(text.split("\\s+"));
      assertThat(Splits.onNonLetters(text)).as(text).containsExactly(text.split("[^\\p{L}]+"));
    }
    assertThat(texts).hasSizeGreaterThan(200);
  }
}
