package io.crosscheck.link;

import io.crosscheck.model.Entity;
import io.crosscheck.model.Source;
import java.util.List;

/**
 * Entity linking told one source at a time, for a run too large to hold its articles: every source
 * of the run is {@linkplain #observe observed} first, then every attribution, in article order, is
 * {@linkplain #assign assigned} its entity. The result equals {@link EntityLinker#link} on the same
 * articles. One instance serves one run, from one thread.
 */
public interface SourceLinking {
  /**
   * First pass: one attribution's source.
   *
   * @param source the source, as the attribution finder gave it
   */
  void observe(Source source);

  /**
   * Second pass, after every source was observed: the entity id of one attribution's source.
   *
   * @param source the source
   * @param sourceText the text that named the source in the article ("Mr. Kovac", "he")
   * @return the entity id the source is stamped with
   */
  String assign(Source source, String sourceText);

  /**
   * The entities assigned so far, in order of first mention.
   *
   * @return the entities
   */
  List<Entity> entities();
}
