package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A half-open range of UTF-16 offsets into an article body.
 *
 * <p>{@code Span.of(4, 9)} over "The minister said" covers "minis".
 */
public record Span(int start, int end) implements Comparable<Span> {
  /**
   * Checks the offsets.
   *
   * @param start the first offset, at least 0
   * @param end the offset just past the last, at least start
   */
  public Span {
    checkArgument(start >= 0, "start %s < 0", start);
    checkArgument(end >= start, "end %s < start %s", end, start);
  }

  /**
   * The span {@code [start, end)}.
   *
   * @param start the first offset
   * @param end the offset just past the last
   * @return the span
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * The number of UTF-16 units covered.
   *
   * @return end minus start
   */
  public int length() {
    return end - start;
  }

  /**
   * Whether {@code other} lies wholly inside.
   *
   * @param other another span
   * @return true when inside
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Whether {@code offset} lies inside.
   *
   * @param offset an offset
   * @return true when start &lt;= offset &lt; end
   */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  /**
   * Whether the two spans share an offset.
   *
   * @param other another span
   * @return true when they overlap
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * The text this span covers in {@code text}.
   *
   * @param text the text the offsets point into
   * @return the covered text
   */
  public String in(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
