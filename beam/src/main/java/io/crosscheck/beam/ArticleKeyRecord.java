package io.crosscheck.beam;

import io.crosscheck.internal.event.ArticleKeys;
import io.crosscheck.internal.event.EventSignature;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The output of the per-article map, in a form a runner can ship: the article's name and text, its
 * blocking keys and its event signature, plain strings only.
 */
record ArticleKeyRecord(String name, String text, ArrayList<String> keys, String kind, String date,
    ArrayList<String> names, ArrayList<String> mentions, ArrayList<String> places, ArrayList<String> words)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The record of one article's keys; the article is known by its name. */
  static ArticleKeyRecord of(String name, String text, ArticleKeys keys) {
    EventSignature s = keys.signature();
    return new ArticleKeyRecord(name, text, new ArrayList<>(keys.keys()), s.kind().orElse(null),
        s.date().map(LocalDate::toString).orElse(null), new ArrayList<>(s.names()), new ArrayList<>(new TreeSet<>(s.mentions())),
        new ArrayList<>(new TreeSet<>(s.places())), new ArrayList<>(new TreeSet<>(s.words())));
  }

  /** Back to core's form, with the name as the article id. */
  ArticleKeys toKeys() {
    EventSignature s = new EventSignature(Optional.ofNullable(kind), Optional.ofNullable(date).map(LocalDate::parse),
        List.copyOf(names), new TreeSet<>(mentions), new TreeSet<>(places), new TreeSet<>(words));
    return new ArticleKeys(name, s, keys);
  }
}
