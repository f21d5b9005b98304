package io.crosscheck.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates news-like articles from sentence templates with a fixed seed, for the benchmark. By
 * default each article is dated 11 days after the previous one, so the batch reads like a feed of
 * separate stories; {@code sameDay} dates them all alike, the worst case for cross-article checks
 * (every templated toll then disagrees with every other).
 */
final class BenchCorpus {
  private static final List<String> NAMES = List.of("Ana Kovac", "Tomas Reyes", "Lena Brandt", "Idris Okafor", "Mira Salo");
  private static final List<String> TEMPLATES = List.of(
      "“We will not accept this,” %s said on Tuesday.",
      "%s told reporters that more than %d people had been displaced since March.",
      "According to the health ministry, some %,d people were killed and at least %d injured.",
      "The talks lasted two and a half hours, a senior official said, speaking on condition of anonymity.",
      "It was the fourth trip to the region in %d months, and the deal was worth $%d.5 million.",
      "%s added: “There is still much to do, and nearly %d%% of the aid has not arrived.”",
      "The ministry said in a statement that tens of thousands had fled the city.",
      // Figure-stage variety: dates, ordinals, money words, ranges, fractions, and look-alikes that are not figures.
      "On Tuesday the council approved €%d million for between 20 and %d new shelters, its second such vote this year.",
      "%s, second from left, said an unsourced Channel 12 report about Route 60 was wrong; call 555-0143 at 3 p.m.",
      "Nearly half of the %d clinics closed last week, and about two-thirds of the staff left after a 90-minute meeting.",
      "Officials said up to %d hostages could be freed in the first phase, which would last six weeks, beginning next month.",
      "See https://example.org/news/article-681313 for the %d-page report on the 1990s accord.");

  private BenchCorpus() {}

  static Map<String, String> generate(int articles, long seed) {
    return generate(articles, seed, false);
  }

  static Map<String, String> generate(int articles, long seed, boolean sameDay) {
    java.time.LocalDate first = java.time.LocalDate.of(2020, 1, 6);
    Random random = new Random(seed);
    Map<String, String> out = new LinkedHashMap<>();
    for (int a = 0; a < articles; a++) {
      StringBuilder body = new StringBuilder("---\nid: bench-" + a + "\npublished: "
          + (sameDay ? first : first.plusDays(11L * a)) + "\n---\n");
      for (int p = 0; p < 12; p++) {
        for (int s = 0; s < 3; s++) {
          String t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
          String name = NAMES.get(random.nextInt(NAMES.size()));
          body.append(t.contains("%s")
              ? String.format(java.util.Locale.ROOT, t.replaceFirst("%s", name.replace("$", "")), random.nextInt(90) + 10, random.nextInt(900) + 100)
              : String.format(java.util.Locale.ROOT, t, random.nextInt(9000) + 1000, random.nextInt(90) + 10));
          body.append(' ');
        }
        body.append("\n\n");
      }
      out.put("bench-" + a + ".txt", body.toString());
    }
    return out;
  }
}
