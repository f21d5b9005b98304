package io.crosscheck.figure;

import io.crosscheck.figure.Quantity.Form;
import io.crosscheck.internal.WordSet;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.Span;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Turns one number expression into a figure: joins a range ("between 20 and 30"), reads the hedge
 * before it, the currency or unit around it, decides the kind, and asks the subject reader what
 * is counted. Returns nothing for non-figures.
 *
 * <p>"worth more than 106 million dollars" gives MONEY "more than 106 million dollars",
 * 106000000, LOWER_BOUND, unit USD.
 */
final class FigureReader {
  /** A figure, the token index just past its text, and whether no noun of its own names what it counts. */
  record Read(Figure figure, int to, boolean headless) {
    Read(Figure figure, int to) {
      this(figure, to, false);
    }
  }

  /** How far back, in characters, an elliptical count looks for its noun: "45 people on Monday and 30 on Tuesday". */
  private static final int ELLIPSIS_REACH = 40;
  /**
   * How far back an elliptical count looks when an "according to" phrase credits the count before it:
   * "40,000 people according to the city delegation and up to 200,000 according to the organisers".
   */
  private static final int CREDITED_ELLIPSIS_REACH = 2 * ELLIPSIS_REACH;

  /** Whether "according to" stands between the earlier figure's end and token {@code start}. */
  private static boolean creditBetween(List<Token> tokens, int start, int from) {
    for (int k = start - 1; k > 0 && tokens.get(k - 1).start() >= from; k--) {
      if (tokens.get(k - 1).lower().equals("according") && tokens.get(k).lower().equals("to")) {
        return true;
      }
    }
    return false;
  }

  /** Words opening a range: "between 20 and 30", "from 20 to 30". */
  private static final WordSet RANGE_OPENERS = WordSet.of("between", "from");
  /** Words after a fraction that make it a share of a whole: "half of", "a third the". */
  private static final WordSet SHARE_OF = WordSet.of("of", "the", "their", "its", "his", "her", "all");

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
    if (NonFigureFilter.isFurniture(tokens, q, body) || q.to() == found.to() && filter.isIdiom(tokens, q)) {
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
    Optional<Shape> shaped = shape(tokens, q, currency, hedge.isPresent(), body);
    if (shaped.isEmpty()) {
      return Optional.empty();
    }
    Shape shape = shaped.get();
    if (shape.kind() == FigureKind.DATE) {
      return Optional.of(new Read(date(article, body, tokens, q), q.to()));
    }
    FigureKind kind = shape.kind();
    Optional<UnitReader.UnitMatch> unit = shape.unit();
    int end = shape.end();
    if (hedge.isPresent() && kind == FigureKind.DURATION && isPeriodOver(tokens, hedge.get().from(), end)) {
      // "a raise over two years" spreads something across the period; it does not bound it.
      hedge = Optional.empty();
      start = currency.map(UnitReader.UnitMatch::from).orElse(q.from());
    }
    if (hedge.isEmpty() && kind == FigureKind.DURATION) {
      hedge = qualifiers.within(tokens, start, floor);
      start = hedge.map(QualifierReader.Hedge::from).orElse(start);
    }
    double value = shape.value();
    boolean ranged = q.form() == Form.VAGUE || q.form() == Form.RANGE || between;
    Optional<QualifierReader.TrailingHedge> trailing = hedge.isPresent() || ranged || kind == FigureKind.ORDINAL
        ? Optional.empty() : qualifiers.after(tokens, end);
    end = trailing.map(QualifierReader.TrailingHedge::to).orElse(end);
    Qualifier qualifier = ranged ? Qualifier.RANGE : hedge.map(QualifierReader.Hedge::qualifier)
        .orElse(trailing.map(QualifierReader.TrailingHedge::qualifier).orElse(Qualifier.EXACT));
    Interval interval = q.form() == Form.VAGUE || q.form() == Form.RANGE ? Interval.between(q.low(), q.high())
        : Intervals.of(qualifier, value);
    OptionalDouble v = Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    String unitWord = unit.map(UnitReader.UnitMatch::name).orElse("");
    SubjectReader.Subject subject = subjectOf(tokens, start, end, kind, unitWord, previous);
    Optional<String> unitName = unit.isPresent() ? Optional.of(unitWord)
        : kind == FigureKind.COUNT ? subject.head() : Optional.empty();
    Span span = Span.of(tokens.get(start).start(), tokens.get(end - 1).end());
    Figure f = new Figure("", article, span.in(body), span, kind, v, qualifier, interval, unitName, subject.text(),
        subject.scope(), Optional.empty(), Optional.empty());
    return Optional.of(new Read(f, end, subject.head().isEmpty() && !subject.refersBack()));
  }

  /** Words before "over" that make it "more than": "after over five months", "for over a decade". */
  private static final WordSet OVER_AS_MORE_THAN = WordSet.of(
      "after", "for", "in", "of", "since", "within", "than", "lasted", "took", "spent", "last", "lasting", "taking");

  /** "over three years" as a span of time: "over" after a verb or noun, and no "ago" after the figure. */
  private static boolean isPeriodOver(List<Token> tokens, int overAt, int end) {
    if (!tokens.get(overAt).lower().equals("over") || overAt == 0) {
      return false;
    }
    boolean ago = end < tokens.size() && tokens.get(end).lower().equals("ago");
    return !ago && !OVER_AS_MORE_THAN.contains(tokens.get(overAt - 1).lower());
  }

