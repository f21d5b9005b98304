package io.crosscheck.link;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Entity;
import java.util.List;

/**
 * Merges the sources of a batch into entities and stamps each attribution's source with its entity
 * id: "Antony J. Blinken", "Mr. Blinken" and "the top US diplomat" become one entity.
 */
public interface EntityLinker {
  /** The articles with entity ids on every source, and the entities in order of first mention. */
  record Linked(List<AnalysedArticle> articles, List<Entity> entities) {
    public Linked {
      articles = List.copyOf(articles);
      entities = List.copyOf(entities);
    }
  }

  Linked link(List<AnalysedArticle> articles);
}
