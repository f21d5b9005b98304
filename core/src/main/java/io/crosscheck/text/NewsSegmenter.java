package io.crosscheck.text;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Article;
import io.crosscheck.model.Paragraph;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The default {@link Segmenter} for news prose: every non-blank line is a paragraph (scraped text
 * separates paragraphs by single newlines as often as by blank lines), quotations are paired
 * within and across paragraphs, and sentences never split inside a quotation. Wire copy stored
 * hard-wrapped is read with its soft line breaks as spaces ({@link HardWraps}): the segmented
 * article's body is that text, of the same length, so offsets are unchanged.
 */
public final class NewsSegmenter implements Segmenter {
  private final QuotationFinder quotations = new QuotationFinder();
  private final SentenceSplitter sentences = new SentenceSplitter();

  @Override
  public SegmentedText segment(Article article) {
    checkNotNull(article, "article");
    String body = HardWraps.unwrap(article.body());
    if (!body.equals(article.body())) {
      article = new Article(article.id(), article.outlet(), article.published(), article.title(), article.metadata(), body,
          article.file());
    }
    List<Paragraph> paragraphs = paragraphs(body);
    List<Quotation> quotes = quotations.find(body, paragraphs);
    List<Sentence> split = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      for (Span s : sentences.split(body, p.span(), quotes)) {
        split.add(new Sentence(split.size(), p.index(), s, s.in(body)));
      }
    }
    return new SegmentedText(article, paragraphs, split, quotes);
  }

  static List<Paragraph> paragraphs(String body) {
    List<Paragraph> out = new ArrayList<>();
    int lineStart = 0;
    int n = body.length();
    while (lineStart <= n) {
      int lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(body.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(body.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new Paragraph(out.size(), Span.of(s, e)));
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }
}
