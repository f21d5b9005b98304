package io.crosscheck.figure;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written in digits: "22,000" gives COUNT 22000, EXACT.
 */
final class GrammarFigureFinder implements FigureFinder {
  /** "22,000", "1.7", "129". */
  private static final Pattern DIGITS = Pattern.compile("(?<![\\w.,])\\d{1,3}(?:,\\d{3}){1,4}(?![\\w,])|(?<![\\w.,])\\d{1,9}(?:\\.\\d{1,6})?(?![\\w])");

  GrammarFigureFinder(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
  }

  @Override
  public List<Figure> find(SegmentedText text) {
    List<Figure> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(text.body());
    while (m.find()) {
      double value = Double.parseDouble(m.group().replace(",", ""));
      out.add(new Figure("", text.article().id(), m.group(), Span.of(m.start(), m.end()), FigureKind.COUNT,
          OptionalDouble.of(value), Qualifier.EXACT, Interval.exactly(value), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty()));
    }
    return out;
  }
}
