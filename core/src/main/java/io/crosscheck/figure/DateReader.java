package io.crosscheck.figure;

import io.crosscheck.internal.WordSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises date expressions so their numbers are not read as counts, and resolves them with a
 * {@link DateResolver}.
 *
 * <p>"January 9, 2024", "Dec. 8", "MARCH 23", "9 January", "October 7th", "February 2008",
 * "mid-December", "on Tuesday", "last week", "2024-01-09", "1990s" are all dates.
 */
final class DateReader {
  /** A date expression over tokens {@code from..to}, resolved when it can be. */
  record DateMatch(int from, int to, Optional<LocalDate> date) {}

  /** "2024-01-09": an ISO date in one token. */
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  /** "7", "7th", "23rd": a day of the month. */
  private static final Pattern DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
  /** The length of every {@link #ISO_DATE} match. */
  private static final int ISO_LENGTH = 10;
  /** The longest {@link #DAY} match: "23rd". */
  private static final int MAX_DAY_LENGTH = 4;
  /** "1990s", "90s": a decade. */
  private static final Pattern DECADE = Pattern.compile("(?:1\\d|20)?\\d0s");
  /** "mid-December", "early-April": a part of a month in one token. */
  private static final Pattern PART_OF_MONTH = Pattern.compile("(?:mid|early|late|end)-([a-z]{3,9})");

  private final FigureLexicon lexicon;
  private final DateResolver resolver;

  DateReader(FigureLexicon lexicon, Optional<LocalDate> published) {
    this.lexicon = lexicon;
    this.resolver = new DateResolver(published);
  }

