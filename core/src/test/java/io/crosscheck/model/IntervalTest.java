package io.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void compatibleBoundsIntersect() {
    assertThat(Interval.atLeast(30).isDisjointFrom(Interval.atMost(33))).isFalse();
    assertThat(Interval.atLeast(22_000).isDisjointFrom(Interval.between(20_000, 90_000))).isFalse();
  }

  @Test
  void differentExactValuesAreDisjoint() {
    assertThat(Interval.exactly(129).isDisjointFrom(Interval.exactly(136))).isTrue();
    assertThat(Interval.atMost(33).isDisjointFrom(Interval.atLeast(40))).isTrue();
  }

  @Test
  void openSidesAreInfinite() {
    assertThat(Interval.atLeast(5).hasHigh()).isFalse();
    assertThat(Interval.atLeast(5).hasLow()).isTrue();
    assertThat(Interval.UNBOUNDED.hasLow()).isFalse();
  }

  @Test
  void rejectsInvertedBounds() {
    assertThatThrownBy(() -> new Interval(5, 1)).hasMessageContaining("low 5.0 > high 1.0");
  }

  @Test
  void spanRejectsEndBeforeStart() {
    assertThatThrownBy(() -> Span.of(7, 3)).hasMessageContaining("end 3 < start 7");
  }
}
