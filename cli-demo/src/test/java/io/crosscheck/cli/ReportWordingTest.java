package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWordingTest {
  @Test
  void bareCommonNounsGetAnArticleAndNamesDoNot() {
    assertThat(PartyNames.phrase(Source.of("company", SourceKind.INSTITUTION))).isEqualTo("the company");
    assertThat(PartyNames.phrase(Source.of("official", SourceKind.ANONYMOUS))).isEqualTo("an official");
    assertThat(PartyNames.phrase(Source.of("U.S. official", SourceKind.ANONYMOUS))).isEqualTo("a U.S. official");
    assertThat(PartyNames.phrase(Source.of("officials", SourceKind.ANONYMOUS))).isEqualTo("officials");
    assertThat(PartyNames.phrase(Source.of("Interior Ministry", SourceKind.INSTITUTION))).isEqualTo("the Interior Ministry");
    assertThat(PartyNames.phrase(Source.of("Kestrel Telecom", SourceKind.INSTITUTION))).isEqualTo("Kestrel Telecom");
    assertThat(PartyNames.phrase(Source.of("Orla Venn's Trade Ministry", SourceKind.INSTITUTION)))
        .isEqualTo("Orla Venn's Trade Ministry");
    assertThat(PartyNames.phrase(Source.of("Mira Oduya", SourceKind.NAMED_SPOKESPERSON))).isEqualTo("Mira Oduya");
  }

  @Test
  void listsReadAsEnglish() {
    assertThat(PartyNames.joined(List.of("A"))).isEqualTo("A");
    assertThat(PartyNames.joined(List.of("A", "B", "C"))).isEqualTo("A, B and C");
  }

  @Test
  void wordDiffMarksOnlyTheWordsTheOtherWordingLacks() {
    String a = "We will not rest until everyone is home";
    String b = "We won’t stop until everyone is back home";
    WordDiff.Result d = WordDiff.of(a, b);
    assertThat(d.onlyInFirst().stream().map(s -> s.in(a)).toList()).containsExactly("will", "not", "rest");
    assertThat(d.onlyInSecond().stream().map(s -> s.in(b)).toList()).containsExactly("won’t", "stop", "back");
  }

  @Test
  void wordDiffComparesAtMostABoundedNumberOfWords() {
    String many = "word ".repeat(WordDiff.MAX_WORDS * 3);
    assertThat(WordDiff.words(many)).hasSize(WordDiff.MAX_WORDS);
    assertThat(WordDiff.of(many, many).onlyInFirst()).isEmpty();
  }

  @Test
  void textWrapsAtSpacesWithoutCuttingWords() {
    StringBuilder out = new StringBuilder();
    String sentence = "The harbour master counted forty boats ".repeat(5) + "x".repeat(120);
    TextReport.wrap(out, sentence, "  ", "  ");
    for (String line : out.toString().split("\n")) {
      assertThat(line.length() <= TextReport.WIDTH || !line.strip().contains(" ")).as(line).isTrue();
    }
    assertThat(out.toString().replaceAll("\\s+", " ").strip()).isEqualTo(sentence.strip());
  }

  @Test
  void spanTextOfAMark() {
    assertThat(Span.of(0, 2).in("We")).isEqualTo("We");
  }
}
