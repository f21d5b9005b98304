package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one article says about the names in it: which are people (with their full name and role)
 * and which are places or organisations.
 *
 * <p>From {@code Defense Minister Ana Kovac flew to Veloria. Velorian troops ...} it learns that
 * "Kovac" is the person "Ana Kovac" with role "Defense Minister", and that "Veloria" is a place (it
 * follows "to"... and has the demonym "Velorian").
 */
final class MentionIndex {
  /** A person named in the article: "Ana Kovac", role "Defense Minister", a press role or not. */
  record Person(String fullName, String role, boolean press) {}

  /** Titles of a man: "Mr. Veyl", "Mr Veyl". */
  private static final List<String> MASCULINE = List.of("mr", "mr.");
  /** Titles of a woman: "Ms Kovac", "Mrs. Kovac". */
  private static final List<String> FEMININE = List.of("ms", "ms.", "mrs", "mrs.");
  private static final WordSet MASCULINE_TITLES = WordSet.copyOf(MASCULINE);
  private static final WordSet FEMININE_TITLES = WordSet.copyOf(FEMININE);
  /** Every title before a surname, a man's, a woman's or a doctor's: one list, so the sexed ones stay among them. */
  private static final WordSet TITLES = WordSet.copyOf(
      java.util.stream.Stream.of(MASCULINE, FEMININE, List.of("dr", "dr.")).flatMap(List::stream).toList());
  /** Bodies that belong to a person: "Lidia Marsh's campaign" leaves Marsh a person. */
  private static final WordSet PERSONAL_BODIES = WordSet.of("campaign", "campaigns");
  /** Modifiers a person's surname can take: "the Marsh campaign", "the Marsh administration". */
  private static final WordSet PERSONAL_MODIFIED = WordSet.of("campaign", "campaigns", "office",
      "team", "government", "administration", "camp", "allies", "aides", "lawyers");
  /** The longest organisation name taken before an acronym in parentheses. */
  private static final int MAX_ORGANISATION_WORDS = 6;
  /** How often a name must be written, never with a first name or title, to count as no person's. */
  private static final int UNINTRODUCED_MENTIONS = 2;

  /** What separates a role's words for its initials: a space or a hyphen ("inspector-general"). */
  private static final Pattern ROLE_WORD_BREAK = Pattern.compile("[ -]");
  /** The " of " that closes a role's head: "Inspector-General of Police". */
  private static final Pattern ROLE_OF = Pattern.compile("(?i) of ");
  /** Reflexives only a person takes: "Velko himself", "Ana Kovac herself"; a body is "itself". */
  private static final WordSet REFLEXIVE_PERSONAL = WordSet.of("himself", "herself");
  /** Subject pronouns, which after a name and its verb stand for that name: "Kovac said she". */
  private static final WordSet SUBJECT_PRONOUNS = WordSet.of("he", "she");
  /** The lead in votes that marks a name's sex: two pronouns, or one title. */
  private static final int SEX_MARGIN = 2;
  /** How many words after a name its pronoun may stand: "saw Velko as backing away from his claims". */
  private static final int PRONOUN_REACH = 6;

  /** Names a personal pronoun refers back to in their sentence. */
  private final Set<String> referredToAsPerson = new HashSet<>();
  /**
   * For each name, the votes for a woman (plus) and a man (minus): a subject pronoun after the name
   * is one ("Veyl said he was stunned"), a title before it ("Mr. Veyl") settles it. A single pronoun
   * settles nothing: in "Tarvin said she had agreed", "she" is the other party.
   */
  private final Map<String, Integer> sexVotes = new HashMap<>();
  /** Where a "he" or "she" right after a name stands, and the name: "Ilse Marten while she was …". */
  private final java.util.TreeMap<Integer, Bound> boundPronouns = new java.util.TreeMap<>();
  /** A pronoun ("she") bound to the name just before it ("Marten"). */
  private record Bound(String pronoun, String name) {}
  /** Common nouns a personal pronoun refers back to: "the clerk waved her badge". */
  private final Set<String> personNouns = new HashSet<>();

  private final Map<String, Person> persons = new HashMap<>();
  private final Set<String> places = new HashSet<>();
  private final Set<String> personWords = new HashSet<>();
  private final Set<String> capitalised = new HashSet<>();
  /** Capitalised words written right after another word, where only a name takes a capital. */
  private final Set<String> capitalisedInside = new HashSet<>();
  /** Words of personal names: "Ana" and "Kovac" in "Ana Kovac", "Kovac" in "Mr. Kovac". */
  private final Set<String> nameWords = new HashSet<>();
  /** How often each capitalised word is written: a name written often but never introduced is no person's. */
  private final Map<String, Integer> counts = new HashMap<>();
  /** The ages the article gives its people, with their surnames: "36" for "Ana Kovac, 36," or "36-year-old Ana Kovac". */
  private final Map<String, String> ages = new HashMap<>();
  /** Names the article writes as outlets: "Radio Meridian reported", "the weekly Tarn", "a Velpress reporter". */
  private final Set<String> outlets = new HashSet<>();
  /** Outlets' initials the article writes: see {@link #findOutletInitials}. */
  private final Set<String> outletInitials = new HashSet<>();
  /** Small words inside a name that its acronym skips: "Union of Public Employees (CUPE)". */
  private static final Set<String> ACRONYM_CONNECTORS = Set.of("of", "for", "and");
  /** Names followed by their acronym in parentheses: "Harbour Safety Authority (HSA)", and the acronym. */
  private final Set<String> acronymed = new HashSet<>();
  /** Initials a titled person is given in parentheses: "President Ivo Dorvan Marsh (IDM)". */
  private final Set<String> personAcronyms = new HashSet<>();
  private final CompanyReferences companies;
  /** Documents the article says a named person wrote, in text order: "Ana Kovac wrote a letter", "the memo, signed by Kovac". */
  private final List<Authorship> authorships = new ArrayList<>();

  /** A document noun at {@code at} written by {@code author}. */
  private record Authorship(int at, String document, Person author) {}

