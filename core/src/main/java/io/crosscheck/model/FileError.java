package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

/** An input that could not be read, and why: {@code FileError[file=broken.txt, message=not valid UTF-8 at byte 1873]}. */
public record FileError(String file, String message) {
  /**
   * Checks both fields.
   *
   * @param file the file (or name) that could not be read
   * @param message why, in words a user can act on
   */
  public FileError {
    checkNotNull(file, "file");
    checkNotNull(message, "message");
  }
}
