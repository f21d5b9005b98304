package io.crosscheck.model;

/** What a figure measures (FORMATS.md {@code figure.kind}). */
public enum FigureKind {
  /** A number of things or people: "more than 22,000 Palestinians". */
  COUNT,
  /** An amount of money: "$147.5 million". */
  MONEY,
  /** A share: "40 percent". */
  PERCENT,
  /** A length of time: "two and a half hours". */
  DURATION,
  /** A position in a series: "fourth trip". */
  ORDINAL,
  /** A year or date stated as a number. */
  DATE,
  /** Any other number. */
  OTHER
}
