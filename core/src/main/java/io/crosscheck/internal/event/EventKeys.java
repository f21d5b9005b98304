package io.crosscheck.internal.event;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.internal.CharClasses;
import io.crosscheck.internal.Splits;
import io.crosscheck.internal.claim.Topics;
import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The per-article half of event clustering, a pure function: one analysed article in, its event
 * signature and blocking keys out. It reads nothing but the article, so a distributed run maps it
 * over articles independently.
 *
 * <p>An article headed "Floods sweep Valen" published 2025-04-02, naming Valen five times and the
 * mayor Dorn twice, gives {@code keys=[name:valen, name:dorn]}, kind DISASTER, date 2025-04-02.
 * Without a header the date comes from a dateline ("VALEN, April 2, 2025 –"), else stays unknown:
 * the article then meets others by its names alone.
 */
public final class EventKeys {
  /**
   * A run of capitalised words: "Port Valen", "Ana Kovac", "CGT". Bounded so it stays linear. Read
   * by hand ({@link #nextName}); the pattern is the definition the reading is tested against.
   */
  static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’'&-]{1,30}(?:[ \\t]\\p{Lu}[\\p{L}’'&-]{1,30}){0,3}");
  /** A word before a name that makes it a place: "in Valen", "near Port Alva". */
  private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "across", "outside", "around");
  /** Characters before a name searched for a place word: "outside " and no more. */
  private static final int PLACE_REACH = 8;
  /** Characters before a name searched for a sentence start. */
  private static final int SENTENCE_START_REACH = 4;
  /** Marks that end a sentence or open a quotation before a name. */
  private static final String SENTENCE_STOPS = ".!?:\"“”";
  /** A lower-case tail after a hyphen, dropped from a name: "Orlan-cut" gives "Orlan"; "Okafor-Lund" stays. */
  private static final Pattern LOWER_TAIL = Pattern.compile("-\\p{Ll}[\\p{L}-]{0,30}$");
  /** A participle opening a sentence, not a name: "Asked", "Speaking", "Following". */
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{Lu}\\p{Ll}{1,30}(?:ed|ing)");
  /** Names an article keeps for comparing with others. */
  static final int SALIENT_NAMES = 8;
  /** Names that become blocking keys: the article meets every article sharing one of these. */
  static final int KEY_NAMES = 4;
  /** Letters of a lead word kept for comparing leads. */
  static final int STEM = 6;
  /** Sentences of the lead that carry the article's kind, dateline and content words. */
  static final int LEAD_SENTENCES = 3;
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private final EventFramer framer;
  private final Topics topics;
  private final Set<String> functionWords;

  public EventKeys(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    this.framer = new EventFramer(lexicon);
    this.topics = new Topics(lexicon);
    this.functionWords = new HashSet<>(lexicon.entries("function-words"));
    functionWords.addAll(lexicon.entries("topic-stopwords"));
    // "Six hours", "Nearly two million" in a headline are not names.
    // "President", "Ministry", "Union": titles and institution heads name no one event.
    for (String list : List.of("number-words", "qualifiers", "role-words", "institution-nouns", "organisation-heads")) {
      for (String entry : lexicon.entries(list)) {
        functionWords.add(entry.split("\\|", 2)[0].strip().toLowerCase(Locale.ROOT));
      }
    }
  }

  /** The article's signature and blocking keys; the same article always gives the same keys. */
  public ArticleKeys keys(AnalysedArticle article) {
    checkNotNull(article, "article");
    String title = article.article().title().orElse("");
    String body = article.text().body();
    List<Sentence> sentences = article.text().sentences();
    StringBuilder lead = new StringBuilder(title);
    for (int i = 0; i < Math.min(LEAD_SENTENCES, sentences.size()); i++) {
      lead.append(' ').append(sentences.get(i).text());
    }
    Set<String> lowerWords = lowerCaseWords(title, body);
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> places = new TreeSet<>();
    String outlet = ownName(article.article().outlet());
    countNames(title, outlet, lowerWords, counts, places);
    // A place the headline names is where the event is, however seldom the body repeats it:
    // "Shipwreck in Pylos" over a story that names only the port the survivors reached.
    Set<String> headlinePlaces = Set.copyOf(places);
    countNames(body, outlet, lowerWords, counts, places);
    List<String> names = salient(counts, headlinePlaces);
    EventSignature signature = new EventSignature(kind(lead.toString()), date(article, sentences), names,
        counts.keySet(), filter(places, names), contentWords(lead.toString()));
    List<String> keys = new ArrayList<>();
    for (String n : names.subList(0, Math.min(KEY_NAMES, names.size()))) {
      keys.add("name:" + n);
    }
    if (names.isEmpty() && signature.date().isPresent()) {
      keys.add("day:" + signature.date().get()); // an article that names no one meets others of its day by content
    }
    return new ArticleKeys(article.id(), signature, keys);
  }

  /**
   * The outlet's name as a name run reads it, lower case and without a leading article ("shafaq
   * news" of "Shafaq News", "straits times" of "The Straits Times"); empty for no outlet.
   */
  private String ownName(Optional<String> outlet) {
    List<String> words = blankSeparated(outlet.orElse("").strip());
    int first = 0;
    while (first < words.size() && ignorable(words.get(first))) {
      first++;
    }
    return String.join(" ", words.subList(first, words.size())).toLowerCase(Locale.ROOT);
  }

  /**
   * Counts the names of {@code text}. The article's own outlet, crediting itself ("Shafaq News
   * agency obtained a document"), names no one in the event: its name run is skipped.
   */
  private void countNames(String text, String outlet, Set<String> lowerWords, Map<String, Integer> counts, Set<String> places) {
    for (long found = nextName(text, 0); found != NO_NAME; found = nextName(text, (int) found)) {
      int start = (int) (found >>> Integer.SIZE);
      List<String> words = blankSeparated(text.substring(start, (int) found));
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (w.indexOf('-') >= 0) {
          words.set(i, LOWER_TAIL.matcher(w).replaceFirst(""));
        }
      }
      int first = 0;
      while (first < words.size() && ignorable(words.get(first))) {
        first++;
      }
      if (first == words.size() || !outlet.isEmpty()
          && withoutPossessive(String.join(" ", words.subList(first, words.size())).toLowerCase(Locale.ROOT)).equals(outlet)) {
        continue;
      }
      boolean atStart = sentenceStartBefore(text, start);
      String only = words.get(first);
      if (first == words.size() - 1 && (atStart || first > 0)
          && (lowerWords.contains(only.toLowerCase(Locale.ROOT)) || PARTICIPLE.matcher(only).matches())) {
        continue; // "Officials said", "The Police", "Asked about …": ordinary words that open a sentence
      }
      boolean place = placeWordBefore(text, start);
      // Every word of a name counts: "Kestrel Telecom" and "Kestrel's" meet on "kestrel".
      for (int i = first; i < words.size(); i++) {
        String key = withoutPossessive(words.get(i).toLowerCase(Locale.ROOT));
        if (key.length() < 2 || ignorable(words.get(i))) {
          continue;
        }
        counts.merge(key, 1, Integer::sum);
        if (place) {
          places.add(key);
        }
      }
    }
  }

  /** What {@link #nextName} gives when no name follows. */
  static final long NO_NAME = -1L;
  /** The most words of one {@link #NAME} run, and the most characters after each word's capital. */
  private static final int NAME_WORDS = 4;
  private static final int NAME_WORD_TAIL = 30;

  /**
   * The first match of {@link #NAME} at or after {@code from}, as {@code find} gives it, read by
   * hand: the pattern's attempt at every character was a fifth of the keys of an article. Start and
   * end packed as {@code start << 32 | end}; {@link #NO_NAME} when none. Each word's tail is taken
   * whole up to its bound and the next word is tried after it, as the greedy pattern takes them
   * (no word can give back characters: a blank never stands in a tail).
   */
  static long nextName(String text, int from) {
    int n = text.length();
    for (int i = from; i < n; i++) {
      int end = nameWordEnd(text, i, n);
      if (end < 0) {
        continue;
      }
      for (int w = 1; w < NAME_WORDS && end + 1 < n && (text.charAt(end) == ' ' || text.charAt(end) == '\t'); w++) {
        int next = nameWordEnd(text, end + 1, n);
        if (next < 0) {
          break;
        }
        end = next;
      }
      return (long) i << Integer.SIZE | end;
    }
    return NO_NAME;
  }

  /**
   * Where one word of a {@link #NAME} run that starts at {@code at} ends: a capital ({@code \p{Lu}})
   * and one to {@link #NAME_WORD_TAIL} letters, apostrophes, ampersands or hyphens; -1 when none starts there.
   */
  private static int nameWordEnd(String text, int at, int n) {
    int cp = text.codePointAt(at);
    if (Character.getType(cp) != Character.UPPERCASE_LETTER) {
      return -1;
    }
    int e = at + Character.charCount(cp);
    int tail = 0;
    while (tail < NAME_WORD_TAIL && e < n) {
      int c = text.codePointAt(e);
      if (!Character.isLetter(c) && c != '’' && c != '\'' && c != '&' && c != '-') {
        break;
      }
      e += Character.charCount(c);
      tail++;
    }
    return tail == 0 ? -1 : e;
  }

  private boolean ignorable(String word) {
    String w = withoutPossessive(word.toLowerCase(Locale.ROOT));
    return functionWords.contains(w) || CALENDAR.contains(w);
  }

  /** The words of a name match, which holds single spaces or tabs between words. */
  private static List<String> blankSeparated(String name) {
    List<String> out = new ArrayList<>(4);
    int from = 0;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == ' ' || name.charAt(i) == '\t') {
        out.add(name.substring(from, i));
        from = i + 1;
      }
    }
    return out;
  }

  /** The word without a possessive ending: "valen's" and "valens'" lose the apostrophe and its s. */
  static String withoutPossessive(String word) {
    int n = word.length();
    if (n >= 1 && isApostrophe(word.charAt(n - 1))) {
      return word.substring(0, n - 1);
    }
    if (n >= 2 && word.charAt(n - 1) == 's' && isApostrophe(word.charAt(n - 2))) {
      return word.substring(0, n - 2);
    }
    return word;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /**
   * Whether a sentence starts just before {@code at}: the text start, a line break among the
   * (up to four) spaces before it, or one to three spaces after a stop, colon or quotation mark.
   */
  static boolean sentenceStartBefore(String text, int at) {
    if (at == 0) {
      return true;
    }
    int from = Math.max(0, at - SENTENCE_START_REACH);
    int i = at;
    while (i > from && CharClasses.isSpace(text.charAt(i - 1))) {
      i--;
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    int spaces = at - i;
    return spaces >= 1 && spaces <= 3 && i > from && SENTENCE_STOPS.indexOf(text.charAt(i - 1)) >= 0;
  }

  /** Whether a place preposition and one space stand just before {@code at}, within {@link #PLACE_REACH} characters. */
  static boolean placeWordBefore(String text, int at) {
    int from = Math.max(0, at - PLACE_REACH);
    if (at - 1 < from || !CharClasses.isSpace(text.charAt(at - 1))) {
      return false;
    }
    int end = at - 1;
    int start = end;
    while (start > from && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start > from && isBoundaryWordChar(text.charAt(start - 1))) {
      return false;
    }
    return PLACE_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static boolean isBoundaryWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** Names by weight, heaviest first, ties in order of first mention; a name seen once only in the body is dropped. */
  private static List<String> salient(Map<String, Integer> counts, Set<String> headlinePlaces) {
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    // A short article names its event once: "Tug crews counted 31 ships off Kelport on Tuesday."
    int least = entries.stream().anyMatch(e -> e.getValue() >= 2) ? 2 : 1;
    entries.removeIf(e -> e.getValue() < least && !headlinePlaces.contains(e.getKey()));
    entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : entries.subList(0, Math.min(SALIENT_NAMES, entries.size()))) {
      out.add(e.getKey());
    }
    return out;
  }

  private static Set<String> filter(Set<String> places, List<String> names) {
    Set<String> out = new TreeSet<>(places);
    out.retainAll(names);
    return out;
  }

  /**
   * The spaces after a full stop, question or exclamation mark, where the lead is cut into sentences
   * for {@link #kind}: compiled once, where {@code String.split} compiled it for every article.
   */
  private static final Pattern LEAD_SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");

  /** The kind the lead names most often; ties go to the alphabetically first kind. */
  private Optional<String> kind(String lead) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String sentence : LEAD_SENTENCE_BREAK.split(lead)) {
      for (String k : framer.kindsIn(sentence)) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
  }

  /** The publication date, else an absolute date in the first sentence (a dateline). */
  private Optional<LocalDate> date(AnalysedArticle article, List<Sentence> sentences) {
    Optional<LocalDate> published = article.article().published();
    if (published.isPresent() || sentences.isEmpty()) {
      return published;
    }
    return framer.frame(sentences.get(0).text(), Optional.empty()).date();
  }

  /**
   * Topics of the lead, synonyms folded ("died" and "killed" are KILLED) and cut to a stem of
   * {@link #STEM} letters ("committed" and "commitment" meet), calendar words left out.
   */
  private Set<String> contentWords(String text) {
    Set<String> out = new TreeSet<>();
    for (String t : topics.of(text)) {
      if (!CALENDAR.contains(t)) {
        String w = t.length() > Topics.MIN_LETTERS && t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
        out.add(w.length() > STEM ? w.substring(0, STEM) : w);
      }
    }
    return out;
  }

  /** The lower-case words of the texts (runs of letters, apostrophes and hyphens starting lower-case), read by hand. */
  static Set<String> lowerCaseWords(String... texts) {
    Set<String> out = new HashSet<>();
    for (String text : texts) {
      Splits.runs(text, EventKeys::isWordPart, (start, end) -> {
        if (Character.isLowerCase(text.charAt(start))) {
          out.add(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        return true;
      });
    }
    return out;
  }

  private static boolean isWordPart(int cp) {
    return Character.isLetter(cp) || cp == '’' || cp == '\'' || cp == '-';
  }

}
