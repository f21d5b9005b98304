package io.crosscheck.internal.claim;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.internal.CharClasses;
import io.crosscheck.internal.Literals;
import io.crosscheck.internal.Splits;
import io.crosscheck.internal.WholeWords;
import io.crosscheck.internal.link.ClaimLinker;
import io.crosscheck.internal.link.EventFrame;
import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Measure;
import io.crosscheck.model.Polarity;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import io.crosscheck.model.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the claims of one article as frames, given the event the article reports: one claim per
 * attributed statement and one per figure, each with its party, event, topics, polarity and, for a
 * figure, what is counted and when. Pure: the same article and event give the same claims.
 *
 * <p>In an article on a march of March 7, "the union said 3.5 million marched" is a claim of the
 * union about that event, measuring TURNOUT on March 7; "2.5 million marched on January 31" in the
 * same article is about another event, {@code <event>@2023-01-31}.
 */
public final class ClaimReader {
  /** A denial in a claim's own words: "denied", "did not agree", "never accepted", "no deal". */
  private static final WholeWords NEGATION =
      WholeWords.of("not", "never", "no", "denied", "denies", "deny", "denying", "rejected", "rejects");
  /** A figure stated as a correction of an earlier one: "revised the toll to 3,958", "adjusted". */
  private static final WholeWords REVISION = WholeWords.of("revised", "revises", "revising", "revision", "adjusted",
      "adjusts", "adjusting", "corrected", "correction", "updated", "lowered", "downgraded");
  /** A phrase that points at an earlier event: "last month's visit", "the previous protest", "a week earlier". */
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "(?i)\\b(?:last (?:week|month|year)['’]s|the previous|(?:a|one|the) week (?:before|earlier)|the day before)\\b");
  /**
   * Words one of which every {@link #BACK_REFERENCE} holds, each alternative's own: "last" alone
   * ("lasted", "blast") or "week" alone ("six weeks") let most sentences through to the pattern.
   */
  private static final Literals BACK_REFERENCE_WORDS = Literals.anyOf("last week", "last month", "last year", "previous",
      "week before", "week earlier", "day before");
  /** Days between a sentence's date and its event's that still count as the event: a night spanning midnight. */
  static final long SAME_EVENT_DAYS = 1;
  /** Counted nouns that name nobody in particular, so the words around the figure say what is counted. */
  private static final Set<String> UNNAMED_UNITS = Set.of("people", "persons", "individuals",
      "others", "person", "civilians", "residents");
  /** Words either side of a figure where its counted thing may be named: "put the number of marchers at". */
  static final int THING_WORDS = 6;

  private final EventFramer framer;
  private final Topics topics;
  /** What is done to the counted ("killed", "arrested"): a class of its own. */
  private final Map<String, String> thingClasses = new HashMap<>();
  /** Who or what is counted ("protesters", "talks"): a class only when nothing is said of them. */
  private final Map<String, String> topicClasses = new HashMap<>();

  public ClaimReader(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    this.framer = new EventFramer(lexicon);
    this.topics = new Topics(lexicon);
    for (String entry : lexicon.entries("quantity-classes")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2) {
        thingClasses.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
      }
    }
    for (String entry : lexicon.entries("topic-classes")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2) {
        topicClasses.putIfAbsent(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
      }
    }
  }

  /** Claims of one article, attributions first then figures, each in text order; ids are left empty. */
  public List<Claim> read(AnalysedArticle article, Event event) {
    checkNotNull(article, "article");
    checkNotNull(event, "event");
    Optional<LocalDate> reference = article.article().published().or(event::date);
    List<Claim> out = new ArrayList<>();
    Map<String, List<Figure>> carriedBy = ClaimLinker.carriedByAttribution(article.figures());
    Map<String, Attribution> byId = new HashMap<>();
    article.attributions().forEach(a -> byId.putIfAbsent(a.id(), a));
    Map<FramedText, String> eventIds = new HashMap<>(); // by context text and day: a sentence's words are framed once
    Map<String, EventFrame> frames = new HashMap<>(); // one frame per text, for its event and its moment
    Function<String, EventFrame> frameOf = t -> frames.computeIfAbsent(t, u -> framer.frame(u, reference));
    Map<String, EventFramer.Days> days = new HashMap<>(); // the days of a sentence of two or more counts, read once
    Map<String, Boolean> revisions = new HashMap<>(); // a table sentence of 200 figures is searched once
    for (Attribution a : article.attributions()) {
      List<Figure> carried = carriedBy.getOrDefault(a.id(), List.of());
      Optional<Sentence> s = article.text().sentenceAt(a.start());
      String eventId = s.map(x -> context(article, x, a.span()))
          .map(t -> eventIdOf(t, frameOf.apply(t), event, reference, eventIds)).orElse(event.id());
      Polarity polarity = a.stance() == Stance.DENYING || NEGATION.in(a.content()) || WholeWords.contractedNot(a.content())
          ? Polarity.DENIED : Polarity.AFFIRMED;
      out.add(new Claim("", article.id(), a.span(), Optional.of(a), carried, party(a), Optional.of(eventId),
          topics.of(a.content()), polarity, Optional.empty()));
    }
    Map<Integer, Optional<Attribution>> firstOverlapping = new HashMap<>(); // by sentence: each sentence scanned once
    // by subject and unit: an article counts the same "people" and "%" many times, read once each
    Map<String, Set<String>> topicsOf = new HashMap<>();
    Map<Counted, Optional<String>> classOf = new HashMap<>();
    for (Figure f : article.figures()) {
      if (f.kind() == FigureKind.ORDINAL || f.kind() == FigureKind.DATE) {
        continue;
      }
      Optional<Sentence> s = article.text().sentenceAt(f.start());
      String text = s.map(x -> context(article, x, f.span())).orElse(f.text());
      Optional<Attribution> by = f.attribution().map(byId::get).or(() -> s.filter(x -> !sizesAnAudience(f, x))
          .flatMap(x -> firstOverlapping.computeIfAbsent(x.index(), k -> overlapping(article, x))));
      // The day nearest the figure, in a sentence of two: "denied on Friday that … a fire on Thursday killed 10".
      EventFrame whole = frameOf.apply(text);
      EventFrame frame = s.isPresent() && text.length() == s.get().text().length() && whole.namesADay()
          ? days.computeIfAbsent(text, t -> framer.days(t, reference)).nearest(whole, f.start() - s.get().start()) : whole;
      String eventId = s.isPresent() ? eventIdOf(text, frame, event, reference, eventIds) : event.id();
      Optional<LocalDate> moment = f.date().or(frame::date).or(() -> eventId.equals(event.id()) ? event.date() : Optional.empty());
      boolean revised = revisions.computeIfAbsent(text, t -> REVISION.in(t));
      String counted = f.subject().orElse("") + " " + f.unit().orElse("");
      Optional<String> fromSubject = classOf.computeIfAbsent(new Counted(counted, f.kind() == FigureKind.PERCENT),
          c -> classIn(c.words(), f.kind()));
      Measure measure = new Measure(f.id(), fromSubject.orElseGet(() -> thing(f, text, s)), moment, revised);
      out.add(new Claim("", article.id(), f.span(), by, List.of(f),
          by.map(ClaimReader::party).orElse(article.article().outlet().orElse(article.id())), Optional.of(eventId),
          topicsOf.computeIfAbsent(counted, t -> Set.copyOf(topics.of(t))), Polarity.AFFIRMED, Optional.of(measure)));
    }
    return out;
  }

  /**
   * The event a sentence is about: its article's, unless it names a day more than {@link
   * #SAME_EVENT_DAYS} from the event's (other than a later day up to the article's own) or points
   * back at an earlier one ("the previous protest").
   */
  public String eventOf(String sentence, Event event, Optional<LocalDate> reference) {
    return eventOf(sentence, framer.frame(sentence, reference), event, reference);
  }

  /** {@link #eventOf(String, Event, Optional)} with the sentence already framed. */
  private String eventOf(String sentence, EventFrame frame, Event event, Optional<LocalDate> reference) {
    if (frame.date().isPresent() && event.date().isPresent()
        && Math.abs(frame.date().get().toEpochDay() - event.date().get().toEpochDay()) > SAME_EVENT_DAYS
        && !followUp(frame.date().get(), event.date().get(), reference)) {
      return event.id() + "@" + frame.date().get();
    }
    if (BACK_REFERENCE_WORDS.inSentence(sentence) && BACK_REFERENCE.matcher(sentence).find()) {
      return event.id() + "@earlier";
    }
    return event.id();
  }

  /** The longest sentence framed whole; a longer one (a table without full stops) is framed near the claim. */
  private static final int MAX_CONTEXT = 1_000;
  /** How far either side of a claim the words of an over-long sentence are framed. */
  private static final int CONTEXT_REACH = 400;

  /**
   * The words that frame a claim: its sentence, or for an over-long sentence the words within
   * {@link #CONTEXT_REACH} characters of the claim, so framing costs the same for every claim.
   */
  private static String context(AnalysedArticle article, Sentence s, Span at) {
    if (s.span().length() <= MAX_CONTEXT) {
      return s.text();
    }
    int from = Math.max(s.start(), at.start() - CONTEXT_REACH);
    int to = Math.min(s.end(), Math.max(at.end(), from) + CONTEXT_REACH);
    return article.text().body().substring(from, Math.max(from, to));
  }

  /**
   * A day after the event's and no later than the article's own: the story going on ("on Sunday
   * the agency revised the toll" in a Monday report on a Thursday flood), not another event. An
   * earlier day ("the march of January 31") or a later plan is another event.
   */
  private static boolean followUp(LocalDate day, LocalDate eventDay, Optional<LocalDate> published) {
    return day.isAfter(eventDay) && published.isPresent() && !day.isAfter(published.get());
  }

  /** A context text with the day its claim is dated by: the key of the event the claim is about. */
  private record FramedText(String text, Optional<LocalDate> day) {}

  /** {@link #eventOf(String, EventFrame, Event, Optional)}, each text and day read once per article. */
  private String eventIdOf(String text, EventFrame frame, Event event, Optional<LocalDate> reference,
      Map<FramedText, String> eventIds) {
    return eventIds.computeIfAbsent(new FramedText(text, frame.date()), k -> eventOf(text, frame, event, reference));
  }

  /**
   * The words of a figure's subject and unit, and whether it is a percentage: what {@link #classIn}
   * reads to class its counted thing.
   */
  private record Counted(String words, boolean percent) {}

  /**
   * The counted thing's class when its subject and unit name none: from the words around the
   * figure, else its head noun.
   */
  private String thing(Figure f, String text, Optional<Sentence> s) {
    if (s.isPresent()) {
      int at = Math.min(text.length(), Math.max(0, f.start() - s.get().start()));
      int end = Math.min(text.length(), Math.max(at, f.end() - s.get().start()));
      // "accused the protesters of damaging 100 tractors": a figure that names its own counted thing
      // takes no class from the words before it; "said 40 people were …" still reads what follows.
      boolean named = f.unit().filter(u -> !UNNAMED_UNITS.contains(u.toLowerCase(Locale.ROOT))).isPresent();
      // Only the words next to the figure are read: a table sentence holds hundreds of figures. The
      // last THING_WORDS words before it, and the first THING_WORDS after it, one fewer when a space
      // follows it (splitting on spaces gave an empty first word there, which took a word's place);
      // classIn reads words as runs of letters, which no space joins, so the words are read where
      // they stand instead of split out and joined again.
      int from = named ? at : wordsBack(text, at, THING_WORDS);
      int to = wordsOn(text, end, end < text.length() && CharClasses.isSpace(text.charAt(end)) ? THING_WORDS - 1 : THING_WORDS);
      Optional<String> fromNear = classIn(text.substring(from, at) + ' ' + text.substring(end, to), f.kind());
      if (fromNear.isPresent()) {
        return fromNear.get();
      }
    }
    return f.kind() + ":" + f.unit().or(f::subject).map(x -> Splits.onSpaces(x.toLowerCase(Locale.ROOT))[0]).orElse("");
  }

  /**
   * Where the last {@code n} words before {@code to} begin, with the space before them: splitting
   * from there on whitespace ends in the words splitting the whole prefix would end in.
   */
  static int wordsBack(String text, int to, int n) {
    int i = to;
    int seen = 0;
    while (i > 0) {
      while (i > 0 && CharClasses.isSpace(text.charAt(i - 1))) {
        i--;
      }
      if (i == 0 || seen == n) {
        break;
      }
      while (i > 0 && !CharClasses.isSpace(text.charAt(i - 1))) {
        i--;
      }
      seen++;
    }
    return i;
  }

  /** Where the first {@code n} words from {@code from} end: splitting up to there starts as splitting the rest would. */
  static int wordsOn(String text, int from, int n) {
    int i = from;
    for (int seen = 0; seen < n && i < text.length(); seen++) {
      while (i < text.length() && CharClasses.isSpace(text.charAt(i))) {
        i++;
      }
      while (i < text.length() && !CharClasses.isSpace(text.charAt(i))) {
        i++;
      }
    }
    return i;
  }

  /**
   * The class of the first word of {@code text} that names one; words are runs of letters and
   * hyphens. A share class names percentages only: "a turnout of 9,000" counts who came, so for a
   * figure of another kind the word is read as who is counted.
   */
  private Optional<String> classIn(String text, FigureKind kind) {
    String lower = text.toLowerCase(Locale.ROOT);
    String[] found = {null, null};
    Splits.runs(lower, ClaimReader::isThingChar, (start, end) -> {
      String word = lower.substring(start, end);
      String thing = thingClasses.get(word);
      found[0] = thing != null && (kind == FigureKind.PERCENT || !Lexicon.isShareClass(thing)) ? thing : null;
      if (found[1] == null && found[0] == null) {
        found[1] = topicClasses.get(word);
      }
      return found[0] == null;
    });
    // "1,000 protesters killed": what was done to them is the count's class, not who they were.
    return Optional.ofNullable(found[0]).or(() -> Optional.ofNullable(found[1]));
  }

  private static boolean isThingChar(int cp) {
    return cp == '-' || Character.isLetter(cp);
  }

  /** The entity the statement belongs to: the linked entity id, else the source's name. */
  private static String party(Attribution a) {
    return a.source().entity().orElse(a.source().name());
  }

  /**
   * The size of the crowd a speaker addressed, told by the writer beside the quote: "…," she told
   * a crowd of 9,000; "he spoke before an audience of 300". It is no part of what was said.
   */
  private static boolean sizesAnAudience(Figure f, Sentence s) {
    int at = Math.max(0, Math.min(s.text().length(), f.start() - s.start()));
    // every match ends in "of" and a space: most figures have no such word before them
    return s.text().startsWith("of ", Math.max(0, at - 3))
        && AUDIENCE.matcher(s.text()).region(Math.max(0, at - AUDIENCE_CHARS), at).find();
  }

  /** The words before an audience's size: "told an estimated crowd of", "told an audience of", "before a crowd of". */
  private static final Pattern AUDIENCE = Pattern.compile(
      "(?i)\\b(?:to|before|told|addressed|addressing)\\s{1,3}(?:an?|the)\\s{1,3}(?:estimated\\s{1,3})?(?:crowd|audience)\\s{1,3}of\\s{1,3}$");
  /** How far before a figure {@link #AUDIENCE} is looked for. */
  private static final int AUDIENCE_CHARS = 50;

  private static Optional<Attribution> overlapping(AnalysedArticle article, Sentence s) {
    for (Attribution a : article.attributions()) {
      if (a.span().overlaps(s.span())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
