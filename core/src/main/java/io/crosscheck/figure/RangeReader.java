package io.crosscheck.figure;

import io.crosscheck.figure.Quantity.Form;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Optional;

/**
 * Widens a number into a range or a ratio when a second number follows it.
 *
 * <p>"20 to 30" gives RANGE [20, 30]; "between $1 billion and $2 billion" RANGE [1e9, 2e9]; "one in
 * five" the RATIO 20 (percent); "a 7-4 vote" and "2023 to 2024" stay as they are.
 */
final class RangeReader {
  /** Words joining the two ends of a range: "20 to 30", "two or three", "between 20 and 30". */
  private static final WordSet RANGE_JOINERS = WordSet.of("to", "or", "and");

  private final FigureLexicon lexicon;
  private final NumberParser numbers;

  RangeReader(FigureLexicon lexicon) {
    this.lexicon = lexicon;
    this.numbers = new NumberParser(lexicon);
  }

  /** "one in five", "three out of four", "two out of every five": a share of a whole, as a percent. */
  Quantity joinRatio(List<Token> tokens, Quantity q) {
    if (q.form() != Form.CARDINAL || q.to() + 1 >= tokens.size()) {
      return q;
    }
    int next = q.to();
    if (tokens.get(next).lower().equals("in")) {
      next++;
    } else if (next + 2 < tokens.size() && tokens.get(next).lower().equals("out") && tokens.get(next + 1).lower().equals("of")) {
      next += 2;
    } else {
      return q;
    }
    if (next + 1 < tokens.size() && tokens.get(next).lower().equals("every")) {
      next++; // "one in every five", "two out of every seven"
    }
    Optional<Quantity> whole = numbers.parse(tokens, next);
    if (whole.isEmpty() || whole.get().form() != Form.CARDINAL || whole.get().value() <= q.value()
        || DateReader.isYear(tokens.get(next).lower()) || q.value() <= 0) {
      return q;
    }
    return q.asRatio(whole.get().to(), whole.get().value());
  }

  /** "20 to 30", "two or three", "between 20 and 30": the quantity widened to a range. */
  Quantity joinRange(List<Token> tokens, Quantity q) {
    if (q.form() != Form.CARDINAL || q.to() + 1 >= tokens.size() || !RANGE_JOINERS.contains(tokens.get(q.to()).lower())) {
      return q;
    }
    boolean and = tokens.get(q.to()).lower().equals("and");
    int opener = q.from() - 1;
    if (opener > 0 && lexicon.currenciesBefore.containsKey(tokens.get(opener).lower())) {
      opener--; // "between $1 billion and $2 billion"
    }
    if (and && (opener < 0 || !tokens.get(opener).lower().equals("between"))) {
      return q;
    }
    int next = q.to() + 1;
    if (next + 1 < tokens.size() && lexicon.currenciesBefore.containsKey(tokens.get(next).lower())
        && tokens.get(next).text().length() == 1) {
      next++; // "$3 billion to $4 billion"
    }
    Optional<Quantity> other = numbers.parse(tokens, next);
    if (other.isEmpty() || other.get().form() != Form.CARDINAL || other.get().value() <= q.value()
        || DateReader.isYear(tokens.get(next).lower())) {
      return q;
    }
    return q.asRange(other.get().to(), other.get().value());
  }
}
