/**
 * The figures stage: finds the numbers an article states and normalises them.
 *
 * <p>{@link io.crosscheck.figure.Figures#defaultFinder} walks an article's tokens once. A {@code
 * DateReader} claims dates first ("Dec. 8", "on Tuesday", "last week"), resolved by a {@code
 * DateResolver} against the publication date. A {@code NumberParser} (with {@code CardinalReader})
 * reads digits, number words, scale words, ordinals, fractions and vague magnitudes; a {@code
 * FigureReader} adds ranges and ratios, the hedge before the number ({@code QualifierReader}),
 * currency and unit ({@code UnitReader}), rejects labels, ids, clock times and positions ({@code
 * NonFigureFilter}), and asks the {@code SubjectReader} and {@code ClauseReader} what is counted.
 * {@code Intervals} holds the single approximation policy. Every word list comes from the {@code
 * Lexicon}; nothing here names a person or place.
 *
 * <p>"killed more than 22,000 Palestinians" gives COUNT "more than 22,000", 22000, LOWER_BOUND,
 * [22000, +inf), unit "palestinians", subject "Palestinians killed".
 */
package io.crosscheck.figure;
