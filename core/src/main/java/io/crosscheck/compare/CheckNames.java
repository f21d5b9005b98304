package io.crosscheck.compare;

import java.util.Locale;

/** Derives {@link Check#name()} from a class: {@code NumericConflictRule} gives {@code numeric-conflict}. */
final class CheckNames {
  private static final String[] SUFFIXES = {"Rule", "Check"};

  private CheckNames() {}

  static String of(Class<?> type) {
    if (type.isAnonymousClass() || type.isSynthetic() || type.isHidden() || type.getSimpleName().isEmpty()) {
      return "custom";
    }
    String simple = type.getSimpleName();
    for (String suffix : SUFFIXES) {
      if (simple.endsWith(suffix) && simple.length() > suffix.length()) {
        simple = simple.substring(0, simple.length() - suffix.length());
        break;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(simple.charAt(i - 1))) {
        out.append('-');
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
