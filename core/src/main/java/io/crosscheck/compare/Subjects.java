package io.crosscheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Compares what figures measure: {@code key("the Palestinians killed")} and {@code key("Palestinian
 * killed")} are both {@code "palestinian killed"}; "people killed" and "people injured" differ.
 */
final class Subjects {
  private static final Set<String> DROP = Set.of("the", "a", "an", "of", "some", "about", "around");

  private Subjects() {}

  static String key(String text) {
    List<String> out = new ArrayList<>();
    for (String w : Texts.words(text)) {
      if (DROP.contains(w)) {
        continue;
      }
      out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
    }
    return String.join(" ", out);
  }
}
