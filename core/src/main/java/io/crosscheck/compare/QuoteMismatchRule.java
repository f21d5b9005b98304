package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Quotation;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Flags one remark quoted with different wording, or the same words credited to different
 * speakers (QUOTE_MISMATCH).
 *
 * <p>“We will not sign a deal that leaves our farmers behind” against “we will never sign a deal
 * that leaves our farmers behind” is a mismatch ("not" vs "never"); a quote repeated word for word
 * by the same speaker, or a shorter excerpt of a longer quote, is not.
 */
final class QuoteMismatchRule implements Check {
  /** Quotes shorter than this many words ("a breakthrough") recur by chance. */
  static final int MIN_WORDS = 6;
  /** Word-sequence similarity (2·LCS / total) from which two quotes are one remark. */
  static final double MIN_SIMILARITY = 0.6;
  /** A quote this long or longer may be matched inside a longer quote of the same remark. */
  static final int MIN_EXCERPT_WORDS = 8;
  /** Share of the shorter quote's words that must occur, in order, in the longer one. */
  static final double MIN_EXCERPT_COVER = 0.8;
  /** Articles published further apart than this quote different occasions. */
  static final long MAX_DAYS_APART = 10;
  /** Longest cue between two parts of one split quote: ", the minister said, ". */
  static final int SPLIT_GAP = 40;
  /**
   * Stem-sequence similarity (2·LCS / total, words cut to {@link #STEM_LENGTH} letters) from which
   * two quotes by one speaker in two articles are one remark rendered twice, as two translations
   * are: "shortcomings in the council's work" against "deficiencies in the council's work".
   */
  static final double MIN_RENDERING_SIMILARITY = 0.4;
  /**
   * Similarity of a shorter quote to the stretch of a longer one it aligns with, from which one
   * named speaker's two quotes are one remark translated twice ("soften its isolation, …, and begin empty
   * harbour talks" inside "… to loosen its isolation, …, and to hold hollow harbour talks …").
   */
  static final double MIN_EXCERPT_RENDERING = 0.5;
  /** Content words such a rendered excerpt must share with the longer quote. */
  static final int MIN_EXCERPT_SHARED_CONTENT = 4;
  /** Letters a word is cut to when two renderings are aligned: "apologises" and "apologized" give "apolo". */
  static final int STEM_LENGTH = 5;
  /** Quotes sharing one word pair beyond which the pair is too common to propose candidates. */
  static final int MAX_HOLDERS = 64;
  /** Fewest characters (joined words) two overlapping excerpts must share: a few words recur by chance. */
  static final int MIN_OVERLAP_CHARS = 40;
  /** Fewest content words two loosely aligned renderings of one remark share: more than one word of substance. */
  static final int MIN_SHARED_CONTENT = 2;
  /** Fewest words of a short quote that may paraphrase a longer one ("confirmed that Varno approves"). */
  static final int MIN_SHORT_WORDS = 4;

  private final Set<String> functionWords;
  private final Set<String> stopWords;
  private final EventFramer framer;
  /** "million", "bn" ({@code scale-words}), folded as quote words are ("milion"). */
  private final Set<String> scaleWords = new java.util.HashSet<>();

  QuoteMismatchRule(Lexicon lexicon) {
    this.functionWords = Set.copyOf(lexicon.entries("function-words"));
    this.stopWords = Set.copyOf(lexicon.entries("topic-stopwords"));
    this.framer = new EventFramer(lexicon);
    for (String entry : lexicon.entries("scale-words")) {
      scaleWords.add(Spellings.fold(entry.substring(0, entry.indexOf('|') < 0 ? entry.length() : entry.indexOf('|'))));
    }
  }

