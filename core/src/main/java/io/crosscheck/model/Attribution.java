package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * One attributed statement: who said it, the cue that reports it, and what was said.
 *
 * <p>{@code “We will not leave,” Kovac said.} gives source Kovac (NAMED_PERSON), cue "said",
 * mode DIRECT, content "We will not leave," with {@code span} covering the content. {@code id} is
 * empty until the pipeline numbers attributions in document order.
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
    Span span) {

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
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public Attribution withId(String newId) {
    return new Attribution(newId, article, source, sourceText, sourceSpan, cue, stance, mode, content, span);
  }

  public Attribution withSource(Source newSource) {
    return new Attribution(id, article, newSource, sourceText, sourceSpan, cue, stance, mode, content, span);
  }
}
