package io.crosscheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a {@link Report} as the schemaVersion 1 JSON of FORMATS.md. Fields are written in a fixed
 * order and numbers in a fixed form (integral values without ".0"), so the same report always gives
 * the same bytes. Open interval bounds become {@code null} here and only here.
 */
final class ReportJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  static String write(Report report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", Report.SCHEMA_VERSION);
    ArrayNode articles = root.putArray("articles");
    for (Article a : report.articles()) {
      ObjectNode n = articles.addObject();
      n.put("id", a.id());
      putOptional(n, "outlet", a.outlet());
      putOptional(n, "published", a.published().map(Object::toString));
      putOptional(n, "title", a.title());
      n.put("chars", a.body().length());
      n.put("file", a.file());
    }
    ArrayNode attributions = root.putArray("attributions");
    for (Attribution a : report.attributions()) {
      ObjectNode n = attributions.addObject();
      n.put("id", a.id());
      n.put("article", a.article());
      source(n.putObject("source"), a.source());
      n.put("sourceText", a.sourceText());
      n.put("cue", a.cue());
      n.put("stance", a.stance().name());
      n.put("mode", a.mode().name());
      n.put("content", a.content());
      n.put("start", a.start());
      n.put("end", a.end());
    }
    ArrayNode figures = root.putArray("figures");
    for (Figure f : report.figures()) {
      ObjectNode n = figures.addObject();
      n.put("id", f.id());
      n.put("article", f.article());
      n.put("text", f.text());
      n.put("kind", f.kind().name());
      putNumber(n, "value", f.value());
      n.put("qualifier", f.qualifier().name());
      putNumber(n, "low", f.interval().hasLow() ? OptionalDouble.of(f.interval().low()) : OptionalDouble.empty());
      putNumber(n, "high", f.interval().hasHigh() ? OptionalDouble.of(f.interval().high()) : OptionalDouble.empty());
      putOptional(n, "unit", f.unit());
      putOptional(n, "subject", f.subject());
      putOptional(n, "scope", f.scope());
      putOptional(n, "date", f.date().map(Object::toString));
      putOptional(n, "attribution", f.attribution());
      n.put("start", f.start());
      n.put("end", f.end());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("id", f.id());
      n.put("type", f.type().name());
      n.put("severity", f.severity().name());
      n.put("summary", f.summary());
      putOptional(n, "event", f.event());
      n.put("scope", f.scope().name());
      ArrayNode evidence = n.putArray("evidence");
      for (Evidence e : f.evidence()) {
        ObjectNode en = evidence.addObject();
        en.put("article", e.article());
        en.put("text", e.text());
        en.put("start", e.span().start());
        en.put("end", e.span().end());
        putOptional(en, "attribution", e.attribution());
        putOptional(en, "figure", e.figure());
      }
    }
    ArrayNode entities = root.putArray("entities");
    for (Entity e : report.entities()) {
      ObjectNode n = entities.addObject();
      n.put("id", e.id());
      n.put("name", e.name());
      n.put("kind", e.kind().name());
      ArrayNode aliases = n.putArray("aliases");
      e.aliases().forEach(aliases::add);
    }
    ArrayNode events = root.putArray("events");
    for (Event e : report.events()) {
      ObjectNode n = events.addObject();
      n.put("id", e.id());
      putOptional(n, "kind", e.kind());
      putOptional(n, "date", e.date().map(Object::toString));
      ArrayNode participants = n.putArray("participants");
      e.participants().forEach(participants::add);
      ArrayNode places = n.putArray("places");
      e.places().forEach(places::add);
      ArrayNode members = n.putArray("articles");
      e.articles().forEach(members::add);
      n.put("referenced", e.referenced());
    }
    ArrayNode errors = root.putArray("errors");
    for (FileError e : report.errors()) {
      ObjectNode n = errors.addObject();
      n.put("file", e.file());
      n.put("message", e.message());
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a tree of plain nodes", e);
    }
  }

  private static void source(ObjectNode n, Source s) {
    n.put("name", s.name());
    n.put("kind", s.kind().name());
    putOptional(n, "role", s.role());
    putOptional(n, "affiliation", s.affiliation());
    n.put("senior", s.senior());
    putOptional(n, "entity", s.entity());
  }

  private static void putOptional(ObjectNode n, String field, Optional<String> value) {
    if (value.isPresent()) {
      n.put(field, value.get());
    } else {
      n.putNull(field);
    }
  }

  private static void putNumber(ObjectNode n, String field, OptionalDouble value) {
    if (value.isEmpty()) {
      n.putNull(field);
      return;
    }
    double v = value.getAsDouble();
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      n.put(field, (long) v);
    } else {
      // Four decimals keep "a third" readable (33.3333) and the bytes stable across platforms.
      n.put(field, java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros());
    }
  }
}
