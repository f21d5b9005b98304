package io.crosscheck.text;

import io.crosscheck.model.Paragraph;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into {@link Quotation}s, in one linear pass.
 *
 * <ul>
 *   <li>Curly ({@code “…”}) and straight ({@code "…"}) double quotes open and close quotations;
 *       single quotes inside them are part of the quoted text ({@code “I told him, ‘No.’”}). A
 *       {@code ”} after a space with no quotation open opens one ({@code saying ” No.”}).
 *   <li>A curly single quote {@code ‘…’} at top level is a quotation too (headlines, captions), but
 *       a {@code ’} followed by a letter is an apostrophe ({@code Israel’s}).
 *   <li>In an article with no double quotation mark, straight single quotes pair too ({@code 'No,'
 *       she said}), within one paragraph; an apostrophe ({@code Kovac's}) or a plural's possessive
 *       ({@code the players' union}) closes nothing.
 *   <li>A quotation still open at a paragraph end continues when the next paragraph opens with a
 *       quotation mark (the news convention for multi-paragraph quotes); otherwise it is cut at the
 *       paragraph end and marked not closed, so one stray mark never swallows the article.
 * </ul>
 */
final class QuotationFinder {

  List<Quotation> find(String body, List<Paragraph> paragraphs) {
    List<Quotation> out = new ArrayList<>();
    // An article with no double quotation mark quotes with straight single ones: 'No,' she said.
    boolean straightSingles = body.indexOf('“') < 0 && body.indexOf('"') < 0 && body.indexOf('\'') >= 0;
    int openAt = -1; // offset of the opening mark of a double-quoted run
    char openMark = 0;
    for (int pi = 0; pi < paragraphs.size(); pi++) {
      Span para = paragraphs.get(pi).span();
      int from = para.start();
      if (openAt >= 0) {
        from++; // skip the repeated opening mark that continued the quotation
      }
      int singleAt = -1;
      int straightAt = -1;
      for (int i = from; i < para.end(); i++) {
        char c = body.charAt(i);
        if (straightSingles && c == '\'') {
          if (straightAt < 0 && opensSingle(body, i, para)) {
            straightAt = i;
          } else if (straightAt >= 0 && i > straightAt + 1 && closesSingle(body, i, para)) {
            out.add(new Quotation(Span.of(straightAt, i + 1), Span.of(straightAt + 1, i), true));
            straightAt = -1;
          }
        } else if (openAt < 0) {
          // A closing mark where only an opening one fits (after a space, no quotation open) is a
          // typo for one: saying ” Put it down”.
          if (c == '“' || ((c == '"' || c == '”') && opensStraight(body, i, para))) {
            openAt = i;
            openMark = c;
            singleAt = -1;
          } else if (c == '‘' && (i == para.start() || !Character.isLetterOrDigit(body.charAt(i - 1)))) {
            singleAt = i;
          } else if (c == '’' && singleAt >= 0 && !letterAt(body, i + 1, para)) {
            if (i > singleAt + 1) {
              out.add(new Quotation(Span.of(singleAt, i + 1), Span.of(singleAt + 1, i), true));
            }
            singleAt = -1;
          }
        } else if (closes(c, openMark)) {
          out.add(new Quotation(Span.of(openAt, i + 1), Span.of(innerStart(body, openAt, i), i), true));
          openAt = -1;
        }
      }
      if (openAt >= 0) {
        boolean continues = pi + 1 < paragraphs.size() && isOpening(body.charAt(paragraphs.get(pi + 1).span().start()));
        if (!continues) {
          out.add(new Quotation(Span.of(openAt, para.end()), Span.of(openAt + 1, para.end()), false));
          openAt = -1;
        }
      }
    }
    return out;
  }

  /** Where the quoted words start after the mark at {@code openAt}: past a space a mistyped mark leaves (”␣No.”). */
  private static int innerStart(String body, int openAt, int closeAt) {
    int k = openAt + 1;
    while (k < closeAt && body.charAt(k) == ' ') {
      k++;
    }
    return k;
  }

  private static boolean closes(char c, char openMark) {
    return openMark == '“' ? c == '”' || c == '"' : c == '"' || c == '”';
  }

  private static boolean isOpening(char c) {
    return c == '“' || c == '"';
  }

  /** A straight quote opens at a paragraph start or after a space, bracket, dash or colon. */
  private static boolean opensStraight(String body, int i, Span para) {
    if (i == para.start()) {
      return true;
    }
    char prev = body.charAt(i - 1);
    return Character.isWhitespace(prev) || "([{—–-:/".indexOf(prev) >= 0;
  }

  /** A straight single quote opens a quotation at a paragraph start or after a space or bracket, before a word. */
  private static boolean opensSingle(String body, int i, Span para) {
    boolean before = i == para.start() || Character.isWhitespace(body.charAt(i - 1)) || "([—–".indexOf(body.charAt(i - 1)) >= 0;
    return before && i + 1 < para.end() && Character.isLetterOrDigit(body.charAt(i + 1));
  }

  /**
   * A straight single quote closes one when no letter follows it ("Kovac's" is an apostrophe), unless
   * it ends a plural before a lower-case word: "the players' union" is a possessive.
   */
  private static boolean closesSingle(String body, int i, Span para) {
    if (letterAt(body, i + 1, para) || Character.isWhitespace(body.charAt(i - 1))) {
      return false;
    }
    boolean plural = body.charAt(i - 1) == 's' && i + 2 < para.end() && body.charAt(i + 1) == ' '
        && Character.isLowerCase(body.charAt(i + 2));
    return !plural;
  }

  private static boolean letterAt(String body, int i, Span para) {
    return i < para.end() && Character.isLetter(body.charAt(i));
  }
}