  /** Participles that name a document's writer after "by": "a letter written by Kovac". */
  private static final WordSet AUTHORED = WordSet.of("written", "sent", "signed", "penned", "authored",
      "drafted");
  /** Words between a document and its authoring participle: "the letter, written by", "the letter is signed by". */
  private static final WordSet BEFORE_AUTHORED = WordSet.of(",", "is", "was", "had", "been");
  /** Determiners of an authored document: "wrote a letter", "sent her letter". */
  private static final WordSet DOCUMENT_DETERMINERS = WordSet.of("a", "an", "the", "his", "her", "their");
  /** Words after "by" searched for the writer's name: "by Harlow LLP co-head of its appeals group Ivo Marsh". */
  private static final int MAX_AUTHOR_WORDS = 12;
  /** Words of an appositive between a writer's name and the authoring verb: "Ana Kovac, the port's counsel, wrote". */
  private static final int MAX_APPOSITIVE_WORDS = 25;
  /** Prepositions linking a role to the body it is held with: "chief with", "spokesman for", "analyst at". */
  private static final WordSet EMPLOYER_LINKS = WordSet.of("with", "for", "at");

  MentionIndex(ArticleWords articleWords, CueLexicon lexicon, Set<String> creditedOutlets) {
    // One step per reading of the words: each a method of its own, which the compiler compiles
    // with its own budget for inlining the many small calls on words it makes.
    List<Word> words = articleWords.all();
    int[] capitals = articleWords.capitals();
    countCapitals(words, capitals);
    findDescribedNames(words, capitals, lexicon);
    // A dateline names where the story was filed ("New Tarn, Mar. 3 (KNA):"), never a person.
    int dateline = SubjectFinder.skipDateline(words);
    for (int i = 0; i < dateline && !words.get(i).text().equals("("); i++) { // not the agency in brackets
      if (words.get(i).isCapitalised()) {
        places.add(words.get(i).bare());
      }
    }
    new OutletMentions(lexicon).find(words, dateline, outlets);
    outlets.addAll(creditedOutlets);
    for (int i : capitals) {
      if (lexicon.isNewsAgency(words.get(i).bare())) {
        outlets.add(words.get(i).bare()); // "an AFP count shows": a name every reader knows as an outlet's
      }
    }
    findOutletInitials(words, capitals, lexicon);
    findAcronymed(words, lexicon);
    findNameRuns(articleWords.body(), words, capitals, lexicon);
    findPlaces(words, lexicon);
    findPersonalPronouns(words, capitals, lexicon);
    companies = new CompanyReferences(words, capitals, lexicon, w -> personWords.contains(w)
        || persons.containsKey(w) && persons.get(w).role() != null);
    findDemonymPlaces();
    findAuthorships(words, lexicon);
    findAges(words);
  }

  /**
   * Counts each capitalised word (at {@code capitals}, their indexes in {@code words}), noting those
   * written inside a sentence ({@link #capitalisedInside}).
   */
  private void countCapitals(List<Word> words, int[] capitals) {
    for (int i : capitals) {
      Word w = words.get(i);
      capitalised.add(w.bare());
      counts.merge(w.bare(), 1, Integer::sum);
      String modifier = compoundModifier(w.bare());
      if (modifier != null) {
        counts.merge(modifier, 1, Integer::sum); // "the Orvex-run clinics" writes the name "Orvex" too
      }
      if (i > 0 && words.get(i - 1).isWord()) {
        capitalisedInside.add(w.bare()); // "according to Reuters": a capital no sentence start explains
      }
    }
  }

  /**
   * Names a descriptive noun introduces: "the ticket seller Farrow" ({@link #nameWords}); a name is one of
   * {@code capitals} (as in {@link #countCapitals}).
   */
  private void findDescribedNames(List<Word> words, int[] capitals, CueLexicon lexicon) {
    for (int i : capitals) {
      if (i >= 1 && !words.get(i).isPossessive() && isDescriptiveNoun(words.get(i - 1), lexicon)
          && !lexicon.isDocument(words.get(i - 1)) && determinedBefore(words, i - 1)) {
        // "a letter Orvex’s lawyer sent": a possessive opens a new phrase, and a document describes no one
        nameWords.add(words.get(i).bare()); // "the ticket seller Farrow": a descriptor introduces the name
      }
    }
  }