  /**
   * One quotation with its words and the attribution that carries it; {@code core} is its words
   * joined without the function words at its edges ({@link #core}), empty when none stand there.
   */
  private record Quote(ArticleView view, Quotation quotation, List<String> words, List<String> written, String joined,
      Optional<Attribution> attribution, Set<String> wordSet, List<String> nonNumeric, List<String> stems,
      Optional<Core> core, Set<String> inserted, List<Fragment> fragments) {
    Quote(ArticleView view, Quotation quotation, List<String> words, List<String> written, Optional<Attribution> attribution,
        Optional<Core> core, Set<String> inserted, List<Fragment> fragments) {
      this(view, quotation, words, written, joinWords(words), attribution, Set.copyOf(words),
          words.stream().filter(w -> !NUMBER.matcher(w).matches()).toList(),
          words.stream().map(w -> w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w).toList(), core, inserted,
          List.copyOf(fragments));
    }
  }

  /** One quotation of a remark quoted in pieces: its words joined, and those that are no function words. */
  private record Fragment(String joined, Set<String> contentWords) {}

  /**
   * Whether {@code split}, a remark quoted in fragments ("a “regrettable” visit whose “gangster-like”
   * demands “might rattle our resolve”"), is made of excerpts of {@code whole}: some fragment of two
   * words or more stands in it word for word, and every other shares no word with it, being another
   * piece of the statement ("urged him “not to close the ferry” or “gamble the harbour”" against
   * “Don't close the ferry to the islands”). An article quoting other pieces of one statement misquotes nothing, unless it
   * credits them to another named speaker.
   */
  private static boolean fragmentsOf(Quote split, Quote whole) {
    boolean excerpt = false;
    for (Fragment f : split.fragments()) {
      if (whole.joined().contains(f.joined())) {
        excerpt = true;
      } else if (!java.util.Collections.disjoint(f.contentWords(), whole.wordSet())) {
        return false; // a piece worded otherwise
      }
    }
    return excerpt;
  }

  /** Words joined as {@link Quote#joined} holds them: no spaces, no compound gaps. */
  private static String joinWords(List<String> words) {
    return COMPOUND_GAPS.matcher(String.join("", words)).replaceAll("");
  }

  /**
   * Spaces and hyphens inside compounds, dropped from a quote's words joined: "cyber attack",
   * "cyber-attack" and "cyberattack" are one spelling, and a quote the same without them is the same.
   */
  private static final Pattern COMPOUND_GAPS = Pattern.compile("[\\s-]");
  /** A number-only word: "41", "2,500", "40%". */
  private static final Pattern NUMBER = Pattern.compile("[\\d.,%]+");

  @Override
  public List<Finding> check(Batch batch) {
    List<Quote> quotes = new ArrayList<>();
    for (ArticleView view : ArticleView.of(batch.articles())) {
      for (List<Quotation> remark : remarks(view)) {
        StringBuilder inner = new StringBuilder();
        remark.forEach(q -> inner.append(q.inner().in(view.body())).append(' '));
        // "This shd [should] be fixed": the editor's bracketed words are kept apart from the speaker's.
        EditorialMarks.Edited edited = EditorialMarks.of(inner.toString());
        // "I'm" and "I am", "£758m" and "758 million": one wording in two house styles.
        List<String> written = Texts.words(WrittenForms.plain(edited.text()));
        List<String> words = spelled(written);
        Quotation first = remark.get(0);
        Quotation span = new Quotation(Span.of(first.outer().start(), remark.get(remark.size() - 1).outer().end()),
            first.inner(), true);
        if (words.size() >= MIN_SHORT_WORDS) {
          quotes.add(new Quote(view, span, words, written, attribution(view, first), core(words), edited.inserted(),
              remark.size() > 1 ? fragments(view, remark) : List.of()));
        }
      }
    }
    quotes = withoutRepeats(quotes);
    ArticleEvents events = new ArticleEvents(framer, stopWords);
    Map<Long, Finding> differing = new LinkedHashMap<>();
    for (int[] pair : candidates(quotes)) {
      Quote a = quotes.get(pair[0]);
      Quote b = quotes.get(pair[1]);
      // "Because you never showed the pass" is cut from "You never showed the pass at the gate", in either reading.
      if (events.sameEvent(a.view(), b.view()) && !excerptOf(a, b) && !excerptOf(b, a)
          && !(sameOrUnnamedSpeaker(a, b) && (fragmentsOf(a, b) || fragmentsOf(b, a)))) {
        compare(a, b).or(() -> rendering(a, b)).filter(f -> a.joined().equals(b.joined()) || !overlappingExcerpts(a, b))
            .ifPresent(f -> differing.put(pairKey(pair[0], pair[1]), f));
      }
    }
    // A remark worded three ways gives one finding, its first pair's, not one per pair of renderings.
    List<Finding> out = new ArrayList<>();
    List<Set<Integer>> reported = new ArrayList<>();
    for (Map.Entry<Long, Finding> e : differing.entrySet()) {
      Optional<Set<Integer>> renderings = renderings(e.getKey(), differing.keySet(), quotes);
      if (renderings.isEmpty()) {
        out.add(e.getValue());
      } else if (reported.stream().noneMatch(r -> !java.util.Collections.disjoint(r, renderings.get()))) {
        reported.add(renderings.get());
        out.add(e.getValue());
      }
    }
    return out;
  }

