package io.crosscheck.compare;

import io.crosscheck.internal.Splits;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Interval;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides whether two figures measure the same quantity, from their kind, counted thing, subject
 * classes ({@code quantity-classes} lexicon) and scope; converts durations to minutes.
 *
 * <p>"212 civilians killed" and "at least 340 civilians killed" are one quantity; "129 hostages
 * remain" and "over 240 abducted" are not (HELD vs TAKEN); "about 9,000 people" and "20,000
 * people" are not comparable at all (no class says what about the people is counted).
 */
final class Quantities {
  /**
   * What a figure measures, read once: {@code bucket} groups figures that may be compared (kind
   * and classes); {@code head} is the counted thing, empty when the subject names only the class.
   */
  record Key(String bucket, Optional<String> head, Optional<String> unit, Optional<String> scope, Optional<Double> minutes,
      Set<String> context, boolean byNoun, Reading reading) {

    /** The quantity alone, without the words around one figure: one finding per quantity and pair of articles. */
    String quantity() {
      return bucket + "|" + head.orElse("") + "|" + unit.orElse("") + "|" + scope.orElse("") + "|" + minutes.orElse(0.0);
    }
  }

  /** How a key's class was read, where it matters for matching heads. */
  enum Reading {
    /** The counted noun is the class itself: "37 deaths", "12 fatalities"; it counts whoever the subject of another class names. */
    CLASS_NOUN,
    /** The subject names the class beside its own noun: "23 migrants were killed". */
    OWN_CLASS,
    /** Any other: a class read from the words around the figure, a duration, a noun alone. */
    OTHER
  }

  /**
   * The canonical head of "people", "persons", "victims": a count of people says nothing of what
   * about them is counted ("485 people were admitted", "a nation of 21 million people"), so only a
   * class keys it.
   */
  private static final String PEOPLE = "people";

  /** Words around a figure that say what is done with the counted thing ("waiting", "anchor"). */
  static final int MIN_SHARED_PREDICATE = 2;

  private final Map<String, String> classes = new HashMap<>();
  /** The first words of two-word class entries ("shot" of "shot down"): no other word is joined to the next to be looked up. */
  private final Set<String> pairFirsts = new java.util.HashSet<>();
  private final Map<String, Double> minutes = new HashMap<>();
  /** "vessels" and "ships" are one counted thing ({@code word-groups}). */
  private final WordGroups groups;
  /** "accounts", "records": nouns that carry the counted thing before them. */
  private final Set<String> recordNouns;
  /** "said", "told": a speech verb in a subject ("arrested said") reports the count, it is never what is counted. */
  private final Set<String> speechVerbs;
  /** "toll", "deaths": nouns that name a count by its event ({@code count-event-nouns}), so no other subject word is its head. */
  private final Set<String> tollNouns = new java.util.HashSet<>();

