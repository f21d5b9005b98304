package io.crosscheck.beam;

import io.crosscheck.model.Article;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding in a form a runner can ship and that does not depend on how the batch was cut: its
 * type, severity and summary, and its evidence as {@code file@start-end} places (article ids are
 * numbered per batch, file names are not). Events and ids are left out for the same reason.
 *
 * @param type the finding type's name
 * @param severity the severity's name
 * @param summary the summary sentence
 * @param evidence the evidence places, in the finding's order
 */
public record BeamFinding(String type, String severity, String summary, List<String> evidence) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Copies the evidence list so the record stays immutable and serialisable. */
  public BeamFinding {
    evidence = List.copyOf(evidence);
  }

  /** Every finding of a report, with evidence named by the articles' files. */
  static List<BeamFinding> of(Report report) {
    Map<String, String> fileOf = new HashMap<>();
    for (Article a : report.articles()) {
      fileOf.put(a.id(), a.file());
    }
    List<BeamFinding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      List<String> places = new ArrayList<>();
      for (Evidence e : f.evidence()) {
        places.add(fileOf.getOrDefault(e.article(), e.article()) + "@" + e.span().start() + "-" + e.span().end());
      }
      out.add(new BeamFinding(f.type().name(), f.severity().name(), f.summary(), places));
    }
    return out;
  }

  /**
   * One line that names the finding: equal lines, equal findings.
   *
   * @return type, severity, evidence places and summary, tab-separated
   */
  public String canonical() {
    return type + "\t" + severity + "\t" + String.join(" ", evidence) + "\t" + summary;
  }
}