  private static long pairKey(int i, int j) {
    return (long) Math.min(i, j) << 32 | Math.max(i, j);
  }

  /**
   * The quotes of a remark that three articles word three ways: the pair's two and every other
   * article's rendering that differs from both. Then no wording is the speaker's own; they are
   * translations or paraphrases of a remark made in another language ("the most vivid example",
   * "the most obvious example", "the most remarkable example"). Empty when no third rendering
   * differs from both.
   */
  private static Optional<Set<Integer>> renderings(long key, Set<Long> differing, List<Quote> quotes) {
    int i = (int) (key >>> 32);
    int j = (int) key;
    Set<Integer> out = new TreeSet<>();
    for (int k = 0; k < quotes.size(); k++) {
      if (k != i && k != j && quotes.get(k).view() != quotes.get(i).view() && quotes.get(k).view() != quotes.get(j).view()
          && differing.contains(pairKey(i, k)) && differing.contains(pairKey(j, k))) {
        out.add(k);
      }
    }
    if (out.isEmpty()) {
      return Optional.empty();
    }
    out.add(i);
    out.add(j);
    return Optional.of(out);
  }

  /**
   * The quotes without those an article repeats inside a longer quote of its own: a lede's "told
   * us that “the claims are untrue”" and the full statement below it are one remark, compared with
   * another article's rendering once, in its fuller form. Quotes run in article order, so the
   * comparison stays within each article's own quotes.
   */
  private static List<Quote> withoutRepeats(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    int from = 0;
    while (from < quotes.size()) {
      int to = from;
      while (to < quotes.size() && quotes.get(to).view() == quotes.get(from).view()) {
        to++;
      }
      List<Quote> article = quotes.subList(from, to);
      for (Quote q : article) {
        if (!repeatedInside(q, article)) {
          out.add(q);
        }
      }
      from = to;
    }
    return out;
  }

