package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/** The exact passage of an article that supports one side of a finding, with the claim it carries. */
public record Evidence(String article, String text, Span span, Optional<String> attribution, Optional<String> figure) {
  /**
   * Checks every field.
   *
   * @param article the article id
   * @param text the passage
   * @param span where the passage lies in the body
   * @param attribution the attribution the passage carries, if any
   * @param figure the figure the passage carries, if any
   */
  public Evidence {
    checkNotNull(article, "article");
    checkNotNull(text, "text");
    checkNotNull(span, "span");
    checkNotNull(attribution, "attribution");
    checkNotNull(figure, "figure");
  }
}
