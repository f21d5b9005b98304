package io.crosscheck.cli;

final class MarkdownReport {
  private MarkdownReport() {}

  static String write(ReportView view) {
    return "";
  }
}
