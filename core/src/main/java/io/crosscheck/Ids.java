package io.crosscheck;

/**
 * Ids of attributions and figures, derived from the article and the position within it, so that
 * adding or removing another article changes no existing id: the third attribution of article
 * {@code wire-1} is {@code wire-1:a3}, its fifth figure {@code wire-1:f5}.
 */
final class Ids {
  private Ids() {}

  static String attribution(String article, int position) {
    return article + ":a" + position;
  }

  static String figure(String article, int position) {
    return article + ":f" + position;
  }
}
