package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * Who made a statement, typed.
 *
 * <p>"State Department spokesman Matthew Miller" gives {@code Source[name=Matthew Miller,
 * kind=NAMED_SPOKESPERSON, role=State Department spokesman, affiliation=United States]}; "a senior
 * US official" gives {@code Source[name=senior US official, kind=ANONYMOUS, senior=true,
 * affiliation=US]}.
 */
public record Source(
    String name,
    SourceKind kind,
    Optional<String> role,
    Optional<String> affiliation,
    boolean senior,
    Optional<String> entity) {

  public Source {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(role, "role");
    checkNotNull(affiliation, "affiliation");
    checkNotNull(entity, "entity");
  }

  public static Source of(String name, SourceKind kind) {
    return new Source(name, kind, Optional.empty(), Optional.empty(), false, Optional.empty());
  }

  public Source withRole(String newRole) {
    return new Source(name, kind, Optional.ofNullable(newRole), affiliation, senior, entity);
  }

  public Source withAffiliation(String newAffiliation) {
    return new Source(name, kind, role, Optional.ofNullable(newAffiliation), senior, entity);
  }

  public Source withSenior(boolean isSenior) {
    return new Source(name, kind, role, affiliation, isSenior, entity);
  }

  public Source withEntity(String entityId) {
    return new Source(name, kind, role, affiliation, senior, Optional.ofNullable(entityId));
  }

  public Source withKind(SourceKind newKind) {
    return new Source(name, newKind, role, affiliation, senior, entity);
  }
}
