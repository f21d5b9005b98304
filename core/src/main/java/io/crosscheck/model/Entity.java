package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * One real-world source seen under several names across a batch.
 *
 * <p>"Antony J. Blinken", "Mr. Blinken" and "the top US diplomat" give one
 * {@code Entity[name=Antony J. Blinken, aliases=[Antony J. Blinken, Mr. Blinken, top US diplomat]]}.
 */
public record Entity(String id, String name, SourceKind kind, List<String> aliases) {
  /**
   * Checks every field; copies the aliases.
   *
   * @param id {@code e1}, numbered over the batch
   * @param name the fullest name seen
   * @param kind how the source is typed
   * @param aliases every name it goes by in the batch
   */
  public Entity {
    checkNotNull(id, "id");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    aliases = List.copyOf(aliases);
  }
}
