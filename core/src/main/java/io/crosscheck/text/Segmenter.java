package io.crosscheck.text;

import io.crosscheck.model.Article;
import io.crosscheck.model.SegmentedText;

/** Cuts an article body into paragraphs, sentences and quotations. */
public interface Segmenter {
  /**
   * Segments one article.
   *
   * @param article the article
   * @return its paragraphs, sentences and quotations, with offsets into its body
   */
  SegmentedText segment(Article article);
}
