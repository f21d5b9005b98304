/**
 * Cue matching and source classification: finding who said what.
 *
 * <p>{@link io.crosscheck.attribution.Attributions#defaultFinder} wires small stages:
 * {@code QuoteAttributor} credits quotations (quote first, speaker first, split, multi-paragraph,
 * standalone; {@code SpeakerFirstQuotes} for "Veen said: “…”"); {@code ReportedSpeechFinder} and
 * {@code AccordingToFinder} read reported speech, and {@code ReportedContent} starts it after "told the
 * committee that"; {@code ContentBounder} makes contents stop where the next speaker's clause starts;
 * {@code SpeakerLocator}, {@code FollowingSpeakerFinder} and {@code PhraseGrammar} find speaker
 * phrases, and {@code RolePrefix} reads unlisted roles ("fisherman Olek Marsh"); {@code SourceClassifier}
 * types them; {@code MentionIndex} and {@code SpeakerResolver} resolve "he", "the official" and
 * "Mr. Kovac" to earlier sources. Every word list comes from the lexicon.
 */
package io.crosscheck.attribution;
