package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import io.crosscheck.internal.WordSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds the source for a phrase that holds a personal name, with its role and kind.
 *
 * <p>"Foreign Ministry spokeswoman Mira Oduya" gives {@code NAMED_SPOKESPERSON Mira Oduya, role
 * Foreign Ministry spokeswoman}; "Kovac" after "Defense Minister Ana Kovac" gives {@code
 * NAMED_PERSON Ana Kovac, role Defense Minister}; "Veloria", a place, gives an INSTITUTION.
 */
final class NamedSourceBuilder {
  /** Words that stand inside a body's name and never inside a person's: "Defend Our Juries", "Doctors Without Borders". */
  private static final WordSet BODY_NAME_WORDS = WordSet.of("our", "their", "your", "my", "the", "for", "against", "without",
      "with", "of", "and");

  /** The last word of an address that stands for who sits there: "Harrow Street", "Kelm Avenue", "Tarn Square". */
  private static final WordSet ADDRESS_NOUNS = WordSet.of("street", "avenue", "road", "square", "lane", "boulevard", "plaza");
  private final CueLexicon lexicon;
  private final PhraseNames names;
  private final RolePrefix roles;

  NamedSourceBuilder(CueLexicon lexicon, PhraseNames names) {
    this.lexicon = lexicon;
    this.names = names;
    this.roles = new RolePrefix(lexicon);
  }

  Source build(List<Word> p, MentionIndex mentions, Optional<String> affiliation, boolean senior) {
    int lastRole = -1;
    boolean press = false;
    for (int k = 0; k < p.size(); k++) {
      Word t = p.get(k);
      if (lexicon.isRole(t) || lexicon.isInstitution(t)) {
        lastRole = k;
        press |= lexicon.isPressRoleAt(p, k);
      }
    }
    // "fisherman Olek Marsh", "head teacher Colm Reilly": unlisted role words before the name.
    lastRole = Math.max(lastRole, roles.leadingRole(p) - 1);
    int from = lastRole + 1;
    while (from < p.size() - 1 && lexicon.continuesRole(p.get(from))) {
      from++;
    }
    List<Word> nameWords = p.subList(Math.min(from, p.size() - 1), p.size());
    while (nameWords.size() > 1 && (lexicon.isModifier(nameWords.get(0))
        || !nameWords.get(0).isCapitalised() && nameWords.get(0).isWord() && !PhraseGrammar.isNameParticle(nameWords.get(0)))) {
      // "Many Velorians", "Two Kastanis"; "state-run VTN", "rival Tarvin": a lower-case word describes the name
      nameWords = nameWords.subList(1, nameWords.size());
    }
    String name = Phrases.join(nameWords);
    String surname = nameWords.get(nameWords.size() - 1).bare();
    boolean single = nameWords.size() == 1;
    if (single && mentions.isPersonAcronym(surname)) {
      return base(name, SourceKind.NAMED_PERSON, affiliation, senior); // "President Ivo Dorvan Marsh (IDM) … IDM said"
    }
    if (single && Phrases.isAcronym(surname)) {
      // "VTN reported ... according to VTN": an acronym the article writes as an outlet is one.
      return base(name, mentions.isOutlet(surname) ? SourceKind.MEDIA : SourceKind.INSTITUTION, affiliation, senior);
    }
    if (single && isPeopleOf(surname, mentions)) {
      return base(Phrases.join(p), SourceKind.ANONYMOUS, affiliation, senior); // "many Velorians believe"
    }
    boolean titled = lastRole >= 0;
    List<Word> nameRun = nameWords;
    if (!titled && nameRun.stream().allMatch(w -> mentions.isOutlet(w.bare()))) {
      return base(name, SourceKind.MEDIA, affiliation, senior); // "Velpress said" after "Velpress reported"
    }
    if (!titled && (single && mentions.isUnintroducedName(surname)
        || nameRun.stream().anyMatch(w -> mentions.isAcronymed(w.bare())))) {
      // "Tarvel said" where Tarvel never has a first name or title; "the Harbour Safety Authority (HSA)".
      return base(name, SourceKind.INSTITUTION, affiliation, senior);
    }
    if (!titled && !mentions.isPerson(surname) && (nameWords.size() > 1 && ADDRESS_NOUNS.contains(surname.toLowerCase(Locale.ROOT))
        || holdsDigit(nameWords))) {
      // "Harrow Street said", "Number 12 said": an address speaks for whoever sits there; no name holds a number
      return base(name, SourceKind.INSTITUTION, affiliation, senior);
    }
    if (!titled && nameWords.subList(1, nameWords.size()).stream().anyMatch(w -> w.isCapitalised() && BODY_NAME_WORDS.contains(w.lower()))) {
      // "Defend Our Juries said", "Save The Orchards claimed": a person's name holds no possessive or preposition
      return base(name, SourceKind.INSTITUTION, affiliation, senior);
    }
    if (single && !titled && !mentions.isPerson(surname) && mentions.isPlace(surname)) {
      return base(name, SourceKind.INSTITUTION, affiliation, senior);
    }
    List<String> bareNames = nameWords.stream().map(Word::bare).toList();
    if (!titled && mentions.isOrganisationLead(bareNames)) {
      return base(name, SourceKind.INSTITUTION, affiliation, senior); // "Tarrow Sound said" after "Tarrow Sound Records"
    }
    if (!titled && !mentions.isPerson(surname) && mentions.isEmployer(bareNames)) {
      return base(name, SourceKind.INSTITUTION, affiliation, senior); // "Cal Fire says" after "a chief with Cal Fire"
    }
    Optional<String> country = titled ? Optional.empty() : lexicon.countryOfCapital(name);
    if (country.isPresent() && !mentions.isPerson(surname) && mentions.person(surname).isEmpty()) {
      // "Islamabad denied", "New Delhi blamed": a capital standing alone speaks for its government
      return base(name, SourceKind.INSTITUTION, affiliation.or(() -> country), senior);
    }
    if (!titled && lexicon.isCountry(name) && !mentions.isPerson(surname)) {
      return base(name, SourceKind.INSTITUTION, affiliation, senior); // "Saudi Arabia said": its government
    }
    if (!titled && mentions.isDemonymOfPlace(surname) && mentions.person(surname).filter(k -> k.role() != null).isEmpty()) {
      // "against Varnian claims", "North Korean claims": a place's adjective is its nation, even when
      // written like a first name and surname; a person introduced by a role keeps the name
      return base(name, SourceKind.INSTITUTION, affiliation, senior);
    }
    if (!titled && (single ? mentions.isLikelyCompany(surname)
        : mentions.isLikelyCompany(bareNames))) {
      return base(name, SourceKind.INSTITUTION, affiliation, senior); // "Tavrin said … The company said"
    }
    String role = lastRole >= 0 ? Phrases.join(p.subList(0, Math.min(from, p.size() - 1))) : null;
    Optional<MentionIndex.Person> known = mentions.person(surname);
    if (known.isPresent()) {
      MentionIndex.Person k = known.get();
      if (k.fullName().endsWith(surname) && (single || k.fullName().length() > name.length())) {
        name = k.fullName();
      }
      if (role == null || role.isBlank() || Phrases.isTitle(role)) {
        role = k.role();
      }
      press |= k.press();
    }
    SourceKind kind = press ? SourceKind.NAMED_SPOKESPERSON : SourceKind.NAMED_PERSON;
    Source s = Source.of(name, kind).withSenior(senior);
    if (role != null && !role.isBlank() && !Phrases.isTitle(role)) {
      s = s.withRole(role);
      if (affiliation.isEmpty()) {
        affiliation = roleAffiliation(role); // "US Secretary of State" gives "US"
      }
    }
    return affiliation.map(s::withAffiliation).orElse(s);
  }


