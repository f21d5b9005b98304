package io.crosscheck.attribution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The word lists the attribution stage reads, loaded once from a {@link Lexicon}.
 *
 * <p>Speech verbs live in {@link CueVerbs}; {@code role-words} line {@code "spokesman|PRESS"} makes {@code isPressRole("spokesman")} true.
 */
final class CueLexicon {
  /** The field separator of a list line: "spokesman|PRESS". */
  private static final Pattern BAR = Pattern.compile("\\|");
  /** Spaces between the words of a phrase: "familiar with". */
  private static final Pattern SPACE = Pattern.compile("\\s{1,10}");

  /* The word classes of {@link #classes}: one bit per list a word is in. */
  private static final int ANONYMITY_NOUN = 1;
  private static final int ROLE = 1 << 1;
  private static final int PRESS_ROLE = 1 << 2;
  private static final int UNIQUE_ROLE = 1 << 3;
  private static final int PORTFOLIO = 1 << 4;
  private static final int INSTITUTION = 1 << 5;
  private static final int DOCUMENT = 1 << 6;
  private static final int MEDIA = 1 << 7;
  private static final int ORGANISATION_HEAD = 1 << 8;
  private static final int ORGANISATION_DESCRIPTOR = 1 << 9;
  private static final int TIME_WORD = 1 << 10;
  private static final int FUNCTION_WORD = 1 << 11;
  private static final int SPEECH_NOUN = 1 << 12;
  private static final int MODIFIER = 1 << 13;
  /** The last word of a two-word press role ("secretary" of "press secretary"). */
  private static final int PRESS_ROLE_END = 1 << 14;
  /** A cardinal number word: "one", "two", "dozen". */
  private static final int NUMBER_WORD = 1 << 15;
  /** A plural that does not end in -s: "people", "police", "troops" is regular but "staff" is not. */
  private static final int IRREGULAR_PLURAL = 1 << 16;
  /** A word a speech cue opens on: "said", "spoke" of "spoke about" ({@link CueVerbs#openers}). */
  static final int CUE_OPENER = 1 << 17;
  /**
   * A hyphenated compound that ends in a role ("vice-president"): set only on the classes a word is
   * cut with ({@link #wordClassesOf}), so {@link #isRole(Words.Word)} reads it with the rest.
   */
  private static final int HYPHENATED_ROLE = 1 << 18;
  private static final int PHRASE_NOUN = ANONYMITY_NOUN | ROLE | INSTITUTION | DOCUMENT | MEDIA | ORGANISATION_DESCRIPTOR;

  private final CueVerbs verbs;
  /**
   * Every listed word with the classes it is in, read with one lookup: the attribution readers ask
   * of each word whether it is a role, an institution, a document..., and a lookup per list (three
   * for a list that takes plurals) was a fifth of the stage. The lists that take regular plurals
   * ("unions", "authorities") hold them here too.
   */
  private final Map<String, Integer> classes;
  /** Capital cities with their countries: "islamabad" gives "pakistan". */
  private final ImmutableMap<String, String> capitals;
  /** One-word names of wire agencies and broadcasters, as written: "Reuters", "AFP". */
  private final ImmutableSet<String> newsAgencies;
  /** The countries of {@link #capitals}, lower-cased: "saudi arabia". */
  private final com.google.common.collect.ImmutableSet<String> countries;
  private final ImmutableSet<String> anonymityPhrases;
  private final ImmutableSet<String> pressRoles;
  private final ImmutableMap<String, List<String>> roleSynonyms;
  /** Nationality words with their country names: "american" gives [american, us, u.s., united states, america]. */
  private final ImmutableMap<String, List<String>> nationalityAliases;
  private final List<List<String>> qualifiers;
  /** The words of the figure qualifiers ({@code qualifiers}): "about", "more", "than", "up", "to". */
  private final ImmutableSet<String> hedgeWords;

