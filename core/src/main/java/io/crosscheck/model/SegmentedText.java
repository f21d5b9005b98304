package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * An article cut into paragraphs, sentences and quotations, all with offsets into its body.
 */
public record SegmentedText(Article article, List<Paragraph> paragraphs, List<Sentence> sentences, List<Quotation> quotations) {
  /**
   * Copies the lists.
   *
   * @param article the article
   * @param paragraphs its paragraphs, in order
   * @param sentences its sentences, in order
   * @param quotations its quotations, in order
   */
  public SegmentedText {
    checkNotNull(article, "article");
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    quotations = List.copyOf(quotations);
  }

  /**
   * The article's body.
   *
   * @return the body
   */
  public String body() {
    return article.body();
  }

  /**
   * The sentence that contains {@code offset}, if any.
   *
   * @param offset an offset into the body
   * @return the sentence, or empty between sentences
   */
  public Optional<Sentence> sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The quotation whose marks enclose {@code offset}, if any.
   *
   * @param offset an offset into the body
   * @return the quotation, or empty outside quotations
   */
  public Optional<Quotation> quotationAt(int offset) {
    for (Quotation q : quotations) {
      if (q.outer().contains(offset)) {
        return Optional.of(q);
      }
    }
    return Optional.empty();
  }
}
