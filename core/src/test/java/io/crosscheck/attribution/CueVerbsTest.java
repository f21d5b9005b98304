package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Span;
import io.crosscheck.model.Stance;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueVerbsTest {
  private static final CueVerbs VERBS = new CueVerbs(List.of(
      "said", "says", "say", "claims|DISTANCING", "claim|DISTANCING", "denied|DENYING", "spoke about", "made it clear",
      "described|NEUTRAL|as", "asked|NEUTRAL|“", "placed|NEUTRAL|at <number>"));

  /** The cue length of word {@code index} in {@code text}. */
  private static int cueLength(String text, int index) {
    List<Words.Word> words = Words.of(text, Span.of(0, text.length()));
    return VERBS.cueLength(words, index);
  }

  @ParameterizedTest(name = "{0} @{1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Kovac said no                 | 1 | 1
      officials say no              | 1 | 1
      they claim victory            | 1 | 1
      Kovac’s claim was false       | 1 | 0
      a Velorian claim              | 2 | 0
      Kovac spoke about the dam     | 1 | 2
      Kovac spoke with the envoy    | 1 | 0
      Kovac made it clear she would go | 1 | 3
      Kovac made it to the port     | 1 | 0
      The Say River                 | 1 | 0
      """)
  void measuresCueOnlyWhereItIsAVerb(String text, int index, int expected) {
    assertThat(cueLength(text, index)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      said        | NEUTRAL
      claims      | DISTANCING
      denied      | DENYING
      spoke about | NEUTRAL
      unknown     | NEUTRAL
      """)
  void readsStanceFromTheList(String cue, Stance stance) {
    assertThat(VERBS.stance(cue)).isEqualTo(stance);
  }

  @ParameterizedTest(name = "{0} needs [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      described | as
      asked     | “
      said      | ``
      """)
  void knowsWordsACueNeedsInItsClause(String cue, String required) {
    assertThat(VERBS.requiredWord(cue)).isEqualTo(required == null ? "" : required);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Voss placed the count at 9,000                                   | true
      Voss placed the count at about 9,000                             | true
      Voss placed the count of marchers at a modest estimate of 9,000   | true
      Voss placed the number at an estimated 9,000                     | true
      Voss placed the blame at the door of the mayor                   | false
      Voss placed the count at a modest level of 9,000                 | false
      Voss placed the count at the very rough rounded estimate of 9,000 | false
      """)
  void aNumberAfterAtMayFollowAnEstimateOf(String text, boolean holds) {
    List<Words.Word> words = Words.of(text, Span.of(0, text.length()));
    assertThat(VERBS.holdsRequired(words, 2, "placed")).isEqualTo(holds);
  }

  /** A base form is a word whose "-s", "-es" or "-ies" form is a cue, a cue or not itself. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"say, true", "claim, true", "deny, true", "push, true", "said, false", "spoke, false", "den, false",
      "'', false"})
  void readsABaseFormFromItsInflectedCue(String word, boolean expected) {
    CueVerbs verbs = new CueVerbs(List.of("says", "claims", "denies", "pushes", "said", "spoke"), List.of(), List.of());
    assertThat(verbs.isBaseForm(word)).isEqualTo(expected);
  }
}