  Quantities(Lexicon lexicon) {
    this.groups = new WordGroups(lexicon);
    this.recordNouns = new java.util.HashSet<>(lexicon.entries("record-nouns"));
    this.speechVerbs = new java.util.HashSet<>(lexicon.entries("speech-verbs"));
    for (String entry : lexicon.entries("count-event-nouns")) {
      tollNouns.add(entry.split("\\|", 2)[0].strip().toLowerCase(Locale.ROOT));
    }
    for (String entry : lexicon.entries("quantity-classes")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2) {
        String phrase = parts[0].strip().toLowerCase(Locale.ROOT);
        classes.put(phrase, parts[1].strip());
        int space = phrase.indexOf(' ');
        if (space > 0) {
          pairFirsts.add(phrase.substring(0, space));
        }
      }
    }
    for (String entry : lexicon.entries("duration-units")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2) {
        minutes.put(parts[0].strip().toLowerCase(Locale.ROOT), Double.valueOf(parts[1].strip()));
      }
    }
  }

  /**
   * Whether {@link #key} or {@link #elapsedKey} may key the figure at all: a date, an ordinal ("fourth
   * trip"), a bare number or a figure with no subject never has a key, whatever its sentence says.
   * Read before any text around the figure is cut out for a key.
   */
  static boolean keyable(Figure f) {
    return keyedByClass(f) || keyedByElapsed(f);
  }

  /** The classes whose durations are compared: a meeting's length, a delay's length. Other durations ("a 30-year sentence") are not. */
  private static final Set<String> TIMED = Set.of("MEETING", "DELAY");

  /** A figure {@link #key} reads: one of a measured kind, with a subject. */
  private static boolean keyedByClass(Figure f) {
    return f.kind() != FigureKind.ORDINAL && f.kind() != FigureKind.DATE && f.kind() != FigureKind.OTHER
        && f.subject().isPresent();
  }

  /** A figure {@link #elapsedKey} reads: a duration. */
  private static boolean keyedByElapsed(Figure f) {
    return f.kind() == FigureKind.DURATION;
  }

  /** The figure's key, or empty when it can never be compared (ordinals, no subject, no class). */
  Optional<Key> key(Figure f) {
    return key(f, "", Set.of(), new HashMap<>());
  }

  /** What {@link SubjectReading} is read from: a figure's subject, unit and kind. */
  record SubjectOf(String subject, Optional<String> unit, FigureKind kind) {}

  /**
   * What a figure's subject, unit and kind alone say of its key, whatever the words around it: the
   * classes its subject names and its counted thing. Figures of one batch repeat a few subjects
   * ("people killed"), so a check reads each once ({@link #key(Figure, String, Set, Map)}).
   */
  record SubjectReading(Set<String> classes, Optional<String> head, boolean ownVerb) {}

  private SubjectReading subjectReading(Figure f) {
    // The subject's words, read once: the classes and the head are both read from them.
    List<String> subjectWords = Texts.words(f.subject().get());
    Optional<String> head = head(f, subjectWords);
    return new SubjectReading(java.util.Collections.unmodifiableSet(ofKind(classes(subjectWords), f.kind())),
        head, f.unit().isPresent() && hasOwnVerb(subjectWords, f.unit().get()));
  }

  /** The shortest word read as a past verb by its ending: "involved". */
  private static final int MIN_VERB = 5;

  /**
   * Whether the subject holds, after the counted noun, a past verb of the count's own that names no
   * class ("two passenger trains involved"): what is done with the counted thing is said, so no class
   * is borrowed from the words around it ("40 people died in a crash that involved two
   * passenger trains"). "unmanned aerial vehicles" holds its "-ed" word before the noun.
   */
  private boolean hasOwnVerb(List<String> subjectWords, String unit) {
    List<String> unitWords = Texts.words(unit);
    int at = unitWords.isEmpty() ? -1 : subjectWords.indexOf(unitWords.get(unitWords.size() - 1));
    for (int k = at + 1; at >= 0 && k < subjectWords.size(); k++) {
      String w = subjectWords.get(k);
      if (w.length() >= MIN_VERB && w.endsWith("ed") && !classes.containsKey(w)
          && !speechVerbs.contains(w) && !QUALIFYING_PARTICIPLES.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Participles that hedge or record a count rather than say what is done with it ("40 people
   * believed", "recorded"); the speech verbs among them ("estimated", "reported") are read as such.
   */
  private static final Set<String> QUALIFYING_PARTICIPLES = Set.of("believed", "feared", "presumed", "expected",
      "registered", "recorded");

  /**
   * The figure's key, reading the class from {@code near} (the words around the figure) when the
   * subject names none: "312 people had died" is KILLED, "tariffs of up to 20%" is TARIFF. With no
   * class at all a count is keyed by its counted noun ("40 ships"), and {@link #same} then asks
   * for shared predicate words ("waiting at anchor"). {@code stopWords} filter the context words;
   * {@code readings} holds the subject readings already made, by what they are read from, and gains this figure's.
   */
  Optional<Key> key(Figure f, String near, Set<String> stopWords, Map<SubjectOf, SubjectReading> readings) {
    if (!keyedByClass(f)) {
      return Optional.empty();
    }
    SubjectReading reading = readings.computeIfAbsent(new SubjectOf(f.subject().get(), f.unit(), f.kind()),
        k -> subjectReading(f));
    Set<String> found = reading.classes();
    Optional<Double> length = f.kind() == FigureKind.DURATION ? toMinutes(f) : Optional.empty();
    if (found.isEmpty() && f.kind() != FigureKind.DURATION && !reading.ownVerb()) {
      // A share is named beside its percentage ("turnout was 61%"): "won 47.9% and turnout was
      // nearly 62%" does not lend the 47.9% the turnout.
      found = withoutShares(classes(near));
    }
    Optional<String> head = reading.head();
    if (found.isEmpty() && f.kind() == FigureKind.COUNT && head.isPresent() && !near.isEmpty() && !head.get().equals(PEOPLE)) {
      Set<String> context = context(f, near, stopWords);
      context.removeIf(w -> Texts.sameStem(w, head.get()));
      return Optional.of(new Key("COUNT NOUN " + head.get(), head, f.unit().map(Subjects::key),
          f.scope().map(Subjects::key), Optional.empty(), context, true, Reading.OTHER));
    }
    if (found.isEmpty() || (f.kind() == FigureKind.DURATION && (java.util.Collections.disjoint(found, TIMED) || length.isEmpty()))) {
      return Optional.empty(); // decided before the words around the figure are read: most keyable figures get no key
    }
    boolean classNoun = f.unit().isPresent() && classes.containsKey(f.unit().get().toLowerCase(Locale.ROOT));
    Reading how = classNoun ? Reading.CLASS_NOUN : reading.classes().isEmpty() ? Reading.OTHER : Reading.OWN_CLASS;
    return Optional.of(new Key(f.kind() + " " + found, head, f.unit().map(Subjects::key),
        f.scope().map(Subjects::key), length, context(f, near, stopWords), false, how));
  }

  /** The content words of {@code near} that are neither class words nor the figure's unit, sorted: a key's context. */
  private Set<String> context(Figure f, String near, Set<String> stopWords) {
    Set<String> context = new TreeSet<>();
    for (String w : Texts.commonWords(near, stopWords)) {
      if (!classes.containsKey(w) && !w.equals(f.unit().orElse(""))) {
        context.add(w);
      }
    }
    return context;
  }

  /**
   * The key of a duration that measures the time from an event's start to what the sentence
   * reports ("six hours after the march began, the council said …", "seven hours into the march"):
   * class ELAPSED, in minutes. Empty for any other figure or a unit with no length.
   */
  Optional<Key> elapsedKey(Figure f, Set<String> context) {
    if (!keyedByElapsed(f)) {
      return Optional.empty();
    }
    return toMinutes(f).map(m -> new Key("DURATION [ELAPSED]", Optional.empty(), f.unit().map(Subjects::key), Optional.empty(),
        Optional.of(m), context, false, Reading.OTHER));
  }

  /** True when two keys measure the same thing (values not compared). */
  static boolean same(Key a, Key b) {
    if (!a.bucket().equals(b.bucket())) {
      return false;
    }
    if (a.scope().isPresent() && b.scope().isPresent() && !a.scope().equals(b.scope())) {
      return false;
    }
    if (a.bucket().startsWith("DURATION")) {
      return true;
    }
    if (a.byNoun() && Texts.overlap(a.context(), b.context()) < MIN_SHARED_PREDICATE) {
      return false;
    }
    if (a.bucket().startsWith("MONEY") && !a.unit().equals(b.unit())) {
      return false;
    }
    if (a.reading() == Reading.CLASS_NOUN != (b.reading() == Reading.CLASS_NOUN)) {
      // "37 deaths" counts "23 migrants were killed", whoever died, but not "200 officers" that the
      // words around them class
      Key other = a.reading() == Reading.CLASS_NOUN ? b : a;
      return other.head().isEmpty() || other.reading() == Reading.OWN_CLASS;
    }
    return a.head().isEmpty() || b.head().isEmpty() || a.head().equals(b.head());
  }

  /** The interval to compare: minutes for durations, the figure's own otherwise. */
  static Interval comparable(Figure f, Key key) {
    if (key.minutes().isEmpty()) {
      return f.interval();
    }
    double factor = key.minutes().get();
    Interval i = f.interval();
    return new Interval(i.low() * factor, i.high() * factor);
  }

  /** What a unit loses before it is looked up as a duration: "hours." gives "hours". Compiled once, not per figure. */
  private static final Pattern NOT_UNIT_LETTER = Pattern.compile("[^a-z-]");

  private Optional<Double> toMinutes(Figure f) {
    Optional<String> unit = f.unit().or(() -> f.subject().map(s -> Splits.onSpaces(s)[0]));
    return unit.map(u -> minutes.get(NOT_UNIT_LETTER.matcher(u.toLowerCase(Locale.ROOT)).replaceAll("")));
  }

  /**
   * The unit, else the first subject word that is not a class word ("civilians killed" gives
   * "civilian"); a one-word head is read through its word group, so "40 vessels" and "28 ships"
   * count one thing.
   */
  private Optional<String> head(Figure f, List<String> subjectWords) {
    return rawHead(f, subjectWords).map(h -> h.contains(" ") ? h : groups.canonical(java.util.List.of(h)).iterator().next());
  }

  private Optional<String> rawHead(Figure f, List<String> subjectWords) {
    Optional<String> compound = groups.leadingPhrase(subjectWords);
    if (compound.isPresent()) {
      return compound; // "343 unmanned aerial vehicles": the compound names the thing, not its last word
    }
    if (f.unit().isPresent()) {
      Optional<String> carried = carriedHead(f, subjectWords);
      return carried.or(() -> Optional.of(Subjects.key(f.unit().get()))).filter(k -> !k.isEmpty());
    }
    if (f.kind() == FigureKind.COUNT && subjectWords.stream().anyMatch(tollNouns::contains)) {
      return Optional.empty(); // "the toll from floods in the eastern city has soared to 900": the toll counts the dead
    }
    for (String w : subjectWords) {
      if (!classes.containsKey(w) && !speechVerbs.contains(w)) {
        return Optional.of(Subjects.key(w));
      }
    }
    return Optional.empty();
  }

  /**
   * "3 million customer accounts" counts customers: the word before a record noun ({@code
   * record-nouns}) that is the figure's unit, when the subject opens with that compound.
   */
  private Optional<String> carriedHead(Figure f, List<String> words) {
    String unit = f.unit().get().toLowerCase(Locale.ROOT);
    if (words.size() >= 2 && recordNouns.contains(unit) && words.get(1).equals(unit) && !classes.containsKey(words.get(0))) {
      return Optional.of(Subjects.key(words.get(0)));
    }
    return Optional.empty();
  }

  private static Set<String> withoutShares(Set<String> classes) {
    return ofKind(classes, FigureKind.COUNT);
  }

  /** {@code classes} without the share classes unless {@code kind} is a percentage: "a turnout of 9,000" counts marchers. */
  private static Set<String> ofKind(Set<String> classes, FigureKind kind) {
    if (kind == FigureKind.PERCENT || classes.stream().noneMatch(Lexicon::isShareClass)) {
      return classes;
    }
    Set<String> out = new TreeSet<>(classes);
    out.removeIf(Lexicon::isShareClass);
    return out;
  }

  Set<String> classes(String subject) {
    return classes(Texts.words(subject));
  }

  private Set<String> classes(List<String> words) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < words.size(); i++) {
      String c = classes.get(words.get(i));
      if (c != null) {
        out.add(c);
      }
      // A verb and its particle name a class together: "shot down" (INTERCEPTED) is not "shot".
      String pair = i + 1 < words.size() && pairFirsts.contains(words.get(i))
          ? classes.get(words.get(i) + " " + words.get(i + 1)) : null;
      if (pair != null) {
        out.add(pair);
      }
    }
    return out;
  }
}
