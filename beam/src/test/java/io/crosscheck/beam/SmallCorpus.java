package io.crosscheck.beam;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small invented corpus: three events (a ferry fire, a council vote, a mine flood), each reported by
 * several outlets whose figures and accounts differ, so the checks find something in each.
 */
final class SmallCorpus {
  private SmallCorpus() {}

  private static final String[] OUTLETS = {"Quarrow Ledger", "Tessin Herald", "Morvane Wire"};

  static Map<String, String> articles() {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < OUTLETS.length; i++) {
      int dead = 12 + 3 * i;
      out.put(String.format(Locale.ROOT, "ferry-%d.txt", i), header("ferry-" + i, OUTLETS[i], "2025-04-0" + (3 + i % 2),
          "Ferry fire off Quarrow")
          + "A fire on the ferry Saltmere off Quarrow killed " + dead + " passengers on Thursday, the coast guard said.\n\n"
          + "Captain Elsin Varrow said the crew had \"followed every drill\" and that " + (200 + 40 * i)
          + " people were rescued. Coast guard spokesman Doral Fenwick said that the alarm was raised late.\n");
      int votes = 31 + i;
      out.put(String.format(Locale.ROOT, "council-%d.txt", i), header("council-" + i, OUTLETS[i], "2025-06-1" + i,
          "Tessin council backs harbour plan")
          + "The Tessin city council voted " + votes + " to " + (20 - i) + " on Monday to approve the harbour plan,"
          + " mayor Ilka Brandvold said.\n\n"
          + "Opposition leader Rafe Coltrane said the plan \"will cost " + (40 + 5 * i) + " million crowns\"."
          + (i == 1 ? " Brandvold denied that the plan would raise taxes.\n" : " Coltrane said the plan would raise taxes.\n"));
      out.put(String.format(Locale.ROOT, "mine-%d.txt", i), header("mine-" + i, OUTLETS[i], "2025-08-2" + i,
          "Flooding traps miners at Morvane")
          + "Water flooded the Morvane copper mine on Tuesday, trapping " + (9 + 2 * i) + " miners, the operator Dunmarch"
          + " Mining said.\n\nUnion official Perra Stokholt said that " + (i + 1) + " pumps had failed a week earlier.\n");
    }
    out.put("brief.txt", header("brief", "Morvane Wire", "2025-08-21", "Rescue continues")
        + "A spokeswoman said rescuers were still pumping water from the flooded copper mine on Tuesday night.\n");
    return out;
  }

  private static String header(String id, String outlet, String date, String title) {
    return "---\nid: " + id + "\noutlet: " + outlet + "\npublished: " + date + "\ntitle: " + title + "\n---\n";
  }
}
