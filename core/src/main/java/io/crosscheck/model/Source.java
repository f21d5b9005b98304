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

  /**
   * Checks every field.
   *
   * @param name the name as the article gives it, without role words
   * @param kind how the source is typed
   * @param role the role words ("State Department spokesman"), if any
   * @param affiliation the country or body the source speaks for, if known
   * @param senior true for "senior" officials
   * @param entity the id of the entity the source was linked to, if any
   */
  public Source {
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    checkNotNull(role, "role");
    checkNotNull(affiliation, "affiliation");
    checkNotNull(entity, "entity");
  }

  /**
   * A source with only a name and a kind.
   *
   * @param name the name
   * @param kind the kind
   * @return the source
   */
  public static Source of(String name, SourceKind kind) {
    return new Source(name, kind, Optional.empty(), Optional.empty(), false, Optional.empty());
  }

  /**
   * A copy with a role.
   *
   * @param newRole the role, or null for none
   * @return the copy
   */
  public Source withRole(String newRole) {
    return new Source(name, kind, Optional.ofNullable(newRole), affiliation, senior, entity);
  }

  /**
   * A copy with an affiliation.
   *
   * @param newAffiliation the affiliation, or null for none
   * @return the copy
   */
  public Source withAffiliation(String newAffiliation) {
    return new Source(name, kind, role, Optional.ofNullable(newAffiliation), senior, entity);
  }

  /**
   * A copy marked senior or not.
   *
   * @param isSenior whether senior
   * @return the copy
   */
  public Source withSenior(boolean isSenior) {
    return new Source(name, kind, role, affiliation, isSenior, entity);
  }

  /**
   * A copy linked to an entity.
   *
   * @param entityId the entity id, or null for none
   * @return the copy
   */
  public Source withEntity(String entityId) {
    return new Source(name, kind, role, affiliation, senior, Optional.ofNullable(entityId));
  }

  /**
   * A copy of another kind.
   *
   * @param newKind the kind
   * @return the copy
   */
  public Source withKind(SourceKind newKind) {
    return new Source(name, newKind, role, affiliation, senior, entity);
  }
}
