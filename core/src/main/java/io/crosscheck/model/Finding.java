package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A disagreement a fact-checker would flag, with the passages that show it.
 *
 * <p>{@code Finding[type=ACCOUNT_DISPUTE, severity=HIGH, summary="Prime Minister's Office says …;
 * a US official says …", evidence=[…, …]]}.
 */
public record Finding(String id, FindingType type, Severity severity, String summary, List<Evidence> evidence) {
  public Finding {
    checkNotNull(id, "id");
    checkNotNull(type, "type");
    checkNotNull(severity, "severity");
    checkNotNull(summary, "summary");
    evidence = List.copyOf(evidence);
    checkArgument(!evidence.isEmpty(), "a finding needs evidence");
  }

  public Finding withId(String newId) {
    return new Finding(newId, type, severity, summary, evidence);
  }
}
