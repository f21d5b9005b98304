/**
 * The immutable values crosscheck passes between stages and returns: articles, attributions,
 * figures, findings and the report that holds them.
 */
package io.crosscheck.model;
