/**
 * How claims, figures and event frames are linked inside one article: which figures an attributed
 * statement carries ({@link io.crosscheck.internal.link.ClaimLinker}) and the event a sentence is
 * about ({@link io.crosscheck.internal.link.EventFramer}).
 *
 * <p>Internal: not API, not exported from the module, free to change between releases.
 */
package io.crosscheck.internal.link;
