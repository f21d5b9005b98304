package io.crosscheck.model;

/** How a figure's number is hedged (FORMATS.md {@code figure.qualifier}). */
public enum Qualifier {
  /** "129 hostages". */
  EXACT,
  /** "some 1,200", "about 20,000". */
  APPROXIMATE,
  /** "more than", "over", "at least". */
  LOWER_BOUND,
  /** "up to", "fewer than", "nearly". */
  UPPER_BOUND,
  /** "between 20 and 30", "tens of thousands", "dozens". */
  RANGE
}
