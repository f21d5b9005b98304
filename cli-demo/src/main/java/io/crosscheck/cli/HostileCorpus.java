package io.crosscheck.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Hostile article bodies of a chosen size, one per shape a scraped page can hold: a page rule of
 * dashes, hyphen chains, a results table without full stops, a toll list, a transcript of one-word
 * quotations. Deterministic, so {@code bench --hostile} and the regression test see the same text.
 *
 * <pre>{@code
 * HostileCorpus.shapes().get("dashes").apply(16_384)   // "----------------…" (16 KB)
 * }</pre>
 */
final class HostileCorpus {
  private HostileCorpus() {}

  /** Shape name to a generator of a body of about {@code n} characters. */
  static Map<String, IntFunction<String>> shapes() {
    Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
    shapes.put("dashes", n -> "-".repeat(n));
    shapes.put("a-a-a", n -> repeat("a-", n));
    shapes.put("twenty-one", n -> repeat("twenty-one-", n));
    shapes.put("number-table", n -> build(n, i -> String.format(Locale.ROOT, "%d people in Varnow %d, ",
        (i * 37) % 9000 + 1, i % 12)));
    shapes.put("short-tolls", n -> build(n, i -> ((i * 7) % 500 + 2) + " people died. "));
    shapes.put("said-no", n -> build(n, i -> "Talvi Orsk said: \u201cNo.\u201d "));
    shapes.put("quote-marks", n -> build(n, i -> i % 2 == 0 ? "\u201c" : "\" "));
    shapes.put("no-stops", n -> build(n, i -> "officials from Brenmark said the ministry reported claims "));
    shapes.put("names", n -> build(n, i -> "Minister Arlo Venn of Corvia, "));
    shapes.put("one-line-paragraphs", n -> build(n, i -> "The Ostrel council said " + (i % 90 + 3)
        + " homes were lost, a spokesman said.\n"));
    return shapes;
  }

  private static String repeat(String unit, int n) {
    return unit.repeat(Math.max(1, n / unit.length()));
  }

  private static String build(int n, IntFunction<String> piece) {
    StringBuilder sb = new StringBuilder(n + 64);
    for (int i = 0; sb.length() < n; i++) {
      sb.append(piece.apply(i));
    }
    return sb.toString();
  }
}
