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

  /** Syllables for invented names; an event's index written in base {@code SYLLABLES.size()} names its place and people. */
  private static final List<String> SYLLABLES = List.of("ka", "lo", "ver", "dan", "mi", "tor", "sel", "bra", "nu", "fen",
      "ros", "gal");
  private static final List<String> KINDS = List.of("flood", "protest");

  /** A generated corpus of unrelated events: article texts by file name, and the event each article is about. */
  record EventCorpus(Map<String, String> texts, Map<String, Integer> eventOf) {}

  /**
   * Articles about {@code events} unrelated events, three articles each. Events 4k to 4k+3 share a
   * day, and every other one a kind, but each has its own place and people; the third article of
   * every odd event has no header. Each event's text depends on its index only, so the corpus of
   * events 0..n is the union of its events' corpora.
   */
  static EventCorpus events(int from, int to) {
    java.time.LocalDate first = java.time.LocalDate.of(2021, 3, 1);
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, Integer> eventOf = new LinkedHashMap<>();
    for (int e = from; e < to; e++) {
      String place = name(e, "ia");
      String mayor = name(e + 7, "ov");
      String rescuer = name(e + 13, "ez");
      String kind = KINDS.get(e % KINDS.size());
      java.time.LocalDate day = first.plusDays(e / 4);
      Random random = new Random(e);
      int toll = 10 + random.nextInt(40);
      String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      for (int a = 0; a < 3; a++) {
        String id = "event-" + e + "-" + a;
        boolean header = !(a == 2 && e % 2 == 1);
        StringBuilder body = new StringBuilder(header ? "---\nid: " + id + "\npublished: " + day + "\n---\n" : "");
        body.append(kind.equals("flood")
            ? "A flood swept through " + place + " on " + weekday
                + ", and rescuers led by " + rescuer + " searched the lower town of " + place + ".\n\n"
            : "A protest filled the centre of " + place + " on " + weekday
                + " against the plan of mayor " + mayor + ", and " + rescuer + " led the march through " + place + ".\n\n");
        body.append(switch (a) {
          case 0 -> "Mayor " + mayor + " said on " + weekday + " that " + toll + " people had died in " + place + ".";
          case 1 -> "The " + place + " emergency office said on " + weekday + " that " + (toll * 2 + 5) + " people had been killed.";
          default -> rescuer + " told reporters that " + place + " needed boats, and " + mayor + " asked for calm.";
        });
        body.append("\n");
        texts.put(id + ".txt", body.toString());
        eventOf.put(id, e);
      }
    }
    return new EventCorpus(texts, eventOf);
  }

  /** "Kalover" and the like: three syllables from the digits of {@code n}, then a suffix. */
  private static String name(int n, String suffix) {
    int base = SYLLABLES.size();
    String s = SYLLABLES.get(n % base) + SYLLABLES.get((n / base) % base) + SYLLABLES.get((n / base / base) % base) + suffix;
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
