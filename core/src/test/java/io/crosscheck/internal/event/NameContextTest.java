package io.crosscheck.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What stands before a name (a sentence start, a place word) and a name word's possessive, read by hand as the patterns read them. */
class NameContextTest {
  private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|near|across|outside|around)\\s$");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:\"“”]\\s{1,3}|\\n\\s{0,3})$");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");

  @Test
  void placeWordsAndSentenceStarts() {
    String text = "Floods hit Valen. Rescuers near Orla said. Tomcat Dorn left.\n  Mira";
    assertThat(EventKeys.sentenceStartBefore(text, 0)).isTrue();
    assertThat(EventKeys.sentenceStartBefore(text, text.indexOf("Rescuers"))).isTrue();
    assertThat(EventKeys.sentenceStartBefore(text, text.indexOf("Mira"))).isTrue();
    assertThat(EventKeys.sentenceStartBefore(text, text.indexOf("Valen"))).isFalse();
    assertThat(EventKeys.placeWordBefore(text, text.indexOf("Orla"))).isTrue();
    assertThat(EventKeys.placeWordBefore(text, text.indexOf("Dorn"))).isFalse();
    assertThat(EventKeys.withoutPossessive("valen’s")).isEqualTo("valen");
    assertThat(EventKeys.withoutPossessive("valens'")).isEqualTo("valens");
  }

  @Test
  void readingAgreesWithThePatterns() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "in X", "xin X", "outside X", "xoutside X", "9at X", "_at X",
        "ÉAT X", "said: X", "said:    X", "“ X", ".\n\n\n\nX", "a\n X", "a\t\u000B X", "it's", "'", "’s", "s", "s's"));
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    int checked = 0;
    for (String text : texts) {
      for (int at = 0; at <= text.length(); at++) {
        String before4 = text.substring(Math.max(0, at - 4), at);
        String before8 = text.substring(Math.max(0, at - 8), at);
        assertThat(EventKeys.sentenceStartBefore(text, at)).as("%s at %d", text, at)
            .isEqualTo(SENTENCE_START.matcher(before4).find());
        assertThat(EventKeys.placeWordBefore(text, at)).as("%s at %d", text, at)
            .isEqualTo(PLACE_BEFORE.matcher(before8).find());
        checked++;
      }
      for (String word : text.split("[^\\p{L}’'&-]+")) {
        assertThat(EventKeys.withoutPossessive(word)).as(word).isEqualTo(POSSESSIVE.matcher(word).replaceFirst(""));
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }
}
