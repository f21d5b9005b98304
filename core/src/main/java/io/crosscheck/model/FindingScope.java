package io.crosscheck.model;

/** Where a finding stands: inside one article (a union's count against the police's) or across articles. */
public enum FindingScope {
  /** Every passage comes from one article. */
  WITHIN_ARTICLE,
  /** The passages come from two or more articles. */
  ACROSS_ARTICLES
}
