package io.crosscheck.model;

/** What kind of source made a statement (FORMATS.md {@code source.kind}). */
public enum SourceKind {
  /** "Blinken said", an analyst by name. */
  NAMED_PERSON,
  /** "State Department spokesman Matthew Miller said". */
  NAMED_SPOKESPERSON,
  /** "a senior US official, speaking on condition of anonymity". */
  ANONYMOUS,
  /** "the State Department said", "according to a readout". */
  INSTITUTION,
  /** "an unsourced Channel 12 report", "The New York Times reported". */
  MEDIA
}
