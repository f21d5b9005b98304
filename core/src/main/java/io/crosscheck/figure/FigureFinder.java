package io.crosscheck.figure;

import io.crosscheck.model.Figure;
import io.crosscheck.model.SegmentedText;
import java.util.List;

/** Finds every figure one article states; ids and attribution links are left for the pipeline. */
public interface FigureFinder {
  /**
   * Finds the figures of one article.
   *
   * @param text the article, segmented
   * @return its figures, in any order
   */
  List<Figure> find(SegmentedText text);
}
