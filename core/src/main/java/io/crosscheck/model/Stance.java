package io.crosscheck.model;

/** The distance a reporting cue puts between writer and claim: "claimed" distances, "said" does not. */
public enum Stance {
  /** "said", "told", "added". */
  NEUTRAL,
  /** "claimed", "alleged", "insisted". */
  DISTANCING,
  /** "confirmed", "acknowledged". */
  AFFIRMING,
  /** "denied", "rejected", "disputed". */
  DENYING
}
