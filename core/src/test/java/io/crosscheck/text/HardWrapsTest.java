package io.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import org.junit.jupiter.api.Test;

class HardWrapsTest {
  private static final String WRAPPED = String.join("\n",
      "TARROW, May 2 The Korvel port board told the U.N.",
      "Maritime Office on Friday that it had seized a cargo",
      "ship which entered its harbour and said the seizure was",
      "lawful.",
      "Velpress has accused the board of holding three of its",
      "crew without charge since the weekend.",
      "In a filing to the office, board counsel Ivo Renn wrote that",
      "the ship was hailed 12 times over two hours before",
      "boarding.",
      "\"Vessel B was boarded while inside port limits,\" Renn",
      "added in the filing.");

  private final NewsSegmenter segmenter = new NewsSegmenter();

  @Test
  void softLineBreaksOfWireCopyReadAsSpaces() {
    SegmentedText text = segmenter.segment(Article.of("w", WRAPPED));

    assertThat(text.sentences()).extracting(Sentence::text).containsExactly(
        "TARROW, May 2 The Korvel port board told the U.N. Maritime Office on Friday that it had seized a cargo ship which"
            + " entered its harbour and said the seizure was lawful.",
        "Velpress has accused the board of holding three of its crew without charge since the weekend.",
        "In a filing to the office, board counsel Ivo Renn wrote that the ship was hailed 12 times over two hours before boarding.",
        "\"Vessel B was boarded while inside port limits,\" Renn added in the filing.");
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
  void aBlankFirstLineIsReadAsNoText() {
    String body = "   \n" + WRAPPED;

    assertThat(HardWraps.unwrap(body)).hasSameSizeAs(body).startsWith("   \nTARROW, May 2 The Korvel port board told the U.N. Maritime");
  }

  @Test
  void oneParagraphPerLineIsNotWrapped() {
    String scraped = String.join("\n",
        "The Korvel port board said on Friday that it had seized a cargo ship which entered its harbour, and that the seizure was lawful.",
        "Velpress has accused the board of holding three of its crew without charge since the weekend, and called it piracy.",
        "Latest updates",
        "In a filing to the office, board counsel Ivo Renn wrote that the ship was hailed 12 times over two hours before boarding.",
        "Read more",
        "\"Vessel B was boarded while inside port limits,\" Renn added in the filing, which several outlets have seen.",
        "The office will meet again on Monday.");

    assertThat(HardWraps.unwrap(scraped)).isSameAs(scraped);
    assertThat(segmenter.segment(Article.of("s", scraped)).paragraphs()).hasSize(7);
  }
}
