package io.crosscheck.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The capitalised names an event frame collects, read by hand as the name pattern reads them. */
class NameRunsTest {
  @Test
  void namesRunOverSpacesBetweenCapitalisedWords() {
    assertThat(EventFramer.names("Port Valen mayor Ana Kovac met McDonald and Al in O’Neill’s bar."))
        .containsExactly("Port Valen", "Ana Kovac", "Neill’s"); // "O’" is too short a word
  }

  @Test
  void readingAgreesWithTheNamePattern() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "Ab", "Abc", "xAbc Abc", "_Abc 9Abc", "e\u0301Abc",
        "\u0301Abc", " \u0301\u0301Abc", "Abc  \t Def\nGhi Jk Lmn", "Abc’s-x Déf ÉÉé 𝐀bc", "ǅemal Ǆx", "Ab-- Cd''e"));
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    int names = 0;
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher m = EventFramer.NAME.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      assertThat(EventFramer.names(text)).as(text).isEqualTo(expected);
      names += expected.size();
    }
    assertThat(names).isGreaterThan(500);
  }
}
