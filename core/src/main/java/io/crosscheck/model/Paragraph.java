package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** A paragraph of an article body: {@code index} counts from 0 in reading order. */
public record Paragraph(int index, Span span) {
  /**
   * Checks both fields.
   *
   * @param index position in the article, from 0
   * @param span where it lies in the body
   */
  public Paragraph {
    checkArgument(index >= 0, "index %s < 0", index);
    checkNotNull(span, "span");
  }
}
