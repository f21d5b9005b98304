package io.crosscheck.model;

/** How much a finding matters to a fact-checker. */
public enum Severity {
  /** The accounts cannot both be true, and the point is central. */
  HIGH,
  /** A real difference a reader should know of. */
  MEDIUM,
  /** Worth a look; may be a matter of wording or emphasis. */
  LOW
}
