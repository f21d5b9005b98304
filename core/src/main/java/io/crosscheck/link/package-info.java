/**
 * Linking sources into entities, figures into the claims that carry them, and claims to the
 * event they are about ({@link io.crosscheck.internal.link.EventFramer}: day, kind of event, participants).
 */
package io.crosscheck.link;
