package io.crosscheck.model;

/** Where a finding stands: inside one article (a union's count against the police's) or across articles. */
public enum FindingScope { WITHIN_ARTICLE, ACROSS_ARTICLES }
