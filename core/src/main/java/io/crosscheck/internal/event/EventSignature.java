package io.crosscheck.internal.event;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one article says its event is: kind, day, the names it keeps returning to, and its lead's
 * content words.
 *
 * <p>"Kovac met Dorn in Valen on Monday …" published 2025-03-12 gives {@code
 * EventSignature[kind=MEETING, date=2025-03-10, names=[kovac, dorn, valen], places=[valen],
 * words=[met, …]]}. {@code names} are the salient names, most mentioned first; {@code mentions}
 * every name the article uses at all, so a name salient in one article meets a passing mention in
 * another.
 */
public record EventSignature(Optional<String> kind, Optional<LocalDate> date, List<String> names, Set<String> mentions,
    Set<String> places, Set<String> words) {
  public EventSignature {
    checkNotNull(kind, "kind");
    checkNotNull(date, "date");
    names = List.copyOf(names);
    mentions = Set.copyOf(new TreeSet<>(mentions));
    places = Set.copyOf(new TreeSet<>(places));
    words = Set.copyOf(new TreeSet<>(words));
  }
}
