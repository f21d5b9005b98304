package io.crosscheck.figure;

/**
 * A number expression found at a run of tokens, before qualifiers, units and kinds are read.
 *
 * <p>"two and a half" over tokens 3..7 gives {@code Quantity[3, 7, 2.5, CARDINAL, 2.5, 2.5, ""]};
 * "dozens" gives {@code Quantity[i, i+1, NaN, VAGUE, 24, 99, ""]}; "90-minute" carries the unit
 * hint "minute" from its own token.
 */
record Quantity(int from, int to, double value, Form form, double low, double high, String unitHint, boolean digits) {
  /** How the number is written. */
  enum Form { CARDINAL, ORDINAL, FRACTION, VAGUE, RANGE, RATIO }

  static Quantity of(int from, int to, double value, Form form, String unitHint, boolean digits) {
    return new Quantity(from, to, value, form, value, value, unitHint, digits);
  }

  Quantity withEnd(int newTo, double newValue) {
    return new Quantity(from, newTo, newValue, form, newValue, newValue, unitHint, digits);
  }

  /** "one in five" as the share 20 (percent). */
  Quantity asRatio(int newTo, double whole) {
    double percent = Math.round(value / whole * 10000) / 100.0;
    return new Quantity(from, newTo, percent, Form.RATIO, percent, percent, unitHint, digits);
  }

  Quantity asRange(int newTo, double otherValue) {
    return new Quantity(from, newTo, value, Form.RANGE, Math.min(value, otherValue), Math.max(value, otherValue), unitHint,
        digits);
  }
}
