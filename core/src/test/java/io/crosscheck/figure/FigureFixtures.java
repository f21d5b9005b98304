package io.crosscheck.figure;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Article;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.SegmentedText;
import java.time.LocalDate;
import java.util.List;

/** Shared set-up for the figure tests: one finder over the default lexicon, bodies without segmentation. */
final class FigureFixtures {
  static final FigureFinder FINDER = Figures.defaultFinder(Lexicon.defaults());

  private FigureFixtures() {}

  static List<Figure> find(String body) {
    return FINDER.find(text(Article.of("t", body)));
  }

  static List<Figure> find(String body, LocalDate published) {
    return FINDER.find(text(Article.of("t", body).withPublished(published)));
  }

  static List<Figure> nonDates(String body) {
    return find(body).stream().filter(f -> f.kind() != FigureKind.DATE).toList();
  }

  static SegmentedText text(Article article) {
    return new SegmentedText(article, List.of(), List.of(), List.of());
  }
}
