package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something about the input that makes the report weaker than it could be, though nothing failed:
 * {@code Warning[file=wire.txt, message=no published date: ...]} or a folder holding no {@code .txt} file.
 *
 * @param file the file or folder the warning is about
 * @param message what is wrong and what it costs
 */
public record Warning(String file, String message) {
  /**
   * Checks that both fields are present.
   *
   * @param file the file or folder the warning is about
   * @param message what is wrong and what it costs
   */
  public Warning {
    checkNotNull(file, "file");
    checkNotNull(message, "message");
  }
}
