package io.crosscheck.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A claim about another day goes to the batch's event of that day sharing a name, else to a new referenced event. */
class ReferencedEventsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 7);

  private static Event event(String id, Optional<LocalDate> date, String name, String article) {
    return new Event(id, Optional.of("PROTEST"), date, List.of(name), List.of(), List.of(article), false);
  }

  @Test
  void aReferencedDayMeetsTheFirstEventOfThoseDaysThatSharesAName() {
    List<Event> events = List.of(
        event("ev1", Optional.of(DAY), "varnel", "a"),
        event("ev2", Optional.of(DAY.minusDays(30)), "orsk", "b"),
        event("ev3", Optional.of(DAY.minusDays(31)), "varnel", "c"),
        event("ev4", Optional.of(DAY.minusDays(29)), "varnel", "d"),
        event("ev5", Optional.empty(), "varnel", "e"));
    ReferencedEvents.Resolver resolver = new ReferencedEvents.Resolver(events);
    assertThat(resolver.finalId("ev1@" + DAY.minusDays(30), "a")).isEqualTo("ev3"); // ev3 comes before ev4
    assertThat(resolver.finalId("ev1@" + DAY.minusDays(60), "a")).isEqualTo("ev6"); // no event then: a new one
    assertThat(resolver.finalId("ev1@" + DAY.minusDays(60), "f")).isEqualTo("ev6");
    assertThat(resolver.events().get(5).articles()).containsExactly("a", "f");
    assertThat(resolver.events().get(5).referenced()).isTrue();
  }

  /** The index by day finds what reading every event in batch order finds. */
  @Test
  void theDayIndexFindsWhatAScanOfEveryEventFinds() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Optional<LocalDate> date = i % 7 == 6 ? Optional.empty() : Optional.of(DAY.minusDays(i % 20));
      events.add(event("ev" + (i + 1), date, i % 3 == 0 ? "varnel" : "orsk" + (i % 5), "a" + i));
    }
    ReferencedEvents.Resolver resolver = new ReferencedEvents.Resolver(events);
    int existing = 0;
    for (int i = 0; i < 60; i++) {
      Event parent = events.get(i);
      LocalDate day = DAY.minusDays((i * 7) % 25);
      Optional<String> scanned = Optional.empty();
      for (Event e : events) {
        if (e != parent && e.date().isPresent() && Math.abs(e.date().get().toEpochDay() - day.toEpochDay()) <= 1
            && e.participants().stream().anyMatch(parent.participants()::contains)) {
          scanned = Optional.of(e.id());
          break;
        }
      }
      String found = resolver.finalId(parent.id() + "@" + day, "a" + i);
      if (scanned.isPresent()) {
        assertThat(found).isEqualTo(scanned.get());
        existing++;
      } else {
        assertThat(Integer.parseInt(found.substring(2))).isGreaterThan(events.size());
      }
    }
    assertThat(existing).isGreaterThan(10);
  }
}
