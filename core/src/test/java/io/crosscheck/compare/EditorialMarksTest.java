package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** An editor's brackets and abbreviations against a real change of wording, in invented quotes. */
class EditorialMarksTest {
  private static final Set<String> FUNCTION_WORDS = Set.of("not", "the", "a", "and", "of", "to");

  private static boolean sameWording(String a, String b) {
    EditorialMarks.Edited ea = EditorialMarks.of(a);
    EditorialMarks.Edited eb = EditorialMarks.of(b);
    return EditorialMarks.onlyEditing(Texts.words(ea.text()), ea.inserted(), Texts.words(eb.text()), eb.inserted(),
        FUNCTION_WORDS);
  }

  @Test
  void bracketedWordsAreTheEditorsNotTheSpeakers() {
    EditorialMarks.Edited e = EditorialMarks.of("Talks btwn [between] PM [Orla] Veyl [and] Gen Dorvan");
    assertThat(Texts.words(e.text())).containsExactly("talks", "btwn", "pm", "veyl", "gen", "dorvan");
    assertThat(e.inserted()).containsExactlyInAnyOrder("between", "orla", "and");
  }

  @Test
  void anAbbreviationSpelledOutIsTheSameWording() {
    assertThat(sameWording("This shd [should] be fixed at once by the Gen", "This should be fixed at once by the General")).isTrue();
    assertThat(sameWording("talks btwn [between] PM [Orla] Veyl [and] Gen Dorvan", "talks between PM Veyl & Gen Dorvan")).isTrue();
  }

  @Test
  void overlappingCutsOfOneRemarkAreTheSameWording() {
    assertThat(sameWording("Since you never showed me the pass", "You never showed me the pass at the gate")).isTrue();
  }

  @Test
  void anArticleAddedOrDroppedIsTheSameWording() {
    assertThat(sameWording("proof of links between officers of Varnia and the sinking of a trawler",
        "proof of links between officers of Varnia and sinking of a trawler")).isTrue();
    assertThat(sameWording("proof of links to the sinking of a trawler", "proof of links to this sinking of a trawler")).isFalse();
  }

  @Test
  void aChangedWordIsNoEditing() {
    assertThat(sameWording("There was not a word about the smugglers", "There was nothing about the smugglers")).isFalse();
    assertThat(sameWording("We will not sign the deal", "We will never sign the deal")).isFalse();
    assertThat(sameWording("We will sign the deal today", "We will sign the deal soon today")).isFalse();
  }
}
