package io.crosscheck.figure;

import io.crosscheck.model.Figure;
import io.crosscheck.model.SegmentedText;
import java.util.List;

/** Finds every figure one article states; ids and attribution links are left for the pipeline. */
public interface FigureFinder {
  List<Figure> find(SegmentedText text);
}
