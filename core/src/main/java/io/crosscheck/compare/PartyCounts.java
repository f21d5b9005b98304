package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.internal.Splits;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Two parties' counts of one thing at one moment of one event, from the claim frames: "the
 * Varden union said 900,000 marched; the ministry counted 310,000" conflict, in one article or
 * across the articles of the event. Both figures must be credited to a party (a meeting's length
 * may be an outlet's own account, compared across articles only), the parties must differ, the counted thing must be one lexicon class (TURNOUT, KILLED, MEETING …) and neither
 * sentence may describe a change, an earlier event or an older value.
 */
final class PartyCounts {
  /** A count that changed: "up from 80,000", "the toll rose to". */
  private static final Pattern CHANGE = Pattern.compile(
      "(?i)\\b(?:rose|risen|climbed|increased|jumped|up from|down from|fell|dropped)\\b");
  /**
   * A sentence that places its figure at another time or in a change: "a week earlier", "last
   * week", "the previous rally", "rose to", "up from".
   */
  private static final Pattern OTHER_MOMENT = Pattern.compile(
      "(?i)\\b(?:last (?:week|month|year|time)|(?:a|one|the) (?:week|day|month) (?:before|earlier)|previous|earlier (?:march|protest|rally|day)|"
          + "rose|risen|climbed|increased|jumped|up from|down from|fell|dropped|so far|until now|to date)\\b");
  /** Literals one of which every match of {@link #CHANGE} holds: most sentences hold none, and the pattern is tried at every place. */
  private static final Literals CHANGE_WORDS = Literals.anyOf("rose", "risen", "climbed", "increased", "jumped", "up from",
      "down from", "fell", "dropped");
  /** Literals one of which every match of {@link #OTHER_MOMENT} holds. */
  private static final Literals OTHER_MOMENT_WORDS = Literals.anyOf("last", "before", "earlier", "previous", "rose", "risen",
      "climbed", "increased", "jumped", "up from", "down from", "fell", "dropped", "so far", "until now", "to date");
  /**
   * A place named in a figure's subject: "marched in Valder", "in the capital"; not an occasion
   * owned by a day: "joined in Tuesday's protests".
   */
  private static final Pattern PLACE = Pattern.compile("(?i)\\bin (?:the )?(\\p{L}[\\p{L}-]{0,40})\\b(?!['’])");
  /**
   * Counts of a one-off occasion, fixed once it is over: a march's turnout, a meeting's length, who a boat carried.
   * Any moment of the event is the same moment; a toll (KILLED) rises, so it is left to the day-exact
   * matching of {@link NumericConflictRule}.
   */
  private static final Set<String> ONE_OFF = Set.of("TURNOUT", "MEETING", "ON_BOARD");
  /** Subject words that name no counted thing: "3.5 million people came", "police put the number at", "were counted". */
  private static final Set<String> GATHERINGS = Set.of("demonstration", "march", "rally", "protest", "procession", "vigil");
  /** Verbs of attending a gathering: "drew 40,000 people", "40,000 people gathered", "took part". */
  private static final Set<String> ATTENDING = Set.of("attracting", "attracted", "drew", "drawing", "gathered", "participated",
      "attended", "rallied", "part");
  private static final Set<String> VAGUE = Set.of("people", "number", "numbers", "figure", "figures", "crowd", "turnout",
      "estimate", "count", "counted", "demonstration", "march", "rally", "protest");
  /**
   * A count owned by a place, a forecast or an age, not a count of the occasion: "Valder's four
   * million people", "expecting 90,000", "said marcher Ilo Pask, 19".
   */
  private static final Pattern NOT_A_COUNT = Pattern.compile(
      "(?:\\p{Lu}\\p{Ll}+,\\s*$|(?i)['’]s\\s+$|\\b(?:expect(?:s|ed|ing)?|forecast|hop(?:es|ed|ing) for|predict(?:s|ed|ing)?)\\b[^.]{0,60}$)");
  /** A subject that points back at the count just stated: "police put the number at", "the figure". */
  private static final Pattern ANAPHORIC = Pattern.compile("(?i)\\b(?:number|figure)\\b");
  /**
   * A party's headcount stated as a ceiling: "organisers claimed up to 200,000 joined", "as many as
   * one million marched". A party counting its own crowd claims about that many, not any number below.
   */
  private static final Pattern CLAIMED_TOP = Pattern.compile("(?i)^(?:up to|as many as)\\b");
  /** The share of its value a claimed ceiling covers at the least: "up to 200,000" is at least 100,000. */
  private static final double CLAIMED_TOP_SHARE = 0.5;
  /** How far back (characters) the count that "the number" points at may be. */
  private static final int ANAPHOR_CHARS = 300;
  /** Figures that are too small to be a headcount dispute: "two people" said by both sides. */
  private static final double MIN_VALUE = 2;

  private final Quantities quantities;

  private final CountPlaces places;

  /** {@code places}: the count-place reader of the numeric rule this check belongs to. */
  PartyCounts(Lexicon lexicon, CountPlaces places) {
    this.places = places;
    this.quantities = new Quantities(lexicon);
  }

  /** One figure claim with the article, sentence and interval the test reads. */
  private record Count(ArticleView view, Claim claim, Figure figure, Sentence sentence, String party, Interval interval,
      Optional<String> where) {}

  List<Finding> check(Batch batch) {
    Map<String, ArticleView> views = new HashMap<>();
    for (ArticleView v : ArticleView.of(batch.articles())) {
      views.put(v.id(), v);
    }
    Set<String> eventClasses = new HashSet<>();
    for (Claim c : batch.claims()) {
      c.measure().ifPresent(m -> eventClasses.add(c.event().orElse("") + " " + m.thing()));
      if (c.measure().isPresent() && c.figures().size() == 1 && namesAGathering(c.figures().get(0))) {
        eventClasses.add(c.event().orElse("") + " TURNOUT"); // "the march a week earlier drew a million"
      }
    }
    // A batch about an event the articles only refer back to ("a protest the week before"): its
    // sentences name another moment by design, and the counts in them are that event's own.
    boolean aboutReferenced = !batch.events().isEmpty() && batch.events().stream().allMatch(io.crosscheck.model.Event::referenced);
    Map<String, List<Count>> groups = new TreeMap<>();
    Map<String, Figure> lastPlaced = new HashMap<>();
    Map<Sentence, CountPlaces.Named> placesRead = new java.util.IdentityHashMap<>();
    for (Claim c : batch.claims()) {
      if (c.measure().isEmpty() || c.figures().size() != 1) {
        continue;
      }
      Figure f = c.figures().get(0);
      String thing = c.measure().get().thing();
      ArticleView owner = views.get(c.article());
      // A thing no class named ("COUNT:people") may be the turnout; only then is the count read for whether it is the occasion's.
      if (thing.contains(":") && (vague(f) || namesItsSource(f, owner))
          && (eventClasses.contains(c.event().orElse("") + " TURNOUT") || namesAGathering(f))) {
        thing = "TURNOUT"; // "3.5 million people came" in an event whose other counts are of marchers
      }
      ArticleView view = views.get(c.article());
      if (c.attribution().isEmpty() && !(f.kind() == FigureKind.DURATION && thing.equals("MEETING"))) {
        continue; // a count nobody is credited with; a meeting's length is the outlet's own account
      }
      if (!ONE_OFF.contains(thing) || view == null || !comparableKind(f.kind())) {
        continue; // no class names the counted thing: "40 ships" is left to the older matching
      }
      Optional<Sentence> s = view.article().text().sentenceAt(f.start());
      Optional<Interval> interval = interval(f);
      String place = place(f, view);
      Figure previous = lastPlaced.get(c.article());
      if (place.equals("-") && previous != null && ANAPHORIC.matcher(f.subject().orElse("")).find()
          && f.start() - previous.end() <= ANAPHOR_CHARS) {
        place = place(previous, view); // "700,000 marched in Varn. Police put the number at 81,000": Varn's count
      }
      if (!place.equals("-")) {
        lastPlaced.put(c.article(), f);
      } else {
        lastPlaced.remove(c.article());
      }
      // Whether the count is one of its own at the moment reported is read once it is in a pair that may conflict ({@link OwnCounts}).
      if (s.isEmpty() || interval.isEmpty() || f.interval().hasHigh() && Math.abs(f.interval().high()) < MIN_VALUE) {
        continue;
      }
      String key = f.kind() + " " + thing + " " + c.event().orElse("") + " " + place;
      groups.computeIfAbsent(key, k -> new ArrayList<>())
          .add(new Count(view, c, f, s.get(), c.party().toLowerCase(Locale.ROOT), interval.get(),
              places.of(view.sentences(), s.get(), placesRead)));
    }
    List<Finding> out = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    OwnCounts own = new OwnCounts(aboutReferenced);
    for (Map.Entry<String, List<Count>> group : groups.entrySet()) {
      List<Count> counts = group.getValue();
      // Pairs inside one article first: "organisers said 90,000; wardens counted 30,000" is the clearest telling.
      List<Count[]> conflicts = new ArrayList<>();
      for (int i = 0; i < counts.size(); i++) {
        for (int j = i + 1; j < counts.size(); j++) {
          Count a = counts.get(i);
          Count b = counts.get(j);
          boolean unattributed = a.claim().attribution().isEmpty() || b.claim().attribution().isEmpty();
          if (a.party().equals(b.party()) && a.view() == b.view() || a.sentence() == b.sentence() && !ownCredits(a, b) || unattributed && a.view() == b.view()
              || !a.interval().isDisjointFrom(b.interval())
              || a.view() == b.view() && CountPlaces.differ(a.where(), b.where()) // a round-up of two cities' marches
              || a.figure().kind() == FigureKind.DURATION && a.interval().hasLow() && b.interval().hasLow()
                  && CountRoles.differentScale(a.interval().low(), b.interval().low())
              || !own.counts(a) || !own.counts(b)) {
            continue;
          }
          conflicts.add(new Count[] {a, b});
        }
      }
      conflicts.sort(java.util.Comparator.comparing((Count[] p) -> p[0].view() != p[1].view()));
      Set<String> partiesWithin = new HashSet<>();
      for (Count[] p : conflicts) {
        String parties = partyPair(p[0], p[1]);
        boolean within = p[0].view() == p[1].view();
        if (within) {
          partiesWithin.add(parties);
        } else if (!p[0].party().equals(p[1].party()) && partiesWithin.contains(parties)) {
          continue; // organisers against police is told inside one article already: across articles it is a repeat
        }
        // One finding per pair of values: "nearly two million" against 338,000, however many articles repeat it.
        // One source credited with two values is a misreport of each outlet that differs: one per pair of articles.
        double x = p[0].figure().value().orElse(p[0].interval().low());
        double y = p[1].figure().value().orElse(p[1].interval().low());
        String articles = p[0].party().equals(p[1].party()) ? "|" + p[0].view().id() + "|" + p[1].view().id() : "";
        if (reported.add(group.getKey() + "|" + Math.min(x, y) + "|" + Math.max(x, y) + articles)) {
          out.add(finding(p[0], p[1]));
        }
      }
    }
    return out;
  }

  /**
   * Whether each count of a batch is one of its own at the moment reported, read once and only
   * when the count is in a pair that may conflict: not in a sentence placing its counts at another
   * moment ({@link #otherMoment}), not a non-count by the words before it, not a part of a whole
   * and not provisional. Each test reads the sentence against patterns; most counts agree with
   * every other in their group and are never read.
   */
  private static final class OwnCounts {
    private final boolean aboutReferenced;
    /** Whether each sentence places its counts at another moment, read once however many counts it holds. */
    private final Map<Sentence, Boolean> elsewhen = new java.util.IdentityHashMap<>();
    private final Map<Count, Boolean> read = new java.util.IdentityHashMap<>();

    OwnCounts(boolean aboutReferenced) {
      this.aboutReferenced = aboutReferenced;
    }

    boolean counts(Count c) {
      return read.computeIfAbsent(c, this::read);
    }

    private boolean read(Count c) {
      Figure f = c.figure();
      Sentence s = c.sentence();
      String before = s.text().substring(0, Math.max(0, Math.min(s.text().length(), f.start() - s.start())));
      return !elsewhen.computeIfAbsent(s, x -> otherMoment(x, aboutReferenced))
          && !NOT_A_COUNT.matcher(before).find()
          && !CountRoles.isPart(f, s) && !CountRoles.isProvisional(s);
    }
  }

  /**
   * Whether the sentence places its counts at another moment or in a change ({@link #OTHER_MOMENT});
   * in a batch about an event the articles only refer back to, only a change counts ({@link #CHANGE}).
   */
  private static boolean otherMoment(Sentence s, boolean aboutReferenced) {
    return aboutReferenced ? CHANGE_WORDS.inSentence(s.text()) && CHANGE.matcher(s.text()).find()
        : OTHER_MOMENT_WORDS.inSentence(s.text()) && OTHER_MOMENT.matcher(s.text()).find();
  }

  /**
   * The subject read for the count is its source's own name, so the counted thing is left to the
   * occasion: "Police said the march reached 338,000" (the police are the counters, not the counted).
   */
  private static boolean namesItsSource(Figure f, ArticleView view) {
    if (view == null || f.subject().isEmpty() || f.attribution().isEmpty()) {
      return false;
    }
    Set<String> source = new HashSet<>();
    view.attribution(f).ifPresent(a -> {
      for (String w : Splits.onNonLetters(a.source().name().toLowerCase(Locale.ROOT))) {
        source.add(w);
      }
    });
    for (String w : Splits.onNonLetters(f.subject().get().toLowerCase(Locale.ROOT))) {
      if (source.contains(w) && !w.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject names a gathering or attending one, so a vague count in it is its turnout: "the march a
   * week earlier drew a million", "attracting 40,000 people".
   */
  private static boolean namesAGathering(Figure f) {
    for (String w : Splits.onNonLetters(f.subject().orElse("").toLowerCase(Locale.ROOT))) {
      if (GATHERINGS.contains(w) || ATTENDING.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the place {@code m} found names the gathering itself rather than a part of it: "took part
   * in the rally", "in Valder rally" are the occasion every count is of, not "marchers in Valder".
   */
  private static boolean namesTheGathering(String subject, java.util.regex.Matcher m) {
    String[] next = Splits.onSpaces(subject.substring(m.end()).strip());
    return GATHERINGS.contains(m.group(1).toLowerCase(Locale.ROOT))
        || next.length > 0 && GATHERINGS.contains(next[0].toLowerCase(Locale.ROOT));
  }

  /** The two parties of a pair, in a fixed order. */
  private static String partyPair(Count a, Count b) {
    return Texts.unorderedPair(a.party(), b.party());
  }

  /**
   * The subject names none of the counted thing's words: "people", "the number"; or it names only
   * the act of attending ("between 90,000 and 150,000 attended").
   */
  private static boolean vague(Figure f) {
    if (f.subject().isEmpty()) {
      return true; // "nearly two million of them", the counted thing left to the sentence
    }
    boolean onlyAttending = true;
    for (String w : Splits.onNonLetters(f.subject().orElse("").toLowerCase(Locale.ROOT))) {
      if (VAGUE.contains(w)) {
        return true;
      }
      onlyAttending &= w.isEmpty() || ATTENDING.contains(w);
    }
    return onlyAttending;
  }

  /**
   * The place the subject limits the count to ("protesters in the city" is a count of the city
   * only), else the place its sentence opens on ("In Varn, 40 …"); "-" for none.
   */
  private String place(Figure f, ArticleView view) {
    String subject = f.subject().orElse("");
    java.util.regex.Matcher m = PLACE.matcher(subject);
    if (m.find() && !namesTheGathering(subject, m)) {
      return m.group(1).toLowerCase(Locale.ROOT);
    }
    return view.article().text().sentenceAt(f.start()).flatMap(s -> places.fronted(s, f.start()))
        .map(p -> p.toLowerCase(Locale.ROOT)).orElse("-");
  }

  /** Two figures of one sentence each credited to its own source: "organisers said 90,000, while wardens counted 30,000". */
  private static boolean ownCredits(Count a, Count b) {
    return a.figure().attribution().isPresent() && b.figure().attribution().isPresent()
        && !a.figure().attribution().equals(b.figure().attribution());
  }

  private static boolean comparableKind(FigureKind kind) {
    return kind == FigureKind.COUNT || kind == FigureKind.DURATION || kind == FigureKind.MONEY;
  }

  /** The interval in minutes for a duration, the figure's own otherwise, widened for approximations and claimed ceilings. */
  private Optional<Interval> interval(Figure f) {
    Interval i = f.interval();
    if (f.kind() == FigureKind.DURATION) {
      Optional<Quantities.Key> key = quantities.key(f);
      if (key.isEmpty() || key.get().minutes().isEmpty()) {
        return Optional.empty();
      }
      i = Quantities.comparable(f, key.get());
    }
    if (f.qualifier() == Qualifier.UPPER_BOUND && i.hasHigh() && !i.hasLow() && CLAIMED_TOP.matcher(f.text()).find()) {
      i = new Interval(i.high() * CLAIMED_TOP_SHARE, i.high());
    }
    return Optional.of(NumericConflictRule.widened(f, i));
  }

  private static Finding finding(Count a, Count b) {
    boolean exact = a.figure().qualifier() == Qualifier.EXACT && b.figure().qualifier() == Qualifier.EXACT;
    String subject = a.figure().subject().map(x -> Texts.clip(x, 40)).orElse("the figure");
    String summary = Parties.capitalise(label(a)) + " gives " + a.figure().text() + " for " + subject + "; "
        + label(b) + " gives " + b.figure().text();
    return new Finding("", FindingType.NUMERIC_CONFLICT, exact ? Severity.HIGH : Severity.MEDIUM, summary,
        List.of(a.view().evidence(a.figure(), a.sentence()), b.view().evidence(b.figure(), b.sentence())));
  }

  /** The source as the article names it ("the Tessaly Workers Guild"), not its entity id. */
  private static String label(Count c) {
    return c.claim().attribution().map(x -> x.source().name()).orElse(c.claim().party());
  }
}
