package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.internal.link.EventFrame;
import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags the same measured quantity stated with incompatible values (NUMERIC_CONFLICT).
 *
 * <p>"at least 41 people were killed in the blast on Monday" and "27 people were killed in the
 * blast on Monday" conflict; "more than 30" and "up to 33" do not (the intervals meet); killed vs
 * injured, or a toll on Monday vs Tuesday, are different quantities and are never compared.
 * Conservative by design: both figures need the same counted thing, subject class, scope and
 * event ({@link Quantities}); ordinals ("fourth trip", "fifth visit") are never compared.
 */
final class NumericConflictRule implements Check {
  /** How far either side of a figure its event noun may be: "a 90-minute one-on-one meeting". */
  private static final int NEAR_CHARS = 40;

  /** Words either side of a figure that may name its class or predicate: "tariffs of up to 20% on machinery". */
  private static final int CONTEXT_WORDS = 6;
  /** The quantity classes of counts that only grow: see {@link #isCumulative}. */
  private static final Pattern CUMULATIVE_CLASS = Pattern.compile("\\b(?:KILLED|INJURED)\\b");
  /** How far above one party's floor another party's count must lie to be a second toll: a quarter. */
  private static final double FLOOR_MARGIN = 1.25;

  /** Two statements of a standing ceiling published this many days apart describe one schedule. */
  private static final long STANDING_DAYS = 7;

  /** Two accounts of how long after an event's start something happened must share this many content words. */
  private static final int ELAPSED_SHARED_WORDS = 1;

  private final EventFramer framer;
  private final AdjacentDayEvents adjacent;
  private final CuePatterns maximumCues;
  private final Set<String> stopWords;
  private final CuePatterns changeCues;
  private final CuePatterns contrastCues;
  private final Quantities quantities;
  private final PartyCounts partyCounts;
  private final ExpectationMisses expectations;
  private final CountPlaces places;
  private final CorrectedCounts corrections;
  /** Nationality words not shaped like one ("dutch", "french"): the first word of each {@code nationality-aliases} line. */
  private final Set<String> nationalities = new HashSet<>();

