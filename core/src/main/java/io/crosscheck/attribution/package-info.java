/** Cue matching and source classification: finding who said what. */
package io.crosscheck.attribution;
