package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range of UTF-16 offsets into an article body.
 *
 * <p>{@code Span.of(4, 9)} over "The minister said" covers "minis".
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    checkArgument(start >= 0, "start %s < 0", start);
    checkArgument(end >= start, "end %s < start %s", end, start);
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code text}. */
  public String in(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
