package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/** An article with what the pipeline found in it: the input to cross-article checks. */
public record AnalysedArticle(SegmentedText text, List<Attribution> attributions, List<Figure> figures) {
  public AnalysedArticle {
    checkNotNull(text, "text");
    attributions = List.copyOf(attributions);
    figures = List.copyOf(figures);
  }

  public Article article() {
    return text.article();
  }

  public String id() {
    return text.article().id();
  }

  public AnalysedArticle withAttributions(List<Attribution> newAttributions) {
    return new AnalysedArticle(text, newAttributions, figures);
  }

  public AnalysedArticle withFigures(List<Figure> newFigures) {
    return new AnalysedArticle(text, attributions, newFigures);
  }
}