  /** Whether a longer quote of the same article, not credited to another named speaker, holds {@code q}'s words. */
  private static boolean repeatedInside(Quote q, List<Quote> article) {
    for (Quote other : article) {
      if (other.words().size() > q.words().size() && !differentSpeakers(q, other)
          && (other.joined().contains(q.joined()) || excerptOf(q, other))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Pairs of quotes sharing a word pair (cut to stems), found through an index of word pairs rather
   * than by comparing every quote with every other; a pair held by more than {@link
   * #MAX_HOLDERS} quotes ("of the") proposes no candidates. In quote order.
   */
  private static List<int[]> candidates(List<Quote> quotes) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      for (String key : bigrams(quotes.get(i))) {
        index.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Set<Long> seen = new TreeSet<>();
    for (List<Integer> holders : index.values()) {
      if (holders.size() > MAX_HOLDERS) {
        continue;
      }
      for (int x = 0; x < holders.size(); x++) {
        for (int y = x + 1; y < holders.size(); y++) {
          seen.add((long) holders.get(x) * quotes.size() + holders.get(y));
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    for (long key : seen) {
      out.add(new int[] {(int) (key / quotes.size()), (int) (key % quotes.size())});
    }
    return out;
  }

  private static Set<String> bigrams(Quote q) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 1 < q.stems().size(); i++) {
      out.add(q.stems().get(i) + " " + q.stems().get(i + 1));
    }
    return out;
  }

  /**
   * One remark rendered twice in two articles, as two translations of one statement are: the
   * speaker is the same (or one side names none), and the word stems align over at least {@link
   * #MIN_RENDERING_SIMILARITY} of both; or a short quote ("confirmed that Varno approves") matches a
   * longer one by the same named speaker in all but one content word.
   */
  private Optional<Finding> rendering(Quote a, Quote b) {
    if (a.view() == b.view() || a.stems().equals(b.stems()) || onlyNumbersDiffer(a, b) || !sameOrUnnamedSpeaker(a, b)) {
      return Optional.empty();
    }
    Quote shorter = a.words().size() <= b.words().size() ? a : b;
    Quote longer = shorter == a ? b : a;
    int[][] table = lcsTable(shorter.stems(), longer.stems()); // read for the length, and for the span below
    int common = table[shorter.stems().size()][longer.stems().size()];
    if (common == shorter.stems().size()) {
      return Optional.empty(); // an excerpt, however cut
    }
    double similarity = 2.0 * common / (a.stems().size() + b.stems().size());
    // Below MIN_SIMILARITY the shared stems must include more than one word of substance.
    boolean rendered = shorter.words().size() >= MIN_WORDS && similarity >= MIN_RENDERING_SIMILARITY
        && (similarity >= MIN_SIMILARITY || sharedContentStems(shorter, longer) >= MIN_SHARED_CONTENT);
    // A translated excerpt of a longer remark: measured against the stretch of the longer it aligns with.
    boolean excerptRendered = !rendered && shorter.words().size() >= MIN_WORDS && sameNamedSpeaker(a, b)
        && 2.0 * common / (shorter.stems().size() + alignedSpan(table, shorter.stems(), longer.stems())) >= MIN_EXCERPT_RENDERING
        && sharedContentStems(shorter, longer) >= MIN_EXCERPT_SHARED_CONTENT;
    rendered |= excerptRendered;
    // A short quote one word apart from a stretch of a longer one: more than one word of substance
    // shared, or "the country is calm" would be a rendering of "… whether the country is maintaining …"
    boolean paraphrased = shorter.words().size() < MIN_WORDS && common == shorter.stems().size() - 1
        && sameNamedSpeaker(a, b) && substitutesContentWord(shorter, longer) && sharedContentStems(shorter, longer) >= MIN_SHARED_CONTENT;
    if (!rendered && !paraphrased || edited(a, b)) {
      return Optional.empty();
    }
    return Optional.of(finding(a, b, Severity.MEDIUM, "one remark is rendered two ways: " + difference(a, b)));
  }

  /**
   * How many of the shorter quote's content words (not function words) the longer holds, by stem:
   * "this is the worst harbour plan ever" and "this was the worst council session by far" share
   * only "worst".
   */
  private int sharedContentStems(Quote shorter, Quote longer) {
    Set<String> longerStems = Set.copyOf(longer.stems());
    Set<String> shared = new java.util.HashSet<>();
    for (int i = 0; i < shorter.words().size(); i++) {
      if (!functionWords.contains(shorter.words().get(i)) && longerStems.contains(shorter.stems().get(i))) {
        shared.add(shorter.stems().get(i));
      }
    }
    return shared.size();
  }

  /** Two wordings apart only by an editor's brackets and abbreviations ({@link EditorialMarks#onlyEditing}). */
  private boolean edited(Quote a, Quote b) {
    return EditorialMarks.onlyEditing(a.words(), a.inserted(), b.words(), b.inserted(), functionWords);
  }

  /** True when the one word of the short quote that the longer lacks is a content word: "approves" for "supports". */
  private boolean substitutesContentWord(Quote shorter, Quote longer) {
    for (int i = 0; i < shorter.words().size(); i++) {
      String w = shorter.words().get(i);
      if (!longer.stems().contains(shorter.stems().get(i))) {
        return isContentWord(w);
      }
    }
    return false;
  }

  private static boolean sameOrUnnamedSpeaker(Quote a, Quote b) {
    boolean aNamed = a.attribution().filter(QuoteMismatchRule::named).isPresent();
    boolean bNamed = b.attribution().filter(QuoteMismatchRule::named).isPresent();
    return !aNamed || !bNamed || sameNamedSpeaker(a, b);
  }

  private static boolean sameNamedSpeaker(Quote a, Quote b) {
    if (a.attribution().isEmpty() || b.attribution().isEmpty()) {
      return false;
    }
    Attribution x = a.attribution().get();
    Attribution y = b.attribution().get();
    if (x.source().entity().isPresent() && x.source().entity().equals(y.source().entity())) {
      return true;
    }
    return named(x) && named(y) && !differentSpeakers(a, b);
  }

  private Optional<Finding> compare(Quote a, Quote b) {
    if (!a.view().closeInTime(b.view(), MAX_DAYS_APART)) {
      return Optional.empty(); // a January remark and a May remark are two remarks
    }
    if (a.words().size() < MIN_WORDS || b.words().size() < MIN_WORDS) {
      return Optional.empty();
    }
    if (a.joined().equals(b.joined())) { // the same words, "cyberattack" and "cyber attack" being one
      return differentSpeakers(a, b) ? Optional.of(finding(a, b, Severity.HIGH, "the same words are credited to "
          + speaker(a) + " and to " + speaker(b))) : Optional.empty();
    }
    if (a.joined().contains(b.joined()) || b.joined().contains(a.joined())) {
      return Optional.empty(); // an excerpt of the longer quote
    }
    if (a.view() == b.view()) {
      return Optional.empty(); // two quotes in one article are two remarks: an article does not misquote itself
    }
    if (onlyNumbersDiffer(a, b)) {
      return Optional.empty(); // a formula repeated with new figures ("nearly 40% of the aid …"): an update, not a misquote
    }
    if (sharedWords(a, b) < MIN_EXCERPT_COVER * Math.min(a.words().size(), b.words().size()) / 2) {
      return Optional.empty(); // cheap test first: few words in common, no need to align
    }
    int shorter = Math.min(a.words().size(), b.words().size());
    Quote small = a.words().size() <= b.words().size() ? a : b;
    Quote large = small == a ? b : a;
    int[][] table = lcsTable(small.words(), large.words()); // the length, and the alignment cutInside reads
    int common = table[small.words().size()][large.words().size()];
    if (common == shorter && (!small.fragments().isEmpty() || elided(small) || !cutInside(small, large, table))) {
      return Optional.empty(); // excerpts of the longer quote, joined: "“gone on for far too long,” … “all parties”"
    }
    double similarity = 2.0 * common / (a.words().size() + b.words().size());
    // A shorter quote reworded inside a longer one: most of its words, in order, in the other.
    boolean rewordedExcerpt = shorter >= MIN_EXCERPT_WORDS && (double) common / shorter >= MIN_EXCERPT_COVER;
    int swappedAt = common == shorter - 1 && similarity < MIN_SIMILARITY && !rewordedExcerpt
        ? oneWordSwapped(small, small == a ? b : a) : -1;
    if (similarity < MIN_SIMILARITY && !rewordedExcerpt && swappedAt < 0 || edited(a, b)) {
      return Optional.empty();
    }
    String how = swappedAt >= 0 ? swapped(small, small == a ? b : a, swappedAt) : difference(a, b);
    return Optional.of(finding(a, b, Severity.MEDIUM, "one remark is quoted two ways: " + how));
  }

  /**
   * Where in the longer quote the shorter stands word for word but for one content word swapped in
   * place ("missed the mark with this offer" in "…, and Korvel missed the goal with this offer"), or
   * -1. A short quote matched so closely is one remark rendered twice, however short it is.
   */
  private int oneWordSwapped(Quote shorter, Quote longer) {
    int n = shorter.words().size();
    for (int start = 0; start + n <= longer.words().size(); start++) {
      int swapped = -1;
      for (int k = 0; k < n && swapped != -2; k++) {
        if (!shorter.stems().get(k).equals(longer.stems().get(start + k))) {
          swapped = swapped == -1 ? k : -2;
        }
      }
      if (swapped >= 0 && isContentWord(shorter.words().get(swapped)) && isContentWord(longer.words().get(start + swapped))) {
        return start;
      }
    }
    return -1;
  }

  /** "“mark” in a1 where a2 has “goal”": the one word {@link #oneWordSwapped} found, the longer read from {@code start}. */
  private static String swapped(Quote shorter, Quote longer, int start) {
    int end = start + shorter.words().size();
    WordingDiff diff = WordingDiff.of(shorter.words(), longer.words().subList(start, end), shorter.written(),
        longer.written().subList(start, end));
    return "\"" + String.join(" ", diff.onlyFirst()) + "\" in " + shorter.view().id() + " where "
        + longer.view().id() + " has \"" + String.join(" ", diff.onlySecond()) + "\"";
  }

  private boolean isContentWord(String w) {
    return !functionWords.contains(w) && !NUMBER.matcher(w).matches();
  }

  /**
   * A quote's words without the function words at its edges, joined, with the edge words of two or
   * more joined apart ({@code leading}, {@code trailing}; empty when fewer stand there).
   */
  private record Core(String joined, String leading, String trailing) {}

  /**
   * A quote's {@link Core}, when function words stand at its edges and {@link #MIN_SHORT_WORDS}
   * remain: a reporter's cut may leave a conjunction that opened the clause ("Because …"). Read once
   * per quote; {@link #excerptOf} asks it for every pair.
   */
  private Optional<Core> core(List<String> w) {
    int from = 0;
    int to = w.size();
    while (from < to && functionWords.contains(w.get(from))) {
      from++;
    }
    while (to > from && functionWords.contains(w.get(to - 1))) {
      to--;
    }
    if (to - from < MIN_SHORT_WORDS || from == 0 && to == w.size()) {
      return Optional.empty();
    }
    return Optional.of(new Core(joinWords(w.subList(from, to)), from >= 2 ? joinWords(w.subList(0, from)) : "",
        w.size() - to >= 2 ? joinWords(w.subList(to, w.size())) : ""));
  }

  /**
   * Whether the two quotes are overlapping excerpts of one statement: one quote's end is the
   * other's start, word for word, over at least half of the shorter ("… to let fans in. As crowds
   * grew, police …" against "In the run-up, gates jammed. … to let fans in."). Each left out a part
   * the other kept; neither reworded anything.
   */
  private static boolean overlappingExcerpts(Quote a, Quote b) {
    int least = Math.max(MIN_OVERLAP_CHARS, Math.min(a.joined().length(), b.joined().length()) / 2);
    return endsWithStartOf(a.joined(), b.joined(), least) || endsWithStartOf(b.joined(), a.joined(), least);
  }

  /** Whether some start of {@code start}, {@code least} characters or longer, is an end of {@code text}. */
  private static boolean endsWithStartOf(String text, String start, int least) {
    for (int k = Math.min(text.length(), start.length()); k >= least; k--) {
      if (text.regionMatches(text.length() - k, start, 0, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code shorter}, cut to its {@link #core}, is an excerpt of {@code longer}. */
  private static boolean excerptOf(Quote shorter, Quote longer) {
    if (shorter.core().isEmpty()) {
      return false;
    }
    Core c = shorter.core().get();
    String l = longer.joined();
    int at = l.indexOf(c.joined());
    if (at < 0) {
      return false;
    }
    // "She has said this …" against "She has previously said this …": the edge words stand in the
    // longer quote too, apart from the rest. The shorter renders its start and cut something inside.
    int end = at + c.joined().length();
    boolean leadApart = !c.leading().isEmpty() && at - c.leading().length() - 1 >= 0
        && l.lastIndexOf(c.leading(), at - c.leading().length() - 1) >= 0;
    boolean trailApart = !c.trailing().isEmpty() && l.indexOf(c.trailing(), end + 1) >= 0;
    return !leadApart && !trailApart;
  }

  private static boolean differentSpeakers(Quote a, Quote b) {
    if (a.attribution().isEmpty() || b.attribution().isEmpty()) {
      return false;
    }
    Attribution x = a.attribution().get();
    Attribution y = b.attribution().get();
    if (!named(x) || !named(y)) {
      return false;
    }
    Set<String> xs = Set.copyOf(Texts.words(x.source().name()));
    for (String w : Texts.words(y.source().name())) {
      if (xs.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean named(Attribution a) {
    return a.source().kind() == SourceKind.NAMED_PERSON || a.source().kind() == SourceKind.NAMED_SPOKESPERSON;
  }

  /** "“never” where the other has “not”; only one has “today”". */
  /** How the two wordings differ, hunk by hunk: {@code "not … any" in a where b has "never … a"}. */
  static String difference(Quote a, Quote b) {
    WordingDiff diff = WordingDiff.of(a.words(), b.words(), a.written(), b.written());
    return "\"" + Texts.clip(String.join(" ", diff.onlyFirst()), 60) + "\" in " + a.view().id() + " where "
        + b.view().id() + " has \"" + Texts.clip(String.join(" ", diff.onlySecond()), 60) + "\"";
  }

  private static boolean onlyNumbersDiffer(Quote a, Quote b) {
    return a.nonNumeric().equals(b.nonNumeric());
  }

  private static int sharedWords(Quote a, Quote b) {
    int n = 0;
    for (String w : b.wordSet()) {
      if (a.wordSet().contains(w)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Quotations grouped into remarks: a quote split by its cue ("“We will not,” he said, “give
   * up.”") is one remark when the text between the parts is short and in the same sentence.
   */
  private static List<List<Quotation>> remarks(ArticleView view) {
    List<List<Quotation>> out = new ArrayList<>();
    List<Quotation> current = new ArrayList<>();
    for (Quotation q : view.quotations()) {
      if (!current.isEmpty()) {
        Quotation last = current.get(current.size() - 1);
        boolean sameSentence = view.article().text().sentenceAt(last.outer().start())
            .equals(view.article().text().sentenceAt(q.outer().start()));
        if (!sameSentence || q.outer().start() - last.outer().end() > SPLIT_GAP) {
          out.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(q);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /**
   * Words in one spelling of their variants ({@link Spellings}): "enquiry" and "inquiry" quote
   * alike. Function words stay as written ("will", "off").
   */
  private List<String> spelled(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(functionWords.contains(w) ? w : Spellings.fold(w));
    }
    return out;
  }

  /**
   * Each quotation of a split remark that holds two words or more. A piece reported as an infinitive
   * is read as the imperative it renders: "urged him “not to close the ferry”" quotes “Don't close
   * the ferry”, "“to stay calm”" quotes “Stay calm”.
   */
  private List<Fragment> fragments(ArticleView view, List<Quotation> remark) {
    List<Fragment> out = new ArrayList<>();
    for (Quotation q : remark) {
      List<String> words = spelled(Texts.words(WrittenForms.plain(EditorialMarks.of(q.inner().in(view.body())).text())));
      if (words.size() >= 2 && words.get(0).equals("not") && words.get(1).equals("to")) {
        words = new ArrayList<>(words);
        words.set(0, "do");
        words.set(1, "not");
      } else if (words.size() >= 3 && words.get(0).equals("to")) {
        words = words.subList(1, words.size());
      }
      if (words.size() >= 2) {
        Set<String> content = new HashSet<>(words);
        content.removeAll(functionWords);
        out.add(new Fragment(joinWords(words), Set.copyOf(content)));
      }
    }
    return out;
  }

  /**
   * How many words of {@code longer} the longest common subsequence with {@code shorter} spans, from
   * its first aligned word to its last: the stretch of a long remark a shorter rendering renders.
   * {@code t} is {@link #lcsTable} of the two.
   */
  private static int alignedSpan(int[][] t, List<String> shorter, List<String> longer) {
    int first = longer.size();
    int last = -1;
    for (int i = shorter.size(), j = longer.size(); i > 0 && j > 0;) {
      if (shorter.get(i - 1).equals(longer.get(j - 1))) {
        first = j - 1;
        last = Math.max(last, j - 1);
        i--;
        j--;
      } else if (t[i - 1][j] >= t[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    return last < 0 ? longer.size() : last - first + 1;
  }

  /** Whether a quotation marks a cut of its own: "we stay … and we fight". */
  private static boolean elided(Quote q) {
    String inner = q.quotation().inner().in(q.view().body());
    return inner.indexOf('\u2026') >= 0 || inner.contains("...");
  }

  /**
   * Whether {@code shorter}, every word of it standing in order in {@code longer}, leaves out a word
   * of substance between two of its words: one quotation that reads "she has said this" where the
   * other has "she has previously said this" cuts the remark without marking the cut. A unit after
   * a number is no word of substance: "$7.9 million" says what "$7.9 million dollars" says.
   */
  private boolean cutInside(Quote shorter, Quote longer, int[][] t) {
    List<String> s = shorter.words();
    List<String> l = longer.words();
    boolean afterAligned = false;
    boolean dropped = false;
    for (int i = s.size(), j = l.size(); i > 0 && j > 0;) {
      if (s.get(i - 1).equals(l.get(j - 1))) {
        if (dropped) {
          return true;
        }
        afterAligned = true;
        i--;
        j--;
      } else if (t[i - 1][j] >= t[i][j - 1]) {
        i--;
      } else {
        dropped |= afterAligned && isContentWord(l.get(j - 1)) && !(j >= 2 && isNumberWord(l.get(j - 2)));
        j--;
      }
    }
    return false;
  }

  /** The words a number is written in: "41", "2,500", "7.9 million"; a word after one is its unit ("$7.9 million dollars"). */
  private boolean isNumberWord(String w) {
    return NUMBER.matcher(w).matches() || scaleWords.contains(w);
  }

  /** The longest-common-subsequence table of {@code a} and {@code b}: cell [i][j] holds the length for their first i and j words. */
  private static int[][] lcsTable(List<String> a, List<String> b) {
    int[][] t = new int[a.size() + 1][b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      for (int j = 1; j <= b.size(); j++) {
        t[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
      }
    }
    return t;
  }

  private static Optional<Attribution> attribution(ArticleView view, Quotation q) {
    Attribution best = null;
    for (Attribution a : view.article().attributions()) {
      if (a.span().overlaps(q.outer()) && (best == null || a.span().length() < best.span().length())) {
        best = a;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String speaker(Quote q) {
    return q.attribution().map(a -> a.source().name()).orElse("an unnamed speaker");
  }

  private static Finding finding(Quote a, Quote b, Severity severity, String how) {
    String summary = Parties.capitalise(quotedBy(a)) + " and " + quotedBy(b) + ": " + how;
    return new Finding("", FindingType.QUOTE_MISMATCH, severity, summary, List.of(evidence(a), evidence(b)));
  }

  private static String quotedBy(Quote q) {
    return q.attribution().map(a -> a.source().name() + " as quoted in " + q.view().id())
        .orElse("the quote in " + q.view().id());
  }

  /** The sentences holding the quote, so an anchor reaching past the marks is still covered. */
  private static Evidence evidence(Quote q) {
    List<Sentence> sentences = q.view().sentences();
    int start = q.quotation().outer().start();
    int end = q.quotation().outer().end();
    for (Sentence s : sentences) {
      if (s.span().overlaps(q.quotation().outer())) {
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
      }
    }
    return q.view().evidence(Span.of(start, end), q.attribution().map(Attribution::id).filter(id -> !id.isEmpty()));
  }
}
