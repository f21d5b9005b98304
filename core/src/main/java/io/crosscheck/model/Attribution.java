package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * One attributed statement: who said it, the cue that reports it, and what was said.
 *
 * <p>{@code “We will not leave,” Kovac said.} gives source Kovac (NAMED_PERSON), cue "said",
 * mode DIRECT, content "We will not leave," with {@code span} covering the content. {@code id} is
 * empty until the pipeline numbers attributions in document order.
 *
 * <p>A quotation split by its speaker tag ({@code “We will not,” he said, “accept this.”}) has two
 * {@code parts}: {@code span} runs from the first part's start to the last part's end (tag and
 * marks between them included) and {@code content} is the parts' texts joined by one space. Every
 * other attribution has one part, equal to {@code span}, and its content is the body between its
 * offsets.
 */
public record Attribution(
    String id,
    String article,
    Source source,
    String sourceText,
    Optional<Span> sourceSpan,
    String cue,
    Stance stance,
    Mode mode,
    String content,
    Span span,
    List<Span> parts) {

  /**
   * Checks every field.
   *
   * @param id {@code article:a3}, numbered by the pipeline (empty until then)
   * @param article the article id
   * @param source who made the statement, typed
   * @param sourceText the source as the article writes it
   * @param sourceSpan where that text lies, if it lies in the body
   * @param cue the reporting words ("said", "according to")
   * @param stance the distance the cue puts between writer and claim
   * @param mode DIRECT for quoted words, INDIRECT for reported speech
   * @param content what was said
   * @param span where the content lies in the body
   * @param parts the content's pieces in the body, in order, inside {@code span}: one part for
   *     contiguous content, one per quotation for a split quotation
   */
  public Attribution {
    checkNotNull(id, "id");
    checkNotNull(article, "article");
    checkNotNull(source, "source");
    checkNotNull(sourceText, "sourceText");
    checkNotNull(sourceSpan, "sourceSpan");
    checkNotNull(cue, "cue");
    checkNotNull(stance, "stance");
    checkNotNull(mode, "mode");
    checkNotNull(content, "content");
    checkNotNull(span, "span");
    checkNotNull(parts, "parts");
    parts = List.copyOf(parts.isEmpty() ? List.of(span) : parts);
    int at = span.start();
    for (Span p : parts) {
      checkArgument(p.start() >= at && p.end() <= span.end(), "part %s out of order or outside %s", p, span);
      at = p.end();
    }
  }

  /**
   * One contiguous content: its only part is {@code span}.
   *
   * @param id {@code article:a3}, numbered by the pipeline (empty until then)
   * @param article the article id
   * @param source who made the statement, typed
   * @param sourceText the source as the article writes it
   * @param sourceSpan where that text lies, if it lies in the body
   * @param cue the reporting words ("said", "according to")
   * @param stance the distance the cue puts between writer and claim
   * @param mode DIRECT for quoted words, INDIRECT for reported speech
   * @param content what was said
   * @param span where the content lies in the body
   */
  public Attribution(String id, String article, Source source, String sourceText, Optional<Span> sourceSpan, String cue,
      Stance stance, Mode mode, String content, Span span) {
    this(id, article, source, sourceText, sourceSpan, cue, stance, mode, content, span, List.of(span));
  }

  /**
   * Where the content starts.
   *
   * @return the start offset
   */
  public int start() {
    return span.start();
  }

  /**
   * Where the content ends.
   *
   * @return the end offset
   */
  public int end() {
    return span.end();
  }

  /**
   * A copy with another id.
   *
   * @param newId the id
   * @return the copy
   */
  public Attribution withId(String newId) {
    return new Attribution(newId, article, source, sourceText, sourceSpan, cue, stance, mode, content, span, parts);
  }

  /**
   * A copy with another source.
   *
   * @param newSource the source
   * @return the copy
   */
  public Attribution withSource(Source newSource) {
    return new Attribution(id, article, newSource, sourceText, sourceSpan, cue, stance, mode, content, span, parts);
  }
}
