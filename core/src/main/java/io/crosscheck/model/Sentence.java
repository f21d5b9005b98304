package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A sentence with its offsets, its position in the article, and its paragraph.
 *
 * <p>In "Mr. Kovac left. He said no." the first sentence is {@code Sentence[0, para 0, "Mr. Kovac left."]}.
 */
public record Sentence(int index, int paragraph, Span span, String text) {
  public Sentence {
    checkArgument(index >= 0, "index %s < 0", index);
    checkArgument(paragraph >= 0, "paragraph %s < 0", paragraph);
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkArgument(text.length() == span.length(), "text length %s != span length %s", text.length(), span.length());
  }

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }
}
