package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;

/**
 * A disagreement a fact-checker would flag, with the passages that show it.
 *
 * <p>{@code Finding[type=ACCOUNT_DISPUTE, severity=HIGH, summary="Prime Minister's Office says …;
 * a US official says …", evidence=[…, …]]}.
 *
 * @param id {@code x1}, numbered by the pipeline
 * @param type the kind of disagreement
 * @param severity how much it matters to a reader
 * @param summary one line naming both sides
 * @param evidence the passages that show it, at least one
 * @param event the id of the event it belongs to
 * @param check the name of the check that reported it
 */
public record Finding(String id, FindingType type, Severity severity, String summary, List<Evidence> evidence,
    Optional<String> event, Optional<String> check) {
  /**
   * Checks every field; copies the evidence.
   *
   * @param id {@code x1}, numbered by the pipeline
   * @param type the kind of disagreement
   * @param severity how much it matters to a reader
   * @param summary one line naming both sides
   * @param evidence the passages that show it, at least one
   * @param event the id of the event it belongs to
   * @param check the name of the check that reported it
   */
  public Finding {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(severity, "severity");
    checkNotNull(summary, "summary");
    evidence = List.copyOf(evidence);
    checkArgument(!evidence.isEmpty(), "a finding needs evidence");
    checkNotNull(event, "event");
    checkNotNull(check, "check");
  }

  /**
   * A finding placed in an event, not yet credited to the check that made it.
   *
   * @param id {@code x1}, numbered by the pipeline
   * @param type the kind of disagreement
   * @param severity how much it matters to a reader
   * @param summary one line naming both sides
   * @param evidence the passages that show it, at least one
   * @param event the id of the event it belongs to
   */
  public Finding(String id, FindingType type, Severity severity, String summary, List<Evidence> evidence,
      Optional<String> event) {
    this(id, type, severity, summary, evidence, event, Optional.empty());
  }

  /**
   * A finding not yet placed in an event: checks make these, the pipeline stamps the event and the check.
   *
   * @param id {@code x1}, numbered by the pipeline
   * @param type the kind of disagreement
   * @param severity how much it matters to a reader
   * @param summary one line naming both sides
   * @param evidence the passages that show it, at least one
   */
  public Finding(String id, FindingType type, Severity severity, String summary, List<Evidence> evidence) {
    this(id, type, severity, summary, evidence, Optional.empty(), Optional.empty());
  }

  /**
   * A copy with another id.
   *
   * @param newId the id
   * @return the copy
   */
  public Finding withId(String newId) {
    return new Finding(newId, type, severity, summary, evidence, event, check);
  }

  /**
   * A copy placed in an event.
   *
   * @param eventId the event's id, or null for none
   * @return the copy
   */
  public Finding withEvent(String eventId) {
    return new Finding(id, type, severity, summary, evidence, Optional.ofNullable(eventId), check);
  }

  /**
   * A copy credited to the check named {@code checkName} (the pipeline stamps it).
   *
   * @param checkName the check's {@code name()}, or null for none
   * @return the copy
   */
  public Finding withCheck(String checkName) {
    return new Finding(id, type, severity, summary, evidence, event, Optional.ofNullable(checkName));
  }

  /**
   * WITHIN_ARTICLE when every passage comes from one article, else ACROSS_ARTICLES.
   *
   * @return the scope
   */
  public FindingScope scope() {
    String first = evidence.get(0).article();
    for (Evidence e : evidence) {
      if (!e.article().equals(first)) {
        return FindingScope.ACROSS_ARTICLES;
      }
    }
    return FindingScope.WITHIN_ARTICLE;
  }
}
