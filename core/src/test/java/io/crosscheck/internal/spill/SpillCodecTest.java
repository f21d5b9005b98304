package io.crosscheck.internal.spill;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.internal.claim.ClaimReader;
import io.crosscheck.internal.event.ArticleKeys;
import io.crosscheck.internal.event.EventClusterer;
import io.crosscheck.internal.event.EventKeys;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Severity;
import io.crosscheck.model.Span;
import io.crosscheck.text.ArticleReader;
import io.crosscheck.text.NewsSegmenter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What goes into a spill file comes back equal: articles with their findings, and their claims. */
class SpillCodecTest {
  @Test
  void everyCharSequenceSurvives() {
    String odd = "NUL\0 lone\uD835 \uDC00 pair𝐀 é ß 中 \u2028 end";
    Article article = Article.of("odd", odd).withOutlet("Out\uD800let");
    AnalysisSpill.Stored stored = new AnalysisSpill.Stored(article, List.of(), List.of());
    AnalysedArticle analysed = new AnalysedArticle(new NewsSegmenter().segment(article), List.of(), List.of());
    assertThat(AnalysisSpill.decode(AnalysisSpill.encode(analysed))).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain ascii", "“curly” quotes", "é after ascii", "中文 and 𝐀", "NUL\0 inside",
      "lone \uD835 half", "\uDC00 opens", "ends \uD800", "ed\uD7FF\uE000 around the halves", "\u0080\u07FF\u0800\uFFFF"})
  void readsBackEveryStringShape(String text) {
    RecordCodec.Writer w = new RecordCodec.Writer();
    w.writeString(text);
    w.writeString("after");
    RecordCodec.Reader r = new RecordCodec.Reader(w.bytes());
    assertThat(r.readString()).isEqualTo(text);
    assertThat(r.readString()).isEqualTo("after");
  }

  @Test
  void findingsOfAUsersOwnTypeComeBackEqual() {
    Finding f = new Finding("x7", FindingType.of("HEADLINE_MISMATCH"), Severity.LOW, "headline says 40, body 38",
        List.of(new Evidence("a", "Forty ships", Span.of(0, 11), Optional.empty(), Optional.of("a:f1")),
            new Evidence("b", "38 ships\uD800", Span.of(4, 13), Optional.of("b:a2"), Optional.empty())),
        Optional.of("ev3"), Optional.empty());
    try (FindingSpill spill = new FindingSpill()) {
      assertThat(spill.load(spill.append(f))).isEqualTo(f);
    }
  }

  @Test
  void analysedArticlesAndTheirClaimsComeBackEqual() {
    Crosscheck crosscheck = Crosscheck.withDefaults();
    Lexicon lexicon = Lexicon.defaults();
    EventKeys keys = new EventKeys(lexicon);
    ClaimReader claims = new ClaimReader(lexicon);
    List<AnalysedArticle> analysed = new ArrayList<>();
    for (Article a : new ArticleReader().read(List.of(Path.of("../testdata/cases"))).articles()) {
      analysed.add(crosscheck.analyse(a));
    }
    List<ArticleKeys> articleKeys = analysed.stream().map(keys::keys).toList();
    List<Event> events = new EventClusterer().cluster(articleKeys);
    int claimCount = 0;
    try (AnalysisSpill spill = AnalysisSpill.create(); ClaimSpill claimSpill = new ClaimSpill()) {
      for (AnalysedArticle a : analysed) {
        AnalysisSpill.Stored stored = new AnalysisSpill.Stored(a.article(), a.attributions(), a.figures());
        int at = spill.append(AnalysisSpill.encode(a));
        assertThat(spill.load(at)).isEqualTo(stored);
        assertThat(spill.analysed(at)).isEqualTo(a); // the segmentation too: sentences are not split again on load
        Event event = events.stream().filter(e -> e.articles().contains(a.id())).findFirst().orElseThrow();
        List<Claim> read = claims.read(a, event);
        assertThat(claimSpill.append(ClaimSpill.encode(read, a))).isEqualTo(at);
        assertThat(claimSpill.load(at, a)).isEqualTo(read);
        claimCount += read.size();
      }
    }
    assertThat(claimCount).isGreaterThan(200);
  }
}
