package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A run of quoted text: {@code outer} includes the marks, {@code inner} is what was said.
 *
 * <p>In {@code He said “we will stay.”} inner covers {@code we will stay.}. A quote that runs over
 * several paragraphs (opening mark repeated) is one Quotation; {@code closed} is false when the
 * closing mark was never found and the quote was cut at the paragraph end.
 */
public record Quotation(Span outer, Span inner, boolean closed) {
  /**
   * Checks that the marks enclose what was said.
   *
   * @param outer the span with the quotation marks
   * @param inner the span of what was said
   * @param closed false when the closing mark was never found
   */
  public Quotation {
    checkNotNull(outer, "outer");
    checkNotNull(inner, "inner");
    checkArgument(outer.contains(inner), "inner %s outside outer %s", inner, outer);
  }
}
