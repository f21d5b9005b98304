package io.crosscheck.link;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Entity;
import java.util.List;

/**
 * Merges the sources of a batch into entities and stamps each attribution's source with its entity
 * id: "Antony J. Blinken", "Mr. Blinken" and "the top US diplomat" become one entity.
 */
public interface EntityLinker {
  /**
   * The articles with entity ids on every source, and the entities in order of first mention.
   *
   * @param articles the articles, sources stamped with entity ids
   * @param entities the entities, in order of first mention
   */
  record Linked(List<AnalysedArticle> articles, List<Entity> entities) {
    /**
     * Copies both lists.
     *
     * @param articles the articles, sources stamped with entity ids
     * @param entities the entities, in order of first mention
     */
    public Linked {
      articles = List.copyOf(articles);
      entities = List.copyOf(entities);
    }
  }

  /**
   * Links the sources of a batch.
   *
   * @param articles the analysed articles of the batch
   * @return the articles with entity ids, and the entities
   */
  Linked link(List<AnalysedArticle> articles);
}
