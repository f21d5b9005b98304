package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/** An article with what the pipeline found in it: the input to cross-article checks. */
public record AnalysedArticle(SegmentedText text, List<Attribution> attributions, List<Figure> figures) {
  /**
   * Copies both lists.
   *
   * @param text the article, segmented
   * @param attributions its attributed statements, in document order
   * @param figures its figures, in document order
   */
  public AnalysedArticle {
    checkNotNull(text, "text");
    attributions = List.copyOf(attributions);
    figures = List.copyOf(figures);
  }

  /**
   * The article read.
   *
   * @return the article
   */
  public Article article() {
    return text.article();
  }

  /**
   * The article's id.
   *
   * @return the id
   */
  public String id() {
    return text.article().id();
  }

  /**
   * A copy with other attributions.
   *
   * @param newAttributions the attributions
   * @return the copy
   */
  public AnalysedArticle withAttributions(List<Attribution> newAttributions) {
    return new AnalysedArticle(text, newAttributions, figures);
  }

  /**
   * A copy with other figures.
   *
   * @param newFigures the figures
   * @return the copy
   */
  public AnalysedArticle withFigures(List<Figure> newFigures) {
    return new AnalysedArticle(text, attributions, newFigures);
  }
}