  Optional<DateMatch> read(List<Token> tokens, int i) {
    Token tok = tokens.get(i);
    String t = tok.lower();
    if (!Character.isDigit(t.charAt(0))) {
      return words(tokens, i);
    }
    // Each pattern fits tokens of some lengths or endings only: other tokens skip its matcher.
    Matcher iso = t.length() == ISO_LENGTH ? ISO_DATE.matcher(t) : null;
    if (iso != null && iso.matches()) {
      return Optional.of(new DateMatch(i, i + 1, resolver.absolute(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)))));
    }
    if (t.endsWith("0s") && DECADE.matcher(t).matches()) {
      return Optional.of(new DateMatch(i, i + 1, Optional.empty()));
    }
    Matcher day = t.length() <= MAX_DAY_LENGTH ? DAY.matcher(t) : null;
    boolean isDay = day != null && day.matches();
    int firstMonth = isDay ? secondDayMonth(tokens, i) : -1;
    if (firstMonth >= 0) {
      // "on May 3 and 4": the second day of a month named before the first
      int d = num(day.group(1));
      return d >= 1 && d <= 31 ? Optional.of(new DateMatch(i, i + 1, dated(0, lexicon.months.get(tokens.get(firstMonth).lower()), d)))
          : Optional.empty();
    }
    if (isDay && i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()
        && lexicon.months.containsKey(tokens.get(i + 1).lower())) {
      int d = num(day.group(1));
      int to = i + 2;
      int year = 0;
      if (to < tokens.size() && isYear(tokens.get(to).lower())) {
        year = num(tokens.get(to).lower());
        to++;
      }
      return d >= 1 && d <= 31 ? Optional.of(new DateMatch(i, to, dated(year, lexicon.months.get(tokens.get(i + 1).lower()), d)))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** Words joining two days of one month: "May 3 and 4", "June 8 or 9", "March 3 to 5". */
  private static final WordSet DAY_JOINERS = WordSet.of("and", "or", "to", "-", "–");

  /**
   * The index of the month when the day number at {@code i} follows "Month day and" ("on May 3 and
   * 4", "Jan. 3 to 5"), else -1; a noun after it makes it a count ("on June 8 and 12 trawlers sank").
   */
  private int secondDayMonth(List<Token> tokens, int i) {
    if (i < 3 || i + 1 < tokens.size() && tokens.get(i + 1).isWord() && !AFTER_DAY.contains(tokens.get(i + 1).lower())
        || !DAY_JOINERS.contains(tokens.get(i - 1).lower()) || !DAY.matcher(tokens.get(i - 2).lower()).matches()) {
      return -1;
    }
    int m = i - 3;
    if (m >= 1 && tokens.get(m).text().equals(".")) {
      m--;
    }
    return tokens.get(m).isCapitalised() && lexicon.months.containsKey(tokens.get(m).lower()) ? m : -1;
  }

  /** Words that may follow a second day of a month: "May 3 and 4 in Astana", "May 3 and 4, the ministry said". */
  private static final WordSet AFTER_DAY = WordSet.of("in", "at", "on", "for", "before", "after",
      "when", "with", "and", "or", "but", "while", "as");

  /** Dates that start with a word: "Dec. 8", "mid-December", "Tuesday", "last week". */
  private Optional<DateMatch> words(List<Token> tokens, int i) {
    Token tok = tokens.get(i);
    String t = tok.lower();
    if (t.indexOf('-') > 0) {
      Matcher part = PART_OF_MONTH.matcher(t);
      if (part.matches() && lexicon.months.containsKey(part.group(1))) {
        return Optional.of(new DateMatch(i, i + 1, resolver.monthDay(lexicon.months.get(part.group(1)), 15)));
      }
    }
    if (tok.isCapitalised() && lexicon.months.containsKey(t)) {
      return month(tokens, i, lexicon.months.get(t));
    }
    if (tok.isCapitalised() && lexicon.weekdays.containsKey(t)) {
      String before = i > 0 ? tokens.get(i - 1).lower() : "";
      return Optional.of(new DateMatch(i, i + 1, resolver.weekday(lexicon.weekdays.get(t), before)));
    }
    return relative(tokens, i);
  }

  /** "Dec. 8", "January 9, 2024", "February 2008", "MARCH 23", or a month alone after "in". */
  private Optional<DateMatch> month(List<Token> tokens, int i, int month) {
    int j = i + 1;
    if (j < tokens.size() && tokens.get(j).text().equals(".") && tokens.get(i).text().length() <= 4) {
      j++;
    }
    if (j < tokens.size()) {
      String next = tokens.get(j).lower();
      Matcher day = DAY.matcher(next);
      if (day.matches() && num(day.group(1)) >= 1 && num(day.group(1)) <= 31) {
        int d = num(day.group(1));
        int to = j + 1;
        int year = 0;
        if (to + 1 < tokens.size() && tokens.get(to).text().equals(",") && isYear(tokens.get(to + 1).lower())) {
          year = num(tokens.get(to + 1).lower());
          to += 2;
        }
        return Optional.of(new DateMatch(i, to, dated(year, month, d)));
      }
      if (isYear(next)) {
        return Optional.of(new DateMatch(i, j + 1, resolver.absolute(num(next), month, 1)));
      }
    }
    // "May" and "March" alone are too often verbs; a month alone is kept only after a preposition.
    String before = i > 0 ? tokens.get(i - 1).lower() : "";
    boolean afterPreposition = before.equals("in") || before.equals("since") || before.equals("until")
        || before.equals("early") || before.equals("late") || before.equals("mid") || before.equals("last");
    return afterPreposition && tokens.get(i).text().length() > 3
        ? Optional.of(new DateMatch(i, i + 1, resolver.monthDay(month, 1))) : Optional.empty();
  }

  /** "last week", "yesterday", "earlier this month": the longest relative phrase at {@code i}. */
  private Optional<DateMatch> relative(List<Token> tokens, int i) {
    String phrase = "";
    Optional<DateMatch> best = Optional.empty();
    for (int k = i; k < tokens.size() && k < i + 3; k++) {
      if (!phrase.isEmpty() && !lexicon.relativeDateStems.contains(phrase)) {
        break; // no relative date goes on from this phrase
      }
      phrase = phrase.isEmpty() ? tokens.get(k).lower() : phrase + " " + tokens.get(k).lower();
      String[] r = lexicon.relativeDates.get(phrase);
      if (r != null) {
        best = Optional.of(new DateMatch(i, k + 1, resolver.relative(num(r[0]), r[1])));
      }
    }
    return best;
  }

  private Optional<LocalDate> dated(int year, int month, int day) {
    return year > 0 ? resolver.absolute(year, month, day) : resolver.monthDay(month, day);
  }

  static boolean isYear(String t) {
    if (t.length() != 4 || !NumberParser.isPlainInteger(t)) {
      return false;
    }
    int y = Integer.parseInt(t);
    return y >= 1800 && y <= 2100;
  }

  private static int num(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0; // never reached for the digit-only groups above; a bad number is simply no date
    }
  }
}
