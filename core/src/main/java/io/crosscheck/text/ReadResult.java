package io.crosscheck.text;

import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import java.util.List;

/** The articles read from a batch of inputs, and the inputs that could not be read. */
public record ReadResult(List<Article> articles, List<FileError> errors) {
  /**
   * Copies both lists.
   *
   * @param articles the articles read, in file order
   * @param errors the inputs that could not be read
   */
  public ReadResult {
    articles = List.copyOf(articles);
    errors = List.copyOf(errors);
  }
}
