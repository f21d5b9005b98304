package io.crosscheck.attribution;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SegmentedText;
import java.util.List;

/** Finds every attributed statement in one article; ids are left empty for the pipeline to assign. */
public interface AttributionFinder {
  /**
   * Finds the attributed statements of one article.
   *
   * @param text the article, segmented
   * @return its attributions, in any order
   */
  List<Attribution> find(SegmentedText text);
}
