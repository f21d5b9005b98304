package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Snapshot of the JSON form of a hand-built report: field names, order, nulls and number forms. */
class ReportJsonTest {
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
        List.of(new Evidence("ledger-1", "We agreed", Span.of(12, 21), Optional.of("a1"), Optional.empty())))
        .withEvent("ev1");
    Event event = new Event("ev1", Optional.of("MEETING"), Optional.of(LocalDate.of(2024, 1, 8)), List.of("reyes", "kastan"),
        List.of("veloria"), List.of("ledger-1"), false);
    return new Report(List.of(article), List.of(attribution), List.of(figure, share), List.of(), List.of(finding),
        List.of(new Entity("e1", "Tomas Reyes", SourceKind.NAMED_SPOKESPERSON, List.of("Tomas Reyes", "Mr. Reyes"))),
        List.of(new FileError("bad.txt", "empty file")), List.of(event));
  }

  @Test
  void writesSchemaVersionOneExactly() throws IOException {
    String expected;
    try (InputStream in = ReportJsonTest.class.getResourceAsStream("sample-report.json")) {
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(ReportJson.write(sample())).isEqualTo(expected);
  }
}
