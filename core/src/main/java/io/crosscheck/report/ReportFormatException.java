package io.crosscheck.report;

/**
 * JSON that is not a schemaVersion 1 report; the message names the path of the offending value,
 * e.g. {@code $.figures[3].kind has unknown value COUNTS}.
 */
public final class ReportFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ReportFormatException(String message) {
    super(message);
  }
}
