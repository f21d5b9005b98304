/**
 * Cue matching and source classification: finding who said what.
 *
 * <p>{@link io.crosscheck.attribution.Attributions#defaultFinder} wires small stages:
 * {@code QuoteAttributor} credits quotations (quote first, speaker first, split, multi-paragraph,
 * standalone); {@code ReportedSpeechFinder} and {@code AccordingToFinder} read reported speech;
 * {@code ContentBounder} makes contents stop where the next speaker's clause starts;
 * {@code SpeakerLocator} and {@code PhraseGrammar} find speaker phrases; {@code SourceClassifier}
 * types them; {@code MentionIndex} and {@code SpeakerResolver} resolve "he", "the official" and
 * "Mr. Kovac" to earlier sources. Every word list comes from the lexicon.
 */
package io.crosscheck.attribution;
