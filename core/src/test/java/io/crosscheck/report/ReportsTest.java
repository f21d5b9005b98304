package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Event;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Mode;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.Report;
import io.crosscheck.model.Severity;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import io.crosscheck.model.Stance;
import io.crosscheck.model.Warning;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The JSON form of reports: field names, order, nulls and number forms, and reading it back. */
class ReportsTest {
  static Report sample() {
    Article article = new Article("ledger-1", Optional.of("The Harbor Ledger"), Optional.of(LocalDate.of(2024, 1, 9)),
        Optional.of("Talks end"), Map.of("url", "https://example.org"), "Body of forty characters, more or less.", "ledger-1.txt");
    Source source = Source.of("Tomas Reyes", SourceKind.NAMED_SPOKESPERSON).withRole("foreign ministry spokesman")
        .withAffiliation("Veloria").withEntity("e1");
    Attribution attribution = new Attribution("a1", "ledger-1", source, "ministry spokesman Tomas Reyes",
        Optional.of(Span.of(0, 10)), "said", Stance.NEUTRAL, Mode.DIRECT, "We agreed on nothing", Span.of(12, 32));
    Figure figure = new Figure("f1", "ledger-1", "more than 22,000", Span.of(40, 56), FigureKind.COUNT,
        OptionalDouble.of(22000), Qualifier.LOWER_BOUND, Interval.atLeast(22000), Optional.of("people"),
        Optional.of("people displaced"), Optional.empty(), Optional.empty(), Optional.of("a1"));
    Figure share = new Figure("f2", "ledger-1", "a third", Span.of(60, 67), FigureKind.PERCENT,
        OptionalDouble.of(100.0 / 3), Qualifier.EXACT, Interval.exactly(100.0 / 3), Optional.of("percent"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    Finding finding = new Finding("x1", FindingType.ACCOUNT_DISPUTE, Severity.HIGH, "Veloria says A; Kastan says B",
        List.of(new Evidence("ledger-1", "We agreed", Span.of(12, 21), Optional.of("a1"), Optional.empty())),
        Optional.of("ev1"));
    Event meeting = new Event("ev1", Optional.of("MEETING"), Optional.of(LocalDate.of(2024, 1, 8)),
        List.of("reyes", "kastan"), List.of("veloria"), List.of("ledger-1"), false);
    return new Report(List.of(article), List.of(attribution), List.of(figure, share), List.of(), List.of(finding),
        List.of(new Entity("e1", "Tomas Reyes", SourceKind.NAMED_SPOKESPERSON, List.of("Tomas Reyes", "Mr. Reyes"))),
        List.of(new FileError("bad.txt", "empty file")), List.of(new Warning("undated.txt", "no published date")),
        List.of(meeting));
  }

  private static String sampleJson() throws IOException {
    try (InputStream in = ReportsTest.class.getResourceAsStream("sample-report.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Report read(String json) throws IOException {
    return Reports.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writesSchemaVersionOneExactly() throws IOException {
    assertThat(Reports.toJson(sample())).isEqualTo(sampleJson());
  }

  @Test
  void streamWriterGivesTheSameBytesAndLeavesTheStreamOpen() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the caller's stream was closed");
      }
    };
    Reports.writeJson(sample(), out);
    out.write('x');
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(sampleJson() + "x");
  }

  @Test
  void bytesAndCharactersGiveOneJsonForACharacterOutsideTheBasicPlane() throws IOException {
    Report base = sample();
    Article a = base.articles().get(0);
    Article withEmoji = new Article(a.id(), a.outlet(), a.published(), Optional.of("Talks end \uD83D\uDE00"), a.metadata(), a.body(),
        a.file());
    Report report = new Report(List.of(withEmoji), base.attributions(), base.figures(), base.claims(), base.findings(),
        base.entities(), base.errors(), base.warnings(), base.events());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Reports.writeJson(report, bytes);
    java.io.StringWriter chars = new java.io.StringWriter();
    Reports.writeJson(report, chars);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(chars.toString()).contains("Talks end \uD83D\uDE00");
    assertThat(read(bytes.toString(StandardCharsets.UTF_8)).articles().get(0).title()).hasValue("Talks end \uD83D\uDE00");
  }

  /** The sample's article, attribution and figures repeated {@code n} times, each copy an article of its own. */
  private static Report repeated(int n) {
    Report base = sample();
    Article a = base.articles().get(0);
    Attribution at = base.attributions().get(0);
    List<Article> articles = new ArrayList<>();
    List<Attribution> attributions = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "ledger-" + i;
      articles.add(new Article(id, a.outlet(), a.published(), a.title(), a.metadata(), a.body(), id + ".txt"));
      attributions.add(new Attribution("a" + i, id, at.source(), at.sourceText(), at.sourceSpan(), at.cue(), at.stance(),
          at.mode(), at.content(), at.span()));
      figures.addAll(base.figures());
    }
    return new Report(articles, attributions, figures, base.claims(), base.findings(), base.entities(), List.of(),
        base.warnings(), base.events());
  }

  @Test
  void sectionsWrittenInChunksOnSeveralThreadsGiveTheSameBytesAndCharacters() throws IOException {
    Report report = repeated(2 * ChunkedSections.CHUNK_ITEMS + 3);
    ByteArrayOutputStream alone = new ByteArrayOutputStream();
    Reports.writeJson(ReportStream.of(report), alone, 1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Reports.writeJson(ReportStream.of(report), bytes, 3);
    java.io.StringWriter chars = new java.io.StringWriter();
    Reports.writeJson(ReportStream.of(report), chars, 3);
    assertThat(bytes.toByteArray()).isEqualTo(alone.toByteArray());
    assertThat(chars.toString()).isEqualTo(alone.toString(StandardCharsets.UTF_8));
    assertThat(read(chars.toString()).articles()).hasSize(2 * ChunkedSections.CHUNK_ITEMS + 3);
  }

  @Test
  void readingBackAndWritingAgainGivesTheSameJson() throws IOException {
    Report back = read(sampleJson());
    assertThat(Reports.toJson(back)).isEqualTo(sampleJson());
    assertThat(back.figures().get(0).interval().hasHigh()).isFalse();
    assertThat(back.figures().get(0).value()).hasValue(22000);
    assertThat(back.articles().get(0).body()).hasSize(39);
    assertThat(back.claims()).singleElement().satisfies(c -> assertThat(c.figures()).extracting(Figure::id).containsExactly("f1"));
  }

  @Test
  void readerIgnoresFieldsAddedLater() throws IOException {
    String extended = sampleJson().replace("\"schemaVersion\" : 1,", "\"schemaVersion\" : 1, \"events\" : [ { \"id\" : 1 } ],")
        .replace("\"cue\" : \"said\",", "\"cue\" : \"said\", \"quotes\" : [ ],");
    assertThat(Reports.toJson(read(extended))).isEqualTo(sampleJson());
  }

  @Test
  void reportsWrittenBeforeWarningsReadBackWithNone() throws IOException {
    String old = sampleJson().replaceFirst(",\\n  \"warnings\" : \\[ \\{[^]]*\\} \\]", "");
    assertThat(old).doesNotContain("warnings");
    assertThat(read(old).warnings()).isEmpty();
  }

  @Test
  void readerNamesThePathOfAWrongValue() {
    String wrong = "{ \"schemaVersion\" : 1, \"articles\" : [ ], \"attributions\" : [ ], \"figures\" : [ { \"id\" : \"f1\" } ] }";
    assertThatThrownBy(() -> read(wrong)).isInstanceOf(ReportFormatException.class).hasMessage("$.figures[0].low is missing");
    assertThatThrownBy(() -> read("{ \"schemaVersion\" : 2 }")).hasMessageContaining("schemaVersion 2");
  }

  @Test
  void hugeAndTinyNumbersAreWrittenInPlainDecimals() throws IOException {
    Figure big = sample().figures().get(0);
    Figure huge = new Figure("f1", "ledger-1", "a sextillion", big.span(), FigureKind.COUNT, OptionalDouble.of(1e21),
        Qualifier.EXACT, Interval.exactly(1e21), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    Figure tiny = new Figure("f2", "ledger-1", "a ten-thousandth", big.span(), FigureKind.OTHER, OptionalDouble.of(0.00012),
        Qualifier.EXACT, Interval.exactly(0.00012), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
    String json = Reports.toJson(new Report(List.of(), List.of(), List.of(huge, tiny), List.of(), List.of(), List.of(), List.of()));
    assertThat(json).contains("\"value\" : 1000000000000000000000,").contains("\"value\" : 0.0001,").doesNotContainPattern("\\d[eE][+-]?\\d");
  }

  @Test
  void schemaShipsOnTheClassPath() {
    assertThat(Reports.jsonSchema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }
}
