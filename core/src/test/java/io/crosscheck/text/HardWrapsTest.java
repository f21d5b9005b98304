package io.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import org.junit.jupiter.api.Test;

class HardWrapsTest {
  private static final String WRAPPED = String.join("\n",
      "KORVEL, March 4 Orsk told the U.N.",
      "Security Council on Tuesday it had shot down an unmarked",
      "plane that crossed its border and defended its right to",
      "do so.",
      "Varnia has accused Orsk of shooting down one of its",
      "patrol planes over its own territory.",
      "In a letter to the council, Orsk envoy Ivo Renn said two",
      "planes were warned 10 times in five minutes to change",
      "course.",
      "\"Plane 2 was fired at while in Orsk airspace,\" Renn wrote",
      "in the letter.");

  private final NewsSegmenter segmenter = new NewsSegmenter();

  @Test
  void softLineBreaksOfWireCopyReadAsSpaces() {
    SegmentedText text = segmenter.segment(Article.of("w", WRAPPED));

    assertThat(text.sentences()).extracting(Sentence::text).containsExactly(
        "KORVEL, March 4 Orsk told the U.N. Security Council on Tuesday it had shot down an unmarked plane that crossed its"
            + " border and defended its right to do so.",
        "Varnia has accused Orsk of shooting down one of its patrol planes over its own territory.",
        "In a letter to the council, Orsk envoy Ivo Renn said two planes were warned 10 times in five minutes to change course.",
        "\"Plane 2 was fired at while in Orsk airspace,\" Renn wrote in the letter.");
    assertThat(text.body()).hasSameSizeAs(WRAPPED);
  }

  @Test
  void aShortLineEndingASentenceEndsItsParagraph() {
    SegmentedText text = segmenter.segment(Article.of("w", WRAPPED));

    assertThat(text.paragraphs()).hasSize(4);
  }

  @Test
  void aListItemKeepsItsLineInWrappedCopy() {
    String listed = WRAPPED + "\n- two planes warned ten times\n- one plane shot down";

    assertThat(segmenter.segment(Article.of("w", listed)).paragraphs()).hasSize(6);
  }

  @Test
  void oneParagraphPerLineIsNotWrapped() {
    String scraped = String.join("\n",
        "Orsk said on Tuesday it had shot down an unmarked plane that crossed its border, and defended its right to do so before the council.",
        "Varnia has accused Orsk of shooting down one of its patrol planes over its own territory, and called the attack a crime.",
        "Latest updates",
        "In a letter to the council, Orsk envoy Ivo Renn said two planes were warned 10 times in five minutes to change course.",
        "Read more",
        "\"Plane 2 was fired at while in Orsk airspace,\" Renn wrote in the letter, which was seen by several outlets.",
        "The council will meet again on Friday.");

    assertThat(HardWraps.unwrap(scraped)).isSameAs(scraped);
    assertThat(segmenter.segment(Article.of("s", scraped)).paragraphs()).hasSize(7);
  }
}