  /**
   * Runs of capitalised words, each a person's name (with the role before or after it) or an
   * organisation's; a run opens at one of {@code capitals} (as in {@link #countCapitals}).
   */
  private void findNameRuns(String body, List<Word> words, int[] capitals, CueLexicon lexicon) {
    PhraseNames names = new PhraseNames(lexicon);
    for (int i : capitals) {
      if (i > 0 && words.get(i - 1).isCapitalised() && !words.get(i - 1).in(WordGroup.STOP)
          && !words.get(i - 1).isPossessive()) { // "Veloria’s Foreign Minister Ana Kovac": a run after the possessive
        continue;
      }
      int end = i;
      // A time word ends a name: "Harbour Minister Kiro Varos Friday denied" names no one called Friday.
      // A line break ends a name: a standfirst without a full stop is no title of the next paragraph's first word.
      while (end < words.size() && end - i < 10 && !(end > i && lexicon.isTimeWord(words.get(end)))
          && !(end > i && lineBreakBefore(body, words, end))
          && (words.get(end).isCapitalised() && !words.get(end).in(WordGroup.STOP)
          || end > i && PhraseGrammar.isNameParticle(words.get(end)) && end + 1 < words.size()
          && (words.get(end + 1).isCapitalised() || PhraseGrammar.isNameParticle(words.get(end + 1))) // "Femke de Ruiter"
          || words.get(end).is("of") && end + 1 < words.size() && words.get(end + 1).isCapitalised()
          && (lexicon.isRole(words.get(end - 1)) || lexicon.isInstitution(words.get(end - 1)))
          || words.get(end).is("for") && end + 1 < words.size() && words.get(end + 1).isCapitalised()
          && lexicon.isPortfolio(words.get(end - 1)))) { // "Minister of State for Trade Dana Kell": one run
        end++;
        if (words.get(end - 1).isPossessive()) {
          break;
        }
      }
      int from = i;
      // A lower-case role word just before the run: "spokesman Ana Kovac".
      String role = null;
      boolean press = false;
      if (i > 0 && lexicon.isRole(words.get(i - 1)) && !(end - from == 1 && words.get(i - 1).looksPlural())
          && !lineBreakBefore(body, words, i)) {
        // "the market leaders Tarvin and Orvex": a plural role before one word names no one's title
        role = words.get(i - 1).lower();
        press = lexicon.isPressRoleAt(words, i - 1); // "press secretary Ana Kovac"
        if (i > 1 && lexicon.isRole(words.get(i - 2))) {
          role = words.get(i - 2).lower() + " " + role; // "Deputy mayor Ola Brun" is no mayor
        }
      }
      if (role == null && end - from >= 2) {
        // a full name only: not "Aid, the official said,"
        role = names.appositiveRole(words, end);
        press = role != null && lexicon.isPressRole(role);
      }
      if (role == null && end - from >= 2 && i >= 2 && words.get(i - 1).is("by") && words.get(i - 2).is("read")) {
        role = "spokesperson"; // "a joint statement, read by Ana Kovac": she speaks for its authors
        press = true;
      }
      if (role == null) {
        // "the spokesman for the Harbour Board, Ana Kovac,": the role stands before the name; a
        // possessed role ("Kovac's father, Ivo,") introduces a first name alone as well.
        int roleAt = names.roleBefore(words, from);
        boolean possessed = roleAt == from - 2 && roleAt >= 1
            && (words.get(roleAt - 1).isPossessive() || words.get(roleAt - 1).isPossessivePronoun());
        if (roleAt >= 0 && (end - from >= 2 || possessed)) {
          role = roleWords(words, roleAt, lexicon);
          press = lexicon.isPressRoleAt(words, roleAt);
        }
      }
      if (role == null && servedByRole(words, end, lexicon)) {
        indexOrganisation(words, from, end, lexicon);
        continue; // "Korvel Jets chief Ana Pell": the run is whom the role serves, no one's name
      }
      indexRun(words, from, end, role, press, lexicon);
      indexOrganisation(words, from, end, lexicon);
    }
  }

  /** Whether a lower-case role word and a capitalised word follow the run ending at {@code end}: "… chief Ana Pell". */
  private static boolean servedByRole(List<Word> words, int end, CueLexicon lexicon) {
    return end + 1 < words.size() && !words.get(end).isCapitalised() && lexicon.isRole(words.get(end))
        && words.get(end + 1).isCapitalised();
  }

  /** Places and bodies by the words around them: "in Veloria", "the Veloria offensive", "Veloria’s ministry". */
  private void findPlaces(List<Word> words, CueLexicon lexicon) {
    for (int i = 0; i + 1 < words.size(); i++) {
      Word w = words.get(i);
      Word next = words.get(i + 1);
      if (next.isCapitalised() && w.in(WordGroup.LOCATIVE) && !next.in(WordGroup.STOP)) {
        places.add(next.bare());
      }
      if (next.isCapitalised() && !w.isCapitalised() && i + 2 < words.size() && (w.is("the"))
          && !words.get(i + 2).isCapitalised() && words.get(i + 2).isWord()
          && !lexicon.isRole(words.get(i + 2))) {
        if (!(PERSONAL_MODIFIED.contains(words.get(i + 2).bareLower()) && hasFullName(next.bare()))) {
          places.add(next.bare()); // "the Veloria offensive": a name used as a modifier after "the"
        }
      }
      if (w.isCapitalised() && (w.isPossessive() && lexicon.isInstitution(next)
          && !(PERSONAL_BODIES.contains(next.lower()) && persons.containsKey(w.bare()))
          || !w.isPossessive() && (next.is("leader") || next.is("leaders") || next.is("officials")))) {
        places.add(w.bare());
      }
    }
  }

  /**
   * Names and nouns a personal pronoun or a title refers to as a person, with the sex it gives them;
   * a name is one of {@code capitals} (as in {@link #countCapitals}).
   */
  private void findPersonalPronouns(List<Word> words, int[] capitals, CueLexicon lexicon) {
    for (int i : capitals) {
      if (i + 1 >= words.size()) {
        break;
      }
      if (REFLEXIVE_PERSONAL.contains(words.get(i + 1).lower())) {
        personWords.add(words.get(i).bare()); // "Velko himself had feuded": only a person is "himself"
      }
      if (!words.get(i).isPossessive() && relativeWhoFollows(words, i)) {
        referredToAsPerson.add(words.get(i).bare()); // "Varek (who has a different name) said": a body would be "which"
      }
      Word pronoun = !words.get(i).isPossessive() ? followingPronoun(words, i) : null;
      if (pronoun != null) {
        referredToAsPerson.add(words.get(i).bare()); // "Velko withdrew his petition": a body would be "its"
        if (SUBJECT_PRONOUNS.contains(pronoun.lower())) {
          // "Veyl said he was stunned"; "Veyl need not ask her leave" says nothing of Veyl.
          markSex(words.get(i).bare(), pronoun.is("she"), 1);
          boundPronouns.put(pronoun.start(), new Bound(pronoun.lower(), words.get(i).bare()));
        }
      }
      if (i > 0 && (MASCULINE_TITLES.contains(words.get(i - 1).lower())
          || FEMININE_TITLES.contains(words.get(i - 1).lower()))) {
        markSex(words.get(i).bare(), FEMININE_TITLES.contains(words.get(i - 1).lower()), SEX_MARGIN);
      }
    }
    for (int i = 0; i + 1 < words.size(); i++) {
      if (isDefiniteCommonNoun(words, i, lexicon) && pronounFollows(words, i)) {
        personNouns.add(words.get(i).bareLower()); // "the clerk waved her badge": a body would be "its"
      }
    }
  }

