package io.crosscheck.text;

import com.google.common.collect.ImmutableSet;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a paragraph into sentences at {@code . ? !} followed by space and a capital, digit or
 * opening mark, except after news abbreviations ("Mr.", "Gen.", "U.S.", "Dec.", "No."), initials
 * ("Antony J. Blinken", "E.W. Scripps") and inside a quotation that closes in the same paragraph.
 */
final class SentenceSplitter {
  /** Lower-cased words that end with a period without ending a sentence: "Mr. Kovac", "Dec. 8". */
  private static final ImmutableSet<String> ABBREVIATIONS = ImmutableSet.of(
      "mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
      "supt", "insp", "det", "cpl", "brig", "amb", "atty",
      "st", "jr", "sr", "prof", "rev", "hon", "pres", "no", "nos", "vs", "v", "etc", "approx", "est", "fig",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "inc", "corp", "co", "ltd", "mt", "ft", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "d.c", "i.e", "e.g");

  List<Span> split(String body, Span para, List<Quotation> quotes) {
    List<Span> out = new ArrayList<>();
    int start = para.start();
    int end = para.end();
    for (int i = start; i < end; i++) {
      char c = body.charAt(i);
      if (c != '.' && c != '?' && c != '!') {
        continue;
      }
      int j = i + 1;
      while (j < end && isClosing(body.charAt(j))) {
        j++;
      }
      if (j >= end || !Character.isWhitespace(body.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < end && Character.isWhitespace(body.charAt(k))) {
        k++;
      }
      if (k >= end || !startsSentence(body.charAt(k))) {
        continue;
      }
      if (c == '.' && isAbbreviation(body, i, start)) {
        continue;
      }
      if (insideClosedQuote(i, j, quotes, para)) {
        continue;
      }
      out.addAll(SentenceWindows.cut(body, Span.of(start, j)));
      start = k;
      i = k - 1;
    }
    if (start < end) {
      out.addAll(SentenceWindows.cut(body, Span.of(start, end)));
    }
    return out;
  }

  /**
   * Whether the text from {@code start} to {@code end} ends a sentence: a terminator, perhaps
   * followed by closing marks, that is no abbreviation ("said on Tuesday." yes, "told the U.N." no).
   */
  static boolean endsSentence(String body, int start, int end) {
    int e = end - 1;
    while (e >= start && (Character.isWhitespace(body.charAt(e)) || isClosing(body.charAt(e)))) {
      e--;
    }
    if (e < start) {
      return false;
    }
    char c = body.charAt(e);
    return c == '?' || c == '!' || c == '.' && !isAbbreviation(body, e, start);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '(' || c == '\'';
  }

  /** The word before the period: "Mr", "U.S", or a single capital initial such as "J". */
  private static boolean isAbbreviation(String body, int dot, int floor) {
    int w = dot;
    while (w > floor && !Character.isWhitespace(body.charAt(w - 1)) && body.charAt(w - 1) != '(' && body.charAt(w - 1) != '“'
        && body.charAt(w - 1) != '"') {
      w--;
    }
    String word = body.substring(w, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || dottedInitials(word)) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Initials run together before the last period: "E.W" of "E.W. Scripps", "J.R.R" of "J.R.R. Tolkien". */
  private static boolean dottedInitials(String word) {
    if (word.length() < 3 || word.length() % 2 == 0) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  /**
   * A terminator strictly inside a quotation that closes within this paragraph does not end the
   * sentence: in {@code “We stay. We fight,” he said.} the first period is inside the quote.
   */
  private static boolean insideClosedQuote(int dot, int afterClosers, List<Quotation> quotes, Span para) {
    // Quotations are sorted and do not overlap, so only the last one opening before the dot can hold it.
    int lo = 0;
    int hi = quotes.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).outer().start() < dot) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return false;
    }
    Quotation q = quotes.get(found);
    return q.closed() && para.contains(q.outer()) && afterClosers < q.outer().end();
  }
}
