package io.crosscheck.model;

/**
 * Whether a claim asserts its content or denies it: "agreed to the plan" is AFFIRMED; "denied any
 * deal", "the plan was not discussed", "never accepted" are DENIED.
 */
public enum Polarity {
  /** The claim asserts its content. */
  AFFIRMED,
  /** The claim denies its content. */
  DENIED
}
