/**
 * Claims as frames: every attributed statement and every figure becomes a {@link
 * io.crosscheck.model.Claim} with its party, event, topics, polarity and, for a figure, what is
 * counted and when ({@link io.crosscheck.internal.claim.ClaimReader}). Synonym classes of topics are the
 * {@code topic-classes} lexicon list; counted-thing classes are {@code quantity-classes}.
 *
 * <p>Internal: not API, not exported from the module, free to change between releases.
 */
package io.crosscheck.internal.claim;
