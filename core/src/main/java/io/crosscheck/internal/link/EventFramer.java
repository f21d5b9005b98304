package io.crosscheck.internal.link;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.internal.CharClasses;
import io.crosscheck.internal.Literals;
import io.crosscheck.internal.Splits;
import io.crosscheck.internal.WholeWords;
import io.crosscheck.lexicon.Lexicon;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the event frame of a sentence: its day (absolute, or relative resolved against the
 * publication date), its kind from the {@code event-nouns} lexicon list, and its participants.
 *
 * <p>{@code frame("The blast on Tuesday killed 12", Optional.of(2025-03-12))} gives date
 * 2025-03-11, kind ATTACK.
 */
public final class EventFramer {
  /** "January 9, 2024", "Jan. 9", "March 23 2024". */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d\\d))?");
  /** "in March 2015", "June 2019": a month and a year, no day. */
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "\\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?\\s{1,3}(?<year>(?:19|20)\\d\\d)\\b");
  /**
   * A month named with its year this many months or more from the publication's month frames its
   * sentence ("1.4 million marched in March 2015"); a nearer one is too coarse to tell this event's
   * day from another's.
   */
  private static final int MONTH_YEAR_MIN_MONTHS = 2;
  /**
   * A sentence opened by a year, bare or as the year of an occasion, matched at its start: "In
   * 2029, some 60 herders were killed in a feud", "In the last big swap in 2019, 12 were freed".
   * At most four lower-case words stand between the occasion's determiner and its "in".
   */
  private static final Pattern YEAR_OPENING = Pattern.compile(
      "\\s{0,3}In\\s{1,3}(?:(?:the|a|an|its|their|that)\\s{1,3}(?:[\\p{Ll}-]{1,20}\\s{1,3}){0,4}in\\s{1,3})?(?<year>(?:19|20)\\d\\d),");
  /** The month whose first day stands for a year that frames a sentence it opens. */
  private static final int MID_YEAR_MONTH = 7;
  /** The day of a month named with its year that stands for the month when it frames a sentence. */
  private static final int MID_MONTH = 15;
  /** The first three letters of every month, one of which each date pattern needs. */
  private static final List<String> MONTH_STARTS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
      "Sep", "Oct", "Nov", "Dec");
  /** "9 January 2024", "23 March". */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(?<day>\\d{1,2})\\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\b(?:\\s+(?<year>(?:19|20)\\d\\d))?");
  /** Words before a date that names another event, not this one: "the attacks of October 7", "since Jan. 3". */
  private static final Set<String> REFERENCE_WORDS = Set.of("since", "of", "after", "before", "until", "from");
  /**
   * Participles that date a document, not the event it tells of: "a report published Wednesday",
   * "a statement issued on Sunday". The day is when a count was made known, not when it happened.
   */
  private static final Set<String> PUBLICATION_WORDS = Set.of("published", "released", "issued", "dated");
  /** The longest word read back over from a day to its participle: "Wednesday", "published". */
  private static final int LONGEST_BEFORE_DAY = 9;
  /** "on Monday", "Tuesday's", "late Wednesday". */
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  /** "yesterday", "today", "last night". */
  private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tonight|last night|this morning)\\b", Pattern.CASE_INSENSITIVE);
  /** Words one of which every {@link #RELATIVE_DAY} holds. */
  private static final Literals RELATIVE_DAY_WORDS = Literals.anyOf("day", "night", "morning");
  /** A capitalised name that is not a sentence opener: "Kovac", "Port Valen". */
  static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{Ll}’'-]{2,}(?:\\s+\\p{Lu}[\\p{Ll}’'-]{2,})*");
  private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "He", "She", "They", "It",
      "But", "And", "Asked", "After", "Before", "While", "This", "That", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms", "Dr");

  /** Lower-cased event noun to its kind: "talks" to MEETING. */
  private final Map<String, String> kinds = new LinkedHashMap<>();

  /** The lower-cased event nouns in lexicon order, by their first letter: 'm' to [meeting, march]. */
  private final Map<Character, List<String>> nounsByFirstLetter = new java.util.HashMap<>();

  public EventFramer(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    for (String entry : lexicon.entries("event-nouns")) {
      String[] parts = entry.split("\\|", 2);
      String noun = parts[0].strip().toLowerCase(Locale.ROOT);
      String kind = parts.length > 1 ? parts[1].strip() : noun.toUpperCase(Locale.ROOT);
      if (!noun.isEmpty() && kinds.putIfAbsent(noun, kind) == null) {
        nounsByFirstLetter.computeIfAbsent(noun.charAt(0), c -> new java.util.ArrayList<>()).add(noun);
      }
    }
    for (char c = 0; c < ASCII; c++) {
      nounsByAsciiLetter[c] = nounsByFirstLetter.get(Character.toLowerCase(c));
    }
  }

  /** Characters below this are looked up in {@link #nounsByAsciiLetter}, without boxing the character. */
  private static final int ASCII = 128;

  /**
   * {@link #nounsByFirstLetter} for every ASCII character as it stands in a text, either case: 'M'
   * and 'm' to [meeting, march]; null where no noun starts.
   */
  @SuppressWarnings("unchecked")
  private final List<String>[] nounsByAsciiLetter = new List[ASCII];

  private List<String> nounsStartingWith(char c) {
    return c < ASCII ? nounsByAsciiLetter[c] : nounsByFirstLetter.get(Character.toLowerCase(c));
  }

  public EventFrame frame(String sentence, Optional<LocalDate> published) {
    checkNotNull(sentence, "sentence");
    checkNotNull(published, "published");
    Optional<LocalDate> date = absoluteDate(sentence, published);
    Optional<DayOfWeek> weekday = Optional.empty();
    Matcher wd = WEEKDAY.matcher(sentence.contains("day") ? sentence : ""); // every weekday ends in "day"
    if (findEventDay(wd, sentence)) {
      weekday = Optional.of(weekdayOf(wd));
      if (date.isEmpty()) {
        date = dateOf(weekday.get(), published);
      }
    }
    // Every relative day holds "day", "night" or "morning": most sentences hold none, and skip the scan.
    Matcher rel = RELATIVE_DAY.matcher(RELATIVE_DAY_WORDS.inSentence(sentence) ? sentence : "");
    if (date.isEmpty() && weekday.isEmpty() && rel.find()) {
      date = relativeDate(rel, published);
    }
    if (date.isPresent() && weekday.isEmpty()) {
      weekday = Optional.of(date.get().getDayOfWeek());
    }
    return new EventFrame(date, weekday, date.isPresent(), kind(sentence), participants(sentence));
  }

  /** A day a sentence names, where it stands and what it resolves to (empty without a publication date). */
  private record DayMention(int start, Optional<LocalDate> date, Optional<DayOfWeek> weekday) {}

  /**
   * The days a sentence names, read once ({@link #days}) however many counts it holds: dates,
   * weekdays and "yesterday" as {@link #frame} reads them, and a date a "when" clause hangs on
   * ({@link #WHEN_AFTER}). Immutable.
   */
  public static final class Days {
    private final List<DayMention> mentions;

    private Days(List<DayMention> mentions) {
      this.mentions = List.copyOf(mentions);
    }

    /**
     * The day of {@code frame} for a count at {@code at} of a sentence that names two or more days:
     * the one nearest it, before or after ("denied on Friday that … a blaze started on Thursday,
     * killing 10" dates the ten Thursday; "rose to 40 on Tuesday from 30 on Monday" dates the 30
     * Monday). A sentence of one day or none gives {@code frame} unchanged.
     */
    public EventFrame nearest(EventFrame frame, int at) {
      checkNotNull(frame, "frame");
      if (!frame.namesADay() || mentions.size() < 2) {
        return frame;
      }
      DayMention nearest = mentions.get(0);
      for (DayMention d : mentions) {
        if (Math.abs(d.start() - at) < Math.abs(nearest.start() - at)) {
          nearest = d;
        }
      }
      Optional<LocalDate> date = nearest.date();
      Optional<DayOfWeek> weekday = nearest.weekday().or(() -> date.map(LocalDate::getDayOfWeek));
      return new EventFrame(date, weekday, date.isPresent(), frame.kind(), frame.participants());
    }
  }

  /**
   * A "when" clause right after a date, which the counts in it happened on: "the marches of
   * May 7, 2029 and 2030, when 50,000 and 125,000 came". Such a date names another event
   * for the sentence as a whole, but dates the counts that follow it.
   */
  private static final Pattern WHEN_AFTER = Pattern.compile("(?:\\s{1,3}and\\s{1,3}(?:19|20)\\d\\d)?,\\s{1,3}when\\s");
  /** How far after a date {@link #WHEN_AFTER} is looked for. */
  private static final int WHEN_AFTER_CHARS = 20;

  /** The days {@code sentence} names, for {@link Days#nearest}; read it once per sentence, and only for a frame that {@link EventFrame#namesADay}. */
  public Days days(String sentence, Optional<LocalDate> published) {
    checkNotNull(sentence, "sentence");
    checkNotNull(published, "published");
    List<DayMention> out = new java.util.ArrayList<>();
    if (namesAMonth(sentence)) {
      for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
          if (datesTheEvent(sentence, m.start()) || referenceBefore(sentence, m.start())
              && WHEN_AFTER.matcher(sentence).region(m.end(), Math.min(sentence.length(), m.end() + WHEN_AFTER_CHARS)).lookingAt()) {
            out.add(new DayMention(m.start(), dateOf(m, published), Optional.empty()));
          }
        }
      }
    }
    Matcher wd = WEEKDAY.matcher(sentence.contains("day") ? sentence : "");
    while (wd.find()) {
      if (ownDay(sentence, wd.start())) {
        DayOfWeek day = weekdayOf(wd);
        out.add(new DayMention(wd.start(), dateOf(day, published), Optional.of(day)));
      }
    }
    Matcher rel = RELATIVE_DAY.matcher(RELATIVE_DAY_WORDS.inSentence(sentence) ? sentence : "");
    while (rel.find()) {
      out.add(new DayMention(rel.start(), relativeDate(rel, published), Optional.empty()));
    }
    return new Days(out);
  }

  /** The weekday a {@link #WEEKDAY} match names. */
  private static DayOfWeek weekdayOf(Matcher weekday) {
    return DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
  }

  /** "on Monday" in news means the latest Monday on or before publication; empty without a publication date. */
  private static Optional<LocalDate> dateOf(DayOfWeek day, Optional<LocalDate> published) {
    return published.map(p -> p.with(TemporalAdjusters.previousOrSame(day)));
  }

  /** The day a {@link #RELATIVE_DAY} match names: the day before publication for "yesterday", else publication's. */
  private static Optional<LocalDate> relativeDate(Matcher relative, Optional<LocalDate> published) {
    boolean yesterday = relative.group(1).equalsIgnoreCase("yesterday");
    return published.map(p -> yesterday ? p.minusDays(1) : p);
  }

  /** Every event kind named in {@code text}: "the intrusion … the breach" gives [BREACH]. */
  public Set<String> kindsIn(String text) {
    checkNotNull(text, "text");
    Set<String> out = new java.util.TreeSet<>();
    for (NounHit hit = nextNoun(text, 0); hit != null; hit = nextNoun(text, hit.end())) {
      out.add(kinds.get(hit.noun()));
    }
    return out;
  }

  /**
   * The kind named by the first event noun in {@code sentence}, as {@link #frame} reads it, without
   * the date and participants: "after a 90-minute meeting" gives MEETING.
   */
  public Optional<String> kindOf(String sentence) {
    checkNotNull(sentence, "sentence");
    return kind(sentence);
  }

  /** The kind named by the first event noun in the sentence; at one position the earlier lexicon entry wins. */
  private Optional<String> kind(String sentence) {
    NounHit hit = nextNoun(sentence, 0);
    return hit == null ? Optional.empty() : Optional.of(kinds.get(hit.noun()));
  }

  /** Where an event noun ends in a text, and the noun as the lexicon gives it. */
  private record NounHit(int end, String noun) {}

  /**
   * The first event noun that stands as whole words at or after {@code from}, compared without
   * case; at one position the earlier lexicon entry wins: what "\\b(?:meeting|talks|…)\\b" finds,
   * read by the nouns' first letter so a sentence costs one look per word, not one per noun.
   */
  private NounHit nextNoun(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      // Most characters start no noun: the look-up by letter comes before the test of the one before.
      List<String> candidates = nounsStartingWith(text.charAt(i));
      if (candidates == null || i > 0 && isWordChar(text.charAt(i - 1))) {
        continue;
      }
      for (String noun : candidates) {
        int end = i + noun.length();
        // the word's end first: one character, where the comparison without case reads the whole noun
        if (end <= text.length() && (end == text.length() || !isWordChar(text.charAt(end)))
            && text.regionMatches(true, i, noun, 0, noun.length())) {
          return new NounHit(end, noun);
        }
      }
    }
    return null;
  }

  /** A character of a word, as a regular expression's {@code \\b} reads it. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static Set<String> participants(String sentence) {
    Set<String> out = new TreeSet<>();
    for (String name : names(sentence)) {
      String first = Splits.onSpaces(name)[0];
      if (NOT_NAMES.contains(first) || monthName(first)) {
        continue;
      }
      String[] words = Splits.onSpaces(name);
      out.add(words[words.length - 1]);
    }
    return out;
  }

  /**
   * Every match of {@link #NAME} in {@code text}, read by hand: the pattern's {@code \\b} is tested
   * at every position of every sentence framed. Runs of upper-case, of lower-case letters and
   * apostrophes or hyphens, and of white space are disjoint classes, so greedy reading never gives back.
   */
  static List<String> names(String text) {
    List<String> out = new java.util.ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int end = isUpper(cp) && !WholeWords.wordBefore(text, i) ? nameWordEnd(text, i) : -1;
      if (end < 0) {
        i += Character.charCount(cp);
        continue;
      }
      while (true) {
        int next = end;
        while (next < n && CharClasses.isSpace(text.charAt(next))) {
          next++;
        }
        int more = next > end && next < n && isUpper(text.codePointAt(next)) ? nameWordEnd(text, next) : -1;
        if (more < 0) {
          break;
        }
        end = more;
      }
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }

  /** The end of a capital and two or more lower-case letters, apostrophes or hyphens from {@code at}; -1 for fewer. */
  private static int nameWordEnd(String text, int at) {
    int j = at + Character.charCount(text.codePointAt(at));
    int count = 0;
    while (j < text.length()) {
      int c = text.codePointAt(j);
      if (Character.getType(c) != Character.LOWERCASE_LETTER && c != '’' && c != '\'' && c != '-') {
        break;
      }
      j += Character.charCount(c);
      count++;
    }
    return count >= 2 ? j : -1;
  }

  private static boolean isUpper(int cp) {
    return Character.getType(cp) == Character.UPPERCASE_LETTER;
  }

  /** Whether {@code sentence} holds a month's capitalised first three letters, as both date patterns need. */
  private static boolean namesAMonth(String sentence) {
    for (String month : MONTH_STARTS) {
      if (sentence.contains(month)) {
        return true;
      }
    }
    return false;
  }

  private static boolean monthName(String word) {
    for (Month m : Month.values()) {
      if (m.name().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<LocalDate> absoluteDate(String sentence, Optional<LocalDate> published) {
    if (!namesAMonth(sentence)) {
      // both patterns need a month's first three letters: skip their scan of every number
      return published.isPresent() ? earlierYear(sentence, published.get()) : Optional.empty();
    }
    for (Pattern p : new Pattern[] {MONTH_DAY, DAY_MONTH}) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        if (datesTheEvent(sentence, m.start())) {
          return dateOf(m, published);
        }
      }
    }
    return monthOfYear(sentence, published);
  }

  /**
   * The first month named with its year ({@link #MONTH_YEAR}) at least {@link
   * #MONTH_YEAR_MIN_MONTHS} from the publication's month, as the middle of that month; else an
   * earlier year opening the sentence ({@link #YEAR_OPENING}), as the middle of that year; empty
   * with no publication date, where nothing says how far the month is.
   */
  private static Optional<LocalDate> monthOfYear(String sentence, Optional<LocalDate> published) {
    if (published.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = MONTH_YEAR.matcher(sentence);
    while (m.find()) {
      if (!datesTheEvent(sentence, m.start())) {
        continue;
      }
      LocalDate month = LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")), MID_MONTH);
      long apart = Math.abs(java.time.temporal.ChronoUnit.MONTHS.between(
          published.get().withDayOfMonth(1), month.withDayOfMonth(1)));
      if (apart >= MONTH_YEAR_MIN_MONTHS) {
        return Optional.of(month);
      }
    }
    return earlierYear(sentence, published.get());
  }

  /** The middle of an earlier year than {@code published}'s that opens the sentence ({@link #YEAR_OPENING}), else empty. */
  private static Optional<LocalDate> earlierYear(String sentence, LocalDate published) {
    Matcher year = YEAR_OPENING.matcher(sentence);
    if (year.lookingAt() && Integer.parseInt(year.group("year")) < published.getYear()) {
      return Optional.of(LocalDate.of(Integer.parseInt(year.group("year")), MID_YEAR_MONTH, 1));
    }
    return Optional.empty();
  }

  /**
   * Whether the date starting at {@code start} dates the sentence's event: not another event named
   * after a reference word ("the attacks of October 7"), not a document ("a report published
   * Wednesday"), not a person's other act (", who on Monday led a march").
   */
  private static boolean datesTheEvent(String sentence, int start) {
    return !referenceBefore(sentence, start) && ownDay(sentence, start);
  }

  /** Whether the day starting at {@code start} is the sentence's own: it dates no document and no person's other act. */
  private static boolean ownDay(String sentence, int start) {
    return !datesDocument(sentence, start) && !inPersonsClause(sentence, start);
  }

  /** Moves {@code weekdays} to the first weekday that is the sentence's own ({@link #ownDay}); false when there is none. */
  private static boolean findEventDay(Matcher weekdays, String sentence) {
    while (weekdays.find()) {
      if (ownDay(sentence, weekdays.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the day starting at {@code start} follows a {@link #PUBLICATION_WORDS} participle, with
   * "on" or a weekday and its comma between ("released on Wednesday, November 12").
   */
  private static boolean datesDocument(String sentence, int start) {
    int end = start;
    for (int step = 0; step < 3; step++) {
      int wordEnd = gapStart(sentence, end, DAY_GAPS);
      int wordStart = wordStart(sentence, wordEnd, LONGEST_BEFORE_DAY);
      if (wordStart < 0 || wordStart == wordEnd) {
        return false;
      }
      String word = sentence.substring(wordStart, wordEnd);
      if (PUBLICATION_WORDS.contains(word)) {
        return true;
      }
      if (!word.equals("on") && !WEEKDAY.matcher(word).matches()) {
        return false;
      }
      end = wordStart;
    }
    return false;
  }

  /**
   * Whether the day at {@code start} lies in a relative clause about a person, opened by ", who"
   * in the same stretch between commas: "…put the toll at 44, said Orlov, who on Monday led a
   * march" dates the march, not the toll. A clause about a thing ("the blaze, which broke out on
   * Thursday") dates the event itself and is kept.
   */
  private static boolean inPersonsClause(String sentence, int start) {
    int comma = start - 1;
    while (comma >= 0 && start - comma <= PERSONS_CLAUSE_CHARS && sentence.charAt(comma) != ',') {
      comma--; // read back no further than the clause may reach: a long table sentence is not rescanned per day
    }
    if (comma < 0 || start - comma > PERSONS_CLAUSE_CHARS) {
      return false;
    }
    int i = comma + 1;
    while (i < start && sentence.charAt(i) == ' ') {
      i++;
    }
    return sentence.startsWith("who ", i);
  }

  /** How far before a day a ", who" that opens its clause may be. */
  private static final int PERSONS_CLAUSE_CHARS = 60;

  /** What may stand between a day and the words before it: "released on Wednesday, November 12". */
  private static final String DAY_GAPS = " \t\n,";
  /** White space, as {@link #referenceBefore} steps over it. */
  private static final String WHITE_SPACE = " \t\n\u000B\f\r";
  /** The longest word {@link #REFERENCE_WORDS} holds: "since", "after", "until". */
  private static final int LONGEST_REFERENCE = 5;

  /** Where the run of {@code gaps} characters ending at {@code end} starts. */
  private static int gapStart(String sentence, int end, String gaps) {
    int i = end;
    while (i > 0 && gaps.indexOf(sentence.charAt(i - 1)) >= 0) {
      i--;
    }
    return i;
  }

  /**
   * Where the word of letters, digits and underscores ending at {@code wordEnd} starts; -1 when it
   * is longer than {@code longest}. Read backwards, one word only: a sentence of many dates is not
   * rescanned per date.
   */
  private static int wordStart(String sentence, int wordEnd, int longest) {
    int i = wordEnd;
    while (i > 0 && (Character.isLetterOrDigit(sentence.charAt(i - 1)) || sentence.charAt(i - 1) == '_')) {
      if (wordEnd - i == longest) {
        return -1;
      }
      i--;
    }
    return i;
  }

  /** Whether the word before the white space that ends at {@code end} is a {@link #REFERENCE_WORDS} word. */
  private static boolean referenceBefore(String sentence, int end) {
    int wordEnd = gapStart(sentence, end, WHITE_SPACE);
    int wordStart = wordEnd == end ? -1 : wordStart(sentence, wordEnd, LONGEST_REFERENCE);
    return wordStart >= 0 && REFERENCE_WORDS.contains(sentence.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
  }

  private static Optional<LocalDate> dateOf(Matcher m, Optional<LocalDate> published) {
    Integer year = m.group("year") != null ? Integer.valueOf(m.group("year"))
        : published.map(LocalDate::getYear).orElse(null);
    if (year == null) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(year, month(m.group("month")), Integer.parseInt(m.group("day")));
      if (m.group("year") == null && published.isPresent() && date.isAfter(published.get().plusDays(7))) {
        // "December 29" in an article of January 9 is last year's.
        date = date.minusYears(1);
      }
      return Optional.of(date);
    } catch (DateTimeException e) {
      // "Feb 30" in messy text: no date rather than a wrong one.
      return Optional.empty();
    }
  }

  private static Month month(String prefix) {
    String p = prefix.toUpperCase(Locale.ROOT).substring(0, 3);
    for (Month m : Month.values()) {
      if (m.name().startsWith(p)) {
        return m;
      }
    }
    throw new IllegalArgumentException("not a month: " + prefix);
  }
}
