package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the noun phrase that names a speaker next to a cue, as token ranges.
 *
 * <p>In {@code While senior US officials have publicly said ...} the phrase before "said" is
 * "senior US officials"; in {@code “No,” said Ana Kovac, a senior fellow} the phrase after "said" is
 * "Ana Kovac". Scans are bounded to {@value #MAX_PHRASE} tokens, so they are linear in the text.
 */
final class SpeakerLocator {
  static final int MAX_PHRASE = 12;
  /** Prepositions that only locate a speaker before a place: "in Dravik", "on Carrow", "at Kellen". */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "at", "near");

  /** A token range {@code [from, to)} in a sentence's word list. */
  record Phrase(int from, int to) {
    int size() {
      return to - from;
    }
  }


  private final CueLexicon lexicon;

  private final PhraseGrammar grammar;
  private final SubjectFinder subjects;
  private final Interrupters interrupters;
  private final RolePrefix rolePrefix;
  private final FollowingSpeakerFinder following;
  private final PhraseNames names;

  SpeakerLocator(CueLexicon lexicon) {
    this.lexicon = lexicon;
    this.grammar = new PhraseGrammar(lexicon);
    this.subjects = new SubjectFinder(this, lexicon.verbs());
    this.interrupters = new Interrupters(lexicon, grammar);
    this.rolePrefix = new RolePrefix(lexicon);
    this.following = new FollowingSpeakerFinder(lexicon, grammar, rolePrefix, this);
    this.names = new PhraseNames(lexicon);
  }

  PhraseGrammar grammar() {
    return grammar;
  }

  RolePrefix rolePrefix() {
    return rolePrefix;
  }

  /** The subject at the start of a sentence: see {@link SubjectFinder}. */
  Optional<Phrase> subject(List<Word> w) {
    return subjects.subject(w);
  }

  /** Prepositions that open a span of time between a subject and its cue: "over the past week". */
  private static final WordSet SPAN_PREPOSITIONS =
      WordSet.of("over", "during", "throughout", "within", "for", "in");
  /** Nouns that end such a span. */
  private static final WordSet SPAN_NOUNS = WordSet.of(
      "week", "weeks", "weekend", "month", "months", "year", "years", "days", "hours", "decade");
  /** The most words of such a span: "over the past two weeks". */
  private static final int MAX_SPAN_WORDS = 5;

  /** The index of the preposition opening a span of time that ends at {@code j} ("over the past week"), else -1. */
  private static int timeSpanStart(List<Word> w, int j) {
    if (j < 2 || !SPAN_NOUNS.contains(w.get(j).lower())) {
      return -1;
    }
    for (int k = j - 1; k >= 1 && j - k < MAX_SPAN_WORDS; k--) {
      if (!w.get(k).isWord()) {
        return -1;
      }
      if (SPAN_PREPOSITIONS.contains(w.get(k).lower())) {
        return k;
      }
    }
    return -1;
  }

  /** The speaker phrase ending just before the cue at {@code cue}: "Kovac has said" gives "Kovac". */
  Optional<Phrase> before(List<Word> w, int cue) {
    if (ownedNoun(w, cue)) {
      return Optional.empty();
    }
    int j = cue - 1;
    int skips = 0;
    while (j >= 0 && skips < 4) {
      int open = asideStart(w, j);
      int continued;
      int span;
      if (open > 0) {
        j = open - 1; // "the Harbour Office (HO) said", "the council (in a statement) said", "the tribunal – in a long ruling – said"
      } else if (w.get(j).in(WordGroup.BETWEEN) || PhraseGrammar.isAdverbAt(w, j)) {
        j--;
      } else if (j > 0 && w.get(j - 1).is("in") && IN_ADVERBIALS.contains(w.get(j).lower())) {
        j -= 2; // "one group in particular has disputed", "the ministry in turn said"
      } else if ((continued = continuing(w, j)) > 0) {
        j -= continued; // "Renn continues to claim", "Renn went on to say"
      } else if (PhraseGrammar.TIMES.contains(w.get(j).lower()) && j > 0 && PhraseGrammar.isTimeLead(w.get(j - 1))) {
        j -= 2; // "Kovac on Monday said"
      } else if ((span = timeSpanStart(w, j)) >= 0) {
        j = span - 1; // "Kellco and Tarvo during the last two months have argued"
      } else if (j > 0 && lexicon.isTimeWord(w.get(j)) && !w.get(j - 1).text().equals(",")
          && (grammar.isHead(w.get(j - 1)) || w.get(j - 1).text().equals(")"))) {
        j--; // "the ministry yesterday said", "Kovac Tuesday said"
      } else {
        break;
      }
      skips++;
    }
    if (j < 0 || w.get(j).in(WordGroup.NEGATION)) {
      return Optional.empty();
    }
    int appositiveEnd = -1;
    // The comma that opens the appositive: the phrase before it may end in a place ("a doctor at the clinic, Ivo Marsk,").
    int appositiveOpen = -1;
    if (w.get(j).text().equals(",")) {
      appositiveEnd = j;
      int comma = j;
      j = interrupters.skipAppositive(w, j);
      if (j < 0) {
        return Interrupters.bareName(w, comma); // "Brenner’s lawyer, Mila Tor, said": at least the name
      }
      appositiveOpen = j + 1;
    }
    j = interrupters.skipFamiliarWith(w, j);
    j = interrupters.skipRelativeClause(w, j);
    j = interrupters.skipLocatingPhrase(w, j);
    int end = j;
    Word head = w.get(end);
    if (head.in(WordGroup.PRONOUN)) {
      return Optional.of(new Phrase(end, end + 1));
    }
    if (head.is("them") && end >= 2 && w.get(end - 1).is("of") && grammar.isNpWord(w.get(end - 2))) {
      return Optional.of(new Phrase(end - 2, end + 1)); // "One of them said": they, resolved later
    }
    Optional<Phrase> rank = rankPhrase(w, end);
    if (rank.isPresent()) {
      return rank; // "the world No 1 said": a player by rank, not a count
    }
    if (!grammar.isHead(head)) {
      // "A lawyer for the family said"; "the talks resumed after mediators said": a clause's subject
      return roleFor(w, end).or(() -> clauseSubject(w, end)).or(() -> ownedPlural(w, end));
    }
    int start = phraseStart(w, end);
    // A short appositive naming the speaker stays in the phrase: "the mayor, Petra Lind".
    // A longer one stays when it holds a role: "Mara Lind, a spokeswoman for the river council, said".
    boolean role = appositiveEnd > 0 && appositiveEnd - appositiveOpen < MAX_PHRASE && grammar.hasRole(w, appositiveOpen, appositiveEnd);
    // "The Kremlin, however, said": a sentence adverb is no part of the speaker's name.
    int to = appositiveEnd > 0 && (appositiveEnd - appositiveOpen <= MAX_SHORT_APPOSITIVE || role)
        && (!isClausal(w.get(appositiveOpen + 1)) || namesThePerson(w, appositiveOpen + 1))
        && !Interrupters.isSentenceAdverb(w.get(appositiveOpen + 1)) ? appositiveEnd : end + 1;
    int named = appositiveEnd < 0 ? unclosedAppositiveName(w, start, end) : -1;
    return grammar.timeless(w, new Phrase(named >= 0 ? named : start, to));
  }

  /**
   * Where the name starts that a role phrase before the cue describes, its closing comma left out:
   * "Ivo Renn, regional officer at the Kelm guild said". The name opens the sentence and the role
   * phrase opens on a lower-case word holding a role; -1 for any other phrase.
   */
  private int unclosedAppositiveName(List<Word> w, int start, int end) {
    if (start < 3 || !w.get(start - 1).text().equals(",") || w.get(start).isCapitalised() || !grammar.hasRole(w, start, end + 1)) {
      return -1;
    }
    int k = start - 2;
    int words = 0;
    while (k >= 0 && words < MAX_NAME_WORDS && w.get(k).isWord() && w.get(k).isCapitalised() && !w.get(k).in(WordGroup.CLAUSE_WORD)
        && !lexicon.isRole(w.get(k)) && !lexicon.isInstitution(w.get(k))) {
      k--;
      words++;
    }
    return k < 0 && words >= 2 ? 0 : -1;
  }

  /** A capitalised media noun, as outlets' names are made of: "Globe", "Mail", "Courier". */
  private boolean pressNoun(Word t) {
    return t.isCapitalised() && lexicon.isMedia(t);
  }

  /** The most words and commas from an appositive's opening comma to its closing one that always join the phrase: "the mayor, Petra Lind,". */
  private static final int MAX_SHORT_APPOSITIVE = 5;

  /**
   * Where the noun phrase headed by the word at {@code end} starts: past its determiner, its
   * modifiers, a name's particles and the body a role is held for ("a spokesman for the ministry").
   */
  private int phraseStart(List<Word> w, int end) {
    Word head = w.get(end);
    int start = end;
    while (start > 0 && end - start < MAX_PHRASE) {
      Word p = w.get(start - 1);
      if (p.in(WordGroup.DETERMINER) && !p.in(WordGroup.CLAUSE_WORD)) {
        start--;
        boolean linked = start >= 2 && (w.get(start - 1).is("for") || w.get(start - 1).is("of"))
            && (lexicon.isRole(w.get(start - 2))
            || w.get(start - 2).isCapitalised() && lexicon.isInstitution(w.get(start - 2)) // "Office for the …"
            || peopleOf(w, start)); // "Members of the council"
        if (!linked) {
          break; // "the ministry" ends here; "a spokesman for the ministry" goes on
        }
        continue;
      }
      if (p.is("and") && start >= 3 && w.get(start).isCapitalised() && institutionOfBefore(w, start - 2)) {
        start--; // "the Ministry of Health and Environment": one body, not two
        continue;
      }
      if (p.is("and") && start >= 2 && pressNoun(w.get(start)) && pressNoun(w.get(start - 2))) {
        start--; // "The Globe and Mail", "the Post and Courier": one outlet's name, not two
        continue;
      }
      if (p.is("of") && start >= 3 && w.get(start - 2).is("behalf") && w.get(start - 3).is("on")) {
        start -= 3; // "a statement issued on behalf of Mayor Ana Kovac": her office issued it
        break;
      }
      if (start >= 2 && (p.text().equals("'") || p.text().equals("’") || p.is("of") && !grammar.namesAnAct(w.get(start - 2)))
          && grammar.isNpWord(w.get(start - 2))) {
        start--;
        continue;
      }
      if (PhraseGrammar.isNameParticle(p) && start >= 2 && w.get(start).isCapitalised()
          && (w.get(start - 2).isCapitalised() || start >= 3 && PhraseGrammar.isNameParticle(w.get(start - 2))
          && w.get(start - 3).isCapitalised())) {
        start -= PhraseGrammar.isNameParticle(w.get(start - 2)) ? 2 : 1; // "Joost van Amstel", "Jan van der Berg"
        continue;
      }
      if (p.is("for") && start >= 2 && (lexicon.isRole(w.get(start - 2))
          || w.get(start - 2).isCapitalised() && (lexicon.isInstitution(w.get(start - 2)) || lexicon.isPortfolio(w.get(start - 2)))
          && grammar.isNpWord(w.get(start)))) {
        // "a spokesman for the ministry", "the Office for Relief Affairs", "the agency for refugees",
        // "the Minister of State for Trade Ivo Renn"
        start--;
        continue;
      }
      if (PLACE_PREPOSITIONS.contains(p.lower()) && start >= 2 && isSourceNoun(w.get(start - 2))
          && (w.get(start).isCapitalised() || head.isCapitalised())) {
        start--; // "diplomats in Dravik", "the embassy in Orvath", "an official in eastern Tarnia"
        continue;
      }
      if (p.isPossessive() && !p.isCapitalised() && start >= 2 && w.get(start - 2).in(WordGroup.DETERMINER)) {
        start -= 2; // "the city's mayor", "the company's lawyer": a possessed role
        break;
      }
      if (start >= 2 && !w.get(start).isCapitalised() && grammar.isNpWord(w.get(start)) && !p.isCapitalised() && isNounModifierWord(p)
          && (w.get(start - 2).in(WordGroup.DETERMINER) || w.get(start - 2).is("of"))) {
        start--; // "a group of human rights activists": a plain word before the noun's own modifier
        continue;
      }
      if (!grammar.isNpWord(p) && !PhraseGrammar.opensName(w, start - 1)) {
        break; // "He Lin said": a capitalised "He" before a name is part of it
      }
      start--;
    }
    if (head.isCapitalised() && !w.get(start).in(WordGroup.DETERMINER)) {
      start -= rolePrefix.lengthBefore(w, start); // "fisherman Olek Marsh said": an unlisted role
    }
    if (start > 1 && start >= end - 2 && !w.get(start).isCapitalised() && !w.get(start - 1).isCapitalised()
        && !w.get(start).in(WordGroup.DETERMINER) && grammar.isNpWord(w.get(start - 2))
        && w.get(start - 2).isCapitalised() && isSourceNoun(w.get(end))
        && !w.get(start - 2).in(WordGroup.DETERMINER) && isNounModifierWord(w.get(start - 1))) {
      start -= 2; // "the UN refugee agency", "the EU border agency": a name, then a plain noun, qualify the head
      while (start > 0 && end - start < MAX_PHRASE && w.get(start - 1).isCapitalised() && grammar.isNpWord(w.get(start - 1))
          && !w.get(start - 1).isPossessive() && !w.get(start - 1).in(WordGroup.DETERMINER)) {
        start--; // "the Kelm Valley march's organisers": the whole name
      }
      if (start > 0 && w.get(start - 1).in(WordGroup.DETERMINER)) {
        start--;
      }
    } else if (start > 0 && start >= end - 2 && !w.get(start).isCapitalised()
        && !w.get(start).in(WordGroup.DETERMINER) && isNounModifier(w, start - 1)
        && (isSourceNoun(w.get(end)) || lexicon.isRole(w.get(end)))) {
      // "but business groups warned", "the market traders' association", "the city mayor": a plain noun qualifies
      start--;
      if (start > 0 && w.get(start - 1).in(WordGroup.DETERMINER)) {
        start--;
        if (peopleOf(w, start)) {
          start -= 2; // "Members of the harbour council"
        }
      }
    }
    return start;
  }

  /**
   * Whether the phrase whose determiner is at {@code det} is the body a plural of people belong to:
   * "Members of the council said", "Employees of the mill said". The people speak, not the body.
   */
  private boolean peopleOf(List<Word> w, int det) {
    return det >= 2 && w.get(det - 1).is("of") && names.isPeoplePlural(w.get(det - 2).lower());
  }

  /**
   * Whether the cue word at {@code k} is a noun a common noun's possessive owns ("dismissed the
   * airline’s claims as false"): no verb follows a possessive. A name may end so and speak
   * ("Tarvell’s said").
   */
  static boolean ownedNoun(List<Word> w, int k) {
    return k >= 1 && w.get(k - 1).isPossessive() && !w.get(k - 1).isCapitalised();
  }

  /** Verbs that carry a speech verb on: "continues to claim". */
  private static final WordSet CONTINUING = WordSet.of("continue", "continues", "continued", "continuing");
  /** Forms of "go" in "went on to say". */
  private static final WordSet GOING = WordSet.of("go", "goes", "went", "going");

  /** How many words ending at {@code j} carry the cue after them on, 0 if none: "continues to" (2), "went on to" (3). */
  static int continuing(List<Word> w, int j) {
    if (w.get(j).is("to") && j >= 1 && CONTINUING.contains(w.get(j - 1).lower())) {
      return 2;
    }
    return w.get(j).is("to") && j >= 2 && w.get(j - 1).is("on") && GOING.contains(w.get(j - 2).lower()) ? 3 : 0;
  }

  /** A dash standing alone: "–", "—" or a spaced hyphen. */
  private static boolean isDash(Word w) {
    String t = w.text();
    return t.equals("–") || t.equals("—") || t.equals("-");
  }

  /** Words a bracketed aside before a cue may hold: "(OCHA)", "(in a statement on Friday)". */
  private static final int MAX_BRACKETED = 8;
  /** The most words between two dashes read as one parenthesis: dashes set off longer asides than brackets. */
  private static final int MAX_DASHED = 14;

  /**
   * Where an aside that ends at {@code close} opens, or -1 when none does: the "(" of "the Harbour
   * Office (HO) said" within {@link #MAX_BRACKETED} words, the first dash of "the league – led by
   * its chief executive – said" within {@link #MAX_DASHED}. Neither crosses a "." or ";", a
   * bracket no other ")", a dash no colon or quotation mark.
   */
  private static int asideStart(List<Word> w, int close) {
    boolean dash = isDash(w.get(close));
    if (!dash && !w.get(close).text().equals(")")) {
      return -1;
    }
    for (int k = close - 1; k >= 0 && close - k <= (dash ? MAX_DASHED : MAX_BRACKETED); k--) {
      Word t = w.get(k);
      String x = t.text();
      if (dash ? isDash(t) : x.equals("(")) {
        return k;
      }
      boolean stop = dash ? x.equals(":") || x.equals("“") || x.equals("”") || x.equals("\"") : x.equals(")");
      if (stop || x.equals(".") || x.equals(";")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "a lawyer for the family", "the head of the household", "a survivor of the sinking": a role
   * word, or a noun of unnamed people, owning a plain noun.
   */
  private Optional<Phrase> roleFor(List<Word> w, int end) {
    int k = end - 1;
    if (k >= 0 && w.get(k).in(WordGroup.DETERMINER)) {
      k--;
    }
    if (k < 1 || !(w.get(k).is("for") || w.get(k).is("of"))
        || !lexicon.isRole(w.get(k - 1)) && !lexicon.isAnonymityNoun(w.get(k - 1))
        || !w.get(end).isWord() || w.get(end).isCapitalised()) {
      return Optional.empty();
    }
    int start = k - 1;
    return Optional.of(new Phrase(start > 0 && w.get(start - 1).in(WordGroup.DETERMINER)
        ? start - 1 : start, end + 1));
  }

  /** Words that open a clause whose subject may be any plain noun: "after mediators said", "when the doctor said". */
  /** Second words of adverbials with "in" that stand between a subject and its verb: "in particular", "in turn". */
  private static final WordSet IN_ADVERBIALS = WordSet.of("particular", "turn", "response", "return", "contrast", "fact");
  private static final WordSet CLAUSE_OPENERS = WordSet.of("after", "before", "when", "as", "because",
      "since", "while", "although", "though", "until", "once", "whereas");
  /** Endings of English agent nouns, the people who do something: mediator, protester, analyst, physician, resident. */
  private static final Pattern AGENT_ENDINGS = Pattern.compile("(?:or|er|ist|ian|ant|ent)$");
  /** The shortest plain noun taken as a clause's subject: not "it", "one". */
  private static final int MIN_SUBJECT_NOUN = 4;

  /**
   * A plain agent noun the lexicon does not list ("-or", "-er", "-ist", "-ian", "-ant", "-ent"), as
   * the subject of a clause a subordinator opens: "the talks resumed after mediators said", "when
   * the doctor said". A plural needs no determiner ("after mediators"), a singular needs "the"
   * ("when the doctor"); "after the talks said" reads "after the talks" as a time, not a speaker.
   * With an article, up to {@value #MAX_SUBJECT_MODIFIERS} plain or hyphenated words may qualify
   * the noun, and the sentence's start or a comma opens the clause too: "A self-proclaimed hacker
   * said", "…, an anonymous trader claimed".
   */
  private Optional<Phrase> clauseSubject(List<Word> w, int end) {
    Word noun = w.get(end);
    String lower = noun.lower();
    if (!isNounModifierWord(noun) || noun.isCapitalised() || lower.length() < MIN_SUBJECT_NOUN
        || !Character.isLetter(lower.charAt(0)) || noun.isPossessive() || noun.in(WordGroup.DETERMINER)
        || lexicon.isFunctionWord(noun) || lexicon.isTimeWord(noun)) {
      return Optional.empty();
    }
    boolean plural = lower.endsWith("s") && !lower.endsWith("ss");
    String singular = plural ? lower.substring(0, lower.length() - 1) : lower;
    if (!AGENT_ENDINGS.matcher(singular).find()) {
      return Optional.empty(); // "after the talks said": things do not speak; "a statement released after the talks said"
    }
    int start = end;
    while (start > 0 && end - start < MAX_SUBJECT_MODIFIERS && isSubjectModifier(w.get(start - 1))) {
      start--;
    }
    boolean article = start >= 1 && PhraseGrammar.isArticle(w.get(start - 1));
    if (article) {
      start--;
    } else if (!plural || start < end) {
      return Optional.empty();
    }
    boolean opened = start >= 1 && CLAUSE_OPENERS.contains(w.get(start - 1).lower());
    boolean startsSentence = article && !w.get(start).is("the") && (start == 0 || w.get(start - 1).text().equals(","));
    return opened || startsSentence ? Optional.of(new Phrase(start, end + 1)) : Optional.empty();
  }

  /** Words that may qualify a plain agent noun after its article: "a self-proclaimed hacker". */
  private static final int MAX_SUBJECT_MODIFIERS = 2;

  /** A lower-case word that may stand between an article and its agent noun: "anonymous", "self-proclaimed". */
  private boolean isSubjectModifier(Word t) {
    String lower = t.lower();
    return t.isWord() && !t.isCapitalised() && !t.isPossessive() && !t.in(WordGroup.DETERMINER)
        && !lexicon.isFunctionWord(t) && (isNounModifierWord(t) || lower.indexOf('-') > 0);
  }

  /**
   * A lower-case plural of people that a determiner or a possessive makes a subject, as the
   * lexicon's own plurals are ("the managers said"): "The executives said", "Dorvan's
   * representatives said", "the club's investors said", "their lawyers said". A bare plural
   * ("executives said") needs {@link #clauseSubject}'s opener: without one it may be an object.
   */
  private Optional<Phrase> ownedPlural(List<Word> w, int end) {
    if (!names.isOwnedPlural(w, end) || !lexicon.isRolePlural(w.get(end).lower()) && evidenceVerbAfter(w, end)) {
      return Optional.empty(); // "the numbers suggest": a plural in "-ers" that shows, not one that speaks
    }
    return Optional.of(new Phrase(phraseStart(w, end), end + 1));
  }

  /** Verbs by which things, not people, bear out a statement: "the numbers show", "the filters suggest". */
  private static final WordSet EVIDENCE_VERBS = WordSet.of("show", "showed", "shown", "suggest", "indicate",
      "reveal", "prove");

  private static boolean evidenceVerbAfter(List<Word> w, int end) {
    return end + 1 < w.size() && EVIDENCE_VERBS.contains(w.get(end + 1).lower());
  }

  /** Participles by which a story names someone it first described: "a man, identified as Tomas,". */
  private static final WordSet NAMING_PARTICIPLES = WordSet.of("identified", "named", "known");
  /** Words a naming clause may give before the name: "her name", "his first name". */
  private static final WordSet NAME_OWNERS = WordSet.of("her", "his", "their");
  /** The most words of a name a naming clause gives: "Ms Ana Vell". */
  private static final int MAX_NAME_WORDS = 3;

  /** Whether the appositive at {@code k} gives the name of the person before it ({@link #namingClauseEnd}). */
  private static boolean namesThePerson(List<Word> w, int k) {
    return namingClauseEnd(w, k) > 0;
  }

  /**
   * Where a clause opening at {@code k} that names the person before it ends, past the name:
   * "identified as Tomas", "named only as Rami", "known as Ilse", "who gave his first name as Oren",
   * "who gave only his first name, Ivo"; -1 for any other clause. Such a clause belongs to the
   * speaker's phrase, before the cue or after it.
   */
  static int namingClauseEnd(List<Word> w, int k) {
    if (k + 3 < w.size() && w.get(k).is("who") && w.get(k + 1).is("gave")) {
      k += 2;
      k += w.get(k).is("only") ? 1 : 0;
      if (k >= w.size() || !NAME_OWNERS.contains(w.get(k).lower())) {
        return -1;
      }
      k++;
      k += k < w.size() && (w.get(k).is("first") || w.get(k).is("full")) ? 1 : 0;
      if (k >= w.size() || !w.get(k).is("name")) {
        return -1;
      }
      k++;
    } else if (k < w.size() && NAMING_PARTICIPLES.contains(w.get(k).lower())) {
      k++;
    } else {
      return -1;
    }
    k += k < w.size() && w.get(k).is("only") ? 1 : 0;
    if (k >= w.size() || !(w.get(k).is("as") || w.get(k).text().equals(","))) {
      return -1;
    }
    int from = ++k;
    while (k < w.size() && k - from < MAX_NAME_WORDS && w.get(k).isCapitalised() && w.get(k).isWord()) {
      k++;
    }
    return k > from ? k : -1;
  }

  /** "based", "speaking", "whose": an appositive opened so describes, it does not name. */
  private static boolean isClausal(Word first) {
    String lower = first.lower();
    return !first.isCapitalised() && (lower.endsWith("ed") || lower.endsWith("ing") || lower.startsWith("wh"));
  }

  /** A lower-case word opening a clause before a source noun: "business" in ", but business groups said". */
  static boolean isNounModifier(List<Word> w, int k) {
    Word t = w.get(k);
    String lower = t.lower();
    if (!t.isWord() || t.isCapitalised() || lower.endsWith("ly") || lower.endsWith("ed")
        || t.in(WordGroup.CLAUSE_WORD) || t.in(WordGroup.BETWEEN) || t.in(WordGroup.NEGATION) || t.in(WordGroup.PRONOUN)) {
      return false;
    }
    if (k == 0) {
      return true;
    }
    String before = w.get(k - 1).lower();
    return before.equals(",") || before.equals(";") || before.equals("but") || before.equals("and")
        || before.equals("that") || before.equals("which") // "fruit that shipping agents said would spoil"
        || before.equals("while") || WordGroup.DETERMINER.contains(before);
  }

  /** A plain lower-case word that may qualify a noun: not a verb form, adverb, clause word or pronoun. */
  private static boolean isNounModifierWord(Word t) {
    String lower = t.lower();
    return t.isWord() && !lower.endsWith("ly") && !lower.endsWith("ed") && !lower.endsWith("ing")
        && !t.in(WordGroup.CLAUSE_WORD) && !t.in(WordGroup.BETWEEN) && !t.in(WordGroup.NEGATION)
        && !t.in(WordGroup.PRONOUN);
  }

  boolean isSourceNoun(Word t) {
    return lexicon.isInstitution(t) || lexicon.isAnonymityNoun(t);
  }

  /** The speaker phrase starting at {@code start}: see {@link FollowingSpeakerFinder}. */
  Optional<Phrase> after(List<Word> w, int start) {
    return following.find(w, start);
  }

  /** Words of a body's "of" complement read back for its "of": "Ministry of Ports, Roads" holds three. */
  private static final int MAX_COMPLEMENT_WORDS = 4;

  /**
   * Whether capitalised words ending at {@code k} are the complement of a capitalised body's "of":
   * "Health" in "Ministry of Health", "Human Rights" in "Office of Human Rights".
   */
  private boolean institutionOfBefore(List<Word> w, int k) {
    int j = k;
    while (j >= 0 && k - j < MAX_COMPLEMENT_WORDS && w.get(j).isCapitalised() && !w.get(j).isPossessive()) {
      j--;
    }
    return j < k && j >= 1 && w.get(j).is("of") && w.get(j - 1).isCapitalised() && lexicon.isInstitution(w.get(j - 1));
  }

  /** Lower-case words between "the" and a rank: "the world No 1", "the top seed No 2". */
  private static final int MAX_RANK_WORDS = 3;

  /** "the world No 1" ending at {@code end}: "the", a few lower-case words, "No", a number. */
  private static Optional<Phrase> rankPhrase(List<Word> w, int end) {
    if (end < 2 || !w.get(end).text().chars().allMatch(Character::isDigit) || !Phrases.isRankMark(w.get(end - 1))) {
      return Optional.empty();
    }
    for (int k = end - 2; k >= 0 && end - 2 - k < MAX_RANK_WORDS; k--) {
      if (w.get(k).is("the")) {
        return Optional.of(new Phrase(k, end + 1));
      }
      if (!w.get(k).isWord() || w.get(k).isCapitalised()) {
        break;
      }
    }
    return Optional.empty();
  }
}