  /** Whether a word of {@code words} holds a digit: "Number 12". */
  private static boolean holdsDigit(List<Word> words) {
    for (Word w : words) {
      String t = w.text();
      for (int k = 0; k < t.length(); k++) {
        if (Character.isDigit(t.charAt(k))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Velorians", "Kastanis": the people of a place, unnamed. */
  private static boolean isPeopleOf(String word, MentionIndex mentions) {
    if (!word.endsWith("s") || word.length() < 5 || mentions.isPerson(word)) {
      return false;
    }
    String one = word.substring(0, word.length() - 1);
    // "Velorians" counts only when the article also writes "Velorian": "Hollis" is no plural of "Holli".
    boolean strong = one.endsWith("ian") || one.endsWith("ean") || one.endsWith("ese");
    return strong || mentions.hasCapitalised(one) && Phrases.looksLikeDemonym(one)
        || one.endsWith("i") && mentions.isPlace(one.substring(0, one.length() - 1));
  }

  private static Optional<String> roleAffiliation(String role) {
    int space = role.indexOf(' ');
    String first = space < 0 ? role : role.substring(0, space);
    return space > 0 && (Phrases.isAcronym(first) || Phrases.looksLikeDemonym(first)) ? Optional.of(first)
        : Optional.empty();
  }

  static Source base(String name, SourceKind kind, Optional<String> affiliation, boolean senior) {
    Source s = Source.of(name, kind).withSenior(senior);
    return affiliation.map(s::withAffiliation).orElse(s);
  }
}
