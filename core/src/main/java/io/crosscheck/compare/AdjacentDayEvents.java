package io.crosscheck.compare;

import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.model.Sentence;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides that two counts of one counted noun, in articles published at most a day apart, are
 * about one event because both name the same kind of event nearby and neither states a change.
 *
 * <p>"Intruders took the files of about 1.2 million customers in the intrusion, the firm said on
 * Tuesday." and, the next day, "The archive I have seen holds at least 3 million customer
 * accounts." under a headline about the intrusion: one event (BREACH), compared. "Complaints rose
 * from 850 on Tuesday to more than 2,300 on Wednesday" states a change and is never compared.
 */
final class AdjacentDayEvents {
  /** Articles published further apart than this may report different moments of one event. */
  static final long MAX_DAYS_APART = 1;
  /** Sentences either side of a figure that may name its event: "… the intrusion. The archive holds 3 million …". */
  static final int EVENT_REACH = 1;

  private final EventFramer framer;

  AdjacentDayEvents(EventFramer framer) {
    this.framer = framer;
  }

  /** One side: a figure's sentence in its article, with its key and whether its sentence states a change. */
  record Count(ArticleView view, Sentence sentence, Quantities.Key key, Optional<LocalDate> statedDay, boolean changing) {}

  /** True when both counts name one counted thing about one event, reported in two articles a day apart at most. */
  boolean sameEvent(Count a, Count b) {
    return sameEvent(a, b, this::events);
  }

  /**
   * As {@link #sameEvent(Count, Count)}, reading the event kinds around each count through {@code
   * eventsOf}, which a caller comparing many pairs memoises so no pair does text work twice.
   */
  boolean sameEvent(Count a, Count b, java.util.function.Function<Count, Set<String>> eventsOf) {
    if (a.view() == b.view() && !twoSpeakers(a, b)) {
      return false; // one account repeating or updating its own count
    }
    if (a.changing() || b.changing() || !a.key().byNoun() || !b.key().byNoun()
        || a.key().head().isEmpty() || !a.key().head().equals(b.key().head())
        || a.key().scope().isPresent() && b.key().scope().isPresent() && !a.key().scope().equals(b.key().scope())) {
      return false;
    }
    if (a.statedDay().isPresent() && b.statedDay().isPresent() && !a.statedDay().equals(b.statedDay())) {
      return false; // two stated days are two moments
    }
    Optional<LocalDate> pa = a.view().article().article().published();
    Optional<LocalDate> pb = b.view().article().article().published();
    if (pa.isEmpty() || pb.isEmpty() || Math.abs(pa.get().toEpochDay() - pb.get().toEpochDay()) > MAX_DAYS_APART) {
      return false;
    }
    Set<String> shared = new HashSet<>(eventsOf.apply(a));
    shared.retainAll(eventsOf.apply(b));
    return !shared.isEmpty();
  }

  /**
   * Two differently named sources in one article: the operator's "about 1.2 million customers"
   * and a researcher's "at least 3 million customer accounts".
   */
  private static boolean twoSpeakers(Count a, Count b) {
    Optional<String> sa = a.view().attribution(a.sentence()).map(x -> x.source().entity().orElse(x.source().name()));
    Optional<String> sb = b.view().attribution(b.sentence()).map(x -> x.source().entity().orElse(x.source().name()));
    return sa.isPresent() && sb.isPresent() && !sa.equals(sb);
  }

  /** Event kinds named in the figure's sentence, its neighbours, or the headline. */
  Set<String> events(Count c) {
    List<Sentence> sentences = c.view().sentences();
    int at = sentences.indexOf(c.sentence());
    StringBuilder text = new StringBuilder(c.view().article().article().title().orElse(""));
    for (int i = Math.max(0, at - EVENT_REACH); at >= 0 && i <= Math.min(sentences.size() - 1, at + EVENT_REACH); i++) {
      text.append(' ').append(sentences.get(i).text());
    }
    return framer.kindsIn(text.toString());
  }
}
