package io.crosscheck.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lower-case words an article's names are told apart from, read by hand as the split pattern read them. */
class LowerCaseWordsTest {
  @Test
  void wordsRunOverApostrophesAndHyphens() {
    assertThat(EventKeys.lowerCaseWords("Kovac’s aide said the cease-fire held", "rock'n'roll, Tarn"))
        .containsExactlyInAnyOrder("aide", "said", "the", "cease-fire", "held", "rock'n'roll");
  }

  @Test
  void readingAgreesWithTheSplitPattern() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "-", "’a", "𝐚𝐛 x\uD835 ÉCOLE école ǅemal", "a--b c''d 12abc e3f"));
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    for (String text : texts) {
      assertThat(EventKeys.lowerCaseWords("Title words", text)).as(text).isEqualTo(bySplit("Title words " + text));
    }
  }

  private static Set<String> bySplit(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.split("[^\\p{L}’'-]+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }
}
