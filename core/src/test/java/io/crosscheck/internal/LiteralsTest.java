package io.crosscheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The literal test agrees with comparing every literal, without case, at every place. */
class LiteralsTest {
  private static final List<List<String>> LISTS = List.of(List.of("rise", "reach", "toll"), List.of("so far", "to date"),
      List.of("k", "kelvin"), List.of("s", "st"), List.of("up from", "%"));

  @Test
  void secondLettersInEitherCase() {
    Literals l = Literals.anyOf("rise", "so far");
    assertThat(l.in("RISE")).isTrue();
    assertThat(l.in("the toll rIsEs")).isTrue();
    assertThat(l.in("So Far")).isTrue();
    assertThat(l.in("ris")).isFalse();
    assertThat(l.in("r")).isFalse();
    assertThat(l.in("roses, sofa")).isFalse();
    assertThat(Literals.anyOf("st").in("\u017Ft")).isFalse(); // a first letter beyond ASCII is never read
    assertThat(Literals.anyOf("is").in("i\u017F")).isTrue(); // a long s folds to "s", as regionMatches folds it
  }

  @Test
  void agreesWithComparingEveryLiteral() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "r", "R", "ri", "K\u212Aelvin", "k\u212A", "s\u017Ft", "up FROM", "%",
        "tO DaTe", "to-date"));
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    for (List<String> literals : LISTS) {
      Literals test = Literals.anyOf(literals.toArray(String[]::new));
      for (String text : texts) {
        assertThat(test.in(text)).as("%s in %s", literals, text).isEqualTo(compared(literals, text));
        int at = test.indexIn(text, 0);
        assertThat(at < 0 || compared(literals, text.substring(at, Math.min(text.length(), at + 8)))).isTrue();
        assertThat(at < 0 || !compared(literals, text.substring(0, at))).as("%s first in %s", literals, text).isTrue();
      }
    }
  }

  /** Every literal compared at every place whose first character is ASCII, as {@link Literals} reads them. */
  private static boolean compared(List<String> literals, String text) {
    for (int i = 0; i < text.length(); i++) {
      for (String literal : literals) {
        if (text.charAt(i) < 128 && text.regionMatches(true, i, literal, 0, literal.length())) {
          return true;
        }
      }
    }
    return false;
  }
}
