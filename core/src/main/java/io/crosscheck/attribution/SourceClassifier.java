package io.crosscheck.attribution;

import io.crosscheck.attribution.Words.Word;
import io.crosscheck.internal.WordSet;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Types a speaker phrase: person, spokesperson, unnamed source, institution or media outlet.
 *
 * <p>"Foreign Ministry spokeswoman Ana Kovac" gives {@code NAMED_SPOKESPERSON Ana Kovac}; "a senior
 * Velorian official" gives {@code ANONYMOUS senior Velorian official}; "the Health Ministry" gives
 * {@code INSTITUTION Health Ministry}; "an unsourced radio report" gives {@code MEDIA}.
 * Pronouns and "the official" come back as {@link #isBackReference back-references} for the
 * {@link SpeakerResolver}.
 */
final class SourceClassifier {
  /** Determiners that point at one thing the article has in view: "the report", "that assessment". */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "its", "their");
  /** Prepositions opening an appositive that only locates the speaker: "Ivo Renn, from the Harbour Front". */
  private static final WordSet LOCATING = WordSet.of("from", "of", "at", "in", "with");
  /** What ties an unnamed person to the body they work at: "a source at the ministry", "an official with the agency". */
  private static final WordSet EMPLOYED_AT = WordSet.of("at", "with");
  /** Modifiers that single out one holder of a shared role: "the country’s senior-most diplomat". */
  private static final WordSet SUPERLATIVES = WordSet.of("top", "senior-most", "seniormost",
      "most-senior", "highest-ranking", "chief");
  /** Qualifiers that make a role another's: "deputy mayor", "former president". */
  private static final WordSet SUBORDINATES = WordSet.of("deputy", "vice", "assistant", "former",
      "ex", "associate");
  /** The longest phrase read as one role holder: "the country’s most senior career diplomat". */
  private static final int MAX_HOLDER = 6;
  /** Nouns for the people running an event, who speak as its organising body: "the organisers". */
  private static final WordSet ORGANISERS = WordSet.of("organisers", "organizers", "organiser",
      "organizer");
  /** Words that end the head noun phrase of a descriptor: "an academic and head of the party". */
  private static final WordSet DESCRIPTOR_BREAKS = WordSet.of("of", "for", "at", "with", "from",
      "and", "in", "who", "which", "on");
  private final CueLexicon lexicon;

  private final PhraseNames names;
  private final NamedSourceBuilder builder;
  private final OrganisationNames organisations;

  SourceClassifier(CueLexicon lexicon) {
    this.lexicon = lexicon;
    this.names = new PhraseNames(lexicon);
    this.builder = new NamedSourceBuilder(lexicon, names);
    this.organisations = new OrganisationNames(lexicon);
  }

  /**
   * Where a participle after a plural of people opens a clause that describes them ("officials
   * leading the talks", "residents living near the plant"), or -1: the words before it are the speaker.
   */
  private int reducedRelative(List<Word> p) {
    for (int k = 1; k < p.size(); k++) {
      Word w = p.get(k);
      if (!w.isCapitalised() && w.lower().endsWith("ing") && w.lower().length() > MIN_PARTICIPLE
          && names.isPeoplePlural(p.get(k - 1).lower())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether {@code p} is a capitalised title of an office, a role before "of" and a body after it
   * that ends the phrase: "Minister of the Presidency", "Director of the Port Agency". The body's
   * name does not make its holder the body.
   */
  private boolean isOfficeTitle(List<Word> p, int ofAt) {
    if (ofAt < 1 || ofAt + 1 >= p.size() || !lexicon.isRole(p.get(ofAt - 1)) || !lexicon.isInstitution(p.get(p.size() - 1))) {
      return false; // "Minister of Emergency Situations Anatol Dragan" ends in its holder's name
    }
    for (int k = 0; k < p.size(); k++) {
      Word w = p.get(k);
      if (k != ofAt && !w.isCapitalised() && !(k == ofAt + 1 && w.is("the")) && !w.is("and")) {
        return false;
      }
    }
    return true;
  }

  /** The shortest "-ing" word read as a participle: "during" and "king" are not. */
  private static final int MIN_PARTICIPLE = 5;

  /** "he", "they", "the official", "the spokesman", "the report": words pointing back to an earlier source. */
  boolean isBackReference(List<Word> phrase) {
    if (phrase.size() == 1 && phrase.get(0).in(WordGroup.PRONOUN)
        || phrase.get(phrase.size() - 1).is("them")) {
      return true; // "he", "one of them"
    }
    if (phrase.size() == 2 && phrase.get(0).is("the") && phrase.get(1).lower().endsWith("-year-old") || Phrases.isRank(phrase)) {
      return true; // "the 54-year-old said", "the world No 1 said"
    }
    if (phrase.isEmpty() || !phrase.get(0).is("the") && !phrase.get(0).is("this")
        || phrase.stream().anyMatch(Word::isPossessive)) {
      return false; // "the mayor’s office" is specific, not a back-reference
    }
    int of = Phrases.indexOfWord(phrase, "of");
    Word head = phrase.get(of > 1 ? of - 1 : phrase.size() - 1);
    String h = head.lower();
    if (of > 1 && phrase.get(0).is("the") && lexicon.isRole(h) && !lexicon.isPressRole(h)) {
      return true; // "the governor of Orsk", "the Minister of the Interior": the holder the article named
    }
    // "the representatives" after "Dorvan's representatives said": a plural of a role points back too
    return !head.isCapitalised() && !names.hasName(phrase) && (lexicon.isRole(h) || lexicon.isRolePlural(h) || lexicon.isAnonymityNoun(h)
        || lexicon.isDocument(h) || lexicon.isMedia(h) || lexicon.isInstitution(h) || CompanyReferences.isCompanyNoun(h));
  }

  Source classify(List<Word> phrase, MentionIndex mentions) {
    return classify(phrase, mentions, "");
  }

  /** Types the phrase; a "reported" cue makes an unknown capitalised name an outlet ("Radio Meridian reported"). */
  Source classify(List<Word> phrase, MentionIndex mentions, String cue) {
    int comma = Phrases.indexOfWord(phrase, ",");
    if (comma > 0 && comma + 1 < phrase.size()) {
      return appositive(phrase.subList(0, comma), phrase.subList(comma + 1, phrase.size()), mentions, cue);
    }
    if (phrase.size() > 3 && isOnBehalf(phrase, 3)) {
      // "(a statement issued) on behalf of Mayor Ana Kovac": the office of the person named.
      return NamedSourceBuilder.base(Phrases.join(phrase.subList(3, phrase.size())), SourceKind.INSTITUTION,
          names.affiliation(phrase.subList(3, phrase.size()), mentions), false);
    }
    List<Word> p = Phrases.withoutDeterminer(phrase);
    if (p.isEmpty()) {
      return Source.of("unknown", SourceKind.ANONYMOUS);
    }
    if (p.size() == 1 && UNNAMED_MANY.contains(p.get(0).lower())) {
      return Source.of(p.get(0).text(), SourceKind.ANONYMOUS); // "Others said the vote was a win": unnamed people
    }
    if (p.size() > 1 && Phrases.isSeating(p.get(0)) && p.get(1).isCapitalised()) {
      // "Orvel-based Tarvin said": a body is based somewhere; the compound only places it. A role
      // after it ("Orsk-based agency spokeswoman Lia Dorvan") places its holder, whom the rest types.
      List<Word> name = p.subList(1, p.size());
      if (name.stream().anyMatch(lexicon::isRole)) {
        return classify(name, mentions, cue);
      }
      return NamedSourceBuilder.base(Phrases.join(name), SourceKind.INSTITUTION, names.affiliation(name, mentions), false);
    }
    Word closing = p.get(p.size() - 1);
    if (closing.isPossessive() && closing.isCapitalised() && p.stream().allMatch(Word::isCapitalised)
        && !mentions.isPerson(closing.bare()) && !Phrases.hasTitle(p)) {
      // "McDonald’s said", "Sainsbury’s claims": a name that ends in ’s possesses nothing; the name
      // itself ends so, as a firm's often does ("the supermarket chain Farrow's" is read further on);
      // a person's name is possessive ("President Ana Kovac’s claims"). "Tarn Daily’s (reporter)" is an outlet's.
      SourceKind kind = p.stream().allMatch(w -> mentions.isOutlet(w.bare())) ? SourceKind.MEDIA : SourceKind.INSTITUTION;
      return NamedSourceBuilder.base(Phrases.join(p), kind, Optional.empty(), false);
    }
    Optional<Source> holder = titleHolder(phrase, mentions).or(() -> roleHolder(p, mentions));
    if (holder.isPresent()) {
      return holder.get();
    }
    int forAt = Phrases.indexOfWord(p, "for");
    int ofAt = Phrases.indexOfWord(p, "of");
    if (isOfficeTitle(p, ofAt)) {
      // "the Minister of the Presidency", "the Director of the Agency": the office's holder, a person
      String title = Phrases.join(p);
      return Source.of(title, SourceKind.NAMED_PERSON).withRole(title);
    }
    if (ofAt > 0 && (forAt < 0 || ofAt < forAt) && p.subList(0, ofAt).stream().noneMatch(Word::isCapitalised)) {
      forAt = ofAt; // "the chairwoman of the rights body": the role's holder, as "a spokesman for the ministry"
    }
    if (forAt < 0) {
      int at = Phrases.indexOfAny(p, EMPLOYED_AT);
      if (at > 0 && p.subList(0, at).stream().noneMatch(Word::isCapitalised) && lexicon.isAnonymityNoun(p.get(at - 1))) {
        forAt = at; // "a source at the forensic department", "an official with the agency"
      }
    }
    if (forAt > 0 && forAt + 1 < p.size() && (lexicon.isRole(p.get(forAt - 1)) || lexicon.isAnonymityNoun(p.get(forAt - 1)))) {
      // "a spokesman for the ministry": an unnamed spokesperson, affiliated with the ministry.
      Source s = classify(p.subList(0, forAt), mentions, cue);
      return s.withAffiliation(Phrases.join(Phrases.withoutDeterminer(p.subList(forAt + 1, p.size()))));
    }
    int around = Phrases.indexOfWord(p, "of");
    if (around > 0 && around + 1 < p.size() && lexicon.isAnonymityNoun(p.get(around - 1))
        && !lexicon.isRole(p.get(around - 1)) && p.subList(1, around).stream().noneMatch(Word::isCapitalised)) {
      // "the entourage of the president", "aides of Mayor Kovac": unnamed people around someone.
      Source s = classify(p.subList(0, around), mentions, cue);
      return s.withAffiliation(Phrases.join(Phrases.withoutDeterminer(p.subList(around + 1, p.size()))));
    }
    int in = Phrases.placePreposition(p);
    if (in > 0) {
      // "Western diplomats in Dravik", "the embassy in Orvath": the place only locates the speaker.
      return classify(p.subList(0, in), mentions, cue);
    }
    return classifyNamed(phrase, p, mentions, cue);
  }

  /**
   * {@link #classify(List, MentionIndex, String)} for a phrase {@code p} ({@code phrase} without its
   * determiner) that holds no appositive, role holder or locating phrase: by its document, its
   * outlet's or body's name, and its head.
   */
  /**
   * Whether the name is a national body's: it ends in a country's name and holds a portfolio or an
   * organisation's head word ("Global Affairs Canada", "Air Canada"). A name that merely ends in a
   * country's ("Michael Jordan") stays a person's.
   */
  private boolean countrysBody(List<Word> p) {
    return p.size() > 1 && lexicon.isCountry(p.get(p.size() - 1).bare())
        && p.subList(0, p.size() - 1).stream().anyMatch(w -> lexicon.isPortfolio(w) || lexicon.isBareOrganisationHead(w));
  }

  private Source classifyNamed(List<Word> phrase, List<Word> p, MentionIndex mentions, String cue) {
    String text = Phrases.join(p);
    boolean senior = p.stream().anyMatch(w -> w.is("senior") || w.is("top"));
    Optional<String> affiliation = names.affiliation(p, mentions);
    int doc = indexOfDocument(p, mentions);
    if (doc >= 0 && doc + 1 < p.size()) {
      // "a statement issued by Kovac’s office", "a statement under Kovac’s name"
      int issuer = doc + 1;
      while (issuer < p.size() && (!p.get(issuer).isCapitalised() || lexicon.isTimeWord(p.get(issuer)))) {
        issuer++; // "a statement issued Sunday by ...": a time is no issuer
      }
      if (issuer < p.size() && isOnBehalf(p, issuer)) {
        // "a statement issued on behalf of Mayor Ana Kovac": her office speaks.
        return NamedSourceBuilder.base(Phrases.join(p.subList(issuer, p.size())), SourceKind.INSTITUTION,
            affiliation, senior);
      }
      if (issuer < p.size()) {
        List<Word> rest = p.subList(issuer, p.size());
        Word restHead = rest.get(rest.size() - 1);
        if (!lexicon.isInstitution(restHead) && rest.get(0).isCapitalised() && (restHead.isCapitalised()
            || isPeopleHead(restHead))) {
          return classify(rest, mentions); // "a statement from Dorvan’s representatives": the people speak
        }
        return NamedSourceBuilder.base(Phrases.join(rest), SourceKind.INSTITUTION, affiliation, senior);
      }
      int by = Phrases.indexOfWord(p, "by");
      if (by > doc && by + 1 < p.size()) {
        // "an estimate published by the town council": the issuer, not the document, is the source;
        // "a report by state media" is an outlet's.
        List<Word> publisher = Phrases.withoutDeterminer(p.subList(by + 1, p.size()));
        SourceKind kind = !publisher.isEmpty() && lexicon.isMedia(publisher.get(publisher.size() - 1))
            ? SourceKind.MEDIA : SourceKind.INSTITUTION;
        return NamedSourceBuilder.base(Phrases.join(publisher), kind, affiliation, senior);
      }
    }
    int outlet = organisations.outletNameStart(p);
    if (outlet > 0) {
      return NamedSourceBuilder.base(Phrases.join(p.subList(outlet, p.size())), SourceKind.MEDIA, affiliation, senior);
    }
    int org = organisations.nameStart(p, mentions);
    if (org >= 0) {
      return NamedSourceBuilder.base(Phrases.join(p.subList(org, p.size())), SourceKind.INSTITUTION, affiliation,
          senior);
    }
    Word end = p.get(p.size() - 1);
    if (ORGANISERS.contains(end.lower()) && isEventBody(p.subList(0, p.size() - 1))) {
      // "organisers said", "march organisers estimated": the body that runs the event speaks.
      return NamedSourceBuilder.base(text, SourceKind.INSTITUTION, affiliation, senior);
    }
    if (p.size() == 1 && names.isCommonPlural(p.get(0), mentions)) {
      return NamedSourceBuilder.base(p.get(0).text(), SourceKind.ANONYMOUS, affiliation, senior); // "Nurses say"
    }
    if (p.size() == 1 && p.get(0).isCapitalised() && !mentions.isCapitalisedInside(p.get(0).bare())
        && (lexicon.isDocument(p.get(0)) || lexicon.isInstitution(p.get(0))) && !lexicon.isMedia(p.get(0))) {
      // "Documents allege", "Authorities said": a plain noun capitalised only by the sentence start
      return NamedSourceBuilder.base(p.get(0).text(), SourceKind.INSTITUTION, affiliation, senior);
    }
    int of = Phrases.indexOfWord(p, "of");
    if (of > 0 && p.get(of - 1).isCapitalised() && names.hasName(p.subList(0, of)) && !phrase.get(0).is("the")
        && !lexicon.isInstitution(p.get(of - 1)) && !lexicon.isRole(p.get(of - 1))) {
      // "Ana Kovac of the Velorian Health Ministry": the person before "of" speaks.
      return classify(p.subList(0, of), mentions);
    }
    int participle = reducedRelative(p);
    if (participle > 0) {
      // "officials leading the talks with the company’s management": the people before the participle speak
      Source head = classify(p.subList(0, participle), mentions);
      return NamedSourceBuilder.base(text, head.kind(), affiliation.or(head::affiliation), senior || head.senior());
    }
    int last = p.size() - 1;
    while (last > 0 && Character.isDigit(p.get(last).text().charAt(0))) {
      last--; // "Channel 12": the head is "Channel"
    }
    Word head = p.get(last);
    String headLower = head.lower();
    if (last > 0 && (p.get(last - 1).is("news") || p.get(last - 1).is("press") && head.is("agency"))) {
      // "the Velpress news agency", "the official Varnian Press Agency"; a "press service" or "press office" is its body's
      return NamedSourceBuilder.base(text, SourceKind.MEDIA, affiliation, senior);
    }
    if (!head.isCapitalised() || isRoleHead(headLower) && !names.hasName(p)) {
      if (lexicon.isPressRole(headLower) || lexicon.isRole(headLower) || names.isPeoplePlural(headLower)
          || mentions.isPersonNoun(headLower) || unnamedAgent(p, head)) {
        return NamedSourceBuilder.base(text, SourceKind.ANONYMOUS, affiliation, senior);
      }
      // "the report", "the unclassified intelligence report": one document the article has in view is
      // its maker's, not an outlet's, and so is a country's ("a Varnian intelligence report"); "reports",
      // "a report" and "the Velpress report" stay the press's.
      boolean definiteDocument = lexicon.isDocument(headLower) && !headLower.endsWith("s")
          && (DEFINITE.contains(phrase.get(0).lower()) || affiliation.isPresent())
          && p.stream().noneMatch(w -> w != head && (lexicon.isMedia(w) || mentions.isOutlet(w.bare())));
      if (lexicon.isMedia(headLower) && !definiteDocument && p.stream().noneMatch(w -> lexicon.isInstitution(w))) {
        return NamedSourceBuilder.base(text, SourceKind.MEDIA, affiliation, senior);
      }
      if (lexicon.isDocument(headLower) && p.stream().anyMatch(w -> w != head && w.isCapitalised() && mentions.isOutlet(w.bare()))) {
        return NamedSourceBuilder.base(Phrases.ownerLast(p, text), SourceKind.MEDIA, affiliation, senior); // "a Velpress tally": an outlet's own count
      }
      return NamedSourceBuilder.base(Phrases.ownerLast(p, text), SourceKind.INSTITUTION, affiliation, senior);
    }
    if (lexicon.isInstitution(headLower) || p.stream().anyMatch(w -> w.isCapitalised() && lexicon.isInstitution(w))
        && !names.hasName(p)) {
      return NamedSourceBuilder.base(text, SourceKind.INSTITUTION, affiliation, senior);
    }
    boolean person = mentions.isPerson(head.bare()) || Phrases.hasTitle(p);
    if (!person && phrase.get(0).is("the") && p.size() == 1 && (mentions.isOutletInitials(head.bare()) || lexicon.isNewsAgency(head.bare()))) {
      return NamedSourceBuilder.base(text, SourceKind.MEDIA, affiliation, senior); // "the VPA said", where the article names the agency
    }
    if (!person && phrase.get(0).is("the") && p.size() == 1 && !lexicon.isMedia(headLower)) {
      return NamedSourceBuilder.base(text, SourceKind.INSTITUTION, affiliation, senior); // "the Kremlin reported": people do not take "the"
    }
    if (!person && (p.stream().anyMatch(w -> w.isCapitalised() && lexicon.isBareMedia(w))
        || cue.toLowerCase(Locale.ROOT).startsWith("report") && names.hasName(p) && !lexicon.namesCountry(Phrases.join(p))
        && p.stream().noneMatch(w -> w.isCapitalised() && lexicon.isInstitution(w)))) {
      // "Velpress reported"; but "the General Authority for Census reports" is a body's report
      return NamedSourceBuilder.base(text, SourceKind.MEDIA, affiliation, senior);
    }
    if (!person && phrase.get(0).is("the") && p.size() > 1 && (names.hasName(p) || p.stream().allMatch(Word::isCapitalised))) {
      return NamedSourceBuilder.base(text, SourceKind.INSTITUTION, affiliation, senior); // people do not take "the": "the Varnian FA"
    }
    if (!person && (lexicon.namesCountry(text) && mentions.person(text).isEmpty() || countrysBody(p))) {
      // "New Delhi said": a capital speaks for its government; "Lima added" after "Ana Lima said" is her
      return NamedSourceBuilder.base(text, SourceKind.INSTITUTION, affiliation, senior);
    }
    return builder.build(p, mentions, affiliation, senior);
  }

  /** Words that stand for some of the people in view, unnamed: "Others said", "Many say". */
  private static final WordSet UNNAMED_MANY = WordSet.of("others", "many", "several", "most", "few", "all");

  /** Words that say a source's name is withheld: "an anonymous hacker", "an unnamed trader". */
  private static final WordSet UNNAMED = WordSet.of("anonymous", "unnamed", "unidentified");

  /**
   * Whether the phrase is a person whose name is withheld: "an anonymous hacker". A body named so
   * ("an unnamed company", "an unidentified agency") stays a body.
   */
  private boolean unnamedAgent(List<Word> p, Word head) {
    if (lexicon.isInstitution(head) || lexicon.isMedia(head) || lexicon.isDocument(head)
        || head.bareIn(WordGroup.COMPANY_NOUN)) {
      return false;
    }
    for (Word w : p) {
      if (w != head && UNNAMED.contains(w.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "the mayor, Petra Lind", "Radio Meridian, the public broadcaster", "Kovac, now in Orvath". */
  private Source appositive(List<Word> first, List<Word> second, MentionIndex mentions, String cue) {
    if (second.size() == 1 && Phrases.isAcronym(second.get(0).text())) {
      // "the military liaison agency, COGAB, said": the acronym names the institution.
      return NamedSourceBuilder.base(second.get(0).text(), SourceKind.INSTITUTION, names.affiliation(first, mentions),
          false);
    }
    // "Kovac's father, Srdjan,": a first name the article introduced by a role is a name, whatever its ending.
    boolean personWord = second.size() == 1 && mentions.isPerson(second.get(0).bare());
    boolean secondIsName = (names.endsWithName(second) || personWord) && (!names.endsWithName(first) || isDescription(first));
    List<Word> name = secondIsName ? second : first;
    List<Word> descriptor = secondIsName ? first : second;
    if (descriptor.get(0).is("who") || descriptor.get(0).is("which")) {
      return classify(name, mentions, cue); // "Ivo Renn, who chairs the council": a relative clause types nothing
    }
    if (LOCATING.contains(descriptor.get(0).lower())) {
      // "Ivo Renn, from the Harbour Front,": where the speaker comes from, not what it is.
      Source located = classify(name, mentions, cue);
      return located.affiliation().isPresent() ? located : located.withAffiliation(
          Phrases.join(Phrases.withoutDeterminer(descriptor.subList(1, descriptor.size()))));
    }
    int prep = names.rolePreposition(descriptor);
    int headAt = prep > 0 ? prep - 1 : descriptorHead(descriptor);
    Word head = descriptor.get(headAt);
    String headLower = head.bareLower();
    Source named = classify(name, mentions, cue);
    if (prep > 0 && (named.kind() == SourceKind.NAMED_PERSON || named.kind() == SourceKind.NAMED_SPOKESPERSON)) {
      // "a spokeswoman for the harbour board", "president of the Dairy Federation": the role, then its body.
      Source s = named.withRole(Phrases.join(Phrases.withoutDeterminer(descriptor.subList(0, prep))))
          .withAffiliation(Phrases.join(Phrases.withoutDeterminer(descriptor.subList(prep + 1, descriptor.size()))));
      return lexicon.isPressRole(headLower) ? s.withKind(SourceKind.NAMED_SPOKESPERSON) : s;
    }
    if (head.isCapitalised() && !lexicon.isRole(headLower) && !names.hasRole(descriptor)) {
      return named;
    }
    if (lexicon.isMedia(headLower) || descriptor.stream().noneMatch(w -> lexicon.isRole(w))
        && descriptor.stream().anyMatch(w -> !w.isCapitalised() && lexicon.isMedia(w))) {
      return named.withKind(SourceKind.MEDIA); // "Velpress, the state news agency"
    }
    if (lexicon.isInstitution(headLower) || lexicon.isOrganisationDescriptor(headLower)) {
      // "the Harbour Board", "her former label": the name is a body's
      if (isKnownPerson(name, named, mentions)) {
        // "…, the Harbour Board, Ana Kovac, said": a person the article names stays one, of that body.
        return named.affiliation().isPresent() ? named
            : named.withAffiliation(Phrases.join(Phrases.withoutDeterminer(descriptor)));
      }
      return named.withKind(SourceKind.INSTITUTION);
    }
    if (names.hasRole(descriptor) && (named.kind() == SourceKind.NAMED_PERSON || named.kind() == SourceKind.NAMED_SPOKESPERSON)) {
      boolean press = lexicon.hasPressRole(descriptor);
      Source s = named.withRole(Phrases.join(Phrases.withoutDeterminer(descriptor)));
      return press ? s.withKind(SourceKind.NAMED_SPOKESPERSON) : s;
    }
    return named;
  }

  /**
   * "Tarnby’s mayor", "the country’s senior-most diplomat": one person, picked out by a possessive
   * and a role only one person holds there; the person the article titles so, if it names one.
   * Press roles and plain "lawyer", "official" or "aide" stay unnamed: a body has many of them.
   */
  private Optional<Source> roleHolder(List<Word> p, MentionIndex mentions) {
    int owner = 0;
    while (owner + 2 < p.size() && p.get(owner).isCapitalised() && !p.get(owner).isPossessive()) {
      owner++; // "North Korea’s vice foreign minister": the owner's name runs to its possessive
    }
    if (p.size() < 2 || p.size() > MAX_HOLDER || !p.get(owner).isPossessive() && !(owner == 0 && p.get(0).isPossessivePronoun())) {
      return Optional.empty();
    }
    List<Word> rest = p.subList(owner + 1, p.size());
    Word head = rest.get(rest.size() - 1);
    String h = head.lower();
    if (p.get(0).isPossessivePronoun()) {
      return pronounRoleHolder(rest, h, mentions);
    }
    // "the country's senior-most diplomat", "the ministry's foreign minister": a qualifier singles one out.
    boolean singled = rest.stream().anyMatch(w -> SUPERLATIVES.contains(w.lower()) || lexicon.isPortfolio(w));
    boolean unique = lexicon.isUniqueRole(h)
        || singled && (lexicon.isRole(h) || lexicon.isAnonymityNoun(h)) && !lexicon.isPressRole(h) && !h.endsWith("s");
    // "Korvel's CEO": a role written in capitals is still the role, not a body's initials
    boolean initialsRole = Phrases.isAcronym(head.text()) && lexicon.isRole(h);
    if (!unique || rest.stream().anyMatch(w -> w.isCapitalised() && !(w == head && initialsRole))
        || !rest.stream().allMatch(Word::isWord)) {
      return Optional.empty();
    }
    List<MentionIndex.Person> holders = mentions.withRole(h).stream().filter(x -> holds(x.role(), h)).toList();
    if (holders.size() == 1) {
      return Optional.of(personSource(holders.get(0)));
    }
    return Optional.of(Source.of(Phrases.join(p), SourceKind.NAMED_PERSON).withRole(Phrases.join(rest)));
  }

  /**
   * "her coach" after "her coach, Ivo Marsh,": a pronoun's role (any role, not only one a body
   * holds once) is the one person the article titles so, the person it introduced by that role;
   * with none or several it names no one.
   */
  private Optional<Source> pronounRoleHolder(List<Word> rest, String h, MentionIndex mentions) {
    if (!lexicon.isRole(rest.get(rest.size() - 1)) || rest.stream().anyMatch(w -> w.isCapitalised() || !w.isWord())) {
      return Optional.empty();
    }
    List<MentionIndex.Person> holders = mentions.withRole(h).stream().filter(x -> holds(x.role(), h)).toList();
    return holders.size() == 1 ? Optional.of(personSource(holders.get(0))) : Optional.empty();
  }

  /** Whether {@code role} is {@code head} itself, not a deputy's or a former holder's: "Mayor", not "deputy mayor". */
  private static boolean holds(String role, String head) {
    String[] words = role.toLowerCase(java.util.Locale.ROOT).split(" ");
    return words[words.length - 1].equals(head)
        && (words.length < 2 || !SUBORDINATES.contains(words[words.length - 2]));
  }

  /** "the Prime Minister" after "Prime Minister Ana Kovac": a capitalised title one named person holds. */
  private Optional<Source> titleHolder(List<Word> phrase, MentionIndex mentions) {
    if (phrase.size() < 2 || phrase.size() > MAX_HOLDER || !phrase.get(0).is("the")) {
      return Optional.empty();
    }
    List<Word> title = phrase.subList(1, phrase.size());
    Word head = title.get(title.size() - 1);
    if (!title.stream().allMatch(w -> w.isCapitalised() && !w.isPossessive()) || !lexicon.isRole(head)) {
      return Optional.empty();
    }
    List<MentionIndex.Person> holders = mentions.withRole(Phrases.join(title));
    return holders.size() == 1 ? Optional.of(personSource(holders.get(0))) : Optional.empty();
  }

  private static Source personSource(MentionIndex.Person p) {
    Source s = Source.of(p.fullName(), p.press() ? SourceKind.NAMED_SPOKESPERSON : SourceKind.NAMED_PERSON);
    return p.role() == null ? s : s.withRole(p.role());
  }

  /** A first name and surname the article indexes as a person's: "Ana Kovac", not "Velpress". */
  private static boolean isKnownPerson(List<Word> name, Source named, MentionIndex mentions) {
    boolean person = named.kind() == SourceKind.NAMED_PERSON || named.kind() == SourceKind.NAMED_SPOKESPERSON;
    return person && name.size() >= 2 && mentions.person(name.get(name.size() - 1).bare()).isPresent();
  }

  /**
   * Whether an appositive part describes rather than names: it opens with a determiner or a
   * lower-case word, or holds a lower-case role ("Deputy spokesman for the Harbour Board").
   */
  private boolean isDescription(List<Word> part) {
    Word first = part.get(0);
    return first.in(WordGroup.DETERMINER) || !first.isCapitalised()
        || part.stream().anyMatch(w -> !w.isCapitalised() && lexicon.isRole(w));
  }

  /**
   * The head of a descriptor: the last word before its first preposition or conjunction ("academic"
   * in "a Velorian academic and head of the Harbour Party"), else its last word.
   */
  private static int descriptorHead(List<Word> descriptor) {
    for (int k = 1; k < descriptor.size(); k++) {
      if (DESCRIPTOR_BREAKS.contains(descriptor.get(k).lower())) {
        return k - 1;
      }
    }
    return descriptor.size() - 1;
  }

  /**
   * Whether the words before "organisers" leave them the event's organising body: none, or plain
   * nouns naming the event ("protest", "march"); "local", "two" or "union" make them people.
   */
  private boolean isEventBody(List<Word> modifiers) {
    for (Word w : modifiers) {
      if (w.isCapitalised() || !w.isWord() || lexicon.isModifier(w) || lexicon.isInstitution(w)
          || lexicon.isRole(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether "on behalf of" stands just before {@code at}. */
  private static boolean isOnBehalf(List<Word> p, int at) {
    return at >= 3 && p.get(at - 1).is("of") && p.get(at - 2).is("behalf") && p.get(at - 3).is("on");
  }

  private int indexOfDocument(List<Word> p, MentionIndex mentions) {
    for (int k = 0; k < p.size(); k++) {
      // "Figures from the ministry": a first word the article never capitalises inside a sentence is
      // capitalised only by the sentence start (as "Documents allege" is); "Reports from Orsk" stay the press's
      boolean plain = !p.get(k).isCapitalised() || k == 0 && p.size() > 1 && !mentions.isCapitalisedInside(p.get(k).bare())
          && !lexicon.isMedia(p.get(k));
      if (lexicon.isDocument(p.get(k)) && plain) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A lower-case head naming people, not a body: "lawyers", "representatives", "spokesman" in "a
   * statement from Dorvan’s representatives"; a statement's issuer so headed is typed as a speaker.
   */
  private boolean isPeopleHead(Word head) {
    String lower = head.lower();
    return !head.isCapitalised() && (isRoleHead(lower) || names.isPeoplePlural(lower));
  }

  private boolean isRoleHead(String lower) {
    return lexicon.isRole(lower) || lexicon.isAnonymityNoun(lower);
  }
}
