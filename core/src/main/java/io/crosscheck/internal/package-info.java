/** Helpers shared by the stages; not API. */
package io.crosscheck.internal;
