package io.crosscheck.model;

/** What a figure measures (FORMATS.md {@code figure.kind}). */
public enum FigureKind { COUNT, MONEY, PERCENT, DURATION, ORDINAL, DATE, OTHER }
