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

  /**
   * Checks every field; the metadata is copied, sorted by key.
   *
   * @param id the article's id, unique in a batch (header {@code id:} or the file name)
   * @param outlet the publisher, if the header names it
   * @param published the publication date, if known
   * @param title the headline, if known
   * @param metadata every header line, by key
   * @param body the text after the header
   * @param file the file (or name) it was read from
   */
  public Article {
    checkNotNull(id, "id");
    checkNotNull(outlet, "outlet");
    checkNotNull(published, "published");
    checkNotNull(title, "title");
    checkNotNull(body, "body");
    checkNotNull(file, "file");
    metadata = ImmutableSortedMap.copyOf(checkNotNull(metadata, "metadata"));
  }

  /**
   * An article with no header: only an id and a body.
   *
   * @param id the id, also used as file name
   * @param body the text
   * @return the article
   */
  public static Article of(String id, String body) {
    return new Article(id, Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), body, id);
  }

  /**
   * A copy with a publication date.
   *
   * @param date the date
   * @return the copy
   */
  public Article withPublished(LocalDate date) {
    return new Article(id, outlet, Optional.of(date), title, metadata, body, file);
  }

  /**
   * A copy with an outlet.
   *
   * @param name the outlet
   * @return the copy
   */
  public Article withOutlet(String name) {
    return new Article(id, Optional.of(name), published, title, metadata, body, file);
  }
}
