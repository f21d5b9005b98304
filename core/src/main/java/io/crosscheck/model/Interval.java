package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The closed interval of values a figure allows; an open side is infinite.
 *
 * <p>"more than 22,000" is {@code [22000, +inf)}; "up to 33" is {@code (-inf, 33]}; "129" is
 * {@code [129, 129]}.
 */
public record Interval(double low, double high) {
  public static final Interval UNBOUNDED = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  public Interval {
    checkArgument(!Double.isNaN(low) && !Double.isNaN(high), "NaN bound [%s, %s]", low, high);
    checkArgument(low <= high, "low %s > high %s", low, high);
  }

  public static Interval exactly(double value) {
    return new Interval(value, value);
  }

  public static Interval atLeast(double value) {
    return new Interval(value, Double.POSITIVE_INFINITY);
  }

  public static Interval atMost(double value) {
    return new Interval(Double.NEGATIVE_INFINITY, value);
  }

  public static Interval between(double low, double high) {
    return new Interval(Math.min(low, high), Math.max(low, high));
  }

  public boolean hasLow() {
    return low != Double.NEGATIVE_INFINITY;
  }

  public boolean hasHigh() {
    return high != Double.POSITIVE_INFINITY;
  }

  /** True when no value lies in both intervals: "more than 30" and "up to 33" intersect. */
  public boolean isDisjointFrom(Interval other) {
    return high < other.low || other.high < low;
  }
}
