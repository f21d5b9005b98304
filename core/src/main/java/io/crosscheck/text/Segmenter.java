package io.crosscheck.text;

import io.crosscheck.model.Article;
import io.crosscheck.model.SegmentedText;

/** Cuts an article body into paragraphs, sentences and quotations. */
public interface Segmenter {
  SegmentedText segment(Article article);
}
