package io.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsSegmenterTest {
  private final NewsSegmenter segmenter = new NewsSegmenter();

  private SegmentedText segment(String body) {
    return segmenter.segment(Article.of("t", body));
  }

  private List<String> sentences(String body) {
    return segment(body).sentences().stream().map(Sentence::text).toList();
  }

  private List<String> quotes(String body) {
    SegmentedText t = segment(body);
    return t.quotations().stream().map(q -> q.inner().in(t.body())).toList();
  }

  /** Sentences are separated by " | " in the expected column. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "Mr. Kovac left early. He did not return.; Mr. Kovac left early. | He did not return.",
      "Dr. Salo spoke. Gen. Brandt listened.; Dr. Salo spoke. | Gen. Brandt listened.",
      "Supt. Ivo Barrow and Insp. Ana Kollar spoke. Det. Olek Marsh left.; Supt. Ivo Barrow and Insp. Ana Kollar spoke. | Det. Olek Marsh left.",
      "The U.S. Navy sent a ship. It arrived.; The U.S. Navy sent a ship. | It arrived.",
      "Aid reached the U.N. compound on Dec. 8 at noon.; Aid reached the U.N. compound on Dec. 8 at noon.",
      "Ana J. Kovac said so. Then she left.; Ana J. Kovac said so. | Then she left.",
      "Route No. 4 closed. Traffic stopped.; Route No. 4 closed. | Traffic stopped.",
      "It cost 2.5 million. Nobody paid.; It cost 2.5 million. | Nobody paid.",
      "Why now? Nobody knows! Talks resume.; Why now? | Nobody knows! | Talks resume.",
      "“We stay. We fight,” she said. Then silence.; “We stay. We fight,” she said. | Then silence.",
      "He said: “It ended.” The crowd cheered.; He said: “It ended.” | The crowd cheered.",
      "a lower-case start. still one sentence; a lower-case start. still one sentence"})
  void splitsSentences(String body, String expected) {
    assertThat(sentences(body)).containsExactlyElementsOf(Arrays.asList(expected.split(" \\| ")));
  }

  @Test
  void treatsEveryNonBlankLineAsParagraph() {
    SegmentedText t = segment("First para.\nSecond para.\n\n  Third para.  \n");
    assertThat(t.paragraphs()).hasSize(3);
    assertThat(t.paragraphs().get(2).span().in(t.body())).isEqualTo("Third para.");
    assertThat(t.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "She said “we will stay” and left.; we will stay",
      "She said \"we will stay\" and left.; we will stay",
      "“I told him, ‘No deal,’ and meant it,” Kovac said.; I told him, ‘No deal,’ and meant it,",
      "‘Extremely complicated times’; Extremely complicated times",
      "Kovac’s aides said nothing.; ",
      "The minister’s “red line” was ‘clear’.; red line | clear",
      "'We never agreed to it,' Kovac said.; We never agreed to it,",
      "The players' guild said 'no deal' and Kovac's aides agreed.; no deal",
      "She said \"we will stay\" and Kovac's aides said 'no'.; we will stay"})
  void findsQuotations(String body, String expected) {
    List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(" \\| "));
    assertThat(quotes(body)).containsExactlyElementsOf(want);
  }

  @Test
  void dottedInitialsBeforeANameEndNoSentence() {
    SegmentedText t = segment("Kellco denied allegations by rival owner E.W. Tarn that it broke the deal. J.R.R. Olen agreed.");
    assertThat(t.sentences()).hasSize(2);
    assertThat(t.sentences().get(0).text()).endsWith("broke the deal.");
  }

  @Test
  void joinsQuoteRunningOverParagraphsWithRepeatedOpeningMark() {
    String body = "Kovac said: “The first part goes on.\n“And the second part ends here,” she added.\nNext paragraph.";
    SegmentedText t = segment(body);
    assertThat(t.quotations()).hasSize(1);
    Quotation q = t.quotations().get(0);
    assertThat(q.closed()).isTrue();
    assertThat(q.inner().in(body)).startsWith("The first part").endsWith("ends here,");
  }

  @Test
  void cutsUnbalancedQuoteAtParagraphEnd() {
    String body = "Reyes said “this never closes.\nA normal paragraph with “a real quote” inside.";
    SegmentedText t = segment(body);
    assertThat(t.quotations()).extracting(q -> q.inner().in(body), Quotation::closed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("this never closes.", false),
            org.assertj.core.groups.Tuple.tuple("a real quote", true));
  }

  @Test
  void sentenceOffsetsPointIntoBody() {
    String body = "Line one here.\n\nLine two is here. And three.";
    SegmentedText t = segment(body);
    for (Sentence s : t.sentences()) {
      assertThat(body.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(t.sentenceAt(body.indexOf("three"))).hasValueSatisfying(s -> assertThat(s.text()).isEqualTo("And three."));
    assertThat(t.sentenceAt(body.indexOf("\n"))).isEmpty();
  }

  @Test
  void staysLinearOnHostileInput() {
    String hostile = "\"“‘. ".repeat(50_000) + "Mr. ".repeat(50_000);
    SegmentedText t = segment(hostile);
    assertThat(t.sentences()).isNotEmpty();
  }
}
