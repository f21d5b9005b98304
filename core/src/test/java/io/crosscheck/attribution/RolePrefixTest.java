package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unlisted role words before a personal name. Names are invented. */
class RolePrefixTest {
  private static final RolePrefix PREFIX = new RolePrefix(new CueLexicon(Lexicon.defaults()));

  private static List<Words.Word> words(String text) {
    return Words.of(text, Span.of(0, text.length()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fisherman Olek Marsh said                 | 1
      harbour master Ruth Calloway told reporters | 2
      librarian Tomas Reyes, adding             | 1
      columnist Ivo Stern in the Kellen Times   | 1
      teams found Ana Kovac alive               | 0
      the minister Ana Kovac said               | 0
      quickly Ana Kovac said                    | 0
      said Ana Kovac                            | 0
      retired Ana Kovac said                    | 0
      """)
  void countsRoleWordsBeforeAName(String text, int expected) {
    assertThat(PREFIX.lengthAt(words(text), 0)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      fisherman Olek Marsh                  | 1
      harbour master Ruth Calloway          | 2
      Harbour master Ruth Calloway          | 2
      head teacher Colm Reilly              | 2
      families of Gaza                      | 0
      Ana Kovac                             | 0
      """)
  void findsTheRoleOfASpeakerPhrase(String text, int expected) {
    assertThat(PREFIX.leadingRole(words(text))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', textBlock = """
      ''
      said
      Ana
      ,
      """)
  void neverFailsOnShortInput(String text) {
    List<Words.Word> w = words(text == null ? "" : text);
    assertThat(PREFIX.lengthAt(w, 0)).isZero();
    assertThat(PREFIX.lengthBefore(w, w.size())).isBetween(0, RolePrefix.MAX_WORDS);
    assertThat(PREFIX.leadingRole(w)).isZero();
  }
}
