package io.crosscheck.internal.link;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What event a claim is about, as far as its sentence says: the day, the kind of event and who
 * took part.
 *
 * <p>"Kovac met Dorn in Valen on Monday" in an article published Wednesday 2025-03-12 gives {@code
 * EventFrame[date=2025-03-10, weekday=MONDAY, dateCertain=true, kind=MEETING, participants=[Dorn,
 * Kovac, Valen]]}. Without a publication date the weekday is kept and {@code dateCertain} is false.
 */
public record EventFrame(
    Optional<LocalDate> date,
    Optional<DayOfWeek> weekday,
    boolean dateCertain,
    Optional<String> kind,
    Set<String> participants) {

  public EventFrame {
    checkNotNull(date, "date");
    checkNotNull(weekday, "weekday");
    checkNotNull(kind, "kind");
    participants = Set.copyOf(new TreeSet<>(participants));
  }

  /**
   * True when the two frames cannot be one event: different days ("a toll on Monday" vs "on
   * Tuesday") or different kinds of event (a trip vs an attack). Unknown parts never separate.
   */
  public boolean isDistinctFrom(EventFrame other) {
    if (date.isPresent() && other.date.isPresent() && !date.get().equals(other.date.get())) {
      return true;
    }
    if (weekday.isPresent() && other.weekday.isPresent() && weekday.get() != other.weekday.get()) {
      return true;
    }
    return kind.isPresent() && other.kind.isPresent() && !kind.get().equals(other.kind.get());
  }

  /** True when the frame names a day or a weekday: only then may a sentence's other days date a count in it. */
  public boolean namesADay() {
    return date.isPresent() || weekday.isPresent();
  }

  /** True when both frames name at least one participant in common. */
  public boolean sharesParticipant(EventFrame other) {
    for (String p : participants) {
      if (other.participants.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
