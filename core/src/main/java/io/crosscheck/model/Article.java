package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One news article: its id, header metadata and body text.
 *
 * <p>A file starting {@code ---\nid: a1\noutlet: Wire\npublished: 2024-01-09\n---\nBody} gives
 * {@code Article[id=a1, outlet=Wire, published=2024-01-09, body="Body"]}.
 */
public record Article(
    String id,
    Optional<String> outlet,
    Optional<LocalDate> published,
    Optional<String> title,
    Map<String, String> metadata,
    String body,
    String file) {

  public Article {
    checkNotNull(id, "id");
    checkNotNull(outlet, "outlet");
    checkNotNull(published, "published");
    checkNotNull(title, "title");
    checkNotNull(body, "body");
    checkNotNull(file, "file");
    metadata = ImmutableSortedMap.copyOf(checkNotNull(metadata, "metadata"));
  }

  /** An article with no header: only an id and a body. */
  public static Article of(String id, String body) {
    return new Article(id, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), body, id);
  }

  public Article withPublished(LocalDate date) {
    return new Article(id, outlet, Optional.of(date), title, metadata, body, file);
  }

  public Article withOutlet(String name) {
    return new Article(id, Optional.of(name), published, title, metadata, body, file);
  }
}
