package io.crosscheck.compare;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Event;
import java.util.List;

/**
 * What one run of the checks compares: the articles reporting one event, the claims about it, the
 * linked entities and the event itself. The pipeline builds one batch per event, so no check ever
 * pairs claims of two events; a batch with no event (tests, direct calls) is one open group.
 */
public record Batch(List<AnalysedArticle> articles, List<Claim> claims, List<Entity> entities, List<Event> events) {
  public Batch {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
  }

  /** A batch with no events read: every article in one group. */
  public Batch(List<AnalysedArticle> articles, List<Claim> claims, List<Entity> entities) {
    this(articles, claims, entities, List.of());
  }
}
