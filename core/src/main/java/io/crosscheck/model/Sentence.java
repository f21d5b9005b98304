package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A sentence with its offsets, its position in the article, and its paragraph.
 *
 * <p>In "Mr. Kovac left. He said no." the first sentence is {@code Sentence[0, para 0, "Mr. Kovac left."]}.
 */
public record Sentence(int index, int paragraph, Span span, String text) {
  /**
   * Checks every field.
   *
   * @param index position in the article, from 0
   * @param paragraph index of its paragraph
   * @param span where it lies in the body
   * @param text its text, as long as the span
   */
  public Sentence {
    checkArgument(index >= 0, "index %s < 0", index);
    checkArgument(paragraph >= 0, "paragraph %s < 0", paragraph);
    checkNotNull(span, "span");
    checkNotNull(text, "text");
    checkArgument(text.length() == span.length(), "text length %s != span length %s", text.length(), span.length());
  }

  /**
   * The offset where the sentence starts.
   *
   * @return the start offset
   */
  public int start() {
    return span.start();
  }

  /**
   * The offset just past the sentence.
   *
   * @return the end offset
   */
  public int end() {
    return span.end();
  }
}
