package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One party saying a thing was asked, done or given whole and another that it was only in part,
 * with no dispute cue between them: "Kovac said the envoys demanded that all tariffs be lifted"
 * against "we asked only for a partial lifting of tariffs". Both claims belong to one event, come
 * from two parties that are not one side, and name at least {@link #MIN_SHARED} of the same content
 * words within {@link #REACH} words of their scope words. A whole scope a negation comes before
 * ("did not ask to lift them entirely") is no whole scope.
 */
final class ScopeDisputes {
  /** Words that give a thing whole. */
  private static final Set<String> WHOLE = Set.of("all", "full", "fully", "total", "totally", "entire", "entirely",
      "entirety", "complete", "completely", "whole", "wholesale");
  /** Words that give a thing only in part. */
  private static final Set<String> PART = Set.of("partial", "partially", "part", "only", "limited");
  /** Negations that turn a whole scope around: "did not ask to lift them entirely". */
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "didn't", "didn’t", "nor");
  /** How far either side of a scope word the words it bears on may stand: "partial lifting of the tariffs". */
  private static final int REACH = 4;
  /** How far before a whole scope word a negation turns it around. */
  private static final int NEGATION_REACH = 8;
  /** Content words both scopes must bear on: the thing and what is done with it ("tariffs", "lifted"). */
  static final int MIN_SHARED = 2;
  /** Words shorter than this carry no topic ("it", "the", "was"). */
  private static final int MIN_WORD = 4;
  /** What separates a claim's words: anything but letters, digits and apostrophes. */
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}'’]+");

  private final Set<String> stopWords;
  private final WordGroups groups;
  /** Words that make the scope word before them a count's: "only seven", "all 34", "hundreds", "the total number". */
  private final Set<String> counting = new HashSet<>(COUNT_NOUNS);

  ScopeDisputes(Lexicon lexicon, Set<String> stopWords, WordGroups groups) {
    this.stopWords = stopWords;
    this.groups = groups;
    for (String list : List.of("number-words", "scale-words")) {
      for (String entry : lexicon.entries(list)) {
        String word = entry.split("\\|", 2)[0].strip().toLowerCase(Locale.ROOT);
        counting.add(word);
        counting.add(word + "s"); // "dozens", "hundreds"
      }
    }
  }

  /** A claim's scope: whole or part, and the word-group forms of the words it bears on. */
  private record Scope(Claim claim, boolean whole, Set<String> objects) {}

  /** The findings of one batch ({@code views}: its articles' views by id), at most one per pair of parties and pair of articles. */
  List<Finding> find(Batch batch, Map<String, ArticleView> views, Set<Sentence> alreadyDisputed) {
    List<Scope> wholes = new ArrayList<>();
    List<Scope> parts = new ArrayList<>();
    Map<String, List<Integer>> partsByObject = new HashMap<>();
    for (Claim c : batch.claims()) {
      Optional<Attribution> a = c.attribution();
      if (a.isEmpty() || a.get().source().kind() == SourceKind.MEDIA || c.measure().isPresent() || !views.containsKey(c.article())) {
        continue;
      }
      for (Scope s : scopes(c, a.get().content())) {
        if (s.whole()) {
          wholes.add(s);
        } else {
          int at = parts.size();
          parts.add(s);
          s.objects().forEach(o -> partsByObject.computeIfAbsent(o, k -> new ArrayList<>()).add(at));
        }
      }
    }
    List<Finding> out = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    for (Scope whole : wholes) {
      // The part scopes sharing a word with this one, each once, in claim order.
      BitSet seen = new BitSet(parts.size());
      for (String o : whole.objects()) {
        partsByObject.getOrDefault(o, List.of()).forEach(seen::set);
      }
      for (int k = seen.nextSetBit(0); k >= 0; k = seen.nextSetBit(k + 1)) {
        Scope part = parts.get(k);
        Claim a = whole.claim();
        Claim b = part.claim();
        if (a.party().equals(b.party()) || shared(whole.objects(), part.objects()) < MIN_SHARED) {
          continue;
        }
        Optional<ClaimPairs.Sentences> s = ClaimPairs.sentences(views, a, b, alreadyDisputed);
        if (s.isPresent() && reported.add(ClaimPairs.key(a, b))) {
          out.add(finding(views.get(a.article()), a, s.get().first(), views.get(b.article()), b, s.get().second()));
        }
      }
    }
    return out;
  }

  /** The whole and part scopes of one claim's words; a claim with both keeps neither ("all of it, or only part"). */
  private List<Scope> scopes(Claim c, String content) {
    String lower = content.toLowerCase(Locale.ROOT);
    if (!holdsScopeWord(lower)) {
      return List.of(); // most claims give no scope: their words are never split out
    }
    String[] words = NOT_WORD.split(lower);
    Set<String> whole = new HashSet<>();
    Set<String> part = new HashSet<>();
    for (int i = 0; i < words.length; i++) {
      if (countsAfter(words, i)) {
        continue; // "only seven deaths", "the total number of deaths": a count, not a scope
      }
      // "did not ask to lift them entirely": a whole manner denied gives the thing only in part; a
      // denied "all" ("should not return until all are freed") bears on something else.
      boolean negated = WHOLE.contains(words[i]) && negatedBefore(words, i);
      boolean isWhole = WHOLE.contains(words[i]) && !negated;
      if (isWhole || PART.contains(words[i]) || negated && words[i].endsWith("ly")) {
        (isWhole ? whole : part).addAll(objects(words, i));
      }
    }
    if (!whole.isEmpty() && !part.isEmpty()) {
      return List.of();
    }
    List<Scope> out = new ArrayList<>(1);
    if (!whole.isEmpty()) {
      out.add(new Scope(c, true, whole));
    } else if (!part.isEmpty()) {
      out.add(new Scope(c, false, part));
    }
    return out;
  }

  /**
   * Whether a {@link #WHOLE} or {@link #PART} word may stand as a word of {@code lower}: found with no
   * letter, digit or apostrophe either side. Never false when {@link #NOT_WORD} splits one out (its
   * word characters include every letter and digit), so it only spares the split.
   */
  private static boolean holdsScopeWord(String lower) {
    for (String w : SCOPE_WORDS) {
      for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
        int end = at + w.length();
        if ((at == 0 || !isWordChar(lower.charAt(at - 1))) && (end == lower.length() || !isWordChar(lower.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every {@link #WHOLE} and {@link #PART} word. */
  private static final List<String> SCOPE_WORDS = java.util.stream.Stream.concat(WHOLE.stream(), PART.stream()).sorted().toList();

  /** A letter, digit or apostrophe: {@link #NOT_WORD} never splits at one (nor at a few more numerals). */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’';
  }

  /** Nouns that name a count: "the total number", "only a tally of". */
  private static final Set<String> COUNT_NOUNS = Set.of("number", "numbers", "figure", "figures", "toll", "tally", "count");

  /** Whether a number, a number word ({@code number-words}, {@code scale-words}) or a count noun follows the scope word at {@code i}. */
  private boolean countsAfter(String[] words, int i) {
    if (i + 1 < words.length && (counting.contains(words[i + 1]) || isNumber(words[i + 1]))) {
      return true;
    }
    return i + 2 < words.length && (words[i + 1].equals("of") || words[i + 1].equals("the")) && counting.contains(words[i + 2]);
  }

  private static boolean isNumber(String word) {
    return !word.isEmpty() && Character.isDigit(word.charAt(0));
  }

  private static boolean negatedBefore(String[] words, int i) {
    for (int k = Math.max(0, i - NEGATION_REACH); k < i; k++) {
      if (NEGATIONS.contains(words[k])) {
        return true;
      }
    }
    return false;
  }

  /** The stems of the content words within {@link #REACH} of the scope word at {@code i}. */
  private Set<String> objects(String[] words, int i) {
    Set<String> out = new HashSet<>();
    for (int k = Math.max(0, i - REACH); k < words.length && k <= i + REACH; k++) {
      String w = words[k];
      if (k != i && w.length() >= MIN_WORD && !isNumber(w) && !stopWords.contains(w) && !WHOLE.contains(w) && !PART.contains(w)) {
        String canonical = groups.canonical(w);
        out.add(canonical.substring(0, Math.min(Texts.STEM_KEY, canonical.length())));
      }
    }
    return out;
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String x : a) {
      n += b.contains(x) ? 1 : 0;
    }
    return n;
  }

  private static Finding finding(ArticleView va, Claim whole, Sentence sa, ArticleView vb, Claim part, Sentence sb) {
    String summary = Parties.capitalise(whole.attribution().get().source().name()) + " gives it whole ("
        + Texts.clip(whole.attribution().get().content(), 80) + "); "
        + part.attribution().get().source().name() + " says only in part ("
        + Texts.clip(part.attribution().get().content(), 80) + ")";
    List<Evidence> evidence = List.of(va.evidence(sa), vb.evidence(sb));
    return new Finding("", FindingType.ACCOUNT_DISPUTE, Severity.MEDIUM, summary, evidence);
  }
}
