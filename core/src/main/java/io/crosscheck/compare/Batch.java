package io.crosscheck.compare;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Entity;
import java.util.List;

/** What the checks compare: every analysed article of a batch, its claims and the linked entities. */
public record Batch(List<AnalysedArticle> articles, List<Claim> claims, List<Entity> entities) {
  public Batch {
    articles = List.copyOf(articles);
    claims = List.copyOf(claims);
    entities = List.copyOf(entities);
  }
}
