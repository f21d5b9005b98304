package io.crosscheck.attribution;

import io.crosscheck.model.Quotation;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Answers "is this offset quoted?" in constant time and "which quotations lie in this span?" by
 * binary search, so an article made of thousands of quotation marks stays linear.
 *
 * <p>For {@code Kovac said “we stay” today} {@code isQuoted} is true inside "we stay" and {@code
 * innersWithin} of the whole sentence gives that one quotation.
 */
final class QuoteMap {
  private final List<Quotation> quotes;
  private final BitSet inner = new BitSet();
  private final BitSet outer = new BitSet();

  QuoteMap(SegmentedText text) {
    this.quotes = text.quotations();
    for (Quotation q : quotes) {
      inner.set(q.inner().start(), q.inner().end());
      outer.set(q.outer().start(), q.outer().end());
    }
  }

  /** Whether {@code offset} lies between the marks of a quotation. */
  boolean isQuoted(int offset) {
    return offset >= 0 && inner.get(offset);
  }

  /** Whether {@code offset} lies on or between the marks of a quotation. */
  boolean isInQuotation(int offset) {
    return offset >= 0 && outer.get(offset);
  }

  /** Whether any quoted text overlaps {@code span}. */
  boolean overlapsQuoted(Span span) {
    int next = inner.nextSetBit(span.start());
    return next >= 0 && next < span.end();
  }

  /** The quotations whose inner text lies wholly inside {@code span}, in order. */
  List<Quotation> innersWithin(Span span) {
    List<Quotation> out = new ArrayList<>();
    for (int i = firstStartingAtOrAfter(span.start()); i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      if (q.outer().start() >= span.end()) {
        break;
      }
      if (span.contains(q.inner())) {
        out.add(q);
      }
    }
    return out;
  }

  /** The quotation whose closing mark ends at {@code outerEnd}: "“We stay,”" before "according to". */
  Optional<Quotation> endingAt(int outerEnd) {
    int lo = 0;
    int hi = quotes.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int end = quotes.get(mid).outer().end();
      if (end == outerEnd) {
        return Optional.of(quotes.get(mid));
      }
      if (end < outerEnd) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }

  private int firstStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).outer().start() + 1 < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