  CueLexicon(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    List<String> numbers = new ArrayList<>(lexicon.entries("number-words"));
    numbers.addAll(lexicon.entries("scale-words")); // "half a billion", "a dozen"
    verbs = new CueVerbs(lexicon.entries("speech-verbs"), numbers, lexicon.entries("claim-nouns"));
    Map<String, Integer> classOf = new HashMap<>();
    addWithPlurals(classOf, lower(lexicon.entries("anonymity-nouns")), ANONYMITY_NOUN);
    addSingulars(classOf, lower(lexicon.entries("anonymity-nouns")), ANONYMITY_NOUN);
    for (String entry : lexicon.entries("number-words")) {
      add(classOf, List.of(BAR.split(entry, 2)[0].strip().toLowerCase(Locale.ROOT)), NUMBER_WORD);
    }
    anonymityPhrases = lower(lexicon.entries("anonymity-phrases"));
    ImmutableSet.Builder<String> hedges = ImmutableSet.builder();
    for (String entry : lexicon.entries("qualifiers")) {
      for (String word : BAR.split(entry, 2)[0].strip().toLowerCase(Locale.ROOT).split(" ")) {
        hedges.add(word);
      }
    }
    hedgeWords = hedges.build();
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    ImmutableSet.Builder<String> press = ImmutableSet.builder();
    ImmutableSet.Builder<String> unique = ImmutableSet.builder();
    for (String entry : lexicon.entries("role-words")) {
      String[] parts = BAR.split(entry, 2);
      String role = parts[0].strip().toLowerCase(Locale.ROOT);
      all.add(role);
      if (parts.length > 1 && parts[1].strip().equalsIgnoreCase("PRESS")) {
        press.add(role);
      }
      if (parts.length > 1 && parts[1].strip().equalsIgnoreCase("UNIQUE")) {
        unique.add(role);
      }
    }
    add(classOf, all.build(), ROLE);
    pressRoles = press.build();
    add(classOf, pressRoles, PRESS_ROLE);
    for (String role : pressRoles) {
      int space = role.lastIndexOf(' ');
      if (space > 0) {
        add(classOf, List.of(role.substring(space + 1)), PRESS_ROLE_END);
      }
    }
    add(classOf, unique.build(), UNIQUE_ROLE);
    add(classOf, lower(lexicon.entries("portfolio-words")), PORTFOLIO);
    addWithPlurals(classOf, lower(lexicon.entries("institution-nouns")), INSTITUTION);
    addWithPlurals(classOf, lower(lexicon.entries("document-nouns")), DOCUMENT);
    addWithPlurals(classOf, lower(lexicon.entries("media-nouns")), MEDIA);
    Map<String, List<String>> synonyms = new LinkedHashMap<>();
    for (String entry : lexicon.entries("role-synonyms")) {
      String[] parts = BAR.split(entry.toLowerCase(Locale.ROOT));
      List<String> list = new ArrayList<>();
      for (String p : parts) {
        list.add(p.strip());
      }
      synonyms.putIfAbsent(list.get(0), List.copyOf(list));
    }
    roleSynonyms = ImmutableMap.copyOf(synonyms);
    Map<String, List<String>> nations = new LinkedHashMap<>();
    for (String entry : lexicon.entries("nationality-aliases")) {
      List<String> list = new ArrayList<>();
      for (String part : BAR.split(entry.toLowerCase(Locale.ROOT))) {
        list.add(part.strip());
      }
      for (String word : list) {
        nations.putIfAbsent(word, List.copyOf(list));
      }
    }
    nationalityAliases = ImmutableMap.copyOf(nations);
    add(classOf, lower(lexicon.entries("source-modifiers")), MODIFIER);
    List<List<String>> q = new ArrayList<>();
    for (String entry : lower(lexicon.entries("source-qualifiers"))) {
      q.add(List.of(SPACE.split(entry.strip())));
    }
    qualifiers = List.copyOf(q);
    add(classOf, lower(lexicon.entries("speech-nouns")), SPEECH_NOUN);
    add(classOf, lower(lexicon.entries("organisation-heads")), ORGANISATION_HEAD);
    addWithPlurals(classOf, lower(lexicon.entries("organisation-descriptors")), ORGANISATION_DESCRIPTOR);
    add(classOf, lower(lexicon.entries("time-words")), TIME_WORD);
    add(classOf, lower(lexicon.entries("function-words")), FUNCTION_WORD);
    add(classOf, lower(lexicon.entries("irregular-plurals")), IRREGULAR_PLURAL);
    add(classOf, verbs.openers(), CUE_OPENER);
    classes = Collections.unmodifiableMap(new HashMap<>(classOf)); // a hash map compares a word's cached hash first
    Map<String, String> capitalCities = new TreeMap<>();
    for (String entry : lexicon.entries("capital-cities")) {
      String[] parts = BAR.split(entry, 2);
      if (parts.length == 2) {
        capitalCities.putIfAbsent(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
      }
    }
    capitals = ImmutableMap.copyOf(capitalCities);
    newsAgencies = ImmutableSet.copyOf(lexicon.entries("news-agencies").stream().map(String::strip).toList());
    countries = capitalCities.values().stream().map(c -> c.toLowerCase(Locale.ROOT))
        .collect(com.google.common.collect.ImmutableSet.toImmutableSet());
  }

  private static void add(Map<String, Integer> classOf, Collection<String> words, int wordClass) {
    for (String w : words) {
      classOf.merge(w, wordClass, (a, b) -> a | b);
    }
  }

  /**
   * Adds each word and its regular plural: "union" and "unions", "authority" and "authorities".
   * A word ending in "s" or an apostrophe takes none ("press", "news"), nor does a plural of three
   * letters or fewer.
   */
  private static void addWithPlurals(Map<String, Integer> classOf, Collection<String> words, int wordClass) {
    for (String w : words) {
      classOf.merge(w, wordClass, (a, b) -> a | b);
      if (w.isEmpty() || w.endsWith("s") || w.endsWith("'") || w.endsWith("’")) {
        continue;
      }
      if (w.length() + 1 > 3) {
        classOf.merge(w + "s", wordClass, (a, b) -> a | b);
      }
      if (w.endsWith("y") && w.length() + 2 > 3) {
        classOf.merge(w.substring(0, w.length() - 1) + "ies", wordClass, (a, b) -> a | b);
      }
    }
  }

  /**
   * Adds the singular of each regular plural of people listed ("survivors", "relatives", "allies"),
   * so that "one survivor said" is as unnamed a source as "survivors said". Only for nouns of
   * people: a body's or an outlet's plural ("headquarters", "news") has no such singular.
   */
  private static void addSingulars(Map<String, Integer> classOf, Collection<String> words, int wordClass) {
    for (String w : words) {
      if (w.length() > 4 && w.endsWith("ies")) {
        classOf.merge(w.substring(0, w.length() - 3) + "y", wordClass, (a, b) -> a | b);
      } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
        classOf.merge(w.substring(0, w.length() - 1), wordClass, (a, b) -> a | b);
      }
    }
  }

