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
 *
 * @param articles the articles reporting the event, analysed and entity-linked
 * @param claims the claims about the event (also from articles that only mention it)
 * @param entities the linked sources the batch's articles and claims quote
 * @param events the event the batch is about (empty: one open group)
 */
public record Batch(List<AnalysedArticle> articles, List<Claim> claims, List<Entity> entities, List<Event> events) {
  /**
   * Copies every list.
   *
   * @param articles the articles reporting the event, analysed and entity-linked
   * @param claims the claims about the event
   * @param entities the linked sources the batch's articles and claims quote (the pipeline hands an
   *     event the entities of its own sources, not every entity of the run)
   * @param events the event the batch is about (empty: one open group)
   */
  public Batch {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
  }

  /**
   * A batch with no events read: every article in one group.
   *
   * @param articles the articles, analysed
   * @param claims their claims
   * @param entities the sources linked across them
   */
  public Batch(List<AnalysedArticle> articles, List<Claim> claims, List<Entity> entities) {
    this(articles, claims, entities, List.of());
  }
}
