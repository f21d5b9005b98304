package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * What a source asserted, with the figures inside it: an attribution plus the numbers it carries.
 *
 * <p>"more than 22,000 Palestinians have been killed, according to the health ministry" is a claim
 * by the ministry carrying figure "more than 22,000".
 */
public record Claim(Attribution attribution, List<Figure> figures) {
  public Claim {
    checkNotNull(attribution, "attribution");
    figures = List.copyOf(figures);
  }
}
