/** Checks that compare claims within and across articles, one rule per finding type. */
package io.crosscheck.compare;
