package io.crosscheck.figure;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Span;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds every figure in an article by walking its tokens once: a date is tried first, then a
 * number expression, which {@link FigureReader} turns into a figure with hedge, unit and subject.
 *
 * <p>"killed more than 22,000 Palestinians on Dec. 8" gives COUNT "more than 22,000" (LOWER_BOUND,
 * subject "Palestinians killed") and DATE "Dec. 8".
 */
final class GrammarFigureFinder implements FigureFinder {
  private final FigureLexicon lexicon;
  private final NumberParser numbers;
  private final FigureReader reader;

  GrammarFigureFinder(Lexicon lexicon) {
    this.lexicon = new FigureLexicon(checkNotNull(lexicon, "lexicon"));
    this.numbers = new NumberParser(this.lexicon);
    this.reader = new FigureReader(this.lexicon);
  }

  @Override
  public List<Figure> find(SegmentedText text) {
    checkNotNull(text, "text");
    String body = text.body();
    String article = text.article().id();
    List<Token> tokens = forReading(Tokenizer.tokenize(body, 0), text.sentences());
    DateReader dates = new DateReader(lexicon, text.article().published());
    List<Figure> out = new ArrayList<>();
    int floor = 0;
    int i = 0;
    Figure previous = null;
    int sentenceStart = 0;
    while (i < tokens.size()) {
      if (isSentenceEnd(tokens.get(i))) {
        sentenceStart = i;
      }
      if (!lexicon.mayStart(tokens.get(i))) {
        i++;
        continue;
      }
      Optional<DateReader.DateMatch> date = dates.read(tokens, i);
      if (date.isPresent()) {
        out.add(dateFigure(article, body, tokens, date.get()));
        i = date.get().to();
        floor = i;
        continue;
      }
      Optional<Quantity> q = numbers.parse(tokens, i);
      if (q.isEmpty()) {
        i++;
        continue;
      }
      Optional<Figure> before = previous != null && previous.start() >= tokens.get(sentenceStart).start()
          ? Optional.of(previous) : Optional.empty();
      Optional<FigureReader.Read> read = reader.read(article, body, tokens, q.get(), floor, before);
      if (read.isPresent()) {
        Figure f = read.get().headless() ? Repeats.inherit(read.get().figure(), out, body) : read.get().figure();
        out.add(f);
        previous = f.kind() == FigureKind.DATE ? previous : f; // "worth $3bn in 2023, down 6%" points past the year
        i = read.get().to();
        floor = i;
      } else {
        i = Math.max(i + 1, q.get().to());
      }
    }
    return CoordinatedCounts.share(out, text);
  }

  /**
   * The tokens as the readers take them. A full stop of no width follows each sentence that ends
   * on a word or number: a headline or subhead line ("Pit toll climbs in Orsk") ends where the
   * segmenter ends it, so its words are no part of the next sentence's clauses. A quotation mark
   * between a number and a lower-case word is dropped: "300 “rioters” were held" counts rioters.
   */
  private static List<Token> forReading(List<Token> tokens, List<Sentence> sentences) {
    List<Token> out = null; // copied only once a token is added or dropped: most bodies need neither
    int next = 0;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      while (next < sentences.size() && sentences.get(next).end() <= t.start()) {
        Optional<Token> stop = stopAfter(tokens.get(k > 0 ? k - 1 : 0), k > 0, sentences.get(next++));
        if (stop.isPresent()) {
          out = out != null ? out : new ArrayList<>(tokens.subList(0, k));
          out.add(stop.get());
        }
      }
      if (quotesACountedNoun(tokens, k)) {
        out = out != null ? out : new ArrayList<>(tokens.subList(0, k));
      } else if (out != null) {
        out.add(t);
      }
    }
    while (next < sentences.size() && !tokens.isEmpty()) {
      Optional<Token> stop = stopAfter(tokens.get(tokens.size() - 1), true, sentences.get(next++));
      if (stop.isPresent()) {
        out = out != null ? out : new ArrayList<>(tokens);
        out.add(stop.get());
      }
    }
    return out != null ? out : tokens;
  }

  /** A full stop of no width at the end of {@code s} when {@code last}, the token read last, is its word or number. */
  private static Optional<Token> stopAfter(Token last, boolean any, Sentence s) {
    return any && !last.isPunctuation() && last.start() >= s.start() ? Optional.of(Token.of(".", s.end(), s.end()))
        : Optional.empty();
  }

  /** Quotation marks that may open a quoted noun after a number. */
  private static final String OPENING_QUOTES = "“‘\"'";

  /** Whether the token at {@code k} is a quotation mark opened right after a number, before a lower-case word. */
  private static boolean quotesACountedNoun(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    return k > 0 && k + 1 < tokens.size() && t.text().length() == 1 && OPENING_QUOTES.indexOf(t.text().charAt(0)) >= 0
        && Character.isDigit(tokens.get(k - 1).text().charAt(tokens.get(k - 1).text().length() - 1))
        && Character.isLowerCase(tokens.get(k + 1).text().charAt(0));
  }

  /** A sentence-final mark; "Mr." also matches, which only shortens the look-back for "up from". */
  private static boolean isSentenceEnd(Token t) {
    String s = t.text();
    return s.equals(".") || s.equals("!") || s.equals("?");
  }

  private static Figure dateFigure(String article, String body, List<Token> tokens, DateReader.DateMatch d) {
    Span span = Span.of(tokens.get(d.from()).start(), tokens.get(d.to() - 1).end());
    return new Figure("", article, span.in(body), span, FigureKind.DATE, OptionalDouble.empty(), Qualifier.EXACT, Interval.UNBOUNDED,
        Optional.empty(), Optional.empty(), Optional.empty(), d.date(), Optional.empty());
  }
}