  /** Capitalised words with a demonym the article writes: "Veloria" beside "Velorian". */
  private void findDemonymPlaces() {
    Set<String> demonymStems = demonymStems(capitalised);
    for (String c : capitalised) {
      if (c.length() > 3 && demonymStems.contains(placeStem(c)) && isDemonymStem(c, capitalised)) {
        places.add(c);
      }
    }
  }

  /** "Ana Kovac, 36," and "the 36-year-old Ana Kovac": the age a person is introduced with. */
  private void findAges(List<Word> words) {
    for (int i = 0; i + 2 < words.size(); i++) {
      Word w = words.get(i);
      if (w.isCapitalised() && words.get(i + 1).text().equals(",") && persons.containsKey(w.bare())
          && AGE.matcher(words.get(i + 2).text()).matches()) {
        ages.putIfAbsent(words.get(i + 2).text(), w.bare());
      }
      if (isAged(w)) {
        int end = i + 1;
        while (end < words.size() && words.get(end).isCapitalised() && words.get(end).isWord()) {
          end++;
        }
        if (end > i + 1 && persons.containsKey(words.get(end - 1).bare())) {
          ages.putIfAbsent(w.lower().substring(0, w.lower().indexOf('-')), words.get(end - 1).bare());
        }
      }
    }
  }

  /** Whether the word is an age as a modifier ({@link #AGED}); the suffix is tested first, as nearly every word lacks it. */
  private static boolean isAged(Word w) {
    return w.lower().endsWith(AGED_SUFFIX) && AGED.matcher(w.lower()).matches();
  }

  /** What every {@link #AGED} ends with: "-year-old". */
  private static final String AGED_SUFFIX = "-year-old";

