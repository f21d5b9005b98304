/**
 * Checks that compare claims within and across articles, one rule per finding type, and only
 * within one event: {@code ArticleEvents} keys each article by its day, the participants and places
 * of its headline and lead (or their content words), and the account checks pair nothing across
 * two events. {@code CreditDenials} pairs a party's denial with the account that credits the denied
 * claim to it; {@code QuoteMismatchRule} finds its candidate pairs through an index of word pairs,
 * never all against all. The rules:
 * {@code NumericConflictRule} (NUMERIC_CONFLICT), {@code AccountDisputeRule} (ACCOUNT_DISPUTE),
 * {@code OmissionRule} (OMISSION) and {@code QuoteMismatchRule} (QUOTE_MISMATCH), built by
 * {@link io.crosscheck.compare.Checks}.
 *
 * <p>The rules read sentence text as well as attributions and figures, so a cue such as "Asked
 * whether this account was accurate, an aide said …" or "the statement did not mention the dam"
 * is found even when no attribution covers it. Cue phrases are lexicon lists ({@code
 * dispute-cues}, {@code progress-cues}, {@code commitment-cues}, {@code accusation-cues},
 * {@code omission-cues}, {@code missing-readout-cues}, {@code denial-cues}, {@code claim-markers}, {@code
 * readout-nouns}, {@code change-cues}, {@code maximum-cues}, {@code quantity-classes}, {@code
 * duration-units}, {@code topic-stopwords}); {@code word-groups} makes "held" and "holding",
 * or "deaths" and "killed", or "vessels" and "ships", one word when two accounts or two counted
 * nouns are compared. One ACCOUNT_DISPUTE finding is made per answer: every account that one
 * set of disputing sentences answers is evidence of it. Extend them with {@code
 * Crosscheck.builder().addLexiconEntries(...)}, or add a rule with {@code addCheck}.
 */
package io.crosscheck.compare;
