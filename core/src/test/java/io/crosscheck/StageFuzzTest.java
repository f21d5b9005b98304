package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.crosscheck.attribution.AttributionFinder;
import io.crosscheck.attribution.Attributions;
import io.crosscheck.figure.FigureFinder;
import io.crosscheck.figure.Figures;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Paragraph;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.Report;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.text.ArticleReader;
import io.crosscheck.text.NewsSegmenter;
import io.crosscheck.text.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One Jazzer target per stage (issue #13). Under {@code mvn verify} each replays its inputs in
 * {@code src/test/resources/io/crosscheck/StageFuzzTestInputs/<target>/} (seeds from testdata and
 * every crasher or timeout found so far); {@code JAZZER_FUZZ=1} fuzzes, see README "Fuzzing".
 * Any exception, an offset outside the body, or text that differs from the body at its offsets, is a bug.
 */
class StageFuzzTest {
  private static final Lexicon LEXICON = Lexicon.defaults();
  private static final NewsSegmenter SEGMENTER = new NewsSegmenter();
  private static final AttributionFinder ATTRIBUTIONS = Attributions.defaultFinder(LEXICON);
  private static final FigureFinder FIGURES = Figures.defaultFinder(LEXICON);
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  /** Raw bytes through the file reader: BOMs, NULs, invalid UTF-8, headers. */
  @FuzzTest(maxDuration = "30s")
  void readsAnyBytes(byte[] bytes) throws Exception {
    Path file = Files.createTempFile("fuzz", ".txt");
    try {
      Files.write(file, bytes);
      ReadResult r = new ArticleReader().read(List.of(file));
      assertThat(r.articles().size() + r.errors().size()).isPositive();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void segmentsAnyText(FuzzedDataProvider data) {
    String body = data.consumeRemainingAsString();
    SegmentedText text = SEGMENTER.segment(Article.of("fuzz", body));
    // The segmented body is the stored one, soft line breaks of hard-wrapped copy read as spaces.
    assertThat(text.body()).hasSameSizeAs(body);
    for (int i = 0; i < body.length(); i++) {
      if (text.body().charAt(i) != body.charAt(i)) {
        assertThat(body.charAt(i)).isEqualTo('\n');
        assertThat(text.body().charAt(i)).isEqualTo(' ');
      }
    }
    int last = 0;
    for (Paragraph p : text.paragraphs()) {
      assertThat(p.span().end()).isLessThanOrEqualTo(body.length());
    }
    for (Sentence s : text.sentences()) {
      assertThat(s.start()).isGreaterThanOrEqualTo(last);
      assertThat(s.text()).isEqualTo(text.body().substring(s.start(), s.end()));
      last = s.end();
    }
    for (Quotation q : text.quotations()) {
      assertThat(q.outer().end()).isLessThanOrEqualTo(body.length());
      assertThat(q.outer().contains(q.inner())).isTrue();
    }
  }

  @FuzzTest(maxDuration = "30s")
  void findsAttributionsInAnyText(FuzzedDataProvider data) {
    String body = data.consumeRemainingAsString();
    SegmentedText text = SEGMENTER.segment(Article.of("fuzz", body));
    for (Attribution a : ATTRIBUTIONS.find(text)) {
      assertThat(a.span().start()).isBetween(0, body.length());
      assertThat(a.span().end()).isBetween(a.span().start(), body.length());
    }
  }

  @FuzzTest(maxDuration = "30s")
  void findsFiguresInAnyText(FuzzedDataProvider data) {
    String body = data.consumeRemainingAsString();
    SegmentedText text = SEGMENTER.segment(Article.of("fuzz", body));
    for (Figure f : FIGURES.find(text)) {
      assertThat(f.text()).isEqualTo(text.body().substring(f.start(), f.end()));
    }
  }

  /** Up to four articles through every check, so cross-article rules see fuzzed pairs. */
  @FuzzTest(maxDuration = "30s")
  void checksSeveralArticles(FuzzedDataProvider data) {
    Map<String, String> texts = new LinkedHashMap<>();
    int n = data.consumeInt(1, 4);
    for (int i = 0; i < n; i++) {
      texts.put("fuzz-" + i + ".txt", i == n - 1 ? data.consumeRemainingAsString() : data.consumeString(2_000));
    }
    Report report = CROSSCHECK.checkTexts(texts);
    assertThat(report.errors()).noneSatisfy(e -> assertThat(e.message()).contains("internal error"));
    Map<String, String> bodies = new LinkedHashMap<>();
    report.articles().forEach(a -> bodies.put(a.id(), a.body()));
    report.figures().forEach(f -> assertThat(f.text()).isEqualTo(bodies.get(f.article()).substring(f.start(), f.end())));
    report.findings().forEach(x -> x.evidence().forEach(e ->
        assertThat(e.text()).isEqualTo(bodies.get(e.article()).substring(e.span().start(), e.span().end()))));
  }
}
