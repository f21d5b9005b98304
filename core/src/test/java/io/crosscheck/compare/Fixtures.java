package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Mode;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import io.crosscheck.model.Stance;
import io.crosscheck.text.NewsSegmenter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Hand-built inputs for the checks: segmented articles, figures and attributions with invented names. */
final class Fixtures {
  static final Lexicon LEXICON = Lexicon.defaults();
  private static final NewsSegmenter SEGMENTER = new NewsSegmenter();

  private Fixtures() {}

  static AnalysedArticle article(String id, String body) {
    return new AnalysedArticle(SEGMENTER.segment(Article.of(id, body)), List.of(), List.of());
  }

  static AnalysedArticle article(String id, LocalDate published, String body) {
    return new AnalysedArticle(SEGMENTER.segment(Article.of(id, body).withPublished(published)), List.of(), List.of());
  }

  static Batch batch(AnalysedArticle... articles) {
    return new Batch(List.of(articles), List.of(), List.of());
  }

  static List<Finding> run(Check check, AnalysedArticle... articles) {
    return check.check(batch(articles));
  }

  /** Normalised evidence texts of a finding, for anchor-style assertions. */
  static List<String> evidenceTexts(Finding f) {
    List<String> out = new ArrayList<>();
    f.evidence().forEach(e -> out.add(Texts.normalise(e.text())));
    return out;
  }

  /** True when some evidence item of {@code f} contains each anchor, as the evaluation matches. */
  static boolean covers(Finding f, String... anchors) {
    for (String anchor : anchors) {
      if (evidenceTexts(f).stream().noneMatch(t -> t.contains(Texts.normalise(anchor)))) {
        return false;
      }
    }
    return true;
  }

  /** A figure on the first occurrence of {@code text} in the article, with the given reading. */
  static Figure figure(AnalysedArticle a, String text, FigureKind kind, Qualifier qualifier, Interval interval,
      String subject, String scope) {
    return figure(a, text, kind, qualifier, interval, null, subject, scope);
  }

  static Figure figure(AnalysedArticle a, String text, FigureKind kind, Qualifier qualifier, Interval interval,
      String unit, String subject, String scope) {
    int start = a.text().body().indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException("not in article: " + text);
    }
    double value = interval.hasLow() ? interval.low() : interval.high();
    return new Figure("f" + start, a.id(), text, Span.of(start, start + text.length()), kind, OptionalDouble.of(value),
        qualifier, interval, Optional.ofNullable(unit), Optional.ofNullable(subject), Optional.ofNullable(scope),
        Optional.empty(), Optional.empty());
  }

  static Figure count(AnalysedArticle a, String text, Qualifier qualifier, Interval interval, String subject) {
    return figure(a, text, FigureKind.COUNT, qualifier, interval, subject, null);
  }

  /** A direct-quote attribution covering the first occurrence of {@code content}. */
  static Attribution quote(AnalysedArticle a, String content, String speaker, SourceKind kind) {
    int start = a.text().body().indexOf(content);
    return new Attribution("a" + start, a.id(), Source.of(speaker, kind), speaker, Optional.empty(), "said",
        Stance.NEUTRAL, Mode.DIRECT, content, Span.of(start, start + content.length()));
  }

  static AnalysedArticle withFigures(AnalysedArticle a, Figure... figures) {
    return a.withFigures(List.of(figures));
  }

  static AnalysedArticle withAttributions(AnalysedArticle a, Attribution... attributions) {
    return a.withAttributions(List.of(attributions));
  }

  static SegmentedText text(AnalysedArticle a) {
    return a.text();
  }
}
