package io.crosscheck.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words read next to a figure come from a short slice of the sentence, and are the words the whole sentence gives. */
class NearWordsTest {
  private static final List<String> TEXTS = List.of(
      "Rescuers said 40 people were missing in Varnow on Tuesday, officials added.",
      "  leading spaces then 12 boats\tand\ttabs\nand lines ",
      "12",
      "",
      "one two three four five six seven eight nine ten eleven twelve",
      "a\u00a0non-breaking space stays inside a word 7 times  over   and over");

  @Test
  void lastWordsBeforeAPositionAreThoseOfTheWholePrefix() {
    for (String text : TEXTS) {
      for (int at = 0; at <= text.length(); at++) {
        for (int n = 1; n <= 7; n++) {
          String[] whole = text.substring(0, at).split("\\s+");
          String[] slice = text.substring(ClaimReader.wordsBack(text, at, n), at).split("\\s+");
          assertThat(tail(slice, n)).as("%s before %d, %d words", text, at, n).isEqualTo(tail(whole, n));
        }
      }
    }
  }

  @Test
  void firstWordsAfterAPositionAreThoseOfTheWholeRest() {
    for (String text : TEXTS) {
      for (int from = 0; from <= text.length(); from++) {
        for (int n = 1; n <= 7; n++) {
          String[] whole = text.substring(from).split("\\s+");
          String[] slice = text.substring(from, ClaimReader.wordsOn(text, from, n)).split("\\s+");
          assertThat(head(slice, n)).as("%s after %d, %d words", text, from, n).isEqualTo(head(whole, n));
        }
      }
    }
  }

  @Test
  void aLongSentenceIsNotReadWhole() {
    String table = "9 people in Varnow 3, ".repeat(5_000);
    int at = table.length() / 2;
    assertThat(at - ClaimReader.wordsBack(table, at, 6)).isLessThan(60);
    assertThat(ClaimReader.wordsOn(table, at, 6) - at).isLessThan(60);
  }

  private static List<String> tail(String[] words, int n) {
    return Arrays.asList(words).subList(Math.max(0, words.length - n), words.length);
  }

  private static List<String> head(String[] words, int n) {
    return Arrays.asList(words).subList(0, Math.min(n, words.length));
  }
}
