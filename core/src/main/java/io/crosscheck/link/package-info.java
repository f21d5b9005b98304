/** Linking sources into entities and figures into the claims that carry them. */
package io.crosscheck.link;
