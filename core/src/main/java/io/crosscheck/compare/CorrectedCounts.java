package io.crosscheck.compare;

import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure stated as the correction of another: "the toll stands at seven, not 13 as claimed by the
 * rights group", "not 13 but seven". The sentence itself says the two values disagree, so the
 * figure it corrects, where the article gave it before, is disputed by the figure it states,
 * whatever day or wording each carries.
 */
final class CorrectedCounts {
  /** The words between a stated figure and the one it corrects: "seven, not 13", "seven and not 13". */
  private static final Pattern NOT_BETWEEN = Pattern.compile("^,?\\s{1,3}(?:and\\s{1,3})?not\\s{1,3}$");
  /** The words between a corrected figure and the one stated: "not 13 but seven", "not 13, but rather seven". */
  private static final Pattern BUT_BETWEEN = Pattern.compile("^,?\\s{1,3}but\\s{1,3}(?:rather\\s{1,3})?$");
  /** "not" right before a figure: the first half of {@link #BUT_BETWEEN}. */
  private static final Pattern NOT_BEFORE = Pattern.compile("\\bnot\\s{1,3}$");
  /** How long the words between the two figures of a correction may be. */
  private static final int BETWEEN_CHARS = 16;

  /** The figure a sentence states and the one it says is wrong. */
  private record Correction(Figure stated, Figure corrected, Sentence sentence) {}

  List<Finding> check(Batch batch) {
    List<Finding> out = new ArrayList<>();
    for (ArticleView view : ArticleView.of(batch.articles())) {
      for (Correction c : corrections(view)) {
        original(view, c).ifPresent(o -> out.add(finding(view, c, o)));
      }
    }
    return out;
  }

  /** Every correction in the article, read from each pair of figures next to each other in a sentence. */
  private static List<Correction> corrections(ArticleView view) {
    List<Figure> figures = view.article().figures();
    String body = view.body();
    List<Correction> out = new ArrayList<>();
    for (int i = 0; i + 1 < figures.size(); i++) {
      Figure first = figures.get(i);
      Figure second = figures.get(i + 1);
      // The words between the two figures are read first, from the body: most pairs stop there.
      if (first.kind() == FigureKind.DATE || first.kind() != second.kind() || second.start() < first.end()
          || second.start() - first.end() > BETWEEN_CHARS || second.start() > body.length()
          || !first.interval().isDisjointFrom(second.interval())) {
        continue;
      }
      String between = body.substring(first.end(), second.start());
      boolean after = NOT_BETWEEN.matcher(between).matches();
      boolean before = !after && BUT_BETWEEN.matcher(between).matches()
          && NOT_BEFORE.matcher(body.substring(Math.max(0, first.start() - BETWEEN_CHARS), first.start())).find();
      Optional<Sentence> s = after || before ? view.article().text().sentenceAt(first.start()) : Optional.empty();
      if (s.isEmpty() || second.end() > s.get().end()) {
        continue;
      }
      out.add(after ? new Correction(first, second, s.get()) : new Correction(second, first, s.get()));
    }
    return out;
  }

  /** The nearest earlier figure of the article, in another sentence, that gives the corrected value. */
  private static Optional<Located> original(ArticleView view, Correction c) {
    Located found = null;
    for (Figure f : view.article().figures()) {
      if (f.start() >= c.sentence().start()) {
        break;
      }
      Optional<Sentence> s = view.article().text().sentenceAt(f.start());
      if (f.kind() == c.corrected().kind() && f.interval().equals(c.corrected().interval()) && s.isPresent()) {
        found = new Located(f, s.get());
      }
    }
    return Optional.ofNullable(found);
  }

  /** A figure and its sentence. */
  private record Located(Figure figure, Sentence sentence) {}

  private static Finding finding(ArticleView view, Correction c, Located original) {
    String summary = Parties.capitalise(view.party(original.sentence())) + " gives " + original.figure().text() + "; "
        + view.party(c.sentence()) + " gives " + c.stated().text() + " and says " + c.corrected().text() + " is wrong";
    return new Finding("", FindingType.NUMERIC_CONFLICT, Severity.HIGH, summary,
        List.of(view.evidence(original.figure(), original.sentence()), view.evidence(c.stated(), c.sentence())));
  }
}
