package io.crosscheck.compare;

import io.crosscheck.internal.link.EventFrame;
import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.model.Sentence;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps account checks inside one news event: two articles report one event when their days are
 * close and their headline and lead share a participant or place (or, when one names none, share
 * content words, or are dated and name no different kinds of event). Until the batch-wide events model assigns events, this is the key the
 * account checks pair by.
 *
 * <p>"Floods in Varno valley kill 12" and "Floods in Odel valley kill 9" on the same day are two
 * events (no shared place); "Kovac and Dorn meet in Valen" and "Valen talks end without deal" are
 * one. An article without a date never joins another on the date alone: it needs a shared
 * participant.
 */
final class ArticleEvents {
  /** Articles published further apart than this report different events. */
  static final long MAX_DAYS_APART = 7;
  /** A possessive ending on a name: "Marten's", "Marten’s". */
  private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("[’']s$");
  /** Sentences of the lead that name the event, after the headline. */
  static final int LEAD_SENTENCES = 3;

  /** What one article's headline and lead say of its event. */
  record Key(Optional<LocalDate> published, Set<String> kinds, Set<String> participants, Set<String> words) {}

  /** Lower-case content words two leads must share to be one event when neither names a participant. */
  static final int MIN_SHARED_WORDS = 2;

  private final EventFramer framer;
  private final Set<String> stopWords;
  private final Map<ArticleView, Key> keys = new IdentityHashMap<>();

  ArticleEvents(EventFramer framer, Set<String> stopWords) {
    this.framer = framer;
    this.stopWords = Set.copyOf(stopWords);
  }

  /** The key of one article, read once. */
  Key key(ArticleView view) {
    return keys.computeIfAbsent(view, this::read);
  }

  private Key read(ArticleView view) {
    StringBuilder lead = new StringBuilder(view.article().article().title().orElse(""));
    List<Sentence> sentences = view.sentences();
    for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
      lead.append(". ").append(sentences.get(i).text());
    }
    Optional<LocalDate> published = view.article().article().published();
    EventFrame frame = framer.frame(lead.toString(), published);
    Set<String> participants = new HashSet<>();
    // "Marten's statement" names Marten.
    frame.participants().forEach(p -> participants.add(POSSESSIVE.matcher(p).replaceFirst("")));
    return new Key(published, framer.kindsIn(lead.toString()), participants, Texts.commonWords(lead.toString(), stopWords));
  }

  /** True when both articles may report one event; an article always reports its own. */
  boolean sameEvent(ArticleView a, ArticleView b) {
    if (a == b) {
      return true;
    }
    Key x = key(a);
    Key y = key(b);
    if (x.published().isPresent() && y.published().isPresent()
        && Math.abs(x.published().get().toEpochDay() - y.published().get().toEpochDay()) > MAX_DAYS_APART) {
      return false;
    }
    if (!x.participants().isEmpty() && !y.participants().isEmpty()) {
      return !Collections.disjoint(x.participants(), y.participants());
    }
    if (shares(x.words(), y.words(), MIN_SHARED_WORDS)) {
      return true; // "the talks … fishing quotas" in both leads
    }
    // A lead naming no one and sharing little: the date and the kind of event decide; undated never joins.
    boolean undated = x.published().isEmpty() || y.published().isEmpty();
    boolean kindsDiffer = !x.kinds().isEmpty() && !y.kinds().isEmpty() && Collections.disjoint(x.kinds(), y.kinds());
    return !undated && !kindsDiffer;
  }

  /**
   * Whether {@code a} and {@code b} have at least {@code n} words in common, counted without a copy
   * of either: checks compare many pairs of articles, and each comparison had copied a lead's words.
   */
  private static boolean shares(Set<String> a, Set<String> b, int n) {
    int shared = 0;
    for (String w : a) {
      if (b.contains(w) && ++shared >= n) {
        return true;
      }
    }
    return false;
  }
}