  /** The classes {@code lower} is in, 0 for a word in no list: what {@link Words.Word#classes} holds. */
  int classesOf(String lower) {
    Integer c = classes.get(lower);
    return c == null ? 0 : c;
  }

  /**
   * The classes a word {@code lower} is cut with ({@link Words.Word#classes}): its lists', and
   * whether it is a hyphenated role. The readers ask of most words whether they are roles, and a
   * search for a hyphen per question was a few percent of the stage.
   */
  int wordClassesOf(String lower) {
    return classesOf(lower) | (isHyphenatedRole(lower) ? HYPHENATED_ROLE : 0);
  }

  /** The classes of {@code w}: those it was cut with, else looked up. */
  private int classes(Words.Word w) {
    return w.classes() != Words.UNCLASSIFIED ? w.classes() : wordClassesOf(w.lower());
  }

  private boolean in(String lower, int wordClass) {
    return (classesOf(lower) & wordClass) != 0;
  }

  private boolean in(Words.Word w, int wordClass) {
    return (classes(w) & wordClass) != 0;
  }

  /**
   * Whether {@code w} without its possessive ending ("radio’s" read as "radio") is in a class: a
   * word without one has the classes it was cut with, so only a possessive is looked up again.
   */
  private boolean bareIn(Words.Word w, int wordClass) {
    return w.isPossessive() ? in(w.bareLower(), wordClass) : in(w, wordClass);
  }

