package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The closed interval of values a figure allows; an open side is infinite.
 *
 * <p>"more than 22,000" is {@code [22000, +inf)}; "up to 33" is {@code (-inf, 33]}; "129" is
 * {@code [129, 129]}.
 */
public record Interval(double low, double high) {
  /** Every value: a figure that bounds nothing. */
  public static final Interval UNBOUNDED = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  /**
   * Checks the bounds.
   *
   * @param low the lowest value allowed, or negative infinity
   * @param high the highest value allowed, or positive infinity
   */
  public Interval {
    checkArgument(!Double.isNaN(low) && !Double.isNaN(high), "NaN bound [%s, %s]", low, high);
    checkArgument(low <= high, "low %s > high %s", low, high);
  }

  /**
   * The single value {@code [value, value]}.
   *
   * @param value the value
   * @return the interval
   */
  public static Interval exactly(double value) {
    return new Interval(value, value);
  }

  /**
   * {@code [value, +inf)}: "at least", "more than".
   *
   * @param value the low bound
   * @return the interval
   */
  public static Interval atLeast(double value) {
    return new Interval(value, Double.POSITIVE_INFINITY);
  }

  /**
   * {@code (-inf, value]}: "up to", "fewer than".
   *
   * @param value the high bound
   * @return the interval
   */
  public static Interval atMost(double value) {
    return new Interval(Double.NEGATIVE_INFINITY, value);
  }

  /**
   * The interval between two values, in either order.
   *
   * @param low one bound
   * @param high the other bound
   * @return the interval
   */
  public static Interval between(double low, double high) {
    return new Interval(Math.min(low, high), Math.max(low, high));
  }

  /**
   * Whether the low side is bounded.
   *
   * @return false when low is negative infinity
   */
  public boolean hasLow() {
    return low != Double.NEGATIVE_INFINITY;
  }

  /**
   * Whether the high side is bounded.
   *
   * @return false when high is positive infinity
   */
  public boolean hasHigh() {
    return high != Double.POSITIVE_INFINITY;
  }

  /**
   * True when no value lies in both intervals: "more than 30" and "up to 33" intersect.
   *
   * @param other the other interval
   * @return true when they share no value
   */
  public boolean isDisjointFrom(Interval other) {
    return high < other.low || other.high < low;
  }
}
