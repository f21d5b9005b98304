package io.crosscheck.compare;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the whole pipeline on small invented articles and reads findings the way the scorer does. */
final class EndToEnd {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  private EndToEnd() {}

  /** Triples of id, publication date ("-" for an article that gives none) and body. */
  static List<Finding> check(String... idsDatesBodies) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < idsDatesBodies.length; i += 3) {
      texts.put(idsDatesBodies[i] + ".txt",
          "---\nid: " + idsDatesBodies[i] + (idsDatesBodies[i + 1].equals("-") ? "" : "\npublished: " + idsDatesBodies[i + 1])
              + "\n---\n" + idsDatesBodies[i + 2]);
    }
    return CROSSCHECK.checkTexts(texts).findings();
  }

  /** The numeric conflicts among {@code findings}. */
  static List<Finding> numeric(List<Finding> findings) {
    return findings.stream().filter(f -> f.type() == FindingType.NUMERIC_CONFLICT).toList();
  }

  /** True when one finding of the type has evidence containing each anchor (normalised, as in scoring). */
  static boolean pairs(List<Finding> findings, FindingType type, String first, String second) {
    return findings.stream().anyMatch(f -> f.type() == type && has(f, first) && has(f, second));
  }

  static boolean has(Finding f, String anchor) {
    return f.evidence().stream().map(Evidence::text).map(Texts::normalise).anyMatch(t -> t.contains(Texts.normalise(anchor)));
  }

  static String lines(String... sentences) {
    return String.join("\n", sentences);
  }
}
