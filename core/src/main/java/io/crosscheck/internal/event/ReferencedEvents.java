package io.crosscheck.internal.event;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gives claims about another event than their article's ("2.5 million marched on January 31" in a
 * story of March 7) the event they name: an event of the batch on that day that shares a name with
 * the article's event, else a referenced event of its own.
 *
 * <p>Claim events arrive as {@code ev2@2023-01-31} (a day) or {@code ev2@earlier} ("the previous
 * protest"); they leave as {@code ev1} when the batch holds a January 31 event naming the same
 * unions, else as a new {@code ev5} with {@code referenced=true}.
 */
public final class ReferencedEvents {
  /** The events of the batch, article events first, and every claim with a final event id. */
  public record Resolved(List<Event> events, List<Claim> claims) {
    public Resolved {
      events = List.copyOf(events);
      claims = List.copyOf(claims);
    }
  }

  private ReferencedEvents() {}

  public static Resolved resolve(List<Event> events, List<Claim> claims) {
    checkNotNull(events, "events");
    checkNotNull(claims, "claims");
    Map<String, Event> byId = new LinkedHashMap<>();
    events.forEach(e -> byId.put(e.id(), e));
    Map<String, String> finalId = new LinkedHashMap<>();
    Map<String, List<String>> referring = new LinkedHashMap<>();
    List<Event> created = new ArrayList<>();
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      String raw = c.event().orElse("");
      int at = raw.indexOf('@');
      if (at < 0) {
        out.add(c);
        continue;
      }
      Event parent = byId.get(raw.substring(0, at));
      Optional<LocalDate> day = raw.endsWith("@earlier") ? Optional.empty() : Optional.of(LocalDate.parse(raw.substring(at + 1)));
      String id = finalId.computeIfAbsent(raw, r -> {
        Optional<Event> existing = day.flatMap(d -> sameDay(events, parent, d));
        if (existing.isPresent()) {
          return existing.get().id();
        }
        String fresh = "ev" + (events.size() + created.size() + 1);
        created.add(new Event(fresh, parent.kind(), day, parent.participants(), parent.places(), List.of(c.article()), true));
        return fresh;
      });
      referring.computeIfAbsent(id, k -> new ArrayList<>());
      if (!referring.get(id).contains(c.article())) {
        referring.get(id).add(c.article());
      }
      out.add(c.withEvent(id));
    }
    List<Event> all = new ArrayList<>(events);
    for (Event e : created) {
      all.add(new Event(e.id(), e.kind(), e.date(), e.participants(), e.places(), referring.get(e.id()), true));
    }
    return new Resolved(all, out);
  }

  /** An event of the batch on {@code day} (a day either side) that shares a name with {@code parent}. */
  private static Optional<Event> sameDay(List<Event> events, Event parent, LocalDate day) {
    Set<String> names = new HashSet<>(parent.participants());
    names.addAll(parent.places());
    for (Event e : events) {
      if (e == parent || e.date().isEmpty() || Math.abs(e.date().get().toEpochDay() - day.toEpochDay()) > 1) {
        continue;
      }
      for (String n : e.participants()) {
        if (names.contains(n)) {
          return Optional.of(e);
        }
      }
      for (String n : e.places()) {
        if (names.contains(n)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }
}
