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

  public int start() {
    return span.start();
  }

  public int end() {
    return span.end();
  }

  public Figure withId(String newId) {
    return new Figure(newId, article, text, span, kind, value, qualifier, interval, unit, subject, scope, date, attribution);
  }

  public Figure withAttribution(String attributionId) {
    return new Figure(id, article, text, span, kind, value, qualifier, interval, unit, subject, scope, date,
        Optional.ofNullable(attributionId));
  }
}
