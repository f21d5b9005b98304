/**
 * crosscheck: who said what in news articles, the figures they state, and where articles disagree.
 * Start at {@link io.crosscheck.Crosscheck}; write reports with {@link io.crosscheck.report.Reports}.
 */
module io.crosscheck.core {
  requires com.google.common;
  requires com.fasterxml.jackson.core;

  exports io.crosscheck;
  exports io.crosscheck.attribution;
  exports io.crosscheck.compare;
  exports io.crosscheck.figure;
  exports io.crosscheck.lexicon;
  exports io.crosscheck.link;
  exports io.crosscheck.model;
  exports io.crosscheck.report;
  exports io.crosscheck.text;
}
