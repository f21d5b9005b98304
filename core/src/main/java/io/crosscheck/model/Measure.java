package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a figure counts and when the count holds: the counted thing's class and the moment.
 *
 * <p>"the union said 3.5 million marched on Tuesday" gives {@code Measure[thing=TURNOUT,
 * moment=2023-03-07, revision=false]}; "the toll was revised to 3,958" has {@code revision=true}.
 */
public record Measure(String figure, String thing, Optional<LocalDate> moment, boolean revision) {
  /**
   * Checks every field.
   *
   * @param figure the id of the figure measured
   * @param thing the class of what is counted (TURNOUT, DEATHS …)
   * @param moment the day the count holds for, if known
   * @param revision true when the figure revises an earlier one
   */
  public Measure {
    checkNotNull(figure, "figure");
    checkNotNull(thing, "thing");
    checkNotNull(moment, "moment");
  }
}
