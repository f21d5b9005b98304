package io.crosscheck.model;

/** How a statement was conveyed. */
public enum Mode {
  /** The content is inside quotation marks. */
  DIRECT,
  /** Reported speech without quotation marks. */
  INDIRECT,
  /** Paraphrase carrying a quoted fragment. */
  MIXED
}
