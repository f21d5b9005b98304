/** Number grammar, qualifiers, units and subjects: finding the figures an article states. */
package io.crosscheck.figure;
