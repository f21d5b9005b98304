package io.crosscheck.figure;

import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;

/**
 * The one interval policy: how a hedged number becomes the interval it is compared by.
 *
 * <p>"some 1,200" (APPROXIMATE) is [1080, 1320]; "more than 22,000" is [22000, +inf); "up to 33"
 * is (-inf, 33]; "129" is [129, 129]; "between 20 and 30" is [20, 30].
 */
final class Intervals {
  /** Relative width on each side of an approximate figure: "about 20,000" allows 18,000 to 22,000. */
  static final double APPROXIMATION_MARGIN = 0.10;

  private Intervals() {}

  static Interval of(Qualifier qualifier, double value) {
    return switch (qualifier) {
      case EXACT -> Interval.exactly(value);
      case APPROXIMATE -> Interval.between(value * (1 - APPROXIMATION_MARGIN), value * (1 + APPROXIMATION_MARGIN));
      case LOWER_BOUND -> Interval.atLeast(value);
      case UPPER_BOUND -> Interval.atMost(value);
      case RANGE -> Interval.exactly(value);
    };
  }
}
