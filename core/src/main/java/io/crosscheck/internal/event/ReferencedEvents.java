package io.crosscheck.internal.event;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
    Resolver resolver = new Resolver(events);
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      String raw = c.event().orElse("");
      out.add(raw.indexOf('@') < 0 ? c : c.withEvent(resolver.finalId(raw, c.article())));
    }
    return new Resolved(resolver.events(), out);
  }

  /**
   * {@link #resolve} told one claim at a time, in claim order, for a run that does not hold its
   * claims: each raw event id with a day or "earlier" in it gets its final id.
   */
  public static final class Resolver {
    private final List<Event> events;
    private final Map<String, Event> byId = new LinkedHashMap<>();
    private final Map<String, String> finalId = new LinkedHashMap<>();
    private final Map<String, List<String>> referring = new LinkedHashMap<>();
    private final List<Event> created = new ArrayList<>();
    /** Each dated event's place in {@link #events}, by its day: a referenced day meets only its neighbours. */
    private final Map<Long, List<Integer>> byDay = new HashMap<>();

    public Resolver(List<Event> events) {
      this.events = List.copyOf(checkNotNull(events, "events"));
      this.events.forEach(e -> byId.put(e.id(), e));
      for (int i = 0; i < this.events.size(); i++) {
        int at = i;
        this.events.get(i).date().ifPresent(d -> byDay.computeIfAbsent(d.toEpochDay(), k -> new ArrayList<>()).add(at));
      }
    }

    /** The final event id of a claim of {@code article} whose raw id is {@code raw}; a raw id without '@' is final already. */
    public String finalId(String raw, String article) {
      int at = raw.indexOf('@');
      if (at < 0) {
        return raw;
      }
      Event parent = byId.get(raw.substring(0, at));
      Optional<LocalDate> day = raw.endsWith("@earlier") ? Optional.empty() : Optional.of(LocalDate.parse(raw.substring(at + 1)));
      String id = finalId.computeIfAbsent(raw, r -> {
        Optional<Event> existing = day.flatMap(d -> sameDay(events, aroundDay(d), parent, d));
        if (existing.isPresent()) {
          return existing.get().id();
        }
        String fresh = "ev" + (events.size() + created.size() + 1);
        created.add(new Event(fresh, parent.kind(), day, parent.participants(), parent.places(), List.of(article), true));
        return fresh;
      });
      List<String> ids = referring.computeIfAbsent(id, k -> new ArrayList<>());
      if (!ids.contains(article)) {
        ids.add(article);
      }
      return id;
    }

    /** The places of the events dated {@code day} or a day either side, in batch order. */
    private List<Integer> aroundDay(LocalDate day) {
      List<Integer> out = new ArrayList<>();
      for (long d = day.toEpochDay() - 1; d <= day.toEpochDay() + 1; d++) {
        out.addAll(byDay.getOrDefault(d, List.of()));
      }
      out.sort(null);
      return out;
    }

    /** The final id {@link #finalId} gave {@code raw}, once every claim has been told; a raw id without '@' is final already. */
    public String resolved(String raw) {
      return raw.indexOf('@') < 0 ? raw : finalId.getOrDefault(raw, raw);
    }

    /** The run's events: the article events, then the referenced events created so far. */
    public List<Event> events() {
      List<Event> all = new ArrayList<>(events);
      for (Event e : created) {
        all.add(new Event(e.id(), e.kind(), e.date(), e.participants(), e.places(), referring.get(e.id()), true));
      }
      return all;
    }
  }

  /**
   * An event of the batch on {@code day} (a day either side) that shares a name with {@code parent},
   * the first in batch order among {@code candidates} (the places in {@code events} worth reading).
   */
  private static Optional<Event> sameDay(List<Event> events, List<Integer> candidates, Event parent, LocalDate day) {
    Set<String> names = new HashSet<>(parent.participants());
    names.addAll(parent.places());
    for (int at : candidates) {
      Event e = events.get(at);
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
