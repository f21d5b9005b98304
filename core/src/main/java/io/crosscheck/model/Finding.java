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
 */
public record Finding(String id, FindingType type, Severity severity, String summary, List<Evidence> evidence,
    Optional<String> event, Optional<String> check) {
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

  /** A finding placed in an event, not yet credited to the check that made it. */
  public Finding(String id, FindingType type, Severity severity, String summary, List<Evidence> evidence,
      Optional<String> event) {
    this(id, type, severity, summary, evidence, event, Optional.empty());
  }

  /** A finding not yet placed in an event: checks make these, the pipeline stamps the event. */
  public Finding(String id, FindingType type, Severity severity, String summary, List<Evidence> evidence) {
    this(id, type, severity, summary, evidence, Optional.empty(), Optional.empty());
  }

  public Finding withId(String newId) {
    return new Finding(newId, type, severity, summary, evidence, event, check);
  }

  public Finding withEvent(String eventId) {
    return new Finding(id, type, severity, summary, evidence, Optional.ofNullable(eventId), check);
  }

  /** A copy credited to the check named {@code checkName} (the pipeline stamps it). */
  public Finding withCheck(String checkName) {
    return new Finding(id, type, severity, summary, evidence, event, Optional.ofNullable(checkName));
  }

  /** WITHIN_ARTICLE when every passage comes from one article, else ACROSS_ARTICLES. */
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
