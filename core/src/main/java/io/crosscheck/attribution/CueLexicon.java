package io.crosscheck.attribution;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The word lists the attribution stage reads, loaded once from a {@link Lexicon}.
 *
 * <p>{@code speech-verbs} line {@code "claimed|DISTANCING"} makes {@code stance("claimed")} DISTANCING;
 * {@code role-words} line {@code "spokesman|PRESS"} makes {@code isPressRole("spokesman")} true.
 */
final class CueLexicon {
  private final ImmutableMap<String, Stance> verbs;
  private final ImmutableMap<String, List<String>> multiWordVerbs;
  private final ImmutableMap<String, String> requiredWords;
  private final ImmutableSet<String> anonymityNouns;
  private final ImmutableSet<String> anonymityPhrases;
  private final ImmutableSet<String> roles;
  private final ImmutableSet<String> pressRoles;
  private final ImmutableSet<String> portfolio;
  private final ImmutableSet<String> institutions;
  private final ImmutableSet<String> documents;
  private final ImmutableSet<String> media;
  private final ImmutableMap<String, List<String>> roleSynonyms;
  private final ImmutableSet<String> modifiers;

  CueLexicon(Lexicon lexicon) {
    checkNotNull(lexicon, "lexicon");
    Map<String, Stance> single = new LinkedHashMap<>();
    Map<String, List<String>> multi = new LinkedHashMap<>();
    Map<String, String> required = new LinkedHashMap<>();
    for (String entry : lexicon.entries("speech-verbs")) {
      String[] parts = entry.split("\\|", 3);
      if (parts.length > 2) {
        required.putIfAbsent(parts[0].strip().toLowerCase(Locale.ROOT), parts[2].strip().toLowerCase(Locale.ROOT));
      }
      String verb = parts[0].strip().toLowerCase(Locale.ROOT);
      Stance stance = parts.length > 1 ? parseStance(parts[1]) : Stance.NEUTRAL;
      int space = verb.indexOf(' ');
      if (space > 0) {
        multi.computeIfAbsent(verb.substring(0, space), k -> new ArrayList<>()).add(verb.substring(space + 1));
        single.putIfAbsent(verb.substring(0, space) + "*", stance);
      } else {
        single.putIfAbsent(verb, stance);
      }
    }
    verbs = ImmutableMap.copyOf(single);
    multiWordVerbs = ImmutableMap.copyOf(multi);
    requiredWords = ImmutableMap.copyOf(required);
    anonymityNouns = lower(lexicon.entries("anonymity-nouns"));
    anonymityPhrases = lower(lexicon.entries("anonymity-phrases"));
    ImmutableSet.Builder<String> all = ImmutableSet.builder();
    ImmutableSet.Builder<String> press = ImmutableSet.builder();
    for (String entry : lexicon.entries("role-words")) {
      String[] parts = entry.split("\\|", 2);
      String role = parts[0].strip().toLowerCase(Locale.ROOT);
      all.add(role);
      if (parts.length > 1 && parts[1].strip().equalsIgnoreCase("PRESS")) {
        press.add(role);
      }
    }
    roles = all.build();
    pressRoles = press.build();
    portfolio = lower(lexicon.entries("portfolio-words"));
    institutions = lower(lexicon.entries("institution-nouns"));
    documents = lower(lexicon.entries("document-nouns"));
    media = lower(lexicon.entries("media-nouns"));
    Map<String, List<String>> synonyms = new LinkedHashMap<>();
    for (String entry : lexicon.entries("role-synonyms")) {
      String[] parts = entry.toLowerCase(Locale.ROOT).split("\\|");
      List<String> list = new ArrayList<>();
      for (String p : parts) {
        list.add(p.strip());
      }
      synonyms.putIfAbsent(list.get(0), List.copyOf(list));
    }
    roleSynonyms = ImmutableMap.copyOf(synonyms);
    modifiers = lower(lexicon.entries("source-modifiers"));
  }

