package io.crosscheck.model;

/** How much a finding matters to a fact-checker. */
public enum Severity { HIGH, MEDIUM, LOW }
