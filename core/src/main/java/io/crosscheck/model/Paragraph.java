package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/** A paragraph of an article body: {@code index} counts from 0 in reading order. */
public record Paragraph(int index, Span span) {
  public Paragraph {
    checkArgument(index >= 0, "index %s < 0", index);
    checkNotNull(span, "span");
  }
}
