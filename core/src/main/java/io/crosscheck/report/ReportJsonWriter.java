package io.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Event;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import io.crosscheck.model.Source;
import io.crosscheck.model.Span;
import io.crosscheck.model.Warning;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes the schemaVersion 1 JSON of a report onto a {@link JsonGenerator}, one small method per
 * object so a field is added in one place and sections can be streamed one at a time.
 *
 * <p>Fields come in a fixed order and numbers in a fixed form (integral values without ".0", others
 * rounded to four decimals, never in exponent form), so the same report always gives the same bytes.
 * Open interval bounds become {@code null} here and only here.
 */
final class ReportJsonWriter {
  /** Decimals kept for non-integral numbers: "a third" is 33.3333, stable across platforms. */
  private static final int DECIMALS = 4;
  /** Below this magnitude an integral double is written as a long. */
  private static final double LONG_LIMIT = 1e15;

  private final JsonGenerator gen;

  ReportJsonWriter(JsonGenerator gen) {
    this.gen = gen;
  }

  /**
   * The whole report: the opening, every section in schema order, the closing. The items of each
   * top-level section are written by {@code items}, inside the section's array.
   */
  void report(ReportStream report, SectionItems items) throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("schemaVersion", Report.SCHEMA_VERSION);
    for (Section<?> s : sections(report)) {
      gen.writeArrayFieldStart(s.name());
      items.write(this, s);
      gen.writeEndArray();
    }
    gen.writeEndObject();
  }

  /** The report's top-level sections, in schema order. */
  private static List<Section<?>> sections(ReportStream report) {
    return List.of(
        new Section<>("articles", report.articles(), ReportJsonWriter::article),
        new Section<>("attributions", report.attributions(), ReportJsonWriter::attribution),
        new Section<>("figures", report.figures(), ReportJsonWriter::figure),
        new Section<>("findings", report.findings(), ReportJsonWriter::finding),
        new Section<>("entities", report.entities(), ReportJsonWriter::entity),
        new Section<>("events", report.events(), ReportJsonWriter::event),
        new Section<>("errors", report.errors(), ReportJsonWriter::error),
        new Section<>("warnings", report.warnings(), ReportJsonWriter::warning));
  }

  /** Every item of {@code section}, in order, where the section's array stands open. */
  <T> void items(Section<T> section) throws IOException {
    for (T t : section.items()) {
      section.item().write(this, t);
    }
  }

  /** Everything written so far, handed on to where the generator writes. */
  void flush() throws IOException {
    gen.flush();
  }

  /** A nested array: {@code "name" : [ item, item ]}. */
  private <T> void array(Section<T> section) throws IOException {
    gen.writeArrayFieldStart(section.name());
    items(section);
    gen.writeEndArray();
  }

  void article(Article a) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", a.id());
    optional("outlet", a.outlet());
    optional("published", a.published().map(Object::toString));
    optional("title", a.title());
    gen.writeNumberField("chars", a.body().length());
    gen.writeStringField("file", a.file());
    gen.writeEndObject();
  }

  void attribution(Attribution a) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", a.id());
    gen.writeStringField("article", a.article());
    gen.writeFieldName("source");
    source(a.source());
    gen.writeStringField("sourceText", a.sourceText());
    gen.writeStringField("cue", a.cue());
    gen.writeStringField("stance", a.stance().name());
    gen.writeStringField("mode", a.mode().name());
    gen.writeStringField("content", a.content());
    gen.writeNumberField("start", a.start());
    gen.writeNumberField("end", a.end());
    gen.writeArrayFieldStart("parts"); // one per piece of content: two for a quotation split by its speaker tag
    for (Span p : a.parts()) {
      gen.writeStartObject();
      gen.writeNumberField("start", p.start());
      gen.writeNumberField("end", p.end());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  void source(Source s) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", s.name());
    gen.writeStringField("kind", s.kind().name());
    optional("role", s.role());
    optional("affiliation", s.affiliation());
    gen.writeBooleanField("senior", s.senior());
    optional("entity", s.entity());
    gen.writeEndObject();
  }

  void figure(Figure f) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", f.id());
    gen.writeStringField("article", f.article());
    gen.writeStringField("text", f.text());
    gen.writeStringField("kind", f.kind().name());
    number("value", f.value());
    gen.writeStringField("qualifier", f.qualifier().name());
    number("low", f.interval().hasLow() ? OptionalDouble.of(f.interval().low()) : OptionalDouble.empty());
    number("high", f.interval().hasHigh() ? OptionalDouble.of(f.interval().high()) : OptionalDouble.empty());
    optional("unit", f.unit());
    optional("subject", f.subject());
    optional("scope", f.scope());
    optional("date", f.date().map(Object::toString));
    optional("attribution", f.attribution());
    gen.writeNumberField("start", f.start());
    gen.writeNumberField("end", f.end());
    gen.writeEndObject();
  }

  void finding(Finding f) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", f.id());
    gen.writeStringField("type", f.type().name());
    gen.writeStringField("severity", f.severity().name());
    gen.writeStringField("summary", f.summary());
    optional("event", f.event());
    optional("check", f.check());
    gen.writeStringField("scope", f.scope().name());
    array(new Section<>("evidence", f.evidence(), ReportJsonWriter::evidence));
    gen.writeEndObject();
  }

  void evidence(Evidence e) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("article", e.article());
    gen.writeStringField("text", e.text());
    gen.writeNumberField("start", e.span().start());
    gen.writeNumberField("end", e.span().end());
    optional("attribution", e.attribution());
    optional("figure", e.figure());
    gen.writeEndObject();
  }

  void entity(Entity e) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", e.id());
    gen.writeStringField("name", e.name());
    gen.writeStringField("kind", e.kind().name());
    array(new Section<>("aliases", e.aliases(), ReportJsonWriter::string));
    gen.writeEndObject();
  }

  void event(Event e) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", e.id());
    optional("kind", e.kind());
    optional("date", e.date().map(Object::toString));
    array(new Section<>("participants", e.participants(), ReportJsonWriter::string));
    array(new Section<>("places", e.places(), ReportJsonWriter::string));
    array(new Section<>("articles", e.articles(), ReportJsonWriter::string));
    gen.writeBooleanField("referenced", e.referenced());
    gen.writeEndObject();
  }

  void error(FileError e) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("file", e.file());
    gen.writeStringField("message", e.message());
    gen.writeEndObject();
  }

  void warning(Warning w) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("file", w.file());
    gen.writeStringField("message", w.message());
    gen.writeEndObject();
  }

  private void optional(String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      gen.writeStringField(field, value.get());
    } else {
      gen.writeNullField(field);
    }
  }

  /** An integral value as a long (22000), any other rounded to four decimals (33.3333); absent or infinite as null. */
  private void number(String field, OptionalDouble value) throws IOException {
    gen.writeFieldName(field);
    if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
      gen.writeNull();
      return;
    }
    double v = value.getAsDouble();
    if (v == Math.rint(v) && Math.abs(v) < LONG_LIMIT) {
      gen.writeNumber((long) v);
    } else {
      gen.writeNumber(BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros());
    }
  }

  /** One item of an array of strings. */
  private void string(String value) throws IOException {
    gen.writeString(value);
  }

  /**
   * An array of the report: its field name, its items, how one is written.
   *
   * @param name the field name
   * @param items the items, in order
   * @param item writes one item
   */
  record Section<T>(String name, Iterable<T> items, ItemWriter<T> item) {}

  /** Writes one item of a section with a writer. */
  @FunctionalInterface
  interface ItemWriter<T> {
    void write(ReportJsonWriter writer, T item) throws IOException;
  }

  /** Writes the items of a top-level section where its array stands open: all at once, or a chunk at a time. */
  interface SectionItems {
    /** Every item of {@code section} after what {@code writer} has written, before the array's end. */
    <T> void write(ReportJsonWriter writer, Section<T> section) throws IOException;
  }
}
