package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The single interval policy: one row per qualifier. */
class IntervalsTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', textBlock = """
      EXACT       | 129   | 129   | 129
      APPROXIMATE | 1200  | 1080  | 1320
      APPROXIMATE | 20000 | 18000 | 22000
      LOWER_BOUND | 22000 | 22000 | inf
      UPPER_BOUND | 33    | -inf  | 33
      """)
  void widensByQualifier(Qualifier qualifier, double value, String low, String high) {
    Interval interval = Intervals.of(qualifier, value);
    assertThat(interval.low()).isCloseTo(bound(low), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(interval.high()).isCloseTo(bound(high), org.assertj.core.data.Offset.offset(1e-6));
  }

  private static double bound(String s) {
    return s.equals("inf") ? Double.POSITIVE_INFINITY : s.equals("-inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(s);
  }
}
