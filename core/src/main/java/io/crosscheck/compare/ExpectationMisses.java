package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure someone expected against the figure an article reports, where the article itself says
 * the outcome departed from the expectation ({@code expectation-cues}): "The count of the missing
 * stands at 412 … That is far from what officials hoped: the mayor had said he expected the list to
 * shrink under 90." Without such a cue a forecast and a count are never compared
 * ("expecting as many as 900,000 marchers" before a march that drew more is no disagreement).
 */
final class ExpectationMisses {
  /** "expected", "expects", "expecting" before a figure in its clause: the figure is what was expected. */
  private static final Pattern EXPECTED = Pattern.compile("(?i)\\bexpect(?:ed|s|ing)?\\b([^.;]{0,80})$");
  /** How far before a figure {@link #EXPECTED} is looked for. */
  private static final int EXPECT_CHARS = 100;

  private final CuePatterns cues;
  private final Set<String> stopWords;

  ExpectationMisses(Lexicon lexicon) {
    this.cues = CuePatterns.from(lexicon, "expectation-cues");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
  }

  List<Finding> check(Batch batch) {
    List<Finding> out = new ArrayList<>();
    for (ArticleView view : ArticleView.of(batch.articles())) {
      if (view.sentences().stream().noneMatch(s -> cues.matches(s.text()))) {
        continue;
      }
      List<Figure> counts = view.article().figures().stream().filter(f -> f.kind() == FigureKind.COUNT).toList();
      for (Figure expected : counts) {
        Optional<Sentence> es = view.article().text().sentenceAt(expected.start());
        Optional<Set<String>> what = es.flatMap(s -> expectedWords(expected, s));
        if (what.isEmpty() || what.get().isEmpty()) {
          continue;
        }
        Optional<Finding> found = reported(view, counts, expected, es.get(), what.get());
        if (found.isPresent()) {
          out.add(found.get());
          break; // one expectation against one outcome per article
        }
      }
    }
    return out;
  }

  /** The content words after "expected" up to the figure ("the number would fall below"), if it was expected. */
  private Optional<Set<String>> expectedWords(Figure f, Sentence s) {
    int at = Math.max(0, Math.min(s.text().length(), f.start() - s.start()));
    Matcher m = EXPECTED.matcher(s.text().substring(Math.max(0, at - EXPECT_CHARS), at));
    return m.find() ? Optional.of(Texts.commonWords(m.group(1), stopWords)) : Optional.empty();
  }

  /** The first count, outside any expectation, whose sentence names what was expected and whose value lies apart. */
  private Optional<Finding> reported(ArticleView view, List<Figure> counts, Figure expected, Sentence es, Set<String> what) {
    for (Figure f : counts) {
      Optional<Sentence> s = view.article().text().sentenceAt(f.start());
      if (f == expected || s.isEmpty() || expectedWords(f, s.get()).isPresent() || CountRoles.isPart(f, s.get())
          || CountMoments.olderValue(f, s.get()) || Texts.overlap(what, Texts.commonWords(s.get().text(), stopWords)) < 1) {
        continue;
      }
      if (NumericConflictRule.widened(f, f.interval()).isDisjointFrom(NumericConflictRule.widened(expected, expected.interval()))) {
        String summary = Parties.capitalise(view.party(es)) + " expected " + expected.text() + "; "
            + view.party(s.get()) + " gives " + f.text() + ", which the article calls a departure from what was expected";
        return Optional.of(new Finding("", FindingType.NUMERIC_CONFLICT, Severity.MEDIUM, summary,
            List.of(view.evidence(expected, es), view.evidence(f, s.get()))));
      }
      return Optional.empty(); // the first count about the expected thing agrees
    }
    return Optional.empty();
  }
}
