package io.crosscheck.figure;

import io.crosscheck.figure.Quantity.Form;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns one number expression into a figure: joins a range ("between 20 and 30"), reads the hedge
 * before it, the currency or unit around it, decides the kind, and asks the subject reader what
 * is counted. Returns nothing for non-figures.
 *
 * <p>"worth more than 106 million dollars" gives MONEY "more than 106 million dollars",
 * 106000000, LOWER_BOUND, unit USD.
 */
final class FigureReader {
  /** A figure and the token index just past its text. */
  record Read(Figure figure, int to) {}

  /** Words opening a range: "between 20 and 30", "from 20 to 30". */
  private static final Set<String> RANGE_OPENERS = Set.of("between", "from");
  /** Words after a fraction that make it a share of a whole: "half of", "a third the". */
  private static final Set<String> SHARE_OF = Set.of("of", "the", "their", "its", "his", "her", "all");

  private final FigureLexicon lexicon;
  private final RangeReader ranges;
  private final QualifierReader qualifiers;
  private final UnitReader units;
  private final NonFigureFilter filter;
  private final SubjectReader subjects;

  FigureReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
    this.ranges = new RangeReader(lexicon);
    this.qualifiers = new QualifierReader(lexicon);
    this.units = new UnitReader(lexicon);
    this.filter = new NonFigureFilter(lexicon);
    this.subjects = new SubjectReader(lexicon);
  }

  /**
   * The figure for {@code found}, or nothing for a non-figure. {@code previous} is the last figure
   * before it in the same sentence, which "up from 198" and "two dozen of them" refer back to.
   */
  Optional<Read> read(String article, String body, List<Token> tokens, Quantity found, int floor,
      Optional<Figure> previous) {
    Quantity q = ranges.joinRatio(tokens, ranges.joinRange(tokens, found));
    if (NonFigureFilter.isFurniture(tokens, q, body)) {
      return Optional.empty();
    }
    Optional<UnitReader.UnitMatch> currency = units.currencyBefore(tokens, q.from(), floor);
    int start = currency.map(UnitReader.UnitMatch::from).orElse(q.from());
    Optional<QualifierReader.Hedge> hedge = qualifiers.before(tokens, start, floor);
    boolean between = start > floor && RANGE_OPENERS.contains(tokens.get(start - 1).lower()) && q.form() == Form.RANGE;
    if (between) {
      start--;
    } else if (hedge.isPresent()) {
      start = hedge.get().from();
    }
    Optional<UnitReader.UnitMatch> unit = unitOf(tokens, q);
    FigureKind kind;
    double value = q.value();
    int end = unit.map(UnitReader.UnitMatch::to).orElse(q.to());
    if (currency.isPresent() || unit.isPresent() && unit.get().kind() == FigureKind.MONEY) {
      kind = FigureKind.MONEY;
      unit = currency.isPresent() ? currency : unit;
      end = Math.max(end, q.to());
    } else if (q.form() == Form.ORDINAL) {
      if (!filter.isCountingOrdinal(tokens, q)) {
        return Optional.empty();
      }
      kind = FigureKind.ORDINAL;
      end = q.to();
      unit = Optional.empty();
    } else if (q.form() == Form.FRACTION) {
      Optional<UnitReader.UnitMatch> duration = units.articleAndUnit(tokens, q.to());
      if (duration.isPresent()) {
        kind = FigureKind.DURATION;
        value = value / 100;
        unit = duration;
        end = duration.get().to();
      } else if (hedge.isPresent() || tokens.get(q.from()).lower().indexOf('-') > 0
          || q.to() < tokens.size() && SHARE_OF.contains(tokens.get(q.to()).lower())) {
        kind = FigureKind.PERCENT;
        end = q.to();
      } else {
        return Optional.empty();
      }
    } else if (q.form() == Form.RATIO) {
      kind = FigureKind.PERCENT;
      unit = Optional.of(new UnitReader.UnitMatch(FigureKind.PERCENT, "percent", q.from(), q.to()));
      end = q.to();
    } else if (unit.isPresent()) {
      kind = unit.get().kind();
    } else if (q.form() == Form.CARDINAL && q.digits() && hedge.isEmpty() && DateReader.isYear(tokens.get(q.from()).lower())
        && q.to() == q.from() + 1) {
      return Optional.of(new Read(date(article, body, tokens, q), q.to()));
    } else if (hedge.isEmpty() && q.form() == Form.CARDINAL && filter.isLabel(tokens, q, body)) {
      return Optional.empty();
    } else {
      kind = FigureKind.COUNT;
    }
    Qualifier qualifier = q.form() == Form.VAGUE || q.form() == Form.RANGE || between ? Qualifier.RANGE
        : hedge.map(QualifierReader.Hedge::qualifier).orElse(Qualifier.EXACT);
    Interval interval = q.form() == Form.VAGUE || q.form() == Form.RANGE ? Interval.between(q.low(), q.high())
        : Intervals.of(qualifier, value);
    OptionalDouble v = Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    String unitWord = unit.map(UnitReader.UnitMatch::name).orElse("");
    SubjectReader.Subject subject = subjects.read(tokens, start, end,
        kind == FigureKind.DURATION ? unitWord : "");
    Optional<String> subjectText = subject.text();
    Optional<String> head = subject.head();
    if (subject.refersBack() && previous.isPresent() && previous.get().subject().isPresent()) {
      subjectText = Optional.of(previous.get().subject().get() + subject.text().map(t -> " " + t).orElse(""));
      head = head.isPresent() ? head : previous.get().unit();
    } else if (kind == FigureKind.COUNT && head.isEmpty() && previous.isPresent()
        && previous.get().kind() == FigureKind.COUNT && previous.get().unit().isPresent()) {
      // "Of the 240 hostages, 105 were released": an elliptical count shares the noun before it
      head = previous.get().unit();
      subjectText = Optional.of(head.get() + subject.text().map(t -> " " + t).orElse(""));
    }
    Optional<String> unitName = unit.isPresent() ? Optional.of(unitWord)
        : kind == FigureKind.COUNT ? head : Optional.empty();
    Span span = Span.of(tokens.get(start).start(), tokens.get(end - 1).end());
    Figure f = new Figure("", article, span.in(body), span, kind, v, qualifier, interval, unitName, subjectText,
        subject.scope(), Optional.empty(), Optional.empty());
    return Optional.of(new Read(f, end));
  }

  /** The unit after the number, or carried inside its token ("90-minute"). */
  private Optional<UnitReader.UnitMatch> unitOf(List<Token> tokens, Quantity q) {
    if (!q.unitHint().isEmpty()) {
      FigureLexicon.Unit u = lexicon.units.get(q.unitHint());
      return Optional.of(new UnitReader.UnitMatch(u.kind(), u.name(), q.from(), q.to()));
    }
    if (q.form() == Form.ORDINAL || q.form() == Form.FRACTION) {
      return Optional.empty();
    }
    if (q.form() == Form.VAGUE && q.to() + 1 < tokens.size() && tokens.get(q.to()).lower().equals("of")) {
      // "hundreds of millions of dollars": a vague amount of money
      return units.after(tokens, q.to() + 1, 2, false).filter(u -> u.kind() == FigureKind.MONEY);
    }
    return units.after(tokens, q.to(), q.value(), false);
  }

  private Figure date(String article, String body, List<Token> tokens, Quantity q) {
    Span span = Span.of(tokens.get(q.from()).start(), tokens.get(q.to() - 1).end());
    int year = (int) q.value();
    return new Figure("", article, span.in(body), span, FigureKind.DATE, OptionalDouble.of(year), Qualifier.EXACT,
        Interval.exactly(year), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
