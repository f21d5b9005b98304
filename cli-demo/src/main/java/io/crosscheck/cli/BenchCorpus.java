package io.crosscheck.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates news-like articles about invented events, from sentence templates with a fixed seed,
 * for the benchmark. Articles come in events: {@value #ARTICLES_PER_EVENT} outlets report one event
 * (a place, a kind, two named people, a toll) within two days, and each outlet's figures drift a
 * little, so some accounts disagree. Events follow each other {@value #DAYS_PER_EVENT} days apart,
 * so a corpus of any size reads like a desk's archive. {@code sameDay} dates every article alike,
 * the worst case for cross-article checks.
 */
final class BenchCorpus {
  static final int ARTICLES_PER_EVENT = 5;
  /** Days between events: with five articles an event, about eight articles a day. */
  static final double DAYS_PER_EVENT = 0.6;
  private static final List<String> SYLLABLES = List.of("ka", "lo", "ve", "ran", "mi", "dor", "sa", "ten", "bru", "il",
      "ost", "va", "ne", "kir", "po", "lem", "ta", "ris", "gu", "nor");
  private static final List<String> OUTLETS = List.of("Harbor Ledger", "Eastline", "Valen Courier", "Northgate Post",
      "Kestrel Wire", "Morrow Daily", "Lindby Times");
  private static final List<String> KINDS = List.of("flood", "blast", "strike", "summit", "quake", "fire", "talks");
  private static final List<String> TEMPLATES = List.of(
      "“We will not accept this,” %1$s said on %7$s.",
      "%1$s told reporters that more than %3$d people had been displaced in %5$s since the %6$s.",
      "According to the health ministry of %5$s, some %4$,d people were killed and at least %3$d injured in the %6$s.",
      "The talks on the %6$s lasted two and a half hours, a senior official said, speaking on condition of anonymity.",
      "It was the fourth trip to %5$s in %3$d months, and the aid was worth $%3$d.5 million.",
      "%2$s added: “There is still much to do, and nearly %8$d%% of the aid has not arrived.”",
      "The ministry said in a statement that tens of thousands had fled %5$s after the %6$s.",
      "On %7$s the council of %5$s approved €%3$d million for between 20 and %8$d new shelters, its second such vote this year.",
      "%2$s, second from left, said an unsourced Channel 12 report about Route 60 was wrong; call 555-0143 at 3 p.m.",
      "Nearly half of the %3$d clinics in %5$s closed last week, and about two-thirds of the staff left after a 90-minute meeting.",
      "Officials said up to %8$d residents could return in the first phase, which would last six weeks, beginning next month.",
      "%2$s denied that %1$s had been warned before the %6$s, calling the account “simply untrue”.",
      "See https://example.org/news/article-681313 for the %3$d-page report on the 1990s accord.");

  private BenchCorpus() {}

  static Map<String, String> generate(int articles, long seed) {
    return generate(articles, seed, false);
  }

  static Map<String, String> generate(int articles, long seed, boolean sameDay) {
    LocalDate first = LocalDate.of(2020, 1, 6);
    Random random = new Random(seed);
    Map<String, String> out = new LinkedHashMap<>();
    int events = (articles + ARTICLES_PER_EVENT - 1) / ARTICLES_PER_EVENT;
    for (int e = 0; e < events; e++) {
      String place = word(random, 2);
      String first1 = word(random, 2) + " " + word(random, 3);
      String second = word(random, 2) + " " + word(random, 2);
      String kind = KINDS.get(random.nextInt(KINDS.size()));
      int toll = random.nextInt(9000) + 1000;
      int count = random.nextInt(900) + 100;
      int share = random.nextInt(80) + 10;
      LocalDate day = sameDay ? first : first.plusDays((long) (e * DAYS_PER_EVENT));
      for (int k = 0; k < ARTICLES_PER_EVENT && out.size() < articles; k++) {
        int n = out.size();
        LocalDate published = day.plusDays(random.nextInt(2));
        String weekday = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ROOT);
        // Most outlets agree; one in four reports its own toll.
        int myToll = random.nextInt(4) == 0 ? toll + random.nextInt(50) + 1 : toll;
        StringBuilder body = new StringBuilder("---\nid: bench-" + n + "\noutlet: " + OUTLETS.get(random.nextInt(OUTLETS.size()))
            + "\npublished: " + published + "\ntitle: " + kind + " in " + place + "\n---\n");
        for (int p = 0; p < 8; p++) {
          for (int s = 0; s < 3; s++) {
            String t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            body.append(String.format(Locale.ROOT, t, first1, second, count, myToll, place, kind, weekday, share));
            body.append(' ');
          }
          body.append("\n\n");
        }
        out.put("bench-" + n + ".txt", body.toString());
      }
    }
    return out;
  }

  /** Syllables for invented names; an event's index written in base {@code NAME_SYLLABLES.size()} names its place and people. */
  private static final List<String> NAME_SYLLABLES = List.of("ka", "lo", "ver", "dan", "mi", "tor", "sel", "bra", "nu", "fen",
      "ros", "gal");
  private static final List<String> EVENT_KINDS = List.of("flood", "protest");

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
      String kind = EVENT_KINDS.get(e % EVENT_KINDS.size());
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
    int base = NAME_SYLLABLES.size();
    String s = NAME_SYLLABLES.get(n % base) + NAME_SYLLABLES.get((n / base) % base) + NAME_SYLLABLES.get((n / base / base) % base) + suffix;
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** An invented capitalised word of {@code syllables} syllables: "Kaloran". */
  private static String word(Random random, int syllables) {
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      w.append(SYLLABLES.get(random.nextInt(SYLLABLES.size())));
    }
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}