  private static Stance parseStance(String s) {
    try {
      return Stance.valueOf(s.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return Stance.NEUTRAL;
    }
  }

  private static ImmutableSet<String> lower(List<String> entries) {
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (String e : entries) {
      b.add(e.toLowerCase(Locale.ROOT));
    }
    return b.build();
  }

  /** How many words of {@code words} from {@code i} form a cue (0 when none): "said" 1, "spoke about" 2. */
  int cueLength(List<Words.Word> words, int i) {
    Words.Word word = words.get(i);
    if (!word.isWord() || !Character.isLowerCase(word.text().charAt(0))) {
      return 0; // "the United States": a capitalised word is a name, not a cue
    }
    String w = word.lower();
    if (verbs.containsKey(w)) {
      return isVerbUse(words, i) ? 1 : 0;
    }
    List<String> rests = multiWordVerbs.get(w);
    if (rests != null && i + 1 < words.size()) {
      for (String rest : rests) {
        if (rest.equals(words.get(i + 1).lower())) {
          return 2;
        }
      }
    }
    return 0;
  }

  /** The word a cue's clause must hold ("as" for "described"), or empty when none. */
  String requiredWord(String cue) {
    return requiredWords.getOrDefault(cue.toLowerCase(Locale.ROOT), "");
  }

  /**
   * Whether the cue at {@code i} is used as a verb: a base form ("claim", "say") that is also a noun
   * counts only after a plural or pronoun subject or a modal ("they say", "officials claim", "will say").
   */
  boolean isVerbUse(List<Words.Word> words, int i) {
    String w = words.get(i).lower();
    if (!isBaseForm(w) || i == 0) {
      return true;
    }
    Words.Word prev = words.get(i - 1);
    String p = prev.lower();
    if (p.equals("they") || p.equals("we") || p.equals("i") || p.equals("you") || MODALS.contains(p)
        || p.equals("there")) {
      return true;
    }
    return p.endsWith("s") && !prev.isPossessive() && !p.endsWith("ss") && p.length() > 3;
  }

  private static final ImmutableSet<String> MODALS = ImmutableSet.of("will", "would", "may", "might", "could", "can",
      "should", "must", "did", "do", "to", "also", "often", "still");

  /** "say", "claim": a cue whose "-s" form is also a cue, so it can be a noun ("a claim") too. */
  boolean isBaseForm(String lower) {
    return verbs.containsKey(lower + "s") || verbs.containsKey(lower + "es")
        || lower.endsWith("y") && verbs.containsKey(lower.substring(0, lower.length() - 1) + "ies");
  }

  Stance stance(String cue) {
    String first = cue.toLowerCase(Locale.ROOT).split(" ", 2)[0];
    Stance s = verbs.get(first);
    if (s == null) {
      s = verbs.get(first + "*");
    }
    return s == null ? Stance.NEUTRAL : s;
  }

  boolean isAnonymityNoun(String lower) {
    return anonymityNouns.contains(lower);
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
    return roles.contains(lower);
  }

  boolean isPressRole(String lower) {
    return pressRoles.contains(lower);
  }

  boolean isPortfolio(String lower) {
    return portfolio.contains(lower);
  }

  boolean isInstitution(String lower) {
    return institutions.contains(lower);
  }

  boolean isDocument(String lower) {
    return documents.contains(lower);
  }

  boolean isMedia(String lower) {
    return media.contains(lower);
  }

  /** The roles a back-reference noun can stand for: "diplomat" gives [diplomat, secretary of state, ...]. */
  List<String> synonyms(String lower) {
    return roleSynonyms.getOrDefault(lower, List.of(lower));
  }

  /** "senior", "the", "intelligence": words that may precede the head of a source phrase. */
  boolean isModifier(String lower) {
    return modifiers.contains(lower);
  }

  /** Whether the lower-case word can sit inside a source noun phrase: "senior", "official", "ministry". */
  boolean isPhraseNoun(String lower) {
    return anonymityNouns.contains(lower) || roles.contains(lower) || institutions.contains(lower)
        || documents.contains(lower) || media.contains(lower);
  }
}
