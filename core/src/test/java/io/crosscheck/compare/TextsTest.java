package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Article;
import io.crosscheck.model.Sentence;
import io.crosscheck.text.NewsSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextsTest {
  /** Words of one stem go on from the shorter one's uninflected form; a shared first five letters alone is no stem. */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} ~ {1}: {2}")
  @org.junit.jupiter.params.provider.CsvSource({
      "agreed, agreement, true",
      "negotiated, negotiations, true",
      "investigate, investigation, true",
      "claimed, claims, true",
      "iran, iranian, true",
      "responded, responsible, false",
      "governor, government, false",
      "harbour, harvest, false",
  })
  void sharesAStemOnlyWhereTheLongerWordGoesOnFromTheShorter(String a, String b, boolean same) {
    assertThat(Texts.sameStem(a, b)).isEqualTo(same);
    assertThat(Texts.sameStem(b, a)).isEqualTo(same);
  }

  @Test
  void wordsKeepInnerDotsCommasAndHyphensAndDropQuoteMarks() {
    assertThat(Texts.words("The U.S. “cease-fire” held; 22,000 fled the Zorvan’s town, ‘they’ said."))
        .containsExactly("the", "us", "cease-fire", "held", "22,000", "fled", "the", "zorvans", "town", "they", "said");
  }

  @Test
  void wordsReadLettersAndNumbersOfAnyScript() {
    assertThat(Texts.words("Ünal vit à Łódź — ½ of ٣ 𝐀B x-")).containsExactly("ünal", "vit", "à", "łódź", "½", "of", "٣",
        "𝐀b", "x");
  }

  /** The hand-written reader gives what the word pattern gives, on every sentence of the testdata. */
  @Test
  void wordsAgreeWithTheWordPattern() throws IOException {
    Pattern word = Pattern.compile("[\\p{L}\\p{N}]+(?:[.,'’-][\\p{L}\\p{N}]+)*");
    Pattern quoteMarks = Pattern.compile("[\"“”„‟'‘’‚‛`´]");
    List<String> texts = new ArrayList<>(List.of("a.b.c. ,x,, --y-- ’’z’’ 1.5.", "…-–—'\"", "", "𝐀.𝐁"));
    NewsSegmenter segmenter = new NewsSegmenter();
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (Sentence s : segmenter.segment(Article.of("t", Files.readString(file))).sentences()) {
          texts.add(s.text());
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(500);
    for (String text : texts) {
      List<String> expected = new ArrayList<>();
      Matcher m = word.matcher(quoteMarks.matcher(text).replaceAll(""));
      while (m.find()) {
        expected.add(m.group().toLowerCase(Locale.ROOT).replace(".", ""));
      }
      assertThat(Texts.words(text)).as(text).isEqualTo(expected);
      assertThat(Texts.commonWords(text, STOP)).as(text).containsExactlyElementsOf(commonByPattern(text, word, quoteMarks));
    }
  }

  private static final Set<String> STOP = Set.of("the", "and", "said");

  /** Lower-case content words as the pattern gave them: each lower-case match's content words. */
  private static Set<String> commonByPattern(String text, Pattern word, Pattern quoteMarks) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = word.matcher(quoteMarks.matcher(text).replaceAll(""));
    while (m.find()) {
      if (Character.isLowerCase(m.group().charAt(0))) {
        out.addAll(Texts.contentWords(m.group(), STOP));
      }
    }
    return out;
  }
}