  NumericConflictRule(Lexicon lexicon) {
    this.places = new CountPlaces(lexicon);
    this.corrections = new CorrectedCounts(lexicon);
    this.partyCounts = new PartyCounts(lexicon, places);
    this.expectations = new ExpectationMisses(lexicon);
    this.framer = new EventFramer(lexicon);
    this.adjacent = new AdjacentDayEvents(framer);
    this.quantities = new Quantities(lexicon);
    this.changeCues = CuePatterns.from(lexicon, "change-cues");
    this.contrastCues = CuePatterns.from(lexicon, "contrast-cues");
    this.maximumCues = CuePatterns.from(lexicon, "maximum-cues");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
    for (String line : lexicon.entries("nationality-aliases")) {
      nationalities.add(line.substring(0, Math.max(0, line.indexOf('|'))).strip().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /**
   * One figure with its sentence, event frame and everything the pairwise tests read, computed once
   * per figure so that comparing the pairs in a bucket does no text work.
   */
  private record Located(ArticleView view, Figure figure, Sentence sentence, EventFrame frame, Quantities.Key key,
      boolean changing, String quantity, boolean maximum, Set<String> objects, boolean older, boolean provisional,
      Optional<LocalDate> eventDay, String actingParty, boolean revised, CountRoles.Scope placeScope, Optional<String> place,
      boolean contrasted, Optional<String> ownPlace, boolean countryWide, boolean cumulative, boolean forecast,
      boolean multinational, Optional<String> nation, boolean anotherEvent) {}

  /** What a sentence says of every figure in it, read once however many figures it holds. */
  private record SentenceCues(boolean changing, boolean provisional, boolean revised, boolean contrasted,
      boolean countryWide, boolean forecast, boolean multinational, boolean anotherEvent) {}

  private SentenceCues cuesOf(ArticleView view, Sentence s) {
    return new SentenceCues(changeCues.matches(s.text()), CountRoles.isProvisional(s), CountMoments.revised(s),
        contrastCues.matches(s.text()) || contrastFollows(view, s) || othersCountInContrast(s),
        COUNTRY_WIDE_WORDS.inSentence(s.text()) && COUNTRY_WIDE.matcher(s.text()).find(),
        FORECAST_WORDS.inSentence(s.text()) && FORECAST.matcher(s.text()).find(),
        CountRoles.isMultinational(s.text()), anotherEvent(view, s));
  }

  /**
   * Another event of the story's kind, named in the sentence or the one before it: "Another quake
   * struck on Wednesday. Officials reported two deaths." Its counts are not the first event's.
   */
  private static final Pattern ANOTHER_EVENT = Pattern.compile(
      "(?i)\\b(?:another|a\\s{1,3}(?:second|new|fresh|further|separate))\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,2}?"
          + "(?:earthquake|quake|tremor|aftershock|blast|explosion|attack|strike|storm|fire|landslide|flood|crash)s?\\b");
  /** Literals one of which every match of {@link #ANOTHER_EVENT} holds. */
  private static final Literals ANOTHER_EVENT_WORDS = Literals.anyOf("another", "second", "new", "fresh", "further", "separate");

  private static boolean anotherEvent(ArticleView view, Sentence s) {
    int previous = s.index() - 1;
    return namesAnotherEvent(s.text()) || previous >= 0 && namesAnotherEvent(view.sentences().get(previous).text());
  }

  private static boolean namesAnotherEvent(String text) {
    return ANOTHER_EVENT_WORDS.inSentence(text) && ANOTHER_EVENT.matcher(text).find();
  }

  /** Whether the sentence expects a toll to pass a mark ({@link #PROJECTION}). */
  private static boolean projection(Sentence s) {
    return PROJECTION_WORDS.inSentence(s.text()) && PROJECTION.matcher(s.text()).find();
  }

  /**
   * A toll feared or foreseen, not counted: "officials feared 10,000 had died", "he estimated the
   * final toll would be around 2,500", "deaths may even pass the 90 mark", "it could be 90"; and a
   * figure a party aims for, not one it says is so: "Tarnian negotiators were aiming for a levy
   * between 10% and 15%", "hoping for", "pushing for". Such a figure is set against the counts of
   * its own article, which give it its moment; another article's count, on whatever day, answers
   * no fear and no aim.
   */
  private static final Pattern FORECAST = Pattern.compile(
      "(?i)\\b(?:fear(?:s|ed)?|aim(?:s|ed|ing)?\\s{1,3}(?:for|at)|hop(?:e|es|ed|ing)\\s{1,3}for|push(?:es|ed|ing)?\\s{1,3}for"
          + "|(?:could|might|may|would|will)\\s{1,3}(?:even\\s{1,3}|well\\s{1,3}|soon\\s{1,3})?"
          + "(?:rise|climb|reach|exceed|cross|top|pass|surpass)|(?:could|might|may)\\s{1,3}(?:even\\s{1,3}|well\\s{1,3})?be"
          + "|(?:final|eventual)\\s{1,3}(?:death\\s{1,3})?toll\\s{1,3}(?:would|will|could|might|may))\\b");

  /**
   * A toll expected to pass a figure: "the government expected the toll to pass 300". The figure is
   * a mark the count has not reached, set against no count, in its own article or another.
   */
  private static final Pattern PROJECTION = Pattern.compile(
      "(?i)\\bexpect(?:s|ed|ing)?\\s{1,3}(?:the\\s{1,3})?(?:death\\s{1,3})?toll\\s{1,3}to\\b");
  /** A literal every match of {@link #PROJECTION} holds. */
  private static final Literals PROJECTION_WORDS = Literals.anyOf("expect");

  /** Literals one of which every match of {@link #FORECAST} holds: most sentences hold none, and the pattern is tried at every place. */
  private static final Literals FORECAST_WORDS = Literals.anyOf("fear", "rise", "climb", "reach", "exceed", "toll", "cross",
      "top", "pass", "surpass", "could", "might", "may", "aim", "hop", "push");

  /** A sentence that goes on about the count just given: "This figure is twice the number …". */
  private static final Pattern ABOUT_THE_COUNT = Pattern.compile(
      "^\\s{0,3}(?:This|That|The|Its)\\s{1,3}(?:figure|number|toll|count|tally|estimate)\\b");

  /**
   * A sentence opening on a contrast that gives a source's count of the toll, at no other moment:
   * "But the official toll from the harbour minister is 149." It sets its count against the
   * article's other sources' counts, whatever verb those used ("had climbed to 163").
   */
  private static final Pattern CONTRAST_OPENING = Pattern.compile(
      "^\\s{0,3}(?:However|But|Yet|Still),?\\s{1,3}(?:the\\s{1,3})?(?:\\p{Ll}{1,20}\\s{1,3}){0,2}?(?:toll|count|tally|figure|number)"
          + "\\s{1,3}(?:according\\s{1,3}to|given\\s{1,3}by|from|by)\\b");
  /** Words that place a count at another moment than the one before it: "by Tuesday", "earlier", "since". */
  private static final Pattern OTHER_MOMENT = Pattern.compile(
      "(?i)\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|earlier|later|since|previously|initially|first)\\b");

  private static boolean othersCountInContrast(Sentence s) {
    return CONTRAST_OPENING.matcher(s.text()).lookingAt() && !OTHER_MOMENT.matcher(s.text()).find();
  }

  /** True when the sentence after {@code s} opens on the count {@code s} gave and sets it against another. */
  private boolean contrastFollows(ArticleView view, Sentence s) {
    List<Sentence> all = view.sentences();
    int next = s.index() + 1;
    return next < all.size() && ABOUT_THE_COUNT.matcher(all.get(next).text()).find() && contrastCues.matches(all.get(next).text());
  }

  @Override
  public boolean comparesClaims() {
    return true;
  }

  @Override
  public List<Finding> check(Batch batch) {
    Optional<Set<String>> ofEvent = figuresOfEvent(batch);
    Optional<LocalDate> eventDay = batch.events().size() == 1 ? batch.events().get(0).date() : Optional.empty();
    Map<String, List<Keyed>> keyed = new TreeMap<>();
    Map<Sentence, Boolean> projections = new IdentityHashMap<>();
    // Each distinct subject read once: a batch's figures repeat a few ("people killed", "protesters").
    Map<Quantities.SubjectOf, Quantities.SubjectReading> subjects = new HashMap<>();
    for (ArticleView view : ArticleView.of(batch.articles())) {
      for (Figure f : view.article().figures()) {
        if (ofEvent.isPresent() && !ofEvent.get().contains(f.id())) {
          continue; // a figure about another event ("the previous protest on January 31")
        }
        if (!Quantities.keyable(f)) {
          continue; // a date or an ordinal: no quantity to compare, so its sentence is never read
        }
        Optional<Sentence> s = view.article().text().sentenceAt(f.start());
        Optional<Quantities.Key> key = s.flatMap(x -> quantities.key(f, near(f, x), stopWords, subjects))
            .or(() -> s.flatMap(x -> CountMoments.elapsedRest(f, x)).flatMap(rest -> quantities.elapsedKey(f, Texts.commonWords(rest, stopWords))));
        // The key first: most figures have none. Whether a keyed figure counts on its own is read
        // only once it is in a pair that may conflict ({@link OwnCounts}): most never are.
        if (key.isEmpty()) {
          continue;
        }
        keyed.computeIfAbsent(key.get().bucket(), k -> new ArrayList<>()).add(new Keyed(view, f, s.get(), key.get()));
      }
    }
    Locator locator = new Locator(eventDay);
    List<Finding> out = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    // The event kinds around each figure, read once however many pairs it is in.
    Map<Located, Set<String>> around = new IdentityHashMap<>();
    PartyOwners owners = PartyOwners.of(batch.articles());
    List<Located[]> conflicts = new ArrayList<>();
    for (List<Keyed> figures : keyed.values()) {
      // A figure is located when it is first in a pair that may conflict: most pairs in a bucket
      // agree, and a figure that agrees with every other is never located.
      Located[] located = new Located[figures.size()];
      // Each figure's widened interval, computed when first compared: every pair in the bucket reads it.
      Interval[] ranges = new Interval[figures.size()];
      OwnCounts own = new OwnCounts(figures, projections);
      // Whether the bucket holds the counts of two nations or more, read when first asked.
      Boolean manyNations = null;
      for (int i = 0; i < figures.size(); i++) {
        for (int j = i + 1; j < figures.size(); j++) {
          // Cheapest test first: the interval test needs no text.
          if (!mayConflict(figures, ranges, i, j)) {
            continue;
          }
          if (!own.counts(i)) {
            break; // a part or a mark pairs with no figure
          }
          if (!own.counts(j)) {
            continue;
          }
          Located a = located[i] != null ? located[i] : (located[i] = locator.located(figures.get(i)));
          Located b = located[j] != null ? located[j] : (located[j] = locator.located(figures.get(j)));
          boolean contrasted = contrasted(a, b, owners);
          if (a.older() || b.older() || (a.forecast() || b.forecast() || vague(a) || vague(b)) && a.view() != b.view()
              || differentScopes(a, b) || placedApart(a, b) || !conflict(a, b, range(figures, ranges, i), range(figures, ranges, j))
              || !contrasted && CountRoles.rose(a.provisional(), a.figure(), b.provisional(), b.figure())
              || apartInScale(a, b) || ownActs(a, b, owners) || a.view() == b.view() && CountPlaces.apart(a.place(), a.sentence().text(), b.place(), b.sentence().text())
              || !(sameQuantity(a, b) && (contrasted || sameMoment(a, b, owners)) || adjacentDay(a, b, around))
              || restricted(a, b) || nationsApart(a, b) || a.anotherEvent() != b.anotherEvent()) {
            continue;
          }
          if (oneNationsShare(a, b) && (manyNations != null ? manyNations : (manyNations = manyNations(figures)))) {
            continue; // "Tarnia reported 58 deaths" and "Orsk 183": a count naming no nation is their total
          }
          // One finding per quantity and pair of articles: a count repeated in an article is one claim.
          // Within one article, one per pair of parties: the article sets each source's count against another's.
          String parties = a.view() == b.view() ? "|" + Texts.unorderedPair(a.view().party(a.sentence()), b.view().party(b.sentence())) : "";
          if (reported.add(a.quantity() + a.view().id() + "|" + b.view().id() + parties)) {
            conflicts.add(new Located[] {a, b});
          }
        }
      }
    }
    out.addAll(grouped(conflicts));
    // Two parties' counts of one thing from the claim frames, unless the pair is already reported.
    Set<String> pairs = new HashSet<>();
    for (Finding f : out) {
      pairs.add(figurePair(f));
    }
    List<Finding> more = new ArrayList<>(corrections.check(batch));
    more.addAll(partyCounts.check(batch));
    more.addAll(expectations.check(batch));
    for (Finding f : more) {
      if (pairs.add(figurePair(f))) {
        out.add(f);
      }
    }
    return out;
  }

  /** A figure with its sentence and quantity key: all a bucket needs until the figure is in a pair that may conflict. */
  private record Keyed(ArticleView view, Figure figure, Sentence sentence, Quantities.Key key) {}

  /**
   * Whether each figure of a bucket is a count of its own, read when the figure is first in a pair
   * that may conflict: not a part of the count beside it ("including three children") and not a
   * mark a toll is expected to pass ("expected the toll to pass 300"). Both tests read the sentence
   * against a dozen patterns, and most figures agree with every other in their bucket.
   */
  private static final class OwnCounts {
    private final List<Keyed> figures;
    /** Whether each sentence is a projection, shared by the batch's buckets. */
    private final Map<Sentence, Boolean> projections;
    private final Boolean[] counts;
    /** The bucket's figures by article, grouped when a sum is first looked for. */
    private Map<ArticleView, List<Integer>> byArticle;

    OwnCounts(List<Keyed> figures, Map<Sentence, Boolean> projections) {
      this.figures = figures;
      this.projections = projections;
      this.counts = new Boolean[figures.size()];
    }

    boolean counts(int i) {
      if (counts[i] == null) {
        Keyed k = figures.get(i);
        counts[i] = !CountRoles.isPart(k.figure(), k.sentence())
            && !projections.computeIfAbsent(k.sentence(), NumericConflictRule::projection) && !addend(i);
      }
      return counts[i];
    }

    /**
     * Whether the figure and another exact count of its article add up to a third there: "the toll
     * has reached 38 … Thirty people have died [in one area] … eight have died [in another]". The
     * two are the total's parts, not other accounts of it. Only the article's own figures of the
     * bucket are read: a few, however large the bucket.
     */
    private boolean addend(int i) {
      Keyed k = figures.get(i);
      OptionalDouble v = exact(k);
      if (v.isEmpty()) {
        return false;
      }
      List<Integer> own = ofArticle(k.view());
      for (int j : own) {
        OptionalDouble w = j == i ? OptionalDouble.empty() : exact(figures.get(j));
        if (w.isPresent() && holdsTotal(own, i, j, v.getAsDouble() + w.getAsDouble())) {
          return true;
        }
      }
      return false;
    }

    /** Whether a figure of {@code own} other than {@code i} and {@code j} gives exactly {@code total}. */
    private boolean holdsTotal(List<Integer> own, int i, int j, double total) {
      for (int m : own) {
        OptionalDouble t = m == i || m == j ? OptionalDouble.empty() : exact(figures.get(m));
        if (t.isPresent() && t.getAsDouble() == total) {
          return true;
        }
      }
      return false;
    }

    /** The indexes of the bucket's figures from {@code view}'s article, grouped once for the bucket. */
    private List<Integer> ofArticle(ArticleView view) {
      if (byArticle == null) {
        byArticle = new IdentityHashMap<>();
        for (int x = 0; x < figures.size(); x++) {
          byArticle.computeIfAbsent(figures.get(x).view(), v -> new ArrayList<>()).add(x);
        }
      }
      return byArticle.get(view);
    }

    private static OptionalDouble exact(Keyed k) {
      Figure f = k.figure();
      return f.qualifier() == Qualifier.EXACT && f.kind() == FigureKind.COUNT ? f.value() : OptionalDouble.empty();
    }
  }

  /**
   * Locates the figures of one check's batch, each once it is in a pair that may conflict: its
   * frame, place, acting party and sentence cues, the sentence's read once for all its figures.
   */
  private final class Locator {
    private final Optional<LocalDate> eventDay;
    // Framed once per sentence, not once per figure: a results table of 40 figures in one sentence.
    private final Map<Sentence, EventFrame> wholeFrames = new IdentityHashMap<>();
    // The days of a sentence that names a day, read once for all its counts.
    private final Map<Sentence, EventFramer.Days> days = new IdentityHashMap<>();
    private final Map<Sentence, CountPlaces.Named> placesRead = new IdentityHashMap<>();
    private final Map<Sentence, SentenceCues> sentenceCues = new IdentityHashMap<>();

    Locator(Optional<LocalDate> eventDay) {
      this.eventDay = eventDay;
    }

    Located located(Keyed k) {
      ArticleView view = k.view();
      Figure f = k.figure();
      Sentence s = k.sentence();
      SentenceCues cues = sentenceCues.computeIfAbsent(s, x -> cuesOf(view, x));
      boolean maximum = f.qualifier() == Qualifier.UPPER_BOUND
          && maximumCues.find(f.text()).filter(h -> h.start() == 0).isPresent();
      return new Located(view, f, s, frame(view, f, s, wholeFrames, days), k.key(), cues.changing(),
          k.key().quantity(), maximum, maximum ? objectWords(f, s) : Set.of(), CountMoments.olderValue(f, s),
          cues.provisional(), eventDay, actingParty(view, f, s, k.key()),
          cues.revised(), CountRoles.placeScope(f, s), places.of(view.sentences(), s, placesRead),
          cues.contrasted(), ownPlace(f, s), cues.countryWide(), isCumulative(k.key()), cues.forecast(),
          cues.multinational(), cues.multinational() ? Optional.empty() : CountRoles.nationOf(f, s, nationalities),
          cues.anotherEvent());
    }
  }

  /** The two figure ids of a finding, in order, so that a pair found twice is reported once. */
  private static String figurePair(Finding f) {
    List<String> ids = new ArrayList<>();
    for (Evidence e : f.evidence()) {
      ids.add(e.figure().orElse(e.article() + e.span()));
    }
    java.util.Collections.sort(ids);
    return String.join("|", ids);
  }

  /** The figures the batch's event claims measure; empty (every figure) for a batch with no event. */
  private static Optional<Set<String>> figuresOfEvent(Batch batch) {
    if (batch.events().isEmpty()) {
      return Optional.empty();
    }
    Set<String> out = new HashSet<>();
    for (io.crosscheck.model.Claim c : batch.claims()) {
      c.measure().ifPresent(m -> out.add(m.figure()));
    }
    return Optional.of(out);
  }

  private boolean adjacentDay(Located a, Located b, Map<Located, Set<String>> around) {
    AdjacentDayEvents.Count ca = count(a);
    AdjacentDayEvents.Count cb = count(b);
    return adjacent.sameEvent(ca, cb, c -> around.computeIfAbsent(c == ca ? a : b, l -> adjacent.events(c)));
  }

  /** A side as {@link AdjacentDayEvents} reads it; the older value of a change counts as changing. */
  private static AdjacentDayEvents.Count count(Located l) {
    return new AdjacentDayEvents.Count(l.view(), l.sentence(), l.key(), l.figure().date().or(() -> l.frame().date()),
        l.changing() || l.older());
  }

  /** The words around a figure in its sentence, the figure itself left out. */
  private static String near(Figure f, Sentence s) {
    int from = Math.max(0, Math.min(s.text().length(), f.start() - s.start()));
    int to = Math.max(from, Math.min(s.text().length(), f.end() - s.start()));
    // "fatalities could rise since 25 people were in critical condition": the words before a
    // subordinator belong to another clause and say nothing of what the figure counts.
    int clause = clauseStart(s.text(), from);
    int[] aside = aside(s.text(), clause, from, to);
    if (aside.length > 0) {
      // "Veyl, with about 9,000 fans, counted 31 dead": the 9,000 counts fans, not the dead
      return Texts.around(s.text().substring(aside[0], aside[1]), from - aside[0], to - aside[0], CONTEXT_WORDS);
    }
    return Texts.around(s.text().substring(clause), from - clause, to - clause, CONTEXT_WORDS);
  }

  /** Words that open a phrase set off by commas within a clause, the comma and spaces included. */
  private static final List<String> ASIDE_OPENERS = List.of(", with ", ", which ", ", who ", ", whose ");

  /**
   * The bounds of an aside set off by commas that holds the figure, from its opening word to its
   * closing comma ("Veyl, with about 9,000 fans, counted 31 dead"; "Orsk, which sent 400 crews,
   * reported …"), or none: the main clause around an aside says nothing of what the aside counts.
   * {@code clause}: where the figure's clause starts; {@code from}, {@code to}: the figure's bounds.
   */
  private static int[] aside(String text, int clause, int from, int to) {
    int open = -1;
    for (String opener : ASIDE_OPENERS) {
      int at = text.lastIndexOf(opener, from - opener.length());
      if (at >= clause && at > open) {
        open = at;
      }
    }
    if (open < 0 || text.indexOf(',', open + 1) < from) {
      return new int[0]; // no aside, or one closed before the figure
    }
    int close = text.indexOf(',', to);
    return close < 0 ? new int[0] : new int[] {open + 2, close};
  }

  /** Subordinators that open a clause of their own before a figure, spaces included. */
  private static final List<String> CLAUSE_OPENERS = List.of(" since ", " because ", " although ", " though ",
      " whereas ", " while ");
  private static final int LONGEST_OPENER = CLAUSE_OPENERS.stream().mapToInt(String::length).max().orElse(0);

  /**
   * Where the words after the last subordinator ending by {@code from} begin (0 for none): each
   * opener counts at its last place before {@code from}, as {@link String#lastIndexOf(String, int)}
   * finds it, read in one scan backwards rather than one per opener.
   */
  private static int clauseStart(String text, int from) {
    int clause = 0;
    boolean[] seen = new boolean[CLAUSE_OPENERS.size()];
    for (int at = Math.min(from, text.length() - 1); at >= 0 && at + LONGEST_OPENER > clause; at--) {
      if (text.charAt(at) != ' ') {
        continue; // every opener starts with a space
      }
      for (int k = 0; k < seen.length; k++) {
        String word = CLAUSE_OPENERS.get(k);
        if (!seen[k] && text.startsWith(word, at)) {
          seen[k] = true;
          if (at + word.length() <= from) {
            clause = Math.max(clause, at + word.length());
          }
        }
      }
    }
    return clause;
  }

  /**
   * The day nearest the figure in its sentence, the kind of event from the words nearest it: in
   * "… since the attacks of October 7, after a 90-minute meeting" the figure is about a meeting.
   */
  private EventFrame frame(ArticleView view, Figure f, Sentence s, Map<Sentence, EventFrame> wholeFrames,
      Map<Sentence, EventFramer.Days> days) {
    Optional<LocalDate> published = view.article().article().published();
    EventFrame whole = wholeFrames.computeIfAbsent(s, x -> framer.frame(x.text(), published));
    int from = Math.max(0, f.start() - s.start() - NEAR_CHARS);
    int to = Math.min(s.text().length(), f.end() - s.start() + NEAR_CHARS);
    Optional<String> near = framer.kindOf(s.text().substring(from, Math.max(from, to)));
    EventFrame day = whole.namesADay()
        ? days.computeIfAbsent(s, x -> framer.days(x.text(), published)).nearest(whole, f.start() - s.start()) : whole;
    return new EventFrame(day.date(), day.weekday(), day.dateCertain(), near, whole.participants());
  }

  /**
   * A count placed in a town against a region's or a country's ("629 dead in the city" against "the
   * death toll in the province"): a part and a whole. Two counts of one named place are one count
   * however narrowly each is worded ("the toll in the town of Carrow", "the Carrow floods").
   */
  private static boolean differentScopes(Located a, Located b) {
    if (a.placeScope().level() == CountRoles.SITE_LEVEL && b.placeScope().level() == CountRoles.SITE_LEVEL) {
      return !a.placeScope().name().equals(b.placeScope().name()); // the dead at the stadium and those in hospital: two parts
    }
    if (a.placeScope().otherRegion(b.placeScope())) {
      return true; // "126 downed in the Varn region" and "91 over the capital region": two regions' counts
    }
    if (!a.placeScope().partOrWhole(b.placeScope(), a.sentence().text(), b.sentence().text())) {
      return false;
    }
    // A part never outnumbers its whole: "11,300 dead in the city" against "3,252 deaths" registered
    // across the country is no part and whole but two tolls that cannot both be right.
    boolean aNarrower = a.placeScope().level() > b.placeScope().level();
    return !outnumbers(aNarrower ? a : b, aNarrower ? b : a);
  }

  /** Words that make a count the whole country's: "thirty-nine have died countrywide". */
  private static final Pattern COUNTRY_WIDE = Pattern.compile(
      "(?i)\\b(?:countrywide|nationwide|across\\s{1,3}the\\s{1,3}(?:country|nation)|throughout\\s{1,3}the\\s{1,3}country)\\b");
  /** Literals one of which every match of {@link #COUNTRY_WIDE} holds: most sentences hold none, and the pattern is tried at every place. */
  private static final Literals COUNTRY_WIDE_WORDS = Literals.anyOf("countrywide", "nationwide", "across", "throughout");

  /**
   * Two counts placed in two differently named places ("killed in Githurai" against "lost their
   * lives in Varnia"), or one in a named place against one its sentence says is country-wide: two
   * places, or a part and its whole, unless the part outnumbers the whole.
   */
  private static boolean placedApart(Located a, Located b) {
    Optional<String> pa = a.ownPlace();
    Optional<String> pb = b.ownPlace();
    if (CountPlaces.differ(pa, pb)) {
      return true;
    }
    return pa.isPresent() && pb.isEmpty() && b.countryWide() && !outnumbers(a, b)
        || pb.isPresent() && pa.isEmpty() && a.countryWide() && !outnumbers(b, a);
  }

  /**
   * The place a figure's own scope or subject names ({@link CountPlaces#named}), "Githurai" of
   * "people killed in Githurai", or the place its sentence opens on ("In Githurai, four died").
   */
  private Optional<String> ownPlace(Figure f, Sentence s) {
    return f.scope().flatMap(places::named).or(() -> f.subject().flatMap(places::named))
        .or(() -> places.fronted(s, f.start()));
  }

  /** Whether the part's count lies wholly above the whole's: then the two cannot both be right. */
  private static boolean outnumbers(Located part, Located whole) {
    Interval p = part.figure().interval();
    Interval w = whole.figure().interval();
    return p.hasLow() && w.hasHigh() && p.low() > w.high();
  }

  /**
   * A count of one nation's below a total over many ("Tarnia counted 31 dead" against "940
   * deaths from ten countries"): a part of the whole, not another account of it.
   */
  private static boolean oneNationOfMany(Located part, Located whole) {
    return part.nation().isPresent() && whole.multinational() && !outnumbers(part, whole);
  }

  /**
   * One nation's count and a count naming no nation, the first within the second's share for a
   * part ({@link CountRoles#nationsShare}): a part once other nations count too ({@link #manyNations}).
   */
  private static boolean oneNationsShare(Located a, Located b) {
    return a.nation().isPresent() != b.nation().isPresent()
        && (a.nation().isPresent() ? CountRoles.nationsShare(a.figure(), b.figure()) : CountRoles.nationsShare(b.figure(), a.figure()));
  }

  /** Whether counts of two nations or more are among the figures: "Tarnia recorded 58 deaths", "Orsk reported 183". */
  private boolean manyNations(List<Keyed> figures) {
    String first = null;
    for (Keyed k : figures) {
      Optional<String> nation = CountRoles.nationOf(k.figure(), k.sentence(), nationalities);
      if (nation.isPresent() && first == null) {
        first = nation.get();
      } else if (nation.isPresent() && CountRoles.otherNations(first, nation.get())) {
        return true;
      }
    }
    return false;
  }

  /** Two nations' counts ("Tarnia recorded 58 deaths", "60 Orskians died"), or one nation's and a total over many. */
  private static boolean nationsApart(Located a, Located b) {
    return oneNationOfMany(a, b) || oneNationOfMany(b, a)
        || a.nation().isPresent() && b.nation().isPresent() && CountRoles.otherNations(a.nation().get(), b.nation().get());
  }

  /** Two counts of differently named sets: "Russian drones" and "Ukrainian drones", "drones targeting Varn" and "drones". */
  private boolean restricted(Located a, Located b) {
    return a.figure().kind() == FigureKind.COUNT && b.figure().kind() == FigureKind.COUNT
        && CountRoles.differentRestriction(a.figure(), b.figure(), nationalities, a.key().bucket().contains("INJURED"));
  }

  /**
   * Two parties each counting what its own side did: "Varnia said its air defences downed 337
   * drones" against "Ostria downed 79": who acts is part of what is counted. A country and its
   * own ministry are one party ({@link PartyOwners}).
   */
  private static boolean ownActs(Located a, Located b, PartyOwners owners) {
    return (!a.actingParty().isEmpty() || !b.actingParty().isEmpty())
        && !owners.sameSide(a.view().party(a.sentence()), b.view().party(b.sentence()));
  }

  /**
   * The party of a count of acts its own speaker did ("its air defences downed 337"), read once per
   * figure; empty for any other count, so most pairs never read a party.
   */
  private static String actingParty(ArticleView view, Figure f, Sentence s, Quantities.Key key) {
    boolean acts = key.bucket().contains("INTERCEPTED") || key.bucket().contains("LAUNCHED") || key.byNoun();
    return acts && CountRoles.selfAgent(f, s) ? view.party(s) : "";
  }

  /**
   * A magnitude with no stated number ("scores of people", "hundreds"): a reporter's round word in
   * one article is set against no other article's count.
   */
  private static boolean vague(Located l) {
    return l.figure().value().isEmpty() && l.figure().kind() == FigureKind.COUNT;
  }

  /** Two lengths of a meeting orders apart: "two and a half hours" of talks, "three months" of argument. */
  private static boolean apartInScale(Located a, Located b) {
    if (a.key().minutes().isEmpty() || b.key().minutes().isEmpty()) {
      return false;
    }
    Interval ia = Quantities.comparable(a.figure(), a.key());
    Interval ib = Quantities.comparable(b.figure(), b.key());
    return ia.hasLow() && ib.hasLow() && CountRoles.differentScale(ia.low(), ib.low());
  }

  /**
   * Two parties' counts that their own article sets against each other ("39 have died, twice the
   * number acknowledged by the government"; "far fewer than the nearly 500 deaths officials gave"):
   * the article says they disagree, so neither the days they were given on nor a rise excuses them.
   * One party's successive counts are never contrasted this way.
   */
  private static boolean contrasted(Located a, Located b, PartyOwners owners) {
    return a.view() == b.view() && (a.contrasted() || b.contrasted())
        && !owners.sameSide(a.view().party(a.sentence()), b.view().party(b.sentence()));
  }

  private static boolean sameQuantity(Located a, Located b) {
    return (a.sentence() != b.sentence() || creditedApart(a, b)) && Quantities.same(a.key(), b.key()) && sameElapsedMoment(a, b);
  }

  /**
   * Two counts of one sentence each credited to its own source: "a harbour chief said 120 were
   * hurt, while clinic staff put the figure at 210". Counts of one sentence from one
   * voice are parts, changes or neighbours of each other ("52 dead and 118 wounded").
   */
  private static boolean creditedApart(Located a, Located b) {
    Optional<String> ca = a.figure().attribution();
    Optional<String> cb = b.figure().attribution();
    return ca.isPresent() && cb.isPresent() && !ca.equals(cb);
  }

  /**
   * Two times elapsed since an event began are one quantity only in two articles whose sentences
   * share a content word or a name: "six hours after the march began, Mayor Oduya said …", "seven
   * hours into the march, Oduya conceded …" (one statement, timed two ways).
   */
  private static boolean sameElapsedMoment(Located a, Located b) {
    return !a.key().bucket().contains("ELAPSED")
        || a.view() != b.view() && (Texts.overlap(a.key().context(), b.key().context()) >= ELAPSED_SHARED_WORDS
            || a.frame().sharesParticipant(b.frame()));
  }

  /**
   * Same event and same day. A figure's day is its own date, else its sentence's ("on Tuesday"),
   * else the publication date: "39 have died" on Monday and "47 have died" on Tuesday are two
   * moments of a rising count. With no date at all the day is uncertain, and figures from
   * different articles are compared only when they name the same kind of event and a participant.
   */
  private boolean sameMoment(Located a, Located b, PartyOwners owners) {
    if (revisedDown(a, b, owners) || revisedDown(b, a, owners)) {
      return true; // "the agency revised the toll to 3,958" after another article's 11,300: a correction
    }
    if (a.frame().isDistinctFrom(b.frame())) {
      // Two days, each its article's day of publication, date two reports of one toll, not two events
      return onTheirPublicationDays(a, b) && eitherFell(a, b, owners);
    }
    if ((a.changing() || b.changing()) && !latestOnStatedDay(a, b)) {
      // "the toll rose to 41": a changing count, not a disagreement, unless a later day's toll
      // from another side stands below it, as a toll never falls
      return eitherFell(a, b, owners);
    }
    if (a.key().bucket().startsWith("DURATION") && !a.key().bucket().contains("ELAPSED") || a.key().bucket().contains(Lexicon.SHARE_CLASS_SUFFIX)) {
      // A delay's or a meeting's length is fixed once it is over, and so is a ballot's share once it
      // is counted: any day's account of it is of one moment, unless the two name different days
      // ("Monday's talks", "Tuesday's talks").
      Optional<LocalDate> sa = a.figure().date().or(() -> a.frame().date());
      Optional<LocalDate> sb = b.figure().date().or(() -> b.frame().date());
      return sa.isEmpty() || sb.isEmpty() || sa.equals(sb);
    }
    if (a.key().byNoun() && (a.frame().date().isEmpty() || b.frame().date().isEmpty() || a.view() == b.view())) {
      return false; // a bare counted noun needs a stated day on both sides, in two accounts
    }
    if (a.maximum() && b.maximum() && standingLevel(a, b)) {
      return true;
    }
    // Within one article the event's day is no guess worth making: it would date only the side whose
    // sentence names no other weekday, and set two counts of one undated story on two days.
    boolean within = a.view() == b.view();
    Optional<LocalDate> da = within ? statedDay(a) : day(a);
    Optional<LocalDate> db = within ? statedDay(b) : day(b);
    if (da.isPresent() && db.isPresent()) {
      return da.equals(db) || eitherFell(a, b, owners);
    }
    if (a.view() == b.view()) {
      return da.isEmpty() && db.isEmpty();
    }
    return a.frame().kind().isPresent() && a.frame().kind().equals(b.frame().kind()) && a.frame().sharesParticipant(b.frame());
  }

  /**
   * True when {@code later} is stated as a revision ("revised", "amended", "lowered") on a later
   * day than {@code earlier}, in another article, and lies wholly below it: a count corrected
   * downward disagrees with the count it corrects. A rise is never a revision here ("updated to
   * 47" after 39 is a count going up), nor is a source lowering its own count ("the ministry gave
   * the toll as 471, revising its earlier 500"): that is one account corrected, not two that differ.
   */
  private static boolean revisedDown(Located later, Located earlier, PartyOwners owners) {
    return later.view() != earlier.view() && later.revised() && !earlier.revised() && laterLowerElsewhere(later, earlier, owners);
  }

  /**
   * True when {@code later}, a count of the dead or injured on a later day than {@code earlier}, lies
   * wholly below it and comes from another side: such counts only grow, so "police said on Saturday
   * that seven were killed" after a rights group's 13 on Friday disputes the 13; it is no update.
   */
  private static boolean fellAcrossParties(Located later, Located earlier, PartyOwners owners) {
    return later.cumulative() && laterLowerElsewhere(later, earlier, owners);
  }

  /** Whether either count is a fallen toll against the other ({@link #fellAcrossParties}), whichever was later. */
  private static boolean eitherFell(Located a, Located b, PartyOwners owners) {
    return fellAcrossParties(a, b, owners) || fellAcrossParties(b, a, owners);
  }

  /**
   * What a revision and a fallen toll share: {@code later} is dated after {@code earlier}, lies
   * wholly below it, and comes from another side. It must also have been known no earlier: a count
   * printed days later whose sentence dates the event ("131 died after the match on Saturday") is
   * not corrected by a lower count printed on the Sunday.
   */
  private static boolean laterLowerElsewhere(Located later, Located earlier, PartyOwners owners) {
    Optional<LocalDate> dl = day(later);
    Optional<LocalDate> de = day(earlier);
    Optional<LocalDate> pl = later.view().article().article().published();
    Optional<LocalDate> pe = earlier.view().article().article().published();
    return dl.isPresent() && de.isPresent() && dl.get().isAfter(de.get())
        && !(pl.isPresent() && pe.isPresent() && pl.get().isBefore(pe.get()))
        && later.figure().interval().hasHigh() && earlier.figure().interval().hasLow()
        && later.figure().interval().high() < earlier.figure().interval().low()
        && !owners.sameSide(later.view().party(later.sentence()), earlier.view().party(earlier.sentence()));
  }

  /**
   * Whether both counts' sentences are dated the day their article was published, and name no two
   * kinds of event: "had killed at least 51, state media said on Sunday" in Sunday's paper and "the
   * toll was 38 on Monday" in Monday's are the same toll on two days of reporting.
   */
  private static boolean onTheirPublicationDays(Located a, Located b) {
    Optional<LocalDate> da = a.frame().date();
    Optional<LocalDate> db = b.frame().date();
    return da.isPresent() && da.equals(a.view().article().article().published())
        && db.isPresent() && db.equals(b.view().article().article().published())
        && (a.frame().kind().isEmpty() || b.frame().kind().isEmpty() || a.frame().kind().equals(b.frame().kind()));
  }

  /** Counts that only grow as an event goes on: the dead and the injured. */
  private static boolean isCumulative(Quantities.Key key) {
    return CUMULATIVE_CLASS.matcher(key.bucket()).find();
  }

  /**
   * A rise does not excuse two sources' different figures for one stated day: "the toll rose to
   * 263 on Wednesday, the ministry said" against "289 people had been killed on Wednesday" in
   * another article. The older value of a change ("up from 240") is never compared.
   */
  private static boolean latestOnStatedDay(Located a, Located b) {
    return a.view() != b.view() && a.frame().date().isPresent() && a.frame().date().equals(b.frame().date())
        && !a.older() && !b.older();
  }


  /**
   * A ceiling with no stated day is a standing level, not a count of one day: "applies duties of
   * as much as 25%" printed a day after "tariffs of up to 20%" is the same schedule, so the
   * publication dates (within {@link #STANDING_DAYS}) do not keep them apart.
   */
  private static boolean standingLevel(Located a, Located b) {
    if (a.figure().date().isPresent() || b.figure().date().isPresent()
        || a.frame().date().isPresent() || b.frame().date().isPresent()) {
      return false;
    }
    Optional<LocalDate> pa = a.view().article().article().published();
    Optional<LocalDate> pb = b.view().article().article().published();
    return pa.isEmpty() || pb.isEmpty()
        || Math.abs(pa.get().toEpochDay() - pb.get().toEpochDay()) <= STANDING_DAYS;
  }

  /**
   * The figure's own date, else its sentence's, else the publication day; an undated article's
   * figure holds on the day of the event it was clustered into, unless its sentence names another
   * weekday ("on Saturday" in a story about a Tuesday).
   */
  private static Optional<LocalDate> day(Located l) {
    return statedDay(l).or(() -> l.eventDay().filter(d -> l.frame().weekday().map(w -> w == d.getDayOfWeek()).orElse(true)));
  }

  /** The figure's own date, else its sentence's, else the publication day: the day its article gives it. */
  private static Optional<LocalDate> statedDay(Located l) {
    return l.figure().date().or(() -> l.frame().date()).or(() -> l.view().article().article().published());
  }

  /**
   * Disjoint intervals once approximate values get a margin ("some 1,200" covers 1,080 to 1,320),
   * or two maxima or a floor that disagree; {@code ra} and {@code rb}: the two figures' widened
   * intervals ({@link #range}), read once per figure of a bucket.
   */
  private boolean conflict(Located a, Located b, Interval ra, Interval rb) {
    if (bothMaxima(a, b) || floorUnderOthersCount(a, b) || floorUnderOthersCount(b, a)) {
      return true;
    }
    return ra.isDisjointFrom(rb); // "41" and "27"
  }

  /**
   * Whether {@link #conflict} may hold for the {@code i}th and {@code j}th figures of a bucket, read
   * from the figures alone: it needs two maxima ("up to" both), a floor ("at least"), or widened
   * intervals that do not meet.
   */
  private static boolean mayConflict(List<Keyed> figures, Interval[] ranges, int i, int j) {
    Qualifier qa = figures.get(i).figure().qualifier();
    Qualifier qb = figures.get(j).figure().qualifier();
    return qa == Qualifier.UPPER_BOUND && qb == Qualifier.UPPER_BOUND || qa == Qualifier.LOWER_BOUND
        || qb == Qualifier.LOWER_BOUND || range(figures, ranges, i).isDisjointFrom(range(figures, ranges, j));
  }

  /** The interval {@link #conflict} compares for the {@code i}th figure of a bucket, widened once and kept in {@code ranges}. */
  private static Interval range(List<Keyed> figures, Interval[] ranges, int i) {
    if (ranges[i] == null) {
      Keyed k = figures.get(i);
      ranges[i] = widened(k.figure(), Quantities.comparable(k.figure(), k.key()));
    }
    return ranges[i];
  }

  /**
   * "up to 20% on machinery" against "as much as 25% on machinery": two statements of one maximum
   * that differ, about a shared object word, from two sources (one source giving two maxima is
   * usually describing two phases or products).
   */
  private boolean bothMaxima(Located a, Located b) {
    Figure fa = a.figure();
    Figure fb = b.figure();
    return a.maximum() && b.maximum() && fa.interval().hasHigh() && fb.interval().hasHigh()
        && Math.abs(fa.interval().high() - fb.interval().high()) > 0.005 * Math.abs(fa.interval().high())
        && Texts.overlap(a.objects(), b.objects()) >= 1 && twoSources(a, b);
  }

  /**
   * "Officials said at least 30 were killed. Police sources put the toll at nearly 40.": one article
   * setting one party's floor beside another party's count well above it gives two tolls, not a
   * floor and a figure inside it. Across articles a higher count may simply be later; a vague
   * magnitude ("tens of thousands") states no count to set against the floor.
   */
  private static boolean floorUnderOthersCount(Located floor, Located count) {
    Figure f = floor.figure();
    Figure c = count.figure();
    if (floor.view() != count.view() || f.qualifier() != Qualifier.LOWER_BOUND || c.qualifier() == Qualifier.LOWER_BOUND
        || !f.interval().hasLow() || !twoSources(floor, count)) {
      return false;
    }
    // a stated number only: "tens of thousands" beside "more than 800" is a magnitude, which the floor allows
    return c.value().isPresent() && c.value().getAsDouble() > FLOOR_MARGIN * f.interval().low();
  }

  /** Two articles, or two differently named sources in one article. */
  private static boolean twoSources(Located a, Located b) {
    if (a.view() != b.view()) {
      return true;
    }
    Optional<String> sa = a.view().attribution(a.sentence()).map(x -> x.source().name().toLowerCase(java.util.Locale.ROOT));
    Optional<String> sb = b.view().attribution(b.sentence()).map(x -> x.source().name().toLowerCase(java.util.Locale.ROOT));
    return sa.isPresent() && sb.isPresent() && !sa.equals(sb);
  }

  /** The words just after a figure, where the rate's object is named: "up to 20% on machinery". */
  private Set<String> objectWords(Figure f, Sentence s) {
    String text = s.text();
    int end = Math.max(0, Math.min(text.length(), f.end() - s.start()));
    return Texts.commonWords(Texts.around(text.substring(end), 0, 0, CONTEXT_WORDS), stopWords);
  }

  /** A bound just under its value: "nearly two million" is a little under two million, not anything below. */
  private static final Pattern JUST_UNDER = Pattern.compile("(?i)^(?:nearly|almost|close to|just under)\\b");
  /** The share of its value a "nearly" figure covers at the least: "nearly 2,000" is at least 1,700. */
  private static final double JUST_UNDER_SHARE = 0.85;

  /**
   * {@code i} widened by the margin the figure's qualifier allows (10% approximate, 5% range, 0.5%
   * else). An exact percentage is already a share: it is widened by the rounding of its last written
   * digit alone, so "88.4%" and "88.9%" of one ballot disagree. A bound just under its value
   * ({@link #JUST_UNDER}) gains the floor it implies: "nearly 40" is no account of 30.
   */
  static Interval widened(Figure f, Interval i) {
    if (f.qualifier() == Qualifier.UPPER_BOUND && i.hasHigh() && !i.hasLow() && JUST_UNDER.matcher(f.text()).find()) {
      i = new Interval(i.high() * JUST_UNDER_SHARE, i.high());
    }
    if (f.kind() == FigureKind.PERCENT && f.qualifier() == Qualifier.EXACT && i.hasLow() && i.hasHigh()) {
      double rounding = 0.5 * Math.pow(10, -decimals(f.text()));
      return new Interval(i.low() - rounding, i.high() + rounding);
    }
    double margin = switch (f.qualifier()) {
      case APPROXIMATE -> 0.10;
      case RANGE -> 0.05;
      default -> 0.005;
    };
    double low = i.hasLow() ? i.low() - Math.abs(i.low()) * margin : i.low();
    double high = i.hasHigh() ? i.high() + Math.abs(i.high()) * margin : i.high();
    return new Interval(low, high);
  }

  /** The digits written after the decimal point of a figure's first number: 1 for "88.4%", 0 for "40 per cent". */
  private static int decimals(String text) {
    int point = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' && point < 0 && i > 0 && Character.isDigit(text.charAt(i - 1))) {
        point = i;
      } else if (!Character.isDigit(c) && (point >= 0 || i > 0 && Character.isDigit(text.charAt(i - 1)))) {
        return point < 0 ? 0 : i - point - 1;
      }
    }
    return point < 0 ? 0 : text.length() - point - 1;
  }

  private static Finding finding(Located a, Located b) {
    boolean exact = a.figure().qualifier() == Qualifier.EXACT && b.figure().qualifier() == Qualifier.EXACT;
    String subject = a.figure().subject().map(x -> Texts.clip(x, 40)).orElse("the figure");
    String summary = Parties.capitalise(a.view().party(a.figure(), a.sentence())) + " gives " + lowerFirst(a.figure().text())
        + " for " + subject + "; " + b.view().party(b.figure(), b.sentence()) + " gives " + lowerFirst(b.figure().text());
    return new Finding("", FindingType.NUMERIC_CONFLICT, exact ? Severity.HIGH : Severity.MEDIUM, summary,
        List.of(a.view().evidence(a.figure(), a.sentence()), b.view().evidence(b.figure(), b.sentence())));
  }

  /**
   * One finding per disagreement, not per pair of passages: the pairs giving the same two values of
   * one kind of count ("769" against "4,000" killed) are one finding, in the place of the first,
   * with every passage that gives either value as evidence, however many outlets repeat them.
   */
  private static List<Finding> grouped(List<Located[]> conflicts) {
    Map<String, List<Located[]>> byValues = new java.util.LinkedHashMap<>();
    for (Located[] c : conflicts) {
      byValues.computeIfAbsent(values(c), k -> new ArrayList<>()).add(c);
    }
    List<Finding> out = new ArrayList<>();
    for (List<Located[]> group : byValues.values()) {
      Finding f = finding(group.get(0)[0], group.get(0)[1]);
      List<Evidence> all = new ArrayList<>(f.evidence());
      for (Located[] c : group) {
        for (Located l : c) {
          Evidence e = l.view().evidence(l.figure(), l.sentence());
          if (!all.contains(e)) {
            all.add(e);
          }
        }
      }
      out.add(new Finding(f.id(), f.type(), f.severity(), f.summary(), all));
    }
    return out;
  }

  /** The kind of count and the two values a pair gives, in either order. */
  private static String values(Located[] c) {
    return c[0].key().bucket() + "|" + Texts.unorderedPair(valueOf(c[0].figure()), valueOf(c[1].figure()));
  }

  private static String valueOf(Figure f) {
    return f.value().isPresent() ? Double.toString(f.value().getAsDouble()) : f.text();
  }

  /** "At least 340" opening a sentence reads "at least 340" mid-summary. */
  private static String lowerFirst(String s) {
    return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }
}
