package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Article;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import io.crosscheck.text.NewsSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void titlesAndInitialsKeepTheirDot() {
    assertThat(Words.of("Mr. Kovac’s aide said, “No.”", Span.of(0, 28))).extracting(Word::text)
        .containsExactly("Mr.", "Kovac’s", "aide", "said", ",", "“", "No", ".", "”");
    assertThat(Words.of("the U.S. envoy", Span.of(0, 14))).extracting(Word::text).containsExactly("the", "U.S.", "envoy");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"the, the", "The, the", "THE, the", "by, the", "Kovač, kovač",
      "Kovač, KOVAČ", "Kovač, kovac", "İt, it", "ſo, so", "’s, 's"})
  void comparesWithoutCaseAsEqualsIgnoreCase(String text, String other) {
    assertThat(new Word(text, 0, text.length()).is(other)).isEqualTo(text.equalsIgnoreCase(other));
  }

  @Test
  void aWordsOffsetsSpanItsText() {
    assertThat(new Word("said", 10, 14).is("SAID")).isTrue();
    assertThat(new Word("said", 10, 14).is("sad")).isFalse();
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Word("said", 10, 13))
        .withMessageContaining("said").withMessageContaining("13");
  }

  /**
   * A word met again is the word first cut, at its new place: short ASCII words are found by the
   * letters their key holds, longer or other words by a hash and their letters; words that differ
   * in one letter, in case or in length are never taken for each other.
   */
  @Test
  void formsFindAWordMetBeforeAndNoOther() {
    String body = "said Said saidx sai said said’s ministers ministerss ministers naïve naïve naive "
        + "a-b-c-d-e-f-g-h-i a-b-c-d-e-f-g-h-j a-b-c-d-e-f-g-h-i é é";
    Words.Forms forms = new Words.Forms(4, String::length);
    List<Word> cut = new ArrayList<>();
    for (Word w : Words.of(body, Span.of(0, body.length()))) {
      cut.add(forms.word(body, w.start(), w.end()));
    }
    assertThat(cut).extracting(Word::text).isEqualTo(
        Words.of(body, Span.of(0, body.length())).stream().map(Word::text).toList());
    assertThat(cut).extracting(Word::start).isEqualTo(
        Words.of(body, Span.of(0, body.length())).stream().map(Word::start).toList());
    assertThat(cut).extracting(Word::classes).isEqualTo(cut.stream().map(w -> w.lower().length()).toList());
    // the same text met again is the same form: its lower-cased string is the one first cut
    assertThat(cut.get(4).lower()).isSameAs(cut.get(0).lower());
    assertThat(cut.get(8).lower()).isSameAs(cut.get(6).lower());
    assertThat(cut.get(10).lower()).isSameAs(cut.get(9).lower());
    assertThat(cut.get(14).lower()).isSameAs(cut.get(12).lower());
    assertThat(cut.get(16).lower()).isSameAs(cut.get(15).lower());
    assertThat(cut.get(1).lower()).isNotSameAs(cut.get(0).lower());
    assertThat(cut.get(11).lower()).isNotSameAs(cut.get(9).lower());
    assertThat(cut.get(13).lower()).isNotSameAs(cut.get(12).lower());
  }

  @Test
  void formsKeepEveryWordOfAManyWordText() {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < 5000; k++) {
      b.append("w").append(Integer.toString(k, 36)).append(k % 7 == 0 ? "’s " : " ");
    }
    String body = b.toString();
    Words.Forms forms = new Words.Forms(16, String::length);
    for (int round = 0; round < 2; round++) {
      for (Word w : Words.of(body, Span.of(0, body.length()))) {
        assertThat(forms.word(body, w.start(), w.end()).text()).isEqualTo(w.text());
      }
    }
  }

  @Test
  void aDatelineGluedToAParagraphsFirstWordIsCutOff() {
    String body = "KELMOR-Varnian league chief Olek Brand refused.\nThe NATO-Varnia talks and Al-Rishq went on.";
    assertThat(Words.of(body, Span.of(0, body.length()))).extracting(Word::text)
        .startsWith("KELMOR", "-", "Varnian", "league")
        .contains("NATO-Varnia", "Al-Rishq");
  }

  @Test
  void aRunLongerThanItsBoundIsCut() {
    String run = "a".repeat(130);
    assertThat(Words.of(run, Span.of(0, run.length()))).extracting(Word::end).containsExactly(60, 120, 130);
    String joined = "a-".repeat(12) + "a";
    assertThat(Words.of(joined, Span.of(0, joined.length()))).extracting(Word::text)
        .startsWith("a-a-a-a-a-a-a-a-a", "-");
  }

  /** The hand-written reader gives what the token pattern gives, on testdata and on hostile text. */
  @Test
  void readingAgreesWithTheTokenPattern() throws IOException {
    List<String> texts = new ArrayList<>(List.of("x".repeat(61) + "’" + "y".repeat(70) + ".", "Mr.Mr. Dr.. A.B.C.D.",
        "𝐀𝐁𝐂 ½-٣ \uD835 \uDC00 tail\uD835", "a,b,c,d,e,f,g,h,i,j,k", "\t\u000B\f\r\n\u00A0\u2003x", "22,000.5 St.",
        "a-", "-a", "..", ""));
    NewsSegmenter segmenter = new NewsSegmenter();
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    int spans = 0;
    for (String raw : texts) {
      SegmentedText text = segmenter.segment(Article.of("t", raw));
      for (String body : List.of(raw, text.body())) {
        List<Span> all = new ArrayList<>(List.of(Span.of(0, body.length())));
        if (body.length() > 0) {
          all.add(Span.of(1, body.length()));
          all.add(Span.of(0, body.length() - 1));
        }
        if (body == text.body()) {
          text.sentences().forEach(sentence -> all.add(sentence.span()));
        }
        for (Span span : all) {
          assertThat(Words.of(body, span)).as("%s in %s", span, body).isEqualTo(byPattern(body, span));
          spans++;
        }
      }
    }
    assertThat(spans).isGreaterThan(500);
  }

  /** Tokens as the pattern and its dot rule give them. */
  private static List<Word> byPattern(String body, Span span) {
    List<Word> out = new ArrayList<>();
    Matcher m = Words.TOKEN.matcher(body).region(span.start(), span.end());
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String text = body.substring(s, e);
      if (Character.isLetter(text.charAt(0)) && e < span.end() && body.charAt(e) == '.'
          && Words.keepsDot(text)) {
        e++;
        text = text + ".";
      }
      out.add(new Word(text, s, e));
      if (e > m.end()) {
        m.region(e, span.end());
      }
    }
    return out;
  }
}
