package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A claim as a frame: whose account it is, which event it is about, what it is about (topics),
 * whether it affirms or denies, and for a figure what is counted and when.
 *
 * <p>"more than 22,000 Palestinians have been killed, according to the health ministry" gives
 * {@code Claim[party=health ministry, event=ev1, topics=[KILLED, palestinians], polarity=AFFIRMED,
 * figures=[more than 22,000], measure=KILLED at the publication day]}. A figure nobody is credited
 * with is a claim of the article's own account ({@code party} is the outlet or the article id).
 */
public record Claim(
    String id,
    String article,
    Span span,
    Optional<Attribution> attribution,
    List<Figure> figures,
    String party,
    Optional<String> event,
    Set<String> topics,
    Polarity polarity,
    Optional<Measure> measure) {

  /**
   * Checks every field; copies the figures and the topics (an immutable list or set is kept as it
   * is, so a renumbered or re-placed copy copies nothing).
   *
   * @param id {@code c1}, numbered over the batch
   * @param article the article id
   * @param span where the claim lies in the body
   * @param attribution the attributed statement, if the claim is one
   * @param figures the figures it carries
   * @param party who makes the claim: an entity id, or a source or outlet name
   * @param event the id of the event it is about, if placed
   * @param topics its content words, for comparing claims
   * @param polarity whether it asserts or denies its content
   * @param measure what a figure claim counts and when, if it is one
   */
  public Claim {
    checkNotNull(id, "id");
    checkNotNull(article, "article");
    checkNotNull(span, "span");
    checkNotNull(attribution, "attribution");
    figures = List.copyOf(figures);
    checkNotNull(party, "party");
    checkNotNull(event, "event");
    topics = Set.copyOf(topics);
    checkNotNull(polarity, "polarity");
    checkNotNull(measure, "measure");
  }

  /**
   * An attributed statement with the figures it carries, not yet framed: party from its source.
   *
   * @param attribution the statement
   * @param figures the figures it carries
   */
  public Claim(Attribution attribution, List<Figure> figures) {
    this(attribution.id(), attribution.article(), attribution.span(), Optional.of(attribution), figures,
        attribution.source().entity().orElse(attribution.source().name()), Optional.empty(), Set.of(),
        Polarity.AFFIRMED, Optional.empty());
  }

  /**
   * A copy placed in an event.
   *
   * @param eventId the event id, or null for none
   * @return the copy
   */
  public Claim withEvent(String eventId) {
    return new Claim(id, article, span, attribution, figures, party, Optional.ofNullable(eventId), topics, polarity, measure);
  }

  /**
   * A copy numbered {@code newId}, as a batch numbers its claims.
   *
   * @param newId the new id
   * @return the copy
   */
  public Claim withId(String newId) {
    return new Claim(newId, article, span, attribution, figures, party, event, topics, polarity, measure);
  }
}