  private static ImmutableSet<String> lower(List<String> entries) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String e : entries) {
      b.add(e.toLowerCase(Locale.ROOT));
    }
    return b.build();
  }

  /** The speech verbs: {@code verbs().cueLength(words, i)}, {@code verbs().stance("claimed")}. */
  CueVerbs verbs() {
    return verbs;
  }

  boolean isAnonymityNoun(String lower) {
    return in(lower, ANONYMITY_NOUN);
  }

  boolean isAnonymityNoun(Words.Word w) {
    return in(w, ANONYMITY_NOUN);
  }

  boolean hasAnonymityPhrase(String lowerText) {
    for (String p : anonymityPhrases) {
      if (lowerText.contains(p)) {
        return true;
      }
    }
    return false;
  }

  boolean isRole(String lower) {
    return in(lower, ROLE) || isHyphenatedRole(lower);
  }

  boolean isRole(Words.Word w) {
    return in(w, ROLE | HYPHENATED_ROLE);
  }

  /**
   * A regular plural of a role word: "executives", "representatives", "deputies", "bosses". The
   * role list holds singulars only, since a plural names no one holder.
   */
  boolean isRolePlural(String lower) {
    if (lower.length() <= MIN_PLURAL || !lower.endsWith("s") || lower.endsWith("ss")) {
      return false;
    }
    String stem = lower.substring(0, lower.length() - 1);
    return isRole(stem) || lower.endsWith("ies") && isRole(lower.substring(0, lower.length() - 3) + "y")
        || lower.endsWith("es") && isRole(lower.substring(0, lower.length() - 2));
  }

  /** Words of this length or shorter are no role's plural for {@link #isRolePlural}: "ms", "mps". */
  private static final int MIN_PLURAL = 3;

  /** "vice-president": a role after a hyphen. */
  private boolean isHyphenatedRole(String lower) {
    int hyphen = lower.lastIndexOf('-');
    return hyphen > 1 && hyphen + 3 < lower.length() && in(lower.substring(hyphen + 1), ROLE);
  }

  /** "spokesman", or a role phrase closed by a press role: "police spokesman", "public relations officer". */
  boolean isPressRole(String lower) {
    if (in(lower, PRESS_ROLE)) {
      return true;
    }
    if (lower.indexOf(' ') < 0) {
      return false; // one word, and not a press role: no phrase to split
    }
    String[] words = SPACE.split(lower.strip());
    if (words.length < 2) {
      return false;
    }
    String last = words[words.length - 1];
    return in(last, PRESS_ROLE) || pressRoles.contains(words[words.length - 2] + " " + last);
  }

  boolean isPressRole(Words.Word w) {
    return in(w, PRESS_ROLE);
  }

  /** A press role at {@code k}, alone or closing a two-word role: "spokesman", "press secretary". */
  boolean isPressRoleAt(List<Words.Word> words, int k) {
    int c = classes(words.get(k));
    return (c & PRESS_ROLE) != 0
        || (c & PRESS_ROLE_END) != 0 && k > 0 && pressRoles.contains(words.get(k - 1).lower() + " " + words.get(k).lower());
  }

  /** Whether any word of {@code words} is a press role: "White House press secretary". */
  boolean hasPressRole(List<Words.Word> words) {
    for (int k = 0; k < words.size(); k++) {
      if (isPressRoleAt(words, k)) {
        return true;
      }
    }
    return false;
  }

  /** "mayor", "president": a role one person holds per body, so "Tarnby’s mayor" is one person. */
  boolean isUniqueRole(String lower) {
    return in(lower, UNIQUE_ROLE);
  }

  boolean isUniqueRole(Words.Word w) {
    return in(w, UNIQUE_ROLE);
  }

  boolean isPortfolio(String lower) {
    return in(lower, PORTFOLIO);
  }

  boolean isPortfolio(Words.Word w) {
    return in(w, PORTFOLIO);
  }

  /** Whether {@code w} carries a role on toward the name after it: "of", "for" or a portfolio ("Minister of State for Trade Ana Kell"). */
  boolean continuesRole(Words.Word w) {
    return w.is("of") || w.is("for") || isPortfolio(w);
  }


  boolean isInstitution(String lower) {
    return in(lower, INSTITUTION);
  }

  boolean isInstitution(Words.Word w) {
    return in(w, INSTITUTION);
  }

  boolean isDocument(String lower) {
    return in(lower, DOCUMENT);
  }

  boolean isDocument(Words.Word w) {
    return in(w, DOCUMENT);
  }

  /** {@link #isDocument(String)} of the word without its possessive ending: "report’s". */
  boolean isBareDocument(Words.Word w) {
    return bareIn(w, DOCUMENT);
  }

  boolean isMedia(String lower) {
    return in(lower, MEDIA);
  }

  boolean isMedia(Words.Word w) {
    return in(w, MEDIA);
  }

  /** {@link #isMedia(String)} of the word without its possessive ending: "Radio’s". */
  boolean isBareMedia(Words.Word w) {
    return bareIn(w, MEDIA);
  }

  /**
   * Whether {@code text} (a role or a phrase, lower case) names the nation of the nationality word
   * {@code nationality}: "us president" for "american", "tarnian president" or "tarnia's envoy" for
   * "tarnian" (a shared stem of at least four letters).
   */
  boolean namesNation(String text, String nationality) {
    String n = nationality.toLowerCase(Locale.ROOT);
    for (String word : SPACE.split(text.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", ""))) {
      int stem = Math.min(Math.max(4, Math.min(word.length(), n.length()) - 2), Math.min(word.length(), n.length()));
      if (word.length() >= 4 && n.length() >= 4 && word.regionMatches(0, n, 0, stem)) {
        return true;
      }
    }
    for (String alias : nationalityAliases.getOrDefault(n, List.of())) {
      if ((" " + text.toLowerCase(Locale.ROOT) + " ").contains(" " + alias + " ")) {
        return true;
      }
    }
    return false;
  }

  /** The roles a back-reference noun can stand for: "diplomat" gives [diplomat, secretary of state, ...]. */
  List<String> synonyms(String lower) {
    return roleSynonyms.getOrDefault(lower, List.of(lower));
  }

  /** Whether the {@code role-synonyms} list gives {@code lower} as a back-reference: "diplomat", "head of state". */
  boolean hasSynonyms(String lower) {
    return roleSynonyms.containsKey(lower);
  }

  /** "Federation", "Freight", "Holdings": the last word of an organisation's proper name. */
  boolean isOrganisationHead(String lower) {
    return in(lower, ORGANISATION_HEAD);
  }

  boolean isOrganisationHead(Words.Word w) {
    return in(w, ORGANISATION_HEAD);
  }

  /** {@link #isOrganisationHead(String)} of the word without its possessive ending: "Federation’s". */
  boolean isBareOrganisationHead(Words.Word w) {
    return bareIn(w, ORGANISATION_HEAD);
  }

  /** "firm", "retailer", "chain": a noun describing an organisation before its name. */
  /** "FC", "AC": an organisation head written in capitals in front of the name, as clubs are named ("FC Tarrow"). */
  boolean isLeadingHead(Words.Word w) {
    String t = w.text();
    // the class first: it is a bit for nearly every word, and the upper-cased copy is a new string
    return t.length() >= 2 && isBareOrganisationHead(w) && t.equals(t.toUpperCase(java.util.Locale.ROOT));
  }

  boolean isOrganisationDescriptor(String lower) {
    return in(lower, ORGANISATION_DESCRIPTOR);
  }

  boolean isOrganisationDescriptor(Words.Word w) {
    return in(w, ORGANISATION_DESCRIPTOR);
  }

  /** "monday", "january", "yesterday": a time, never a source or an antecedent. */
  boolean isTimeWord(String lower) {
    return in(lower, TIME_WORD);
  }

  boolean isTimeWord(Words.Word w) {
    return in(w, TIME_WORD);
  }

  /** {@link #isTimeWord(String)} of the word without its possessive ending: "Monday’s". */
  boolean isBareTimeWord(Words.Word w) {
    return bareIn(w, TIME_WORD);
  }

  /**
   * Whether "read" or "reads" at {@code k} closes a clause after a lower-case document noun, where
   * the document is the speaker: "the statement read." ("read the statement" is no such cue).
   */
  boolean isDocumentRead(List<Words.Word> w, int k) {
    return k > 0 && isDocument(w.get(k - 1)) && (w.get(k).is("read") || w.get(k).is("reads"))
        && !w.get(k - 1).isCapitalised() && (k + 1 >= w.size() || !w.get(k + 1).isWord());
  }

  /** The country whose capital {@code name} is ("Islamabad" gives "pakistan"), if it is one. */
  Optional<String> countryOfCapital(String name) {
    return Optional.ofNullable(capitals.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Whether {@code name}, as written, is a news agency's or broadcaster's ({@code news-agencies}): "AFP", "Reuters". */
  boolean isNewsAgency(String name) {
    return newsAgencies.contains(name);
  }

  /** Whether {@code name} is a country's or its capital's ("Egypt", "Cairo"): either stands for its government. */
  boolean namesCountry(String name) {
    return isCountry(name) || countryOfCapital(name).isPresent();
  }

  /** Whether {@code name} is a country's ("Saudi Arabia", "Egypt"), as the capital-cities list names them. */
  boolean isCountry(String name) {
    return countries.contains(name.toLowerCase(Locale.ROOT));
  }

  /** "one", "two", "twelve": a number word, which counts and never names ("One father said"). */
  boolean isNumberWord(String lower) {
    return in(lower, NUMBER_WORD);
  }

  boolean isNumberWord(Words.Word w) {
    return in(w, NUMBER_WORD);
  }

  /** "people", "police", "staff": plurals without the -s that marks the rest. */
  boolean isIrregularPlural(String lower) {
    return in(lower, IRREGULAR_PLURAL);
  }

  boolean isIrregularPlural(Words.Word w) {
    return in(w, IRREGULAR_PLURAL);
  }

  /** "the", "of", "which": words that never name a role. */
  boolean isFunctionWord(String lower) {
    return in(lower, FUNCTION_WORD);
  }

  boolean isFunctionWord(Words.Word w) {
    return in(w, FUNCTION_WORD);
  }

  /** Whether {@code w} is a word of a figure's qualifier: "some" of "some 200,000", "than" of "more than 40". */
  boolean isHedgeWord(Words.Word w) {
    return hedgeWords.contains(w.lower());
  }

  /** "warning", "pledge": nouns that carry a statement in "a warning from Kovac that ...". */
  boolean isSpeechNoun(String lower) {
    return in(lower, SPEECH_NOUN);
  }

  boolean isSpeechNoun(Words.Word w) {
    return in(w, SPEECH_NOUN);
  }

  /** The length of a source qualifier ("familiar with", "briefed on") starting at {@code k}, or 0. */
  int qualifierAt(List<Words.Word> words, int k) {
    for (List<String> q : qualifiers) {
      boolean match = k + q.size() <= words.size();
      for (int i = 0; match && i < q.size(); i++) {
        match = words.get(k + i).is(q.get(i));
      }
      if (match) {
        return q.size();
      }
    }
    return 0;
  }

  /** "senior", "the", "intelligence": words that may precede the head of a source phrase. */
  boolean isModifier(String lower) {
    return in(lower, MODIFIER);
  }

  boolean isModifier(Words.Word w) {
    return in(w, MODIFIER);
  }

  /** Whether the lower-case word can sit inside a source noun phrase: "senior", "official", "ministry". */
  boolean isPhraseNoun(String lower) {
    return in(lower, PHRASE_NOUN);
  }

  boolean isPhraseNoun(Words.Word w) {
    return in(w, PHRASE_NOUN);
  }

  /** Whether a lower-case hyphenated compound ends in a source noun: "inter-union", "ex-minister". */
  /** {@link #isPhraseNoun(String)} of the word without its possessive ending: "ministry’s". */
  boolean isBarePhraseNoun(Words.Word w) {
    return bareIn(w, PHRASE_NOUN);
  }

  /**
   * Whether the word without its possessive ending can sit inside a source noun phrase as a noun
   * ({@link #isPhraseNoun(String)}), a modifier or a portfolio: one look-up for the three.
   */
  boolean isBarePhraseWord(Words.Word w) {
    return bareIn(w, PHRASE_NOUN | MODIFIER | PORTFOLIO);
  }

  boolean isCompoundPhraseNoun(String lower) {
    int hyphen = lower.lastIndexOf('-');
    return hyphen > 1 && hyphen + 3 < lower.length() && Character.isLetter(lower.charAt(hyphen - 1))
        && isPhraseNoun(lower.substring(hyphen + 1));
  }
}
