package io.crosscheck.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Event;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Figure;
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
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * Reads schemaVersion 1 JSON back into a {@link Report}. Unknown fields are ignored (fields are only
 * ever added), {@code warnings} may be absent (reports written before it); a missing or mistyped field is a {@link ReportFormatException} naming its path.
 *
 * <p>What the JSON does not hold is rebuilt or left empty: an article's body becomes {@code chars}
 * spaces (so lengths and offsets stay valid), its metadata is empty and its file is as written;
 * attributions have no source span; claims are rebuilt as one per attribution carrying the figures
 * that name it.
 */
final class ReportJsonReader {
  private ReportJsonReader() {}

  static Report read(JsonParser parser) throws IOException {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      throw new ReportFormatException("a report is a JSON object");
    }
    Node root = new Node("$", tree(parser));
    long version = root.integer("schemaVersion");
    if (version != Report.SCHEMA_VERSION) {
      throw new ReportFormatException("schemaVersion " + version + " is not " + Report.SCHEMA_VERSION);
    }
    List<Article> articles = root.list("articles", ReportJsonReader::article);
    List<Attribution> attributions = root.list("attributions", ReportJsonReader::attribution);
    List<Figure> figures = root.list("figures", ReportJsonReader::figure);
    List<Finding> findings = root.list("findings", ReportJsonReader::finding);
    List<Entity> entities = root.list("entities", ReportJsonReader::entity);
    List<FileError> errors = root.list("errors", n -> new FileError(n.string("file"), n.string("message")));
    List<Warning> warnings = root.has("warnings")
        ? root.list("warnings", n -> new Warning(n.string("file"), n.string("message")))
        : List.of();
    List<Event> events = root.has("events") ? root.list("events", ReportJsonReader::event) : List.of();
    return new Report(articles, attributions, figures, claims(attributions, figures), findings, entities, errors,
        warnings, events);
  }

  private static Article article(Node n) {
    return new Article(n.string("id"), n.optionalString("outlet"), n.optionalString("published").map(LocalDate::parse),
        n.optionalString("title"), Map.of(), " ".repeat((int) n.integer("chars")), n.string("file"));
  }

  private static Attribution attribution(Node n) {
    return new Attribution(n.string("id"), n.string("article"), source(n.object("source")), n.string("sourceText"),
        Optional.empty(), n.string("cue"), n.enumValue("stance", Stance::valueOf), n.enumValue("mode", Mode::valueOf),
        n.string("content"), span(n), n.has("parts") ? n.list("parts", ReportJsonReader::span) : List.of());
  }

  private static Source source(Node n) {
    return new Source(n.string("name"), n.enumValue("kind", SourceKind::valueOf), n.optionalString("role"),
        n.optionalString("affiliation"), n.bool("senior"), n.optionalString("entity"));
  }

  private static Figure figure(Node n) {
    OptionalDouble low = n.optionalNumber("low");
    OptionalDouble high = n.optionalNumber("high");
    Interval interval = new Interval(low.orElse(Double.NEGATIVE_INFINITY), high.orElse(Double.POSITIVE_INFINITY));
    return new Figure(n.string("id"), n.string("article"), n.string("text"), span(n),
        n.enumValue("kind", FigureKind::valueOf), n.optionalNumber("value"), n.enumValue("qualifier", Qualifier::valueOf),
        interval, n.optionalString("unit"), n.optionalString("subject"), n.optionalString("scope"),
        n.optionalString("date").map(LocalDate::parse), n.optionalString("attribution"));
  }

  private static Finding finding(Node n) {
    return new Finding(n.string("id"), n.parsed("type", FindingType::of),
        n.enumValue("severity", Severity::valueOf), n.string("summary"), n.list("evidence", ReportJsonReader::evidence),
        n.has("event") ? n.optionalString("event") : Optional.empty(),
        n.has("check") ? n.optionalString("check") : Optional.empty());
  }

  private static Event event(Node n) {
    return new Event(n.string("id"), n.optionalString("kind"), n.optionalString("date").map(LocalDate::parse),
        n.list("participants", p -> p.value(String.class, "a string")),
        n.list("places", p -> p.value(String.class, "a string")),
        n.list("articles", p -> p.value(String.class, "a string")), n.bool("referenced"));
  }

  private static Evidence evidence(Node n) {
    return new Evidence(n.string("article"), n.string("text"), span(n), n.optionalString("attribution"),
        n.optionalString("figure"));
  }

  private static Entity entity(Node n) {
    return new Entity(n.string("id"), n.string("name"), n.enumValue("kind", SourceKind::valueOf),
        n.list("aliases", alias -> alias.value(String.class, "a string")));
  }

  private static Span span(Node n) {
    return Span.of((int) n.integer("start"), (int) n.integer("end"));
  }

  /** One claim per attribution with the figures attached to it, as the pipeline builds them. */
  private static List<Claim> claims(List<Attribution> attributions, List<Figure> figures) {
    List<Claim> out = new ArrayList<>(attributions.size());
    for (Attribution a : attributions) {
      List<Figure> carried = figures.stream()
          .filter(f -> f.article().equals(a.article()) && f.attribution().filter(a.id()::equals).isPresent())
          .toList();
      out.add(new Claim(a, carried));
    }
    return out;
  }

  /** A plain tree of the JSON: maps, lists, strings, numbers, booleans and nulls. */
  private static Object tree(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, tree(p));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(tree(p));
        }
        return list;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return p.getDecimalValue();
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return NULL;
      }
      default -> throw new ReportFormatException("unexpected " + t + " at " + p.currentLocation());
    }
  }

  /** Stands for JSON null inside the tree (maps of the tree hold no Java nulls). */
  private static final Object NULL = new Object();

  /** A value of the tree with its JSON path, for error messages such as {@code $.figures[3].value}. */
  private record Node(String path, Object value) {
    boolean has(String name) {
      return value(Map.class, "an object").containsKey(name);
    }

    Node field(String name) {
      Map<?, ?> map = value(Map.class, "an object");
      if (!map.containsKey(name)) {
        throw new ReportFormatException(path + "." + name + " is missing");
      }
      return new Node(path + "." + name, map.get(name));
    }

    <T> T value(Class<T> type, String description) {
      if (!type.isInstance(value)) {
        throw new ReportFormatException(path + " is not " + description);
      }
      return type.cast(value);
    }

    String string(String name) {
      return field(name).value(String.class, "a string");
    }

    Optional<String> optionalString(String name) {
      Node f = field(name);
      return f.value == NULL ? Optional.empty() : Optional.of(f.value(String.class, "a string or null"));
    }

    long integer(String name) {
      Node f = field(name);
      try {
        return f.value(java.math.BigDecimal.class, "a number").longValueExact();
      } catch (ArithmeticException e) {
        throw new ReportFormatException(f.path + " is not an integer");
      }
    }

    OptionalDouble optionalNumber(String name) {
      Node f = field(name);
      return f.value == NULL ? OptionalDouble.empty()
          : OptionalDouble.of(f.value(java.math.BigDecimal.class, "a number or null").doubleValue());
    }

    boolean bool(String name) {
      return field(name).value(Boolean.class, "true or false");
    }

    Node object(String name) {
      Node f = field(name);
      f.value(Map.class, "an object");
      return f;
    }

    <E extends Enum<E>> E enumValue(String name, Function<String, E> parse) {
      return parsed(name, parse);
    }

    <T> T parsed(String name, Function<String, T> parse) {
      Node f = field(name);
      String s = f.value(String.class, "a string");
      try {
        return parse.apply(s);
      } catch (IllegalArgumentException e) {
        throw new ReportFormatException(f.path + " has unknown value " + s);
      }
    }

    <T> List<T> list(String name, Function<Node, T> item) {
      Node f = field(name);
      List<?> items = f.value(List.class, "an array");
      List<T> out = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        out.add(item.apply(new Node(f.path + "[" + i + "]", items.get(i))));
      }
      return out;
    }
  }
}
