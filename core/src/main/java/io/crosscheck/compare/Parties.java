package io.crosscheck.compare;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the party behind a sentence when no attribution does, for finding summaries.
 *
 * <p>"Asked whether this account was accurate, a senior official said …" gives "a senior official";
 * "A statement issued by the Prime Minister's Office …" gives "a statement issued by the Prime
 * Minister's Office"; a sentence with neither gives "one account".
 */
final class Parties {
  /** "a senior US official", "the ministry's spokesperson", "the office" — up to four modifiers. */
  private static final Pattern ROLE_PHRASE = Pattern.compile(
      "\\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Ss]everal)\\s+(?:[\\w.’'-]+\\s+){0,4}?"
          + "(?:officials?|spokes(?:man|woman|person)|diplomats?|aides?|sources?|ministry|office|government|army|military)\\b"
          // "an aide to Brek", "a spokeswoman for the Port Authority"
          + "(?:\\s+(?:to|for|of|from|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3})?");
  /** "a statement issued by Ana Kovac's office", "a readout of the call" (up to the next comma). */
  private static final Pattern DOCUMENT_PHRASE = Pattern.compile(
      "\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\\s+(?:statement|readout|read-out)(?:\\s+(?:issued\\s+by|from|of)\\s+[^,.;]{3,60}?)?(?=\\s+(?:after|said|says|did|on|that|also)\\b|[,.;]|$)");
  /** The subject of a sentence that opens "X said …": "The harbour authority said" gives "The harbour authority". */
  private static final Pattern SUBJECT_VERB = Pattern.compile(
      "\\s*(\\p{Lu}[^,;:“”\"]{1,60}?)\\s+(?:(?:is|are|was|were|has been|have been|had been)\\s+)?(?:said|says|told|added|stated|insisted|accused|denied|disputed|rejected|dismissed|refuted|rebutted|claimed|announced|warned|confirmed|gave|offered)\\b");
  /** A capitalised determiner opening a phrase: "The", "A", "Its". */
  private static final Pattern DETERMINER = Pattern.compile("(?:The|A|An|Its|His|Her|Their|This|That|Two|Several)\\b");
  /** A relative or adverbial clause opening, not a subject: "which usually …", "as it generally does". */
  private static final Pattern RELATIVE = Pattern.compile("(?i)(?:which|who|whose|where|as|though|although|while)\\b");
  /**
   * A capitalised name of two or three words: "Ana Kovac", "Prime Minister Kovac"; a possessive name
   * keeps the noun it owns: "Port Varna's council".
   */
  private static final Pattern NAME = Pattern.compile(
      "\\b\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'.-]+){1,3}(?:(?<=['’]s)\\s+\\p{Ll}{2,30})?");

  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of("he", "she", "they", "it", "we", "i", "you", "this", "that", "which", "who");

  /** How far into a sentence a name may start and still be its party: "On Monday, Ana Kovac ...". */
  private static final int NAME_OPENING_CHARS = 40;

  /** The label when a sentence names no party. */
  static final String UNKNOWN = "one account";

  private Parties() {}

  static String label(String sentence) {
    Matcher subject = SUBJECT_VERB.matcher(sentence);
    if (subject.lookingAt()) {
      return lowerFirst(subject.group(1).strip());
    }
    int best = Integer.MAX_VALUE;
    String label = null;
    for (Pattern p : new Pattern[] {DOCUMENT_PHRASE, ROLE_PHRASE}) {
      Matcher m = p.matcher(sentence);
      if (m.find() && m.start() < best) {
        best = m.start();
        label = m.group();
      }
    }
    if (label != null) {
      return lowerFirst(label.strip());
    }
    // A name opening the sentence is its party ("Ana Kovac spent the day ..."); a name further on is
    // what the sentence is about ("... the school, which is named for Ivo Tarn"), not who speaks.
    Matcher name = NAME.matcher(sentence);
    while (name.find() && name.start() <= NAME_OPENING_CHARS) {
      if (!OPENING_WORD.matcher(name.group()).matches()) {
        return name.group();
      }
    }
    return UNKNOWN;
  }

  /** A capitalised run that opens with an article or a preposition, no name: compiled once, not per run. */
  private static final Pattern OPENING_WORD = Pattern.compile("(?:The|A|An|In|On|At|Asked)\\b.*");

  /** The party a cue's clause is about: "In a sign of discord, the palace did not release…" gives "the palace". */
  static String subjectBefore(String sentence, int cueStart) {
    String[] parts = sentence.substring(0, cueStart).split(",");
    // "Kovac's office, which usually publishes a summary, did not …": skip the relative clause.
    for (int i = parts.length - 1; i >= 0; i--) {
      String part = parts[i].strip();
      if (part.isEmpty() || RELATIVE.matcher(part).lookingAt()) {
        continue;
      }
      return isName(part) ? lowerFirst(Texts.clip(part, 70)) : label(sentence);
    }
    return label(sentence);
  }

  /** False for pronouns ("he", "they"), which name no one in a summary. */
  static boolean isName(String name) {
    return !name.isBlank() && !PRONOUNS.contains(name.strip().toLowerCase(java.util.Locale.ROOT));
  }

  /** "The palace" mid-sentence reads "the palace"; names ("Kovac's office") keep their capital. */
  private static String lowerFirst(String s) {
    return DETERMINER.matcher(s).lookingAt() ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
  }

  /** "a senior official" → "A senior official", for the start of a summary. */
  static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
