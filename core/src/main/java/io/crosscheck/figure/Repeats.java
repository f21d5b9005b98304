package io.crosscheck.figure;

import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An elliptical repeat of an earlier figure in the same paragraph takes that figure's subject.
 *
 * <p>"The guild wants an 11 percent raise. “We shook on eleven percent,” she said." gives the
 * second figure the subject of the first ("raise"), followed by its own words ("shook").
 */
final class Repeats {
  /** Kinds a bare repeat is read for; dates and ordinals name their own thing, durations recur for unrelated spans. */
  private static final Set<FigureKind> REPEATABLE = Set.of(FigureKind.PERCENT, FigureKind.MONEY, FigureKind.COUNT);

  /** Marks that open a quotation: a quote-only paragraph still answers the paragraph before it. */
  private static final String QUOTES = "\"“‘'«";

  private Repeats() {}

  /**
   * {@code f} with the subject of the latest earlier figure that has the same kind, value and unit,
   * in the same paragraph (or the one before, for shares, amounts and quote paragraphs); {@code f}
   * itself when there is none.
   */
  static Figure inherit(Figure f, List<Figure> earlier, String body) {
    if (!REPEATABLE.contains(f.kind()) || f.value().isEmpty()) {
      return f;
    }
    int paragraph = body.lastIndexOf('\n', Math.max(0, f.start() - 1));
    boolean amount = f.kind() == FigureKind.PERCENT || f.kind() == FigureKind.MONEY;
    if (paragraph > 0 && (amount || isQuoteOnly(body, paragraph + 1, f.start()))) {
      // a share or an amount, or a quote set as its own paragraph, answers the paragraph before
      paragraph = body.lastIndexOf('\n', paragraph - 1);
    }
    for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).start() > paragraph; i--) {
      Figure e = earlier.get(i);
      if (e.kind() == f.kind() && e.value().isPresent() && e.value().getAsDouble() == f.value().getAsDouble()
          && e.unit().equals(f.unit()) && e.subject().isPresent()) {
        return withSubject(f, join(e.subject().get(), f.subject()));
      }
    }
    return f;
  }

  /** True when the paragraph opening at {@code from} starts with a quotation mark before {@code at}. */
  private static boolean isQuoteOnly(String body, int from, int at) {
    for (int i = from; i < at; i++) {
      char c = body.charAt(i);
      if (!Character.isWhitespace(c)) {
        return QUOTES.indexOf(c) >= 0;
      }
    }
    return false;
  }

  private static String join(String inherited, Optional<String> own) {
    if (own.isEmpty() || inherited.toLowerCase(Locale.ROOT).contains(own.get().toLowerCase(Locale.ROOT))) {
      return inherited;
    }
    return inherited + " " + own.get();
  }

  private static Figure withSubject(Figure f, String subject) {
    return new Figure(f.id(), f.article(), f.text(), f.span(), f.kind(), f.value(), f.qualifier(), f.interval(), f.unit(),
        Optional.of(subject), f.scope(), f.date(), f.attribution());
  }
}
