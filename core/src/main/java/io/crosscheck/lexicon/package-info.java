/** Cue words and phrases as data: the {@link io.crosscheck.lexicon.Lexicon} type and its loader. */
package io.crosscheck.lexicon;
