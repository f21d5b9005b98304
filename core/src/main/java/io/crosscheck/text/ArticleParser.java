package io.crosscheck.text;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Article;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the text of one article file into an {@link Article}: optional {@code ---} header, then body.
 *
 * <p>{@code "---\nid: a1\npublished: 2024-01-09\n---\nBody"} gives id a1, published 2024-01-09,
 * body "Body". Without a header the whole text is the body and the id is the file name without its
 * extension. CRLF and lone CR line ends become LF, so offsets count LF-only text.
 */
public final class ArticleParser {
  private static final String FENCE = "---";

  /** Thrown for text that cannot be an article; the message says why, with a line number when known. */
  public static final class InvalidArticleException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidArticleException(String message) {
      super(message);
    }
  }

  /** A parsed article plus any warnings about header values that were ignored. */
  public record Parsed(Article article, Optional<String> warning) {}

  /**
   * Parses one article file: optional header between {@code ---} lines, then the body.
   *
   * @param fileName the name errors and default ids use
   * @param rawText the whole file text
   * @return the article and any warning about ignored header values
   * @throws InvalidArticleException when the text is no article (empty, binary, malformed header)
   */
  public Parsed parse(String fileName, String rawText) throws InvalidArticleException {
    checkNotNull(fileName, "fileName");
    checkNotNull(rawText, "rawText");
    String text = normaliseLineEnds(stripBom(rawText));
    if (text.isBlank()) {
      throw new InvalidArticleException("empty article: no text");
    }
    Map<String, String> header = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    String body = text;
    if (firstLine(text).strip().equals(FENCE)) {
      if (!hasClosingFence(text)) {
        throw new InvalidArticleException("header opened with '---' on line 1 is never closed");
      }
      int lineStart = text.indexOf('\n') + 1;
      int lineNo = 2;
      boolean closed = false;
      while (lineStart > 0 && lineStart <= text.length()) {
        int lineEnd = text.indexOf('\n', lineStart);
        String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
        if (line.strip().equals(FENCE)) {
          closed = true;
          body = lineEnd < 0 ? "" : text.substring(lineEnd + 1);
          break;
        }
        if (!line.isBlank()) {
          int colon = line.indexOf(':');
          if (colon <= 0) {
            throw new InvalidArticleException("header line " + lineNo + " is not 'key: value': " + abbreviate(line));
          }
          String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
          if (header.put(key, line.substring(colon + 1).strip()) != null) {
            // "title:" twice, e.g. a template's default left above the real one: keep the last, say so.
            duplicates.add("header key '" + abbreviate(key) + "' repeated on line " + lineNo + "; the last value is used");
          }
        }
        if (lineEnd < 0) {
          break;
        }
        lineStart = lineEnd + 1;
        lineNo++;
      }
      if (!closed) {
        throw new InvalidArticleException("header opened with '---' on line 1 is never closed");
      }
      if (body.isBlank()) {
        throw new InvalidArticleException("no body text after the header");
      }
    }
    String id = nonBlank(header.remove("id")).orElse(stripExtension(baseName(fileName)));
    Optional<String> warning = Optional.empty();
    Optional<LocalDate> published = Optional.empty();
    Optional<String> date = nonBlank(header.remove("published"));
    if (date.isPresent()) {
      published = parseDate(date.get());
      if (published.isEmpty()) {
        warning = Optional.of("published '" + abbreviate(date.get()) + "' is not an ISO date; ignored");
      }
    }
    if (!duplicates.isEmpty()) {
      duplicates.addAll(warning.stream().toList());
      warning = Optional.of(String.join("; ", duplicates));
    }
    Article article = new Article(id, nonBlank(header.remove("outlet")), published, nonBlank(header.remove("title")),
        header, body, fileName);
    return new Parsed(article, warning);
  }

  static Optional<LocalDate> parseDate(String value) {
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException notDate) {
      // fall through: "2024-01-09T10:00:00Z" and "2024-01-09T10:00" are date-times
    }
    try {
      return Optional.of(OffsetDateTime.parse(value).toLocalDate());
    } catch (DateTimeParseException notOffset) {
      // fall through
    }
    try {
      return Optional.of(LocalDateTime.parse(value).toLocalDate());
    } catch (DateTimeParseException notLocal) {
      return Optional.empty();
    }
  }

  private static boolean hasClosingFence(String text) {
    int lineStart = text.indexOf('\n') + 1;
    while (lineStart > 0 && lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      String line = lineEnd < 0 ? text.substring(lineStart) : text.substring(lineStart, lineEnd);
      if (line.strip().equals(FENCE)) {
        return true;
      }
      lineStart = lineEnd + 1;
    }
    return false;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String normaliseLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static String baseName(String fileName) {
    int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
    return fileName.substring(slash + 1);
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
