package io.crosscheck.compare;

import io.crosscheck.internal.Bigrams;
import io.crosscheck.internal.Literals;
import io.crosscheck.internal.RecentTexts;
import io.crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lexicon list of cue phrases compiled to patterns. Entries are case-insensitive regular
 * expression fragments matched at word boundaries, optionally followed by {@code |KIND}.
 *
 * <p>The entry {@code did not mention} finds "did not mention" in "The statement did not mention
 * aid."; {@code (has|have) not made any assessment of|TOPIC} carries kind "TOPIC".
 */
final class CuePatterns {
  /**
   * One compiled entry and its kind ("" when none). {@code lowered} matches the entry against a
   * text already in lower case, without the slower case-insensitive matching; it is null when the
   * entry itself holds an upper-case letter. {@code needs} lists the requirements of
   * {@code lowered}, each a list of literals one of which every match holds (empty when none is
   * known): a lower-cased text that misses a requirement is not scanned, which spares most of the
   * patterns on most sentences. "(denied|disputed) the (account|claim)" needs a verb and a noun, so
   * a sentence that only mentions an account is skipped too. {@code starts} holds the literals one
   * of which every match of {@code lowered} starts with ("denied", "disputed"), null when none is
   * known: {@link #find(Matcher, String)} tries the pattern only where one stands.
   */
  record Cue(Pattern pattern, Pattern lowered, String kind, List<List<String>> needs, Literals starts) {
    Cue {
      needs = List.copyOf(needs);
    }

    /**
     * {@code m.find()} for a matcher of {@link #lowered()} over {@code lower}: the earliest match,
     * tried only at the places where one of {@link #starts()} stands, each anchored there
     * ({@code lookingAt}) with the text around it in view of the look-behinds. A sentence that
     * holds "denied that" is matched at "denied" alone, rather than at each of its characters.
     */
    boolean find(Matcher m, String lower) {
      if (starts == null) {
        return m.find();
      }
      m.useTransparentBounds(true).useAnchoringBounds(false);
      for (int at = starts.indexIn(lower, 0); at >= 0; at = starts.indexIn(lower, at + 1)) {
        if (m.region(at, lower.length()).lookingAt()) {
          return true;
        }
      }
      return false;
    }

  }

  /** Requirements with fewer literals first: each is a scan of the text per literal, and most texts miss the first. */
  private static final Comparator<List<String>> FEWEST_LITERALS = Comparator.comparingInt(List::size);

  /** Escapes whose letters are no literal text: "\p{L}", "\P{N}", "\b". */
  private static final Pattern ESCAPES = Pattern.compile("\\\\(?:[pP]\\{[A-Za-z_]{1,20}\\}|.)");

  /** Where one cue matched in a text. */
  record Hit(String kind, int start, int end) {}

  /** What a space in an entry matches: " ", " “", "” " (white space and quote marks). */
  private static final String GAP = "[\\s“”\"‘’]{1,4}";

  /**
   * Where an entry may begin: not inside a word, and a hyphen or apostrophe is inside a word
   * ("pro-government account" starts at "pro", never at "government"). Keeps an entry that opens
   * with a word class ({@code [\p{L}'-]++ account}) from being tried at every dash of a page rule
   * of 60,000 dashes, which made the scan quadratic.
   */
  private static final String WORD_START = "(?<![\\p{L}\\p{N}’'-])";

  private final List<Cue> cues;
  /** Every literal the cues' requirements name, once each: "denied" is needed by a dozen dispute cues. */
  private final String[] literals;
  /** Each cue's {@link Cue#needs}, every literal as its place in {@link #literals}. */
  private final int[][][] needs;
  /** Each literal's {@link Bigrams#pairs}: a text lacking one of them is not scanned for the literal. */
  private final int[][] pairs;

  private CuePatterns(List<Cue> cues) {
    this.cues = List.copyOf(cues);
    Map<String, Integer> ids = new LinkedHashMap<>();
    this.needs = new int[this.cues.size()][][];
    for (int k = 0; k < needs.length; k++) {
      List<List<String>> cueNeeds = this.cues.get(k).needs();
      needs[k] = new int[cueNeeds.size()][];
      for (int n = 0; n < needs[k].length; n++) {
        needs[k][n] = cueNeeds.get(n).stream().mapToInt(l -> ids.computeIfAbsent(l, x -> ids.size())).toArray();
      }
    }
    this.literals = ids.keySet().toArray(String[]::new);
    this.pairs = java.util.Arrays.stream(literals).map(Bigrams::pairs).toArray(int[][]::new);
  }

  /** What {@link #mayMatch(int, String, Bigrams, byte[])} has learnt of a literal in one text: not yet looked for, held, missing. */
  private static final byte UNKNOWN = 0;
  private static final byte HELD = 1;
  private static final byte MISSING = 2;

  /** Whether {@code lower} may hold a match of cue {@code k}'s lowered pattern: it meets every requirement. */
  boolean mayMatch(int k, String lower) {
    return mayMatch(k, lower, Bigrams.of(lower), new byte[literals.length]);
  }

