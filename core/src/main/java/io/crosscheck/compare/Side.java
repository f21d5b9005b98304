package io.crosscheck.compare;

import io.crosscheck.model.Evidence;
import io.crosscheck.model.Sentence;
import java.util.Comparator;

/** One sentence of one article: a side of a finding. */
record Side(ArticleView view, Sentence sentence) {
  /** Article order as given, then position in the article. */
  static final Comparator<Side> ORDER = Comparator.<Side, String>comparing(s -> s.view().id())
      .thenComparing(s -> s.sentence().span());

  Evidence evidence() {
    return view.evidence(sentence);
  }

  String party() {
    return view.party(sentence);
  }

  String text() {
    return sentence.text();
  }

  boolean sameAs(Side other) {
    return view == other.view && sentence.equals(other.sentence);
  }
}
