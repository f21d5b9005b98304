package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Entity;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Polarity;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Stance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two sides asserting and denying the same thing, with no dispute cue between them: "Korvel Systems
 * said it strongly rejects any allegation that its faulty patch was reckless" against the airline's
 * lawyer saying "the faulty patch was reckless and showed wilful neglect". The claim frames must belong to one event, come from two parties that are not one
 * side (a spokesperson speaks for the body named in their role), carry opposite polarity, and share
 * at least {@link #MIN_SHARED} content words that name neither party, a third of the shorter frame.
 */
final class ContraryClaims {
  /** Content words two frames must share to be about one thing. */
  static final int MIN_SHARED = 2;
  /** The share of the smaller frame's words that must be shared. */
  private static final double MIN_SHARE = 0.3;
  /**
   * Frames with more words than this are paragraphs, not single claims: two of them share words by
   * chance, so a paragraph is set only against a shorter claim (a readout quoted whole against the
   * denial of one of its points).
   */
  private static final int MAX_TOPICS = 24;
  /** Frames with more words than this (a page quoted whole) are not read at all. */
  private static final int MAX_PARAGRAPH_TOPICS = 3 * MAX_TOPICS;

  /** A word in this share of a batch's claims or more is the batch's subject, not a point of dispute. */
  private static final double MAX_DOCUMENT_SHARE = 0.2;
  /**
   * How many words after a denial ("rejects any allegation that its patch was reckless", "haven't offered
   * us anything") a shared word may come. A plain "not" is too common to count: "should not return
   * home until the hostages are freed" denies nothing another party said; nor do contractions of
   * will, ability or opinion ("we won't stop", "we can't support", "we don't expect"): only those
   * of fact ("haven't", "didn't", "isn't", "wasn't") deny what someone else stated.
   */
  private static final int NEGATION_REACH = 6;
  /** Words that deny what another party stated, lower case: a verb of denial or a contraction of fact. */
  static final Set<String> NEGATION_WORDS = negationWords("denied", "denies", "deny", "denying", "rejected", "rejects",
      "reject", "disputed", "disputes", "dispute", "refuted", "refutes", "dismissed", "dismisses", "contested", "contests",
      "haven't", "hasn't", "hadn't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "aren't");

  /** What separates a claim's words: anything but letters and apostrophes. */
  private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}'’]+");

  /** A negating prefix joined by a hyphen ("de-energized", "non-lethal", "un-named"): the hyphen is dropped so the word stays whole. */
  private static final java.util.regex.Pattern NEGATING_PREFIX = java.util.regex.Pattern.compile("\\b(de|non|un|anti)-(?=\\p{L})");

  /** The word without the apostrophes that quote it rather than contract it: those at its start or end. */
  private static String unquoted(String word) {
    int from = 0;
    int to = word.length();
    while (from < to && isApostrophe(word.charAt(from))) {
      from++;
    }
    while (to > from && isApostrophe(word.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == word.length() ? word : word.substring(from, to);
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  /** Plain negations: they keep a word from counting as stated, though alone they deny nothing. */
  private static final Set<String> ANY_NEGATION = Set.of("not", "no", "never", "none", "nothing", "without");

  /**
   * Words that open a question: "a decision on whether Veyl is fit to hold a licence" leaves its
   * fitness open, so it states nothing that "Veyl is not fit" denies.
   */
  private static final Set<String> OPEN_QUESTION = Set.of("whether");

  private final Set<String> stopWords;
  private final WordGroups groups;
  /** "did not mention", "made no reference to": a silence, which {@link OmissionRule} reads, denies nothing. */
  private final CuePatterns omissions;

  ContraryClaims(Set<String> stopWords, WordGroups groups, CuePatterns omissions) {
    this.stopWords = stopWords;
    this.groups = groups;
    this.omissions = omissions;
  }

  /** Whether the claim is credited with the stance: its content is then what its speaker denies, not asserts. */
  private static boolean credited(Claim c, Stance stance) {
    return c.attribution().filter(a -> a.stance() == stance).isPresent();
  }

  /** The findings of one batch ({@code views}: its articles' views by id), at most one per pair of parties and pair of articles. */
  List<Finding> find(Batch batch, Map<String, ArticleView> views, Set<Sentence> alreadyDisputed) {
    Set<String> names = partyWords(batch);
    List<Claim> usable = new ArrayList<>();
    for (Claim c : batch.claims()) {
      Optional<Attribution> a = c.attribution();
      if (a.isPresent() && c.measure().isEmpty()
          && c.topics().size() <= MAX_PARAGRAPH_TOPICS && views.containsKey(c.article())) {
        usable.add(c);
      }
    }
    // Each claim's content words and their word-group forms, read once: the pair loop does no text work.
    Map<Claim, Set<String>> words = new java.util.IdentityHashMap<>();
    Map<String, Integer> frequency = new HashMap<>();
    // How common a word is in the batch is read from the parties' own claims: an outlet's report
    // may be set against a party's account, but outlets retelling the parties do not make words common.
    int counted = 0;
    for (Claim c : usable) {
      Set<String> content = content(c, names);
      words.put(c, content);
      if (c.attribution().get().source().kind() != SourceKind.MEDIA) {
        counted++;
        for (String w : content) {
          frequency.merge(w, 1, Integer::sum);
        }
      }
    }
    int common = Math.max(2, (int) Math.ceil(MAX_DOCUMENT_SHARE * counted));
    Set<String> batchWords = new HashSet<>();
    frequency.forEach((w, n) -> {
      if (n > common) {
        batchWords.add(w);
      }
    });
    // Four-letter stems of each claim's rarer words: two claims with too few in common are never read further.
    Map<Claim, Set<String>> stems = new java.util.IdentityHashMap<>();
    Map<Claim, Rarer> rarer = new java.util.IdentityHashMap<>();
    for (Claim c : usable) {
      rarer.put(c, rarer(words.get(c), batchWords));
      Set<String> out = new HashSet<>();
      for (String w : words.get(c)) {
        if (!batchWords.contains(w)) {
          String canonical = groups.canonical(w);
          out.add(canonical.substring(0, Math.min(Texts.STEM_KEY, canonical.length())));
        }
      }
      stems.put(c, out);
    }
    // Whether each claim holds a denial where it bears ({@link Said#denies}): a pair needs one, so a
    // claim that denies nothing is paired with the denying claims only.
    Map<Claim, Said> said = new java.util.IdentityHashMap<>();
    boolean[] denies = new boolean[usable.size()];
    for (int i = 0; i < usable.size(); i++) {
      Claim c = usable.get(i);
      denies[i] = DENIAL_WORDS.inSentence(c.attribution().get().content()) && said.computeIfAbsent(c, this::said).denies();
    }
    // Candidate pairs through indexes of stems: only claims with stems in common are ever paired.
    Map<String, List<Integer>> byStem = new HashMap<>();
    Map<String, List<Integer>> denyingByStem = new HashMap<>();
    for (int i = 0; i < usable.size(); i++) {
      for (String stem : stems.get(usable.get(i))) {
        byStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
        if (denies[i]) {
          denyingByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
        }
      }
    }
    List<Opposed> opposed = new ArrayList<>();
    Set<String> reported = new HashSet<>();
    // Each claim's source name, and its speaker's role and affiliation, lower-cased once for oneSide.
    String[] sourceNames = new String[usable.size()];
    List<Set<String>> nameWords = new ArrayList<>(usable.size());
    String[] speakerRoles = new String[usable.size()];
    for (int i = 0; i < usable.size(); i++) {
      Source source = usable.get(i).attribution().get().source();
      sourceNames[i] = source.name().toLowerCase(Locale.ROOT);
      nameWords.add(words(sourceNames[i]));
      speakerRoles[i] = roleOf(source);
    }
    // Stems each later claim shares with claim i, counted in an array; the claims are read in order.
    int[] shares = new int[usable.size()];
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < usable.size(); i++) {
      candidates.clear();
      Map<String, List<Integer>> partners = denies[i] ? byStem : denyingByStem;
      for (String stem : stems.get(usable.get(i))) {
        for (int j : partners.getOrDefault(stem, List.of())) {
          if (j > i && shares[j]++ == 0) {
            candidates.add(j);
          }
        }
      }
      candidates.sort(null);
      for (int j : candidates) {
        int count = shares[j];
        shares[j] = 0;
        Claim a = usable.get(i);
        Claim b = usable.get(j);
        boolean paragraphs = a.topics().size() > MAX_TOPICS && b.topics().size() > MAX_TOPICS;
        if (count < MIN_SHARED || paragraphs || oneSide(a, b, sourceNames[i], nameWords.get(i), speakerRoles[i], sourceNames[j],
            nameWords.get(j), speakerRoles[j])) {
          continue;
        }
        Set<String> shared = shared(rarer.get(a), rarer.get(b));
        Optional<Claim> denying = shared.isEmpty() ? Optional.empty()
            : opposed(a, b, shared, said) ? Optional.of(a) : opposed(b, a, shared, said) ? Optional.of(b)
            : Optional.empty();
        if (denying.isEmpty() || credited(denying.get() == a ? b : a, Stance.DENYING)) {
          continue; // "Varnia denies that the talks took place" asserts nothing a second denial could contradict
        }
        Optional<ClaimPairs.Sentences> s = ClaimPairs.sentences(views, a, b, alreadyDisputed);
        if (s.isPresent()) {
          opposed.add(new Opposed(a, b, s.get(), denying.get()));
        }
      }
    }
    // Pairs within one article first: an article that sets a claim against its denial has made the
    // dispute, and the same claim set against a denial in another article repeats it. Findings keep
    // the pairs' order.
    Set<Claim> paired = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    boolean[] kept = new boolean[opposed.size()];
    for (boolean within : new boolean[] {true, false}) {
      for (int k = 0; k < opposed.size(); k++) {
        Opposed o = opposed.get(k);
        boolean sameArticle = o.a().article().equals(o.b().article());
        if (sameArticle != within || !within && (paired.contains(o.a()) || paired.contains(o.b()))
            || !reported.add(ClaimPairs.key(o.a(), o.b()))) {
          continue;
        }
        if (within) {
          paired.add(o.a());
          paired.add(o.b());
        }
        kept[k] = true;
      }
    }
    List<Finding> out = new ArrayList<>();
    for (int k = 0; k < opposed.size(); k++) {
      Opposed o = opposed.get(k);
      if (kept[k]) {
        out.add(finding(views.get(o.a().article()), o.a(), o.sentences().first(), views.get(o.b().article()), o.b(),
            o.sentences().second(), o.denying()));
      }
    }
    return out;
  }

  /** Two claims found opposed, with their sentences and the one that denies. */
  private record Opposed(Claim a, Claim b, ClaimPairs.Sentences sentences, Claim denying) {}

  /**
   * The content words both frames share, none a party's name nor a word most of the batch uses;
   * empty unless there are enough of them, and enough of the smaller frame.
   */
  private static Set<String> shared(Rarer a, Rarer b) {
    String[] wa = a.words();
    String[] wb = b.words();
    // "offered" and "offer", "help" and "assistance" ({@code word-groups}) are one word here.
    Set<String> shared = new TreeSet<>();
    for (int i = 0; i < wa.length; i++) {
      for (int j = 0; j < wb.length; j++) {
        if (Texts.sameStem(a.forms()[i], b.forms()[j])) {
          shared.add(wa[i]);
          shared.add(wb[j]);
          break;
        }
      }
    }
    int pairs = 0;
    for (String x : wa) {
      pairs += shared.contains(x) ? 1 : 0;
    }
    int smaller = Math.min(wa.length, wb.length);
    boolean enough = pairs >= MIN_SHARED && smaller > 0 && pairs >= MIN_SHARE * smaller;
    return enough ? shared : Set.of();
  }

  /** A claim's content words without the batch's common ones, sorted, and each word's word-group form: read once per claim. */
  private record Rarer(String[] words, String[] forms) {}

  private Rarer rarer(Set<String> content, Set<String> batchWords) {
    Set<String> sorted = new TreeSet<>(content);
    sorted.removeAll(batchWords);
    String[] words = sorted.toArray(new String[0]);
    String[] forms = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      forms[i] = groups.canonical(words[i]);
    }
    return new Rarer(words, forms);
  }

  /**
   * True when {@code denying} denies a shared word ("haven't offered us anything") that {@code other}
   * states without any negation before it ("reached out to offer assistance"): the negation is
   * read where it bears, not over the whole statement ("offered help but received no response"
   * still affirms the offer).
   */
  private boolean opposed(Claim denying, Claim other, Set<String> shared, Map<Claim, Said> said) {
    Said words = said.computeIfAbsent(denying, this::said);
    Said others = said.computeIfAbsent(other, this::said);
    for (int i = 0; i < words.words().length; i++) {
      for (int k = i + 1; k < words.words().length && k <= i + words.reach()[i]; k++) {
        // "did not discuss any concerns" against "did not share any concerns": both deny, they agree.
        if (shared.contains(words.words()[k]) && affirms(others, words.canonical()[k]) && !others.deniesForm(words.canonical()[k])) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A claim's content read once for the pair loop: its lower-case words, each word's word-group
   * form, how many words after each a denial bears on ({@link #denialAt}; 0 where none stands) and
   * where any negation or open question ({@link #OPEN_QUESTION}) stands.
   */
  private record Said(String[] words, String[] canonical, int[] reach, boolean[] negation) {
    /** Whether a denial bears on a word of the word-group form {@code target} (by stem). */
    boolean deniesForm(String target) {
      for (int i = 0; i < words.length; i++) {
        for (int k = i + 1; reach[i] > 0 && k < words.length && k <= i + reach[i]; k++) {
          if (Texts.sameStem(canonical[k], target)) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether a denial bears anywhere: without one the claim denies nothing another states. */
    boolean denies() {
      for (int r : reach) {
        if (r > 0) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Literals one of which every word of {@link #NEGATION_WORDS} begins with or holds ("den" of
   * "denied", "isn" of "isn’t"), and every written-out negation ({@link #writtenNegationReach}):
   * most claims hold none, and their words need not be read for a denial.
   */
  private static final Literals DENIAL_WORDS = Literals.anyOf("den", "rej", "disput", "refut", "dismiss", "contest",
      "haven", "hasn", "hadn", "didn", "doesn", "isn", "wasn", "weren", "aren", " not ", "no ", " never ");

  /** The words, each with a straight and a curly apostrophe where it has one: "didn't" and "didn’t". */
  private static Set<String> negationWords(String... words) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words) {
      out.add(w);
      out.add(w.replace('\'', '’'));
    }
    return Set.copyOf(out);
  }

  /** Whether {@code word} holds one of {@link #DENIAL_WORDS}: the pre-filter must pass every denial word. */
  static boolean prefiltered(String word) {
    return DENIAL_WORDS.in(word);
  }

  private Said said(Claim c) {
    String content = c.attribution().get().content();
    // "de-energized" is its own word, the opposite of "energized": a negating prefix is kept on it
    String[] words = NOT_WORD.split(NEGATING_PREFIX.matcher(content.toLowerCase(Locale.ROOT)).replaceAll("$1"));
    boolean silence = omissions.matches(content); // "did not mention X" leaves X out; it denies nothing
    for (int i = 0; i < words.length; i++) {
      words[i] = unquoted(words[i]); // "'concerns'" quoted in single marks
    }
    String[] canonical = new String[words.length];
    int[] reach = new int[words.length];
    boolean[] negation = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      canonical[i] = groups.canonical(words[i]);
      boolean denies = NEGATION_WORDS.contains(words[i]);
      int written = denies ? 0 : writtenNegationReach(words, i);
      if ((denies || written > 0) && !silence && denialAt(words, i)) {
        reach[i] = denies ? NEGATION_REACH : written;
      }
      negation[i] = denies || written > 0 || ANY_NEGATION.contains(words[i]) || OPEN_QUESTION.contains(words[i]);
    }
    return new Said(words, canonical, reach, negation);
  }

  /**
   * A negation of fact written out rather than contracted, read as its contraction is: "is not
   * being held" as "isn't", "did not agree" as "didn't", "has never presented" as "hasn't"; and the negative adverbials that deny an
   * event ("at no time did she agree", "in no way", "no such offer was made"). "should not return"
   * and "no doubt" deny nothing another party stated. How many words after it a shared word may
   * come; 0 where it is no such negation.
   */
  private static int writtenNegationReach(String[] words, int i) {
    if (words[i].equals("never")) {
      return i > 0 && FACT_AUXILIARIES.contains(words[i - 1]) ? WRITTEN_NEGATION_REACH : 0; // "has never presented", "was never told"
    }
    if (words[i].equals("not")) {
      if (i == 0 || !FACT_AUXILIARIES.contains(words[i - 1])) {
        return 0;
      }
      // "a conversation is not an agreement" classifies what happened; it denies no event
      boolean classifies = i + 1 < words.length && (words[i + 1].equals("a") || words[i + 1].equals("an"))
          && BE.contains(words[i - 1]);
      boolean scoped = i + 1 < words.length && SCOPE_WORDS.contains(words[i + 1]);
      return classifies || scoped ? 0 : WRITTEN_NEGATION_REACH;
    }
    if (!words[i].equals("no") || i + 1 >= words.length) {
      return 0;
    }
    // "at no time had the airline approved": the adverbial stands before an inverted subject, as a denial verb does
    boolean adverbial = words[i + 1].equals("such") || i > 0 && NEGATIVE_ADVERBIALS.contains(words[i - 1] + " " + words[i + 1]);
    return adverbial ? NEGATION_REACH : 0;
  }

  /** The auxiliaries whose negation states a fact: those of {@link #NEGATION_WORDS}' contractions, written out. */
  private static final Set<String> FACT_AUXILIARIES = Set.of("is", "was", "were", "are", "did", "does", "has", "have", "had");

  /** The forms of "be" among {@link #FACT_AUXILIARIES}. */
  private static final Set<String> BE = Set.of("is", "was", "were", "are");

  /** "not only", "not just": what follows is granted and added to, not denied. */
  private static final Set<String> SCOPE_WORDS = Set.of("only", "just", "merely", "simply", "solely", "necessarily");

  /**
   * How many words after a written-out "not" ({@link #writtenNegationReach}) a shared word may come: it
   * denies the predicate it stands before ("was not open", "is not being kept in custody"), while "is
   * not helpful for reaching a truce" judges something and denies no truce.
   */
  private static final int WRITTEN_NEGATION_REACH = 3;

  /** "at no time", "in no way": the preposition and noun around a "no" that denies an event outright. */
  private static final Set<String> NEGATIVE_ADVERBIALS = Set.of("at time", "at point", "in way", "in case", "by means",
      "on occasion");

  /**
   * A denial verb used as a verb, with its object after it ("rejects any allegation", "denied
   * that"); "controversies and disputes in society" is a noun. Contractions ("haven't") and
   * their written-out forms ({@link #writtenNegationReach}) deny, unless a verb of knowing follows ({@link #MINDS}).
   */
  private static boolean denialAt(String[] words, int i) {
    if (words[i].indexOf('\'') >= 0 || words[i].indexOf('’') >= 0 || !NEGATION_WORDS.contains(words[i])) {
      // "didn't know she could cancel it" takes the cancelling as given; it denies only the knowing.
      return i + 1 >= words.length || !MINDS.contains(words[i + 1]);
    }
    return i + 1 < words.length && DENIAL_OBJECTS.contains(words[i + 1]);
  }

  /** Verbs of knowing and thinking: negated, they deny a state of mind, not what follows ("wasn't aware that"). */
  private static final Set<String> MINDS = Set.of("know", "knew", "realise", "realize", "realised", "realized", "aware",
      "notice", "noticed", "understand", "remember", "recall", "think", "believe", "expect", "expected");

  /** Words that open the object of a denial verb. */
  private static final Set<String> DENIAL_OBJECTS = Set.of("the", "that", "this", "these", "those", "any", "a", "an",
      "his", "her", "its", "their", "our", "claims", "claim", "allegations", "allegation", "reports", "report",
      "accounts", "account", "suggestions", "suggestion", "charges", "charge", "accusations", "accusation", "it", "them");

  /**
   * Whether {@code said} holds a word of the word-group form {@code target} (by stem) with no
   * negation in the words before it.
   */
  private static boolean affirms(Said said, String target) {
    for (int k = 0; k < said.words().length; k++) {
      if (!Texts.sameStem(said.canonical()[k], target)) {
        continue;
      }
      boolean negated = false;
      for (int j = Math.max(0, k - NEGATION_REACH); j < k; j++) {
        negated |= said.negation()[j];
      }
      if (!negated) {
        return true;
      }
    }
    return false;
  }

  private Set<String> content(Claim c, Set<String> names) {
    Set<String> out = new TreeSet<>();
    for (String t : c.topics()) {
      String w = t.toLowerCase(Locale.ROOT);
      if (w.length() > 2 && !stopWords.contains(w) && !names.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * Two parties that are one side: the same party, or a source whose role or affiliation names the
   * other, or a name all of whose words are in the other's. Each claim comes with its source's
   * lower-cased name, that name's words, and its role and affiliation.
   */
  private static boolean oneSide(Claim a, Claim b, String nameA, Set<String> wordsA, String roleA, String nameB,
      Set<String> wordsB, String roleB) {
    return a.party().equals(b.party()) || oneSide(nameA, wordsA, roleA, nameB, wordsB, roleB);
  }

  /** {@link #oneSide(Claim, Claim, String, Set, String, String, Set, String)} for two different parties. */
  private static boolean oneSide(String nameA, Set<String> wordsA, String roleA, String nameB, Set<String> wordsB,
      String roleB) {
    return speaksFor(roleA, nameB) || speaksFor(roleB, nameA) || shortFor(wordsA, wordsB) || shortFor(wordsB, wordsA);
  }

  /** Whether two parties and their sources are one side, as {@link #oneSide} reads claims. */
  static boolean sameSide(String partyA, Source x, String partyB, Source y) {
    String nameA = x.name().toLowerCase(Locale.ROOT);
    String nameB = y.name().toLowerCase(Locale.ROOT);
    return partyA.equals(partyB) || oneSide(nameA, words(nameA), roleOf(x), nameB, words(nameB), roleOf(y));
  }

  /** A source's role and affiliation, lower-cased, as {@link #oneSide} reads them. */
  private static String roleOf(Source s) {
    return s.role().orElse("").toLowerCase(Locale.ROOT) + " " + s.affiliation().orElse("").toLowerCase(Locale.ROOT);
  }

  /** Whether every word of {@code shorter}'s name is a word of {@code longer}'s, which has more: "emil" and "emil dardak" are one person. */
  private static boolean shortFor(Set<String> shorter, Set<String> longer) {
    return shorter.size() < longer.size() && longer.containsAll(shorter);
  }


  private static boolean speaksFor(String speakerRole, String bodyName) {
    return bodyName.length() > 2 && speakerRole.contains(bodyName);
  }

  /** The words of a lower-cased name. */
  private static Set<String> words(String name) {
    Set<String> out = new HashSet<>();
    for (String w : NOT_LETTERS.split(name)) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** Every word of every source's name and alias in the batch: "crowdstrike" names a party, not a topic. */
  private static Set<String> partyWords(Batch batch) {
    Set<String> names = new HashSet<>();
    for (Entity e : batch.entities()) {
      names.addAll(e.aliases());
      names.add(e.name());
    }
    for (Claim c : batch.claims()) {
      c.attribution().ifPresent(a -> names.add(a.source().name()));
    }
    Set<String> out = new HashSet<>();
    for (String name : names) {
      out.addAll(words(name.toLowerCase(Locale.ROOT)));
    }
    return out;
  }

  /** What separates the words of a name: "Hill Aid-Network's" gives hill, aid, network, s. */
  private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

  private static Finding finding(ArticleView va, Claim a, Sentence sa, ArticleView vb, Claim b, Sentence sb,
      Claim denied) {
    Claim affirmed = denied == a ? b : a;
    String summary = Parties.capitalise(affirmed.attribution().get().source().name()) + " asserts it ("
        + Texts.clip(affirmed.attribution().get().content(), 80) + "); "
        + denied.attribution().get().source().name() + " denies it ("
        + Texts.clip(denied.attribution().get().content(), 80) + ")";
    List<Evidence> evidence = List.of(va.evidence(sa), vb.evidence(sb));
    return new Finding("", FindingType.ACCOUNT_DISPUTE, Severity.MEDIUM, summary, evidence);
  }
}
