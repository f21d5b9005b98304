/**
 * crosscheck: who said what in news articles, the figures they state, and where articles disagree.
 * Start at {@link io.crosscheck.Crosscheck}.
 */
package io.crosscheck;
