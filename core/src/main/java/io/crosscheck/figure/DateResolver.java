package io.crosscheck.figure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Turns a written date into a calendar day, against the article's publication date when the
 * text leaves the year or the day implicit.
 *
 * <p>Published 2024-01-09: "Dec. 8" gives 2023-12-08 (a day more than a week ahead is read as last
 * year's), "on Tuesday" gives 2024-01-09, "Sunday" 2024-01-07, "last week" 2024-01-02,
 * "yesterday" 2024-01-08. Without a publication date only dates with a year resolve.
 */
final class DateResolver {
  /** How far past the publication date a yearless date may lie before it is read as last year's. */
  private static final int FUTURE_TOLERANCE_DAYS = 7;

  private final Optional<LocalDate> published;

  DateResolver(Optional<LocalDate> published) {
    this.published = published;
  }

  Optional<LocalDate> absolute(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 30": odd text, no date
    }
  }

  /** "Dec. 8": the publication year, or the year before when that lands well in the future. */
  Optional<LocalDate> monthDay(int month, int day) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    LocalDate pub = published.get();
    Optional<LocalDate> same = absolute(pub.getYear(), month, day);
    if (same.isPresent() && ChronoUnit.DAYS.between(pub, same.get()) > FUTURE_TOLERANCE_DAYS) {
      return absolute(pub.getYear() - 1, month, day);
    }
    return same;
  }

  /** "on Tuesday": the latest such day on or before publication; after it when "next" precedes. */
  Optional<LocalDate> weekday(int isoDay, String wordBefore) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    LocalDate pub = published.get();
    int back = Math.floorMod(pub.getDayOfWeek().getValue() - isoDay, 7);
    if (wordBefore.equals("next")) {
      return Optional.of(pub.plusDays(back == 0 ? 7 : 7 - back));
    }
    if (wordBefore.equals("last")) {
      return Optional.of(pub.minusDays(back == 0 ? 7 : back));
    }
    return Optional.of(pub.minusDays(back));
  }

  /** "last week" (-1, week): the publication date shifted by whole days, weeks, months or years. */
  Optional<LocalDate> relative(int amount, String field) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    LocalDate pub = published.get();
    return Optional.of(switch (field) {
      case "week" -> pub.plusWeeks(amount);
      case "month" -> pub.plusMonths(amount);
      case "year" -> pub.plusYears(amount);
      default -> pub.plusDays(amount);
    });
  }
}
