package io.crosscheck.model;

/** The kinds of disagreement crosscheck flags (FORMATS.md {@code finding.type}). */
public enum FindingType { NUMERIC_CONFLICT, ACCOUNT_DISPUTE, OMISSION, QUOTE_MISMATCH }
