package io.crosscheck.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runs of capitalised words an article's names are counted from, read by hand as the name pattern finds them. */
class KeyNameRunsTest {
  @Test
  void runsOfUpToFourCapitalisedWords() {
    assertThat(runs("the mayor of Port Alva Orsk Veyl Dorvan met Ana\tKovac’s aide, AT&T and O'Tarn-lund"))
        .containsExactly("Port Alva Orsk Veyl", "Dorvan", "Ana\tKovac’s", "AT&T", "O'Tarn-lund");
  }

  @Test
  void aWordLongerThanItsBoundIsCutWhereThePatternCutsIt() {
    String word = "V" + "a".repeat(40) + "Rorsk";
    assertThat(runs(word + " Veyl")).isEqualTo(byPattern(word + " Veyl"));
  }

  @Test
  void readingAgreesWithThePattern() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "A", "Ab", "A b", "Ab  Cd", "Ab \tCd", "Ab C", "Ab Cd Ef Gh Ij Kl",
        "𝐀𝐛 Ǆemal ǅemal Éc 𝐀\uD835 A\uD835", "X- Y' Z’ &A -B", "\uD835\uDC00b \uD835"));
    Random random = new Random(7);
    String alphabet = "AbZy ’'&-\t.,Ǆǅé𝐀\uD835";
    for (int k = 0; k < 2000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(b.toString());
    }
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    for (String text : texts) {
      assertThat(places(text)).as(text).isEqualTo(placesByPattern(text));
    }
  }

  private static List<String> runs(String text) {
    List<String> out = new ArrayList<>();
    for (long found = EventKeys.nextName(text, 0); found != EventKeys.NO_NAME; found = EventKeys.nextName(text, (int) found)) {
      out.add(text.substring((int) (found >>> Integer.SIZE), (int) found));
    }
    return out;
  }

  /** Where each run starts and ends. */
  private static List<Long> places(String text) {
    List<Long> out = new ArrayList<>();
    for (long found = EventKeys.nextName(text, 0); found != EventKeys.NO_NAME; found = EventKeys.nextName(text, (int) found)) {
      out.add(found);
    }
    return out;
  }

  private static List<Long> placesByPattern(String text) {
    List<Long> out = new ArrayList<>();
    Matcher m = EventKeys.NAME.matcher(text);
    while (m.find()) {
      out.add((long) m.start() << Integer.SIZE | m.end());
    }
    return out;
  }

  private static List<String> byPattern(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = EventKeys.NAME.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
