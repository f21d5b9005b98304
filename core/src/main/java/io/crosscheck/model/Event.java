package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One thing that happened, as the articles of a batch report it: what kind, when, who and where.
 *
 * <p>Three articles on "Kovac met Dorn in Valen on Monday" give {@code Event[id=ev1, kind=MEETING,
 * date=2025-03-10, participants=[Dorn, Kovac], places=[Valen], articles=[a1, a2, a3]]}. An event a
 * sentence only refers back to ("the previous protest on January 31") has {@code referenced=true}
 * and lists the articles that mention it.
 */
public record Event(
    String id,
    Optional<String> kind,
    Optional<LocalDate> date,
    List<String> participants,
    List<String> places,
    List<String> articles,
    boolean referenced) {

  /**
   * Checks every field; copies the lists.
   *
   * @param id {@code ev1}, numbered over the batch
   * @param kind what happened (MEETING, CALL, PROTEST …), if known
   * @param date when it happened, if known
   * @param participants who took part
   * @param places where it happened
   * @param articles the articles reporting it (or, when referenced, mentioning it)
   * @param referenced true for an event a sentence only refers back to
   */
  public Event {
    checkNotNull(id, "id");
    checkNotNull(kind, "kind");
    checkNotNull(date, "date");
    participants = List.copyOf(participants);
    places = List.copyOf(places);
    articles = List.copyOf(articles);
    checkArgument(!articles.isEmpty(), "event %s needs an article", id);
  }

  /**
   * A copy with another id.
   *
   * @param newId the id
   * @return the copy
   */
  public Event withId(String newId) {
    return new Event(newId, kind, date, participants, places, articles, referenced);
  }
}