  /**
   * The subject the grammar around the figure gives, or the one before it when this figure points
   * back ("up from 198") or leaves its noun out ("Of the 240 hostages, 105 were released").
   */
  private SubjectReader.Subject subjectOf(List<Token> tokens, int start, int end, FigureKind kind, String unitWord,
      Optional<Figure> previous) {
    SubjectReader.Subject own = subjects.read(tokens, start, end, kind == FigureKind.DURATION ? unitWord : "");
    String ownText = own.text().map(t -> " " + t).orElse("");
    if (own.refersBack() && previous.isPresent() && previous.get().subject().isPresent()) {
      return new SubjectReader.Subject(Optional.of(previous.get().subject().get() + ownText),
          own.head().isPresent() ? own.head() : previous.get().unit(), own.scope(), true);
    }
    int here = tokens.get(start).start();
    Optional<Figure> before = previous.filter(p -> p.kind() == FigureKind.COUNT && p.unit().isPresent()
        && (here - p.end() <= ELLIPSIS_REACH || here - p.end() <= CREDITED_ELLIPSIS_REACH && creditBetween(tokens, start, p.end())));
    // "52 dead and 118 wounded": a count that names its own event borrows no event noun ("dead") before it
    boolean ownEvent = own.text().isPresent() && before.isPresent()
        && lexicon.eventNouns.containsKey(before.get().unit().get().toLowerCase(java.util.Locale.ROOT));
    if (kind == FigureKind.COUNT && own.head().isEmpty() && before.isPresent() && !ownEvent) {
      String head = before.get().unit().get();
      return new SubjectReader.Subject(Optional.of(head + ownText), Optional.of(head), own.scope(), false);
    }
    return own;
  }

  /**
   * The scale a number is read on when the scale's name comes first, "of" allowed between: "a
   * magnitude 6.4 quake", "a tremor of magnitude 5.8". A scale is a unit of kind OTHER in the units
   * list, the one list that also reads it after the number ("a 6.1 magnitude quake").
   */
  private Optional<UnitReader.UnitMatch> scaleBefore(List<Token> tokens, Quantity q) {
    int k = q.from() - 1;
    if (k >= 1 && tokens.get(k).lower().equals("of")) {
      k--;
    }
    FigureLexicon.Unit unit = k >= 0 ? lexicon.units.get(tokens.get(k).lower()) : null;
    return unit != null && unit.kind() == FigureKind.OTHER
        ? Optional.of(new UnitReader.UnitMatch(FigureKind.OTHER, unit.name(), k, q.from())) : Optional.empty();
  }

  /** What a number turned out to measure: its kind, value, unit and the token index past its text. */
  private record Shape(FigureKind kind, double value, Optional<UnitReader.UnitMatch> unit, int end) {}

  /** "1998", "in 2024": a bare four-digit year is a date, not a count. */
  private static boolean isYear(Quantity q, boolean hedged, List<Token> tokens) {
    return q.form() == Form.CARDINAL && q.digits() && !hedged && q.to() == q.from() + 1
        && DateReader.isYear(tokens.get(q.from()).lower());
  }

  /** Decides the kind from currency, unit and form; nothing for positions, labels and stray fractions. */
  private Optional<Shape> shape(List<Token> tokens, Quantity q, Optional<UnitReader.UnitMatch> currency, boolean hedged,
      String body) {
    if (q.form() == Form.CARDINAL && currency.isEmpty() && NonFigureFilter.isClockTime(tokens, q)) {
      return Optional.empty(); // "at about 6.45 pm": a time of day, hedged or not, whatever word follows it
    }
    Optional<UnitReader.UnitMatch> unit = unitOf(tokens, q);
    int end = unit.map(UnitReader.UnitMatch::to).orElse(q.to());
    if (currency.isPresent() || unit.isPresent() && unit.get().kind() == FigureKind.MONEY) {
      return Optional.of(new Shape(FigureKind.MONEY, q.value(), currency.isPresent() ? currency : unit, Math.max(end, q.to())));
    }
    switch (q.form()) {
      case ORDINAL:
        return filter.isCountingOrdinal(tokens, q)
            ? Optional.of(new Shape(FigureKind.ORDINAL, q.value(), Optional.empty(), q.to())) : Optional.empty();
      case FRACTION:
        Optional<UnitReader.UnitMatch> duration = units.articleAndUnit(tokens, q.to());
        if (duration.isPresent()) {
          return Optional.of(new Shape(FigureKind.DURATION, q.value() / 100, duration, duration.get().to()));
        }
        boolean share = hedged || tokens.get(q.from()).lower().indexOf('-') > 0
            || q.to() < tokens.size() && SHARE_OF.contains(tokens.get(q.to()).lower());
        return share ? Optional.of(new Shape(FigureKind.PERCENT, q.value(), Optional.empty(), q.to())) : Optional.empty();
      case RATIO:
        return Optional.of(new Shape(FigureKind.PERCENT, q.value(),
            Optional.of(new UnitReader.UnitMatch(FigureKind.PERCENT, "percent", q.from(), q.to())), q.to()));
      default:
        break;
    }
    if (unit.isPresent()) {
      return Optional.of(new Shape(unit.get().kind(), q.value(), unit, end));
    }
    Optional<UnitReader.UnitMatch> scale = scaleBefore(tokens, q);
    if (scale.isPresent()) {
      return Optional.of(new Shape(FigureKind.OTHER, q.value(), scale, q.to()));
    }
    if (isYear(q, hedged, tokens)) {
      return Optional.of(new Shape(FigureKind.DATE, q.value(), Optional.empty(), q.to()));
    }
    if (!hedged && q.form() == Form.CARDINAL && filter.isLabel(tokens, q, body)) {
      return Optional.empty();
    }
    return Optional.of(new Shape(FigureKind.COUNT, q.value(), Optional.empty(), end));
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
