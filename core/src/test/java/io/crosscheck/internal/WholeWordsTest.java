package io.crosscheck.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeWordsTest {
  private static final WholeWords PLOVE = WholeWords.of("plove", "ploved", "no");
  private static final Pattern PLOVE_PATTERN = Pattern.compile("(?i)\\b(?:plove|ploved|no)\\b");
  private static final Pattern CONTRACTED = Pattern.compile("(?i)\\Bn['’]t\\b");

  @Test
  void aWordCountsOnlyWhole() {
    assertThat(PLOVE.in("The council ploved the figure.")).isTrue();
    assertThat(PLOVE.in("PLOVED, the council said")).isTrue();
    assertThat(PLOVE.in("The council reploved it")).isFalse();
    assertThat(PLOVE.in("plovedly")).isFalse();
    assertThat(PLOVE.in("north of Vardan")).isFalse();
    assertThat(PLOVE.in("no_plove")).isFalse(); // the underscore joins the words, as \b reads it
    assertThat(PLOVE.in("")).isFalse();
  }

  @Test
  void caseIsFoldedForAsciiLettersOnly() {
    assertThat(PLOVE.in("No.")).isTrue();
    assertThat(PLOVE.in("Nο")).isFalse(); // a Greek omicron is no "o"
  }

  @Test
  void aWordEndingInNtIsANegation() {
    assertThat(WholeWords.contractedNot("They didn't plove it")).isTrue();
    assertThat(WholeWords.contractedNot("They WON’T")).isTrue();
    assertThat(WholeWords.contractedNot("n't alone")).isFalse();
    assertThat(WholeWords.contractedNot("the plan'tis")).isFalse();
  }

  @Test
  void readsAsThePatternOnRandomText() {
    String alphabet = "plovedntNOPLaé_'’ .\u0301\u212A1İ\uD835\uDC00-";
    RandomTexts random = new RandomTexts(alphabet, "o", 7);
    for (int round = 0; round < 200_000; round++) {
      String text = random.next(12);
      assertThat(PLOVE.in(text)).as(text).isEqualTo(PLOVE_PATTERN.matcher(text).find());
      assertThat(WholeWords.contractedNot(text)).as(text).isEqualTo(CONTRACTED.matcher(text).find());
    }
  }

  @Test
  void refusesWhatIsNoLowerCaseWord() {
    assertThatThrownBy(() -> WholeWords.of("Plove")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WholeWords.of("two words")).isInstanceOf(IllegalArgumentException.class);
  }
}
