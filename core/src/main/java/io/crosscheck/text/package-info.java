/** Reading article files and cutting their bodies into paragraphs, sentences and quotations. */
package io.crosscheck.text;
