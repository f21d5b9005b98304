package io.crosscheck.attribution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.crosscheck.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  private final CueVerbs verbs;
  private final ImmutableSet<String> anonymityNouns;
  private final ImmutableSet<String> anonymityPhrases;
  private final ImmutableSet<String> roles;
  private final ImmutableSet<String> pressRoles;
  private final ImmutableSet<String> uniqueRoles;
  private final ImmutableSet<String> portfolio;
  private final ImmutableSet<String> institutions;
  private final ImmutableSet<String> documents;
  private final ImmutableSet<String> media;
  private final ImmutableMap<String, List<String>> roleSynonyms;
  /** Nationality words with their country names: "american" gives [american, us, u.s., united states, america]. */
  private final ImmutableMap<String, List<String>> nationalityAliases;
  private final ImmutableSet<String> modifiers;
  private final List<List<String>> qualifiers;
  private final ImmutableSet<String> speechNouns;
  private final ImmutableSet<String> organisationHeads;
  private final ImmutableSet<String> organisationDescriptors;
  private final ImmutableSet<String> timeWords;
  private final ImmutableSet<String> functionWords;

  CueLexicon(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    List<String> numbers = new ArrayList<>(lexicon.entries("number-words"));
    numbers.addAll(lexicon.entries("scale-words")); // "half a billion", "a dozen"
    verbs = new CueVerbs(lexicon.entries("speech-verbs"), numbers);
    anonymityNouns = lower(lexicon.entries("anonymity-nouns"));
    anonymityPhrases = lower(lexicon.entries("anonymity-phrases"));
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
    roles = all.build();
    pressRoles = press.build();
    uniqueRoles = unique.build();
    portfolio = lower(lexicon.entries("portfolio-words"));
    institutions = lower(lexicon.entries("institution-nouns"));
    documents = lower(lexicon.entries("document-nouns"));
    media = lower(lexicon.entries("media-nouns"));
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
    modifiers = lower(lexicon.entries("source-modifiers"));
    List<List<String>> q = new ArrayList<>();
    for (String entry : lower(lexicon.entries("source-qualifiers"))) {
      q.add(List.of(SPACE.split(entry.strip())));
    }
    qualifiers = List.copyOf(q);
    speechNouns = lower(lexicon.entries("speech-nouns"));
    organisationHeads = lower(lexicon.entries("organisation-heads"));
    organisationDescriptors = lower(lexicon.entries("organisation-descriptors"));
    timeWords = lower(lexicon.entries("time-words"));
    functionWords = lower(lexicon.entries("function-words"));
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
    return listed(anonymityNouns, lower);
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
    if (roles.contains(lower)) {
      return true;
    }
    int hyphen = lower.lastIndexOf('-');
    return hyphen > 1 && hyphen + 3 < lower.length() && roles.contains(lower.substring(hyphen + 1)); // "vice-president"
  }

  boolean isPressRole(String lower) {
    return pressRoles.contains(lower);
  }

  /** A press role at {@code k}, alone or closing a two-word role: "spokesman", "press secretary". */
  boolean isPressRoleAt(List<Words.Word> words, int k) {
    return pressRoles.contains(words.get(k).lower())
        || k > 0 && pressRoles.contains(words.get(k - 1).lower() + " " + words.get(k).lower());
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
    return uniqueRoles.contains(lower);
  }

  boolean isPortfolio(String lower) {
    return portfolio.contains(lower);
  }

  boolean isInstitution(String lower) {
    return listed(institutions, lower);
  }

  boolean isDocument(String lower) {
    return listed(documents, lower);
  }

  boolean isMedia(String lower) {
    return listed(media, lower);
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

  /** "Federation", "Freight", "Holdings": the last word of an organisation's proper name. */
  boolean isOrganisationHead(String lower) {
    return organisationHeads.contains(lower);
  }

  /** "firm", "retailer", "chain": a noun describing an organisation before its name. */
  boolean isOrganisationDescriptor(String lower) {
    return listed(organisationDescriptors, lower);
  }

  /** "monday", "january", "yesterday": a time, never a source or an antecedent. */
  boolean isTimeWord(String lower) {
    return timeWords.contains(lower);
  }

  /** "the", "of", "which": words that never name a role. */
  boolean isFunctionWord(String lower) {
    return functionWords.contains(lower);
  }

  /** "warning", "pledge": nouns that carry a statement in "a warning from Kovac that ...". */
  boolean isSpeechNoun(String lower) {
    return speechNouns.contains(lower);
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
    return modifiers.contains(lower);
  }

  /** Whether the lower-case word can sit inside a source noun phrase: "senior", "official", "ministry". */
  boolean isPhraseNoun(String lower) {
    return listed(anonymityNouns, lower) || roles.contains(lower) || listed(institutions, lower)
        || listed(documents, lower) || listed(media, lower) || listed(organisationDescriptors, lower);
  }

  /** Whether a lower-case hyphenated compound ends in a source noun: "inter-union", "ex-minister". */
  boolean isCompoundPhraseNoun(String lower) {
    int hyphen = lower.lastIndexOf('-');
    return hyphen > 1 && hyphen + 3 < lower.length() && Character.isLetter(lower.charAt(hyphen - 1))
        && isPhraseNoun(lower.substring(hyphen + 1));
  }

  /**
   * Whether {@code lower} or the singular of a regular plural is in {@code list}: "unions" is listed
   * with "union", "authorities" with "authority"; "press" and "news" are no plurals.
   */
  private static boolean listed(ImmutableSet<String> list, String lower) {
    if (list.contains(lower)) {
      return true;
    }

    if (lower.length() <= 3 || !lower.endsWith("s") || lower.endsWith("ss") || lower.endsWith("'s")
        || lower.endsWith("’s")) {
      return false;
    }
    if (lower.endsWith("ies") && list.contains(lower.substring(0, lower.length() - 3) + "y")) {
      return true;
    }
    return list.contains(lower.substring(0, lower.length() - 1));
  }
}