  /** An age as news writes it after a name: "36". */
  private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}");
  /** An age as a modifier: "36-year-old". */
  private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

  /** The person the article gives the age {@code age} ("36"), if it gives one that age. */
  Optional<Person> aged(String age) {
    return Optional.ofNullable(ages.get(age)).map(persons::get);
  }

  /**
   * The person whose name the article writes most often, at least twice and more often than anyone
   * else's: whom the story is about.
   */
  Optional<Person> mostWritten() {
    String best = null;
    int bestCount = 1;
    boolean tied = false;
    for (String surname : persons.keySet()) {
      int c = counts.getOrDefault(surname, 0);
      if (c > bestCount) {
        best = surname;
        bestCount = c;
        tied = false;
      } else if (c == bestCount) {
        tied = true;
      }
    }
    return best == null || tied ? Optional.empty() : Optional.ofNullable(persons.get(best));
  }

  /**
   * Documents written by a person the article names: "Ana Kovac, the port's counsel, wrote a letter
   * to the board" and "the memo, signed by treasurer Oren Dalby," make "the letter" and "the memo"
   * that person's words.
   */
  private void findAuthorships(List<Word> words, CueLexicon lexicon) {
    for (int i = 0; i < words.size(); i++) {
      Word w = words.get(i);
      if (w.in(WordGroup.AUTHORING) && i + 2 < words.size() && DOCUMENT_DETERMINERS.contains(words.get(i + 1).lower())
          && lexicon.isDocument(words.get(i + 2))) {
        Word document = words.get(i + 2);
        subjectBefore(words, i).ifPresent(p -> authorships.add(new Authorship(document.start(), document.lower(), p)));
      }
      if (lexicon.isDocument(w) && !w.isCapitalised()) {
        int k = i + 1;
        while (k < words.size() && k - i <= 3 && BEFORE_AUTHORED.contains(words.get(k).lower())) {
          k++;
        }
        if (k + 1 < words.size() && AUTHORED.contains(words.get(k).lower()) && words.get(k + 1).is("by")) {
          authorAfter(words, k + 2).ifPresent(p -> authorships.add(new Authorship(w.start(), w.lower(), p)));
        }
      }
    }
  }

  /** The person named just before {@code verb}, past an appositive set off by commas. */
  private Optional<Person> subjectBefore(List<Word> words, int verb) {
    int j = verb - 1;
    if (j > 0 && words.get(j).text().equals(",")) {
      int open = j - 1;
      while (open > 0 && j - open <= MAX_APPOSITIVE_WORDS && !words.get(open).text().equals(",")) {
        open--;
      }
      j = open > 0 && words.get(open).text().equals(",") ? open - 1 : -1;
    }
    return j >= 0 && words.get(j).isCapitalised() ? person(words.get(j).bare()) : Optional.empty();
  }

  /** The last person named in the words after "by", up to a comma or stop. */
  private Optional<Person> authorAfter(List<Word> words, int from) {
    Optional<Person> found = Optional.empty();
    for (int k = from; k < words.size() && k - from < MAX_AUTHOR_WORDS; k++) {
      Word t = words.get(k);
      if (t.text().equals(",") || t.text().equals(".") || t.text().equals(";")) {
        break;
      }
      if (t.isCapitalised()) {
        Optional<Person> p = person(t.bare());
        if (p.isPresent()) {
          found = p;
        }
      }
    }
    return found;
  }

  /** The named writer of the latest {@code document} the article mentions at or before {@code offset}. */
  Optional<Person> author(String document, int offset) {
    for (int i = authorships.size() - 1; i >= 0; i--) {
      Authorship a = authorships.get(i);
      if (a.at() <= offset && a.document().equals(document)) {
        return Optional.of(a.author());
      }
    }
    return Optional.empty();
  }

  private void indexRun(List<Word> words, int from, int end, String lowerRole, boolean press, CueLexicon lexicon) {
    if (from < end && Phrases.isSeating(words.get(from))) {
      return; // "Orvel-based Tarvin": a body seated somewhere, not a person
    }
    int lastRole = -1;
    boolean institution = false;
    for (int k = from; k < end; k++) {
      Word t = words.get(k);
      if (lexicon.isRole(t) || TITLES.contains(t.lower())) {
        lastRole = k;
        press |= lexicon.isPressRoleAt(words, k);
      }
      if (lexicon.isInstitution(t) || lexicon.isMedia(t)) {
        institution = true;
        lastRole = Math.max(lastRole, -1);
      }
    }
    int nameFrom = lastRole + 1 > from ? lastRole + 1 : from;
    while (nameFrom < end && lexicon.continuesRole(words.get(nameFrom))) {
      nameFrom++;
    }
    int nameCount = end - nameFrom;
    boolean titled = lastRole >= from || lowerRole != null;
    if (nameCount < 1 || (!titled && (nameCount < 2 || institution))) {
      return;
    }
    Word last = words.get(end - 1);
    if (lexicon.isInstitution(last) || lexicon.isBareOrganisationHead(last)
        || last.text().equals(last.text().toUpperCase(Locale.ROOT)) || leadingHead(words, nameFrom, end, lexicon)) {
      return;
    }
    StringBuilder name = new StringBuilder();
    for (int k = nameFrom; k < end; k++) {
      name.append(k > nameFrom ? " " : "").append(words.get(k).bare());
    }
    String role = lowerRole;
    if (lastRole >= from && !TITLES.contains(words.get(lastRole).lower())) {
      StringBuilder r = new StringBuilder(lowerRole == null ? "" : lowerRole + " ");
      for (int k = from; k < nameFrom; k++) {
        r.append(k > from ? " " : "").append(words.get(k).text());
      }
      role = r.toString().strip();
    }
    String surname = last.bare();
    for (int k = nameFrom; k < end; k++) {
      nameWords.add(words.get(k).bare());
    }
    // Untitled runs ("Sarn Valley", "United Nations") are only weak evidence of a person.
    register(surname, name.toString(), nameCount, role, press, titled);
    // "Tawfiq al-Ansar" is "Ansar" at a later mention: the particle is dropped.
    int particle = surname.indexOf('-');
    if (particle > 0 && particle <= 3 && Character.isLowerCase(surname.charAt(0)) && particle + 1 < surname.length()) {
      register(surname.substring(particle + 1), name.toString(), nameCount, role, press, titled);
    }
  }

  /**
   * The role that ends at {@code roleAt} with the portfolio and role words before it, lower case:
   * "prime minister" of "Tarnia's Prime Minister, Ivo Renn,"; "foreign minister"; "spokesman".
   */
  private static String roleWords(List<Word> words, int roleAt, CueLexicon lexicon) {
    int start = roleAt;
    while (start > 0 && roleAt - start < MAX_ROLE_WORDS && words.get(start - 1).isWord() && !words.get(start - 1).isPossessive()
        && (lexicon.isPortfolio(words.get(start - 1)) || lexicon.isRole(words.get(start - 1)))) {
      start--;
    }
    StringBuilder role = new StringBuilder();
    for (int k = start; k <= roleAt; k++) {
      role.append(k > start ? " " : "").append(words.get(k).lower());
    }
    return role.toString();
  }

  /** The most words before a role's head that {@link #roleWords} takes: "deputy prime minister". */
  private static final int MAX_ROLE_WORDS = 3;

  /** Whether a line break stands between word {@code i} and the word before it: "… an envoy⏎⏎Varnia is denying". */
  private static boolean lineBreakBefore(String body, List<Word> words, int i) {
    for (int k = words.get(i - 1).end(); k < words.get(i).start(); k++) {
      if (body.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  private void register(String surname, String name, int nameCount, String role, boolean press, boolean titled) {
    if (titled) {
      personWords.add(surname);
    }
    Person old = persons.get(surname);
    if (old == null || (old.role() == null && role != null) || (nameCount > 1 && old.fullName().indexOf(' ') < 0)) {
      Person merged = new Person(nameCount > 1 || old == null ? name : old.fullName(),
          role != null ? role : old == null ? null : old.role(), press || (old != null && old.press()));
      persons.put(surname, merged);
    }
  }

  /**
   * "The Velmar Shipping Company" and "the shipping firm Velmar" make a later "Velmar said" an
   * organisation, not a person.
   */
  private void indexOrganisation(List<Word> words, int from, int end, CueLexicon lexicon) {
    if (end <= from) {
      return;
    }
    String head = words.get(end - 1).bareLower();
    if (leadingHead(words, from, end, lexicon)) {
      places.add(words.get(end - 1).bare()); // "FC Tarrow": a later "Tarrow said" is the club
    } else if (end - from >= 2 && (lexicon.isOrganisationHead(head) || lexicon.isInstitution(head))) {
      places.add(words.get(from).bare());
      StringBuilder lead = new StringBuilder(words.get(from).bare());
      for (int k = from + 1; k < end - 1; k++) {
        lead.append(' ').append(words.get(k).bare());
        organisationLeads.add(lead.toString()); // "Tarrow Sound" of "Tarrow Sound Label Group"
      }
    } else if (from > 0 && lexicon.isOrganisationDescriptor(words.get(from - 1))) {
      places.add(words.get(end - 1).bare());
    }
    int link = from > 0 && words.get(from - 1).is("the") ? from - 2 : from - 1;
    if (link >= 1 && EMPLOYER_LINKS.contains(words.get(link).lower()) && lexicon.isRole(words.get(link - 1))) {
      for (int k = from; k < end; k++) {
        employers.add(words.get(k).bare()); // "a division chief with Cal Fire": Cal Fire employs, it is no person
      }
    }
  }

  /** "FC Tarrow", "AC Orsk": a name run opened by an organisation head in capitals, as clubs are named. */
  private static boolean leadingHead(List<Word> words, int from, int end, CueLexicon lexicon) {
    return end - from >= 2 && lexicon.isLeadingHead(words.get(from));
  }

  /**
   * The leading words, two or more, of an organisation's name that ends in a head word: "Tarrow
   * Sound" and "Tarrow Sound Label" of "Tarrow Sound Label Group". A later "Tarrow Sound said" is
   * the organisation's short name.
   */
  private final Set<String> organisationLeads = new HashSet<>();

  /** Whether {@code name} (two or more words) opens an organisation's name the article writes in full. */
  boolean isOrganisationLead(List<String> name) {
    if (name.size() < 2 || !organisationLeads.contains(String.join(" ", name))) {
      return false;
    }
    Person p = persons.get(name.get(name.size() - 1));
    return name.stream().noneMatch(personWords::contains) && (p == null || p.role() == null);
  }

  /** Words of names a role is held with: "Cal Fire" in "a division chief with Cal Fire". */
  private final Set<String> employers = new HashSet<>();

  /** Whether every word of {@code name} belongs to a name a role is held with or for ("a spokesman for Kelm Water"). */
  boolean isEmployer(List<String> name) {
    return !name.isEmpty() && name.stream().allMatch(w -> employers.contains(w) && !personWords.contains(w));
  }

  /**
   * "the Harbour Safety Authority (HSA)": a capitalised run with its initials after it in
   * parentheses is an organisation; both the run's words and the acronym are recorded.
   */
  private void findAcronymed(List<Word> words, CueLexicon lexicon) {
    for (int i = 1; i + 2 < words.size(); i++) {
      if (!words.get(i).text().equals("(") || !words.get(i + 2).text().equals(")")
          || !Phrases.isAcronym(words.get(i + 1).text()) || !words.get(i - 1).isCapitalised()) {
        continue;
      }
      int from = i - 1;
      while (from > 0 && i - from < MAX_ORGANISATION_WORDS) {
        if (words.get(from - 1).isCapitalised()) {
          from--;
        } else if (from >= 2 && ACRONYM_CONNECTORS.contains(words.get(from - 1).lower()) && words.get(from - 2).isCapitalised()) {
          from -= 2; // "Union of Public Employees (CUPE)": initials skip the small words
        } else {
          break;
        }
      }
      if (!isInitials(words.get(i + 1).text(), words.subList(from, i))) {
        continue; // "Ana Kovac (HDP)": a person's party, not the person's initials
      }
      int initialled = i - capitals(words.get(i + 1).text()).length();
      if (initialled > from && lexicon.isRole(words.get(initialled - 1))) {
        // "President Ivo Dorvan Marsh (IDM)": a titled person's initials name the person
        personAcronyms.add(words.get(i + 1).text());
        continue;
      }
      acronymed.add(words.get(i + 1).text());
      for (int k = from; k < i; k++) {
        if (words.get(k).isCapitalised()) {
          acronymed.add(words.get(k).bare());
        }
      }
    }
  }

  /**
   * Whether the noun at {@code noun} heads a phrase a determiner opens, within {@link #MAX_DESCRIPTOR_WORDS}
   * lower-case words: "the ticket seller Farrow", "a local farmer Holm"; not "to sue Kellco", where the
   * word before the name is a verb and the name its object.
   */
  private static boolean determinedBefore(List<Word> words, int noun) {
    for (int k = noun - 1; k >= 0 && noun - k <= MAX_DESCRIPTOR_WORDS; k--) {
      Word t = words.get(k);
      if (PhraseGrammar.NOUN_DETERMINERS.contains(t.lower()) || t.isPossessive()) {
        return true;
      }
      if (!t.isWord() || t.isCapitalised() || t.in(WordGroup.STOP)) {
        return false;
      }
    }
    return false;
  }

  /** Lower-case words a descriptive phrase may hold before its noun: "the veteran ticket seller". */
  private static final int MAX_DESCRIPTOR_WORDS = 3;

  /** A lower-case noun that may describe a name after it ("seller"), not a verb, function word or body noun. */
  private static boolean isDescriptiveNoun(Word w, CueLexicon lexicon) {
    String lower = w.lower();
    return w.isWord() && !w.isCapitalised() && lower.length() > 2 && !lower.endsWith("s")
        && !w.in(WordGroup.STOP) && !lexicon.isFunctionWord(w) && !lexicon.isTimeWord(w)
        && !lexicon.isOrganisationDescriptor(w) && !lexicon.isInstitution(w) && !lexicon.isMedia(w)
        && !lower.endsWith("d") && !w.in(WordGroup.CLAUSE_WORD); // "said", "told": verbs
  }

  /**
   * An outlet's initials, wherever the article writes them: "VPA" where it names "the Velorian Press
   * Agency", a capitalised run of two words or more that holds a media noun ("Press", "News",
   * "Radio"). "according to the VPA" is then the outlet speaking. A run opens at one of {@code
   * capitals} (as in {@link #countCapitals}), past the run before it.
   */
  private void findOutletInitials(List<Word> words, int[] capitals, CueLexicon lexicon) {
    Set<String> initials = new HashSet<>();
    int next = 0;
    for (int i : capitals) {
      if (i < next) {
        continue; // inside the run before
      }
      int end = i;
      boolean media = false;
      while (end < words.size() && end - i < MAX_ORGANISATION_WORDS && words.get(end).isWord()
          && words.get(end).isCapitalised() && !Phrases.isAcronym(words.get(end).text())) {
        media |= lexicon.isBareMedia(words.get(end));
        end++;
      }
      int from = i < end && words.get(i).is("The") ? i + 1 : i;
      if (media && end - from >= 2) {
        StringBuilder letters = new StringBuilder();
        for (int k = from; k < end; k++) {
          letters.append(Character.toUpperCase(words.get(k).text().charAt(0)));
        }
        initials.add(letters.toString());
      }
      next = Math.max(end, i + 1);
    }
    if (initials.isEmpty()) {
      return;
    }
    for (Word w : words) {
      if (Phrases.isAcronym(w.text()) && initials.contains(w.bare())) {
        outlets.add(w.bare());
        outletInitials.add(w.bare());
      }
    }
  }

  /** Whether {@code word} is the initials of an outlet the article names ({@link #findOutletInitials}): "VPA". */
  boolean isOutletInitials(String word) {
    return outletInitials.contains(word);
  }

  /** Whether {@code acronym} spells the initials closing {@code run}: "HSD" for "the Harbour Safety Directorate". */
  private static boolean isInitials(String acronym, List<Word> run) {
    StringBuilder initials = new StringBuilder();
    for (Word w : run) {
      if (!w.isCapitalised()) {
        continue; // "of", "for", "and": no initial of their own
      }
      for (String part : w.text().split("-")) {
        if (!part.isEmpty()) {
          initials.append(Character.toUpperCase(part.charAt(0)));
        }
      }
    }
    String letters = capitals(acronym);
    return !letters.isEmpty() && initials.toString().endsWith(letters);
  }

  /** The capitals of an acronym, its dots and ampersands left out: "A.M.L.O." gives "AMLO". */
  private static String capitals(String acronym) {
    return acronym.replaceAll("[^A-Z]", "");
  }

  /** Whether the article names {@code surname} as a person with a first name: "Lidia Marsh". */
  private boolean hasFullName(String surname) {
    Person p = persons.get(surname);
    return p != null && p.fullName().indexOf(' ') > 0;
  }

  /** "Veloria" has the demonym "Velorian" in the article; "Israel" has "Israeli". */
  /** The endings a people's or nation's name adds to its place's stem: "Velor-ian", "Kastan-i", "Tarn-ese". */
  private static final List<String> DEMONYM_SUFFIXES = List.of("i", "ian", "an", "ese", "ish", "is", "ians", "ans");

  private static boolean isDemonymStem(String word, Set<String> capitalised) {
    String stem = placeStem(word);
    for (String suffix : DEMONYM_SUFFIXES) {
      if (capitalised.contains(stem + suffix) && !(stem + suffix).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** The stem a place's name gives its demonym: "Velori" of "Veloria", "Tarn" of "Tarn". */
  private static String placeStem(String word) {
    return word.endsWith("a") || word.endsWith("e") ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * Every stem that a word of {@code capitalised} extends by a demonym suffix: "Velori" of "Velorian",
   * "Tarn" of "Tarnese". {@link #isDemonymStem} holds only for a word whose stem is among them, so
   * these few stems spare the look-ups of each word and suffix.
   */
  private static Set<String> demonymStems(Set<String> capitalised) {
    Set<String> stems = new HashSet<>();
    for (String word : capitalised) {
      for (String suffix : DEMONYM_SUFFIXES) {
        if (word.endsWith(suffix)) {
          stems.add(word.substring(0, word.length() - suffix.length()));
        }
      }
    }
    return stems;
  }

  /** The person whose surname (or whole name) is {@code word}, if the article names one. */
  Optional<Person> person(String word) {
    return Optional.ofNullable(persons.get(word));
  }

  /** People whose role mentions {@code roleWord}, most specific first: "minister" finds "Defense Minister". */
  List<Person> withRole(String roleWord) {
    List<Person> out = new ArrayList<>();
    String needle = roleWord.toLowerCase(Locale.ROOT);
    for (Person p : persons.values()) {
      if (p.role() != null && p.role().toLowerCase(Locale.ROOT).contains(needle)) {
        out.add(p);
      }
    }
    out.sort((a, b) -> a.fullName().compareTo(b.fullName()));
    return out;
  }

  /**
   * The people whose role ends in words with these initials: "CM" for "Chief Minister Ana Kovac",
   * "PM" for "Tarnian Prime Minister Ola Brun".
   */
  List<Person> withInitials(String acronym) {
    String letters = acronym.replace(".", "").toUpperCase(Locale.ROOT);
    List<Person> out = new ArrayList<>();
    for (Person p : persons.values()) {
      // "CM" closing "Chief Minister"'s initials; "IG", all of the head before "of" in "Inspector-General of Police"
      if (p.role() != null && !out.contains(p) && (initials(p.role()).endsWith(letters)
          || initials(ROLE_OF.split(p.role(), 2)[0]).equals(letters))) {
        out.add(p);
      }
    }
    out.sort((a, b) -> a.fullName().compareTo(b.fullName()));
    return out;
  }

  /**
   * "CM" for "chief minister", "UPCM" for "Uttar Pradesh Chief Minister", "IGP" for "inspector-general
   * of police": the first letters of the words, hyphenated parts counting as words; "of", "the" and
   * abbreviations ("U.S.") count as none.
   */
  private static String initials(String role) {
    StringBuilder b = new StringBuilder();
    for (String w : ROLE_WORD_BREAK.split(role)) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && w.indexOf('.') < 0
          && !w.equalsIgnoreCase("of") && !w.equalsIgnoreCase("the")) {
        b.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return b.toString();
  }

  /** Whether {@code word} names a place or organisation rather than a person. */
  boolean isPlace(String word) {
    return places.contains(word) && !personWords.contains(word);
  }

  /**
   * Whether {@code word} is the adjective of a place the article writes: "Velorian" beside
   * "Veloria", "Korean" beside "Korea", "Kastani" beside "Kastan" (the suffixes of {@link #isDemonymStem}).
   */
  boolean isDemonymOfPlace(String word) {
    for (String suffix : DEMONYM_SUFFIXES) {
      if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
        String stem = word.substring(0, word.length() - suffix.length());
        if (capitalised.contains(stem) || capitalised.contains(stem + "a") || capitalised.contains(stem + "e")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the article writes {@code word} with a capital somewhere: "Velorian". */
  boolean hasCapitalised(String word) {
    return capitalised.contains(word);
  }

  /** Whether {@code word}, never a person's name here, is a company's: see {@link CompanyReferences}. */
  boolean isLikelyCompany(String word) {
    return companies.isCompany(word) && !personWords.contains(word) && !persons.containsKey(word);
  }

  /** Whether an untitled name of several words is a company's: "Korrin Mobile", written "Korrin" alone. */
  boolean isLikelyCompany(List<String> name) {
    String first = name.get(0);
    String last = name.get(name.size() - 1);
    Person p = persons.get(last);
    return name.size() > 1 && companies.isCompanyName(first, last) && !personWords.contains(first)
        && !persons.containsKey(first) && !personWords.contains(last) && (p == null || p.role() == null);
  }

  /**
   * The capitalised name opening a compound modifier ("Orvex" in "Orvex-run", "Orvex-backed"), or
   * null: a name written in such a compound is written once more, never with a first name.
   */
  private static String compoundModifier(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen <= 0 || hyphen + 1 >= word.length() || !Character.isLowerCase(word.charAt(hyphen + 1))) {
      return null;
    }
    String head = word.substring(0, hyphen);
    return head.chars().skip(1).allMatch(Character::isLowerCase) ? head : null;
  }

  boolean isPerson(String word) {
    return personWords.contains(word);
  }

  /**
   * Whether {@code word} is written at least twice and never as part of a personal name ("Ana
   * Kovac", "Mr. Kovac", "spokesman Kovac"). News introduces a person by full name or title at first
   * mention, so such a name ("Tarvel said ... Tarvel’s board") is an organisation's or a place's.
   */
  boolean isUnintroducedName(String word) {
    return counts.getOrDefault(word, 0) >= UNINTRODUCED_MENTIONS && !nameWords.contains(word)
        && !personWords.contains(word) && !persons.containsKey(word) && !referredToAsPerson.contains(word);
  }

  /** Adds {@code votes} for a woman ({@code woman}) or a man to {@code name}'s tally in {@link #sexVotes}. */
  private void markSex(String name, boolean woman, int votes) {
    sexVotes.merge(name, woman ? votes : -votes, Integer::sum);
  }

  /**
   * The person the last "he" or "she" before {@code offset} was bound to by the name right before it
   * ("Ilse Marten while she spoke"), when that pronoun is {@code pronoun}; and where that pronoun stands.
   * Whether it binds a later pronoun (one sentence) is the reader's to decide.
   */
  Optional<Map.Entry<Integer, Person>> boundBefore(String pronoun, int offset) {
    Map.Entry<Integer, Bound> bound = boundPronouns.lowerEntry(offset);
    if (bound == null || !bound.getValue().pronoun().equals(pronoun)) {
      return Optional.empty();
    }
    return person(bound.getValue().name()).map(p -> Map.entry(bound.getKey(), p));
  }

  /**
   * Whether the article marks the person named {@code word} (a surname, as written) as a woman
   * (true) or a man (false) by {@link #SEX_MARGIN} votes or more; empty when it does not say so.
   */
  Optional<Boolean> isWoman(String word) {
    int votes = sexVotes.getOrDefault(word, 0);
    return Math.abs(votes) < SEX_MARGIN ? Optional.empty() : Optional.of(votes > 0);
  }

  /**
   * Whether the article refers to "the {@code lower}" with a personal pronoun ("the clerk waved
   * her badge"), so that the noun names a person, not a body.
   */
  boolean isPersonNoun(String lower) {
    return personNouns.contains(lower);
  }

  /**
   * A lower-case noun after an article, or after an article and one more lower-case word ("the
   * counter clerk", "a self-styled hacker"), that no lexicon makes a body, a document or the press: "the ministry" and "the report"
   * never become persons, however a pronoun after them reads.
   */
  private static boolean isDefiniteCommonNoun(List<Word> words, int i, CueLexicon lexicon) {
    Word w = words.get(i);
    if (i == 0 || !w.isWord() || w.isCapitalised() || w.isPossessive()) {
      return false;
    }
    // "a hacker said he had the files" refers to its person as "the clerk" does
    boolean definite = PhraseGrammar.isArticle(words.get(i - 1))
        || i > 1 && PhraseGrammar.isArticle(words.get(i - 2)) && words.get(i - 1).isWord() && !words.get(i - 1).isCapitalised();
    return definite && !lexicon.isInstitution(w) && !lexicon.isDocument(w) && !lexicon.isMedia(w)
        && !w.bareIn(WordGroup.COMPANY_NOUN);
  }

  /** Whether "who" opens a relative clause on the name at {@code i}: "Varek, who was driving", "Varek (who …)". */
  private static boolean relativeWhoFollows(List<Word> words, int i) {
    int k = i + 1;
    if (k < words.size() && (words.get(k).text().equals(",") || words.get(k).text().equals("("))) {
      k++;
    }
    return k < words.size() && words.get(k).is("who");
  }

  /**
   * Whether a personal pronoun ("he", "his", "she", "her", "him") follows the name at {@code i}
   * within {@link #PRONOUN_REACH} words of its sentence, with no other capitalised word between:
   * "Velko withdrew his petition", "saw Velko as backing away from his claims".
   */
  private static boolean pronounFollows(List<Word> words, int i) {
    return followingPronoun(words, i) != null;
  }

  /** The personal pronoun {@link #pronounFollows} finds after the word at {@code i}, else null. */
  private static Word followingPronoun(List<Word> words, int i) {
    for (int k = i + 1; k < words.size() && k - i <= PRONOUN_REACH; k++) {
      Word t = words.get(k);
      if (!t.isWord() && (t.text().equals(".") || t.text().equals(";") || t.text().equals("“") || t.text().equals("\""))) {
        return null;
      }
      if (t.isCapitalised()) {
        return null;
      }
      if (t.in(WordGroup.PERSONAL_PRONOUN)) {
        return t;
      }
    }
    return null;
  }

  /** Whether the article writes {@code word} capitalised inside a sentence ("according to Reuters"), as only names are. */
  boolean isCapitalisedInside(String word) {
    return capitalisedInside.contains(word);
  }

  /**
   * Whether the article writes {@code word} as (part of) an outlet's name: see {@link OutletMentions}.
   * A word of a name the article spells out with its acronym is an outlet's only when those are an
   * outlet's initials: "the Kelm Workers Union (KWU) … KWU reports" is the union.
   */
  boolean isOutlet(String word) {
    return outlets.contains(word) && !personWords.contains(word) && (!acronymed.contains(word) || outletInitials.contains(word));
  }

  /** Whether {@code word} belongs to a name the article gives an acronym in parentheses, or is that acronym. */
  boolean isAcronymed(String word) {
    return acronymed.contains(word) && !personWords.contains(word);
  }

  /** Whether {@code acronym} stands for a titled person's name in parentheses after it: "President Ivo Dorvan Marsh (IDM)". */
  boolean isPersonAcronym(String acronym) {
    return personAcronyms.contains(acronym);
  }
}
