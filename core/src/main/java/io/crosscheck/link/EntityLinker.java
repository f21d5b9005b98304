package io.crosscheck.link;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Entity;
import java.util.List;
import java.util.Optional;

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

  /**
   * The same linking one source at a time, when this linker reads nothing of an article but its
   * sources: a run too large to hold its articles then links them as they stream past. Empty (the
   * default) when the linker needs whole articles; such a run holds every article in memory.
   *
   * @return a fresh linking for one run, or empty
   */
  default Optional<SourceLinking> sourceLinking() {
    return Optional.empty();
  }
}