  /**
   * {@link #mayMatch(int, String)}, each literal looked for in {@code lower} at most once per text
   * and list ({@code seen}, by literal): cues that share a literal share its scan of the text. A
   * literal one of whose pairs {@code pairsHeld} (of {@code lower}, or of the text it lower-cases
   * with the same length) lacks is missing without a scan.
   */
  private boolean mayMatch(int k, String lower, Bigrams pairsHeld, byte[] seen) {
    for (int[] need : needs[k]) {
      boolean held = false;
      for (int id = 0; id < need.length && !held; id++) {
        byte state = seen[need[id]];
        if (state == UNKNOWN) {
          state = pairsHeld.mayHold(pairs[need[id]]) && lower.contains(literals[need[id]]) ? HELD : MISSING;
          seen[need[id]] = state;
        }
        held = state == HELD;
      }
      if (!held) {
        return false;
      }
    }
    return true;
  }

  static CuePatterns from(Lexicon lexicon, String list) {
    List<Cue> out = new ArrayList<>();
    for (String entry : lexicon.entries(list)) {
      int bar = entry.lastIndexOf('|');
      boolean hasKind = bar > 0 && entry.substring(bar + 1).matches("[A-Z_]+");
      String phrase = hasKind ? entry.substring(0, bar) : entry;
      String kind = hasKind ? entry.substring(bar + 1).toUpperCase(Locale.ROOT) : "";
      // A space matches a short run of white space and quote marks: had “clearly accepted” (bounded,
      // so entries may use look-behinds).
      String regex = WORD_START + phrase.strip().replace(" ", GAP) + "(?![\\p{L}\\p{N}])";
      boolean lowerOnly = ESCAPES.matcher(phrase).replaceAll("").chars().noneMatch(Character::isUpperCase);
      out.add(new Cue(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
          lowerOnly ? Pattern.compile(regex) : null, kind,
          lowerOnly ? sorted(RequiredLiterals.allOf(regex)) : List.of(), lowerOnly ? starts(regex) : null));
    }
    return new CuePatterns(out);
  }

  /** {@link RequiredLiterals#firstOf} as a test; null when none is known or one is no lower-case ASCII. */
  private static Literals starts(String regex) {
    List<String> first = RequiredLiterals.firstOf(regex);
    boolean ascii = first.stream().allMatch(l -> l.chars().allMatch(c -> c < ASCII && !Character.isUpperCase(c)));
    return first.isEmpty() || !ascii ? null : Literals.anyOf(first.toArray(String[]::new));
  }

  /** Characters below this are ASCII, the only ones {@link Literals} holds. */
  private static final int ASCII = 128;

  private static List<List<String>> sorted(List<List<String>> needs) {
    List<List<String>> out = new ArrayList<>(needs);
    out.sort(FEWEST_LITERALS);
    return out;
  }

  /** The compiled entries, in lexicon order. */
  List<Cue> cues() {
    return cues;
  }

  /** The earliest, then longest, match of any entry in {@code text}. */
  Optional<Hit> find(String text) {
    Reading reading = new Reading(text);
    Hit best = null;
    for (int k = 0; k < cues.size(); k++) {
      Matcher m = reading.found(k);
      if (m != null) {
        Hit hit = new Hit(cues.get(k).kind(), m.start(), m.end());
        if (best == null || hit.start() < best.start()
            || (hit.start() == best.start() && hit.end() > best.end())) {
          best = hit;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * One text as the cues are tried on it. Matching a lower-cased copy is much cheaper than
   * case-insensitive matching; a copy whose length differs (a letter that lower-cases to two) would
   * shift the offsets, so it is not used. A cue whose required literals the text lacks ({@link
   * #mayMatch(int, String, Bigrams, byte[])}) is not run at all.
   */
  private final class Reading {
    private final String text;
    private final String lower;
    private final boolean sameLength;
    private final Bigrams pairsHeld;
    private final byte[] seen = new byte[literals.length];

    Reading(String text) {
      this.text = text;
      this.lower = lowered(text);
      this.sameLength = lower.length() == text.length();
      this.pairsHeld = Bigrams.of(text);
    }

    /** Cue {@code k}'s matcher after its first match in the text, or null when it has none. */
    Matcher found(int k) {
      Cue cue = cues.get(k);
      boolean fast = sameLength && cue.lowered() != null;
      if (fast && !mayMatch(k, lower, pairsHeld, seen)) {
        return null;
      }
      Matcher m = fast ? cue.lowered().matcher(lower) : cue.pattern().matcher(text);
      return (fast ? cue.find(m, lower) : m.find()) ? m : null;
    }
  }

  /**
   * Each thread's recently lower-cased texts: a sentence is read by a dozen cue lists, each of
   * which lower-cased it afresh.
   */
  private static final RecentTexts<String> LOWERED = new RecentTexts<>(256, text -> text.toLowerCase(Locale.ROOT));

  /** {@code text.toLowerCase(Locale.ROOT)}, the same text lower-cased again only once it has left the cache. */
  private static String lowered(String text) {
    return LOWERED.of(text);
  }

  /** Whether any entry matches {@code text}: {@link #find} without looking for the first and longest hit. */
  boolean matches(String text) {
    return matching(text, 1) > 0;
  }

  /** How many distinct entries match {@code text}. */
  int count(String text) {
    return matching(text, Integer.MAX_VALUE);
  }

  /** How many entries match {@code text}, counting no further than {@code atMost}. */
  private int matching(String text, int atMost) {
    Reading reading = new Reading(text);
    int n = 0;
    for (int k = 0; k < cues.size(); k++) {
      if (reading.found(k) != null && ++n >= atMost) {
        break;
      }
    }
    return n;
  }
}
