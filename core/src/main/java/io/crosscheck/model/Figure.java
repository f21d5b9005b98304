package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A number an article states, normalised.
 *
 * <p>"more than 22,000 Palestinians" gives {@code text="more than 22,000", kind=COUNT,
 * value=22000, qualifier=LOWER_BOUND, interval=[22000, +inf), unit=people,
 * subject="Palestinians killed"}.
 */
public record Figure(
    String id,
    String article,
    String text,
    Span span,
    FigureKind kind,
    OptionalDouble value,
    Qualifier qualifier,
    Interval interval,
    Optional<String> unit,
    Optional<String> subject,
    Optional<String> scope,
    Optional<LocalDate> date,
    Optional<String> attribution) {

  /**
   * Checks every field.
   *
   * @param id {@code article:f9}, numbered by the pipeline (empty until then)
   * @param article the article id
   * @param text the figure as written ("more than 22,000")
   * @param span where it lies in the body
   * @param kind what it measures
   * @param value the number, if one can be read
   * @param qualifier exact, a bound, approximate or a range
   * @param interval the values it allows
   * @param unit the unit or counted noun, if any
   * @param subject what is counted, if read
   * @param scope the place or group it is limited to, if any
   * @param date the day it holds for, if stated
   * @param attribution the id of the attribution that states it, if any
   */
  public Figure {
    checkNotNull(id, "id");
    checkNotNull(article, "article");
    checkNotNull(text, "text");
    checkNotNull(span, "span");
    checkNotNull(kind, "kind");
    checkNotNull(value, "value");
    checkNotNull(qualifier, "qualifier");
    checkNotNull(interval, "interval");
    checkNotNull(unit, "unit");
    checkNotNull(subject, "subject");
    checkNotNull(scope, "scope");
    checkNotNull(date, "date");
    checkNotNull(attribution, "attribution");
  }

  /**
   * Where the figure starts.
   *
   * @return the start offset
   */
  public int start() {
    return span.start();
  }

  /**
   * Where the figure ends.
   *
   * @return the end offset
   */
  public int end() {
    return span.end();
  }

  /**
   * A copy with another id.
   *
   * @param newId the id
   * @return the copy
   */
  public Figure withId(String newId) {
    return new Figure(newId, article, text, span, kind, value, qualifier, interval, unit, subject, scope, date, attribution);
  }

  /**
   * A copy credited to an attribution.
   *
   * @param attributionId the attribution id, or null for none
   * @return the copy
   */
  public Figure withAttribution(String attributionId) {
    return new Figure(id, article, text, span, kind, value, qualifier, interval, unit, subject, scope, date,
        Optional.ofNullable(attributionId));
  }
}
