package io.crosscheck.attribution;

import io.crosscheck.internal.PersonNames;
import io.crosscheck.attribution.Words.Word;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.Set;
import java.util.function.IntUnaryOperator;

/**
 * Resolves back-references to the source they point at, reading one article in order.
 *
 * <p>After {@code a senior Velorian official said ...}, {@code the official added} resolves to that
 * ANONYMOUS source; after {@code Ana Kovac said ...}, {@code she said} resolves to Kovac. "The
 * defense minister" finds the person the article titled "Defense Minister". Not thread-safe: one
 * resolver per article.
 */
final class SpeakerResolver {
  /** A resolved source, the phrase that named it and the paragraph it stood in. */
  /** A source as resolved, the phrase that named it (lower case), its paragraph and the nation its phrase names. */
  private record Seen(Source source, String phrase, int paragraph, Optional<String> nation) {}

  private final CueLexicon lexicon;
  private final MentionIndex mentions;
  /** How far back a back-reference looks; keeps a text of ten thousand pronouns linear. */
  private static final int LOOKBACK = 60;

  /** Possessive pronouns that make an office someone's: "her office", "his ministry". */
  private static final Set<String> OWNERS = Set.of("his", "her");

  /** What {@link #pronoun} is asked for a person of either sex: "the 36-year-old". */
  private static final String ANY_PERSON = "someone";

  private final List<Seen> history = new ArrayList<>();

  private final IntUnaryOperator paragraphOf;
  private final IntUnaryOperator sentenceOf;

  /** {@code paragraphOf} and {@code sentenceOf} map a body offset to its paragraph's and its sentence's index. */
  SpeakerResolver(CueLexicon lexicon, MentionIndex mentions, IntUnaryOperator paragraphOf, IntUnaryOperator sentenceOf) {
    this.lexicon = lexicon;
    this.mentions = mentions;
    this.paragraphOf = paragraphOf;
    this.sentenceOf = sentenceOf;
  }

  /**
   * The source {@code phrase} refers to; {@code classified} is what the phrase says on its own;
   * {@code continuing} when its cue carries on the last statement ("the minister added").
   */
  Source resolve(List<Word> phrase, Source classified, boolean backReference, boolean continuing) {
    Source out = classified;
    if (backReference) {
      boolean pronoun = phrase.size() == 1 && phrase.get(0).in(WordGroup.PRONOUN);
      boolean it = pronoun && phrase.get(0).is("it");
      pronoun |= phrase.get(phrase.size() - 1).is("them"); // an unresolved "one of them" is unnamed people
      // An unresolved "she" is still a person nobody named; an unresolved "it" an organisation.
      out = antecedent(phrase, classified, continuing).orElse(pronoun
          ? classified.withKind(it ? SourceKind.INSTITUTION : SourceKind.ANONYMOUS) : classified);
    } else if (classified.kind() == SourceKind.NAMED_PERSON || classified.kind() == SourceKind.NAMED_SPOKESPERSON) {
      out = sameSurname(classified).orElse(classified);
      out = namedRoleHolder(out, paragraphOf.applyAsInt(phrase.get(0).start()));
    } else if (classified.kind() == SourceKind.INSTITUTION && phrase.size() == 2 && OWNERS.contains(phrase.get(0).lower())) {
      out = ownedBy(phrase, classified);
    } else if (phrase.size() == 2 && phrase.get(0).is("the") && Phrases.isAcronym(phrase.get(1).text())) {
      // "the CM said" after "Chief Minister Ana Kovac": the title's initials stand for its one holder
      List<MentionIndex.Person> holders = mentions.withInitials(phrase.get(1).text());
      out = holders.size() == 1 ? personSource(holders.get(0)) : classified;
    }
    history.add(new Seen(out, Phrases.join(phrase).toLowerCase(Locale.ROOT), paragraphOf.applyAsInt(phrase.get(0).start()),
        nationality(phrase)));
    return out;
  }

  /**
   * "A spokesperson for one agency said … “…,” said Ana Kovac.": a person with no role of her own,
   * named right after an unnamed holder of a role in the same or the next paragraph, is that holder.
   */
  private Source namedRoleHolder(Source named, int paragraph) {
    if (named.role().isPresent() || named.kind() != SourceKind.NAMED_PERSON || history.isEmpty()) {
      return named;
    }
    Seen last = history.get(history.size() - 1);
    String role = last.source().name().toLowerCase(Locale.ROOT);
    boolean indefinite = last.phrase().startsWith("a ") || last.phrase().startsWith("an ");
    if (last.source().kind() != SourceKind.ANONYMOUS || !indefinite || !lexicon.isRole(role)
        || paragraph - last.paragraph() > 1 || paragraph < last.paragraph()) {
      return named;
    }
    Source s = named.withRole(role);
    return lexicon.isPressRole(role) ? s.withKind(SourceKind.NAMED_SPOKESPERSON) : s;
  }

  /** "Her office said" after "Governor Amara Idowu said": the office of the person named last. */
  private Source ownedBy(List<Word> phrase, Source classified) {
    Optional<Source> owner = pronoun(phrase.get(0).is("her") ? "she" : "he").filter(o -> o.kind() == SourceKind.NAMED_PERSON
        || o.kind() == SourceKind.NAMED_SPOKESPERSON);
    if (owner.isEmpty()) {
      return classified;
    }
    Source s = Source.of(phrase.get(1).lower() + " of " + owner.get().name(), SourceKind.INSTITUTION);
    return classified.affiliation().map(s::withAffiliation).orElse(s);
  }

  /** The most recent source, for a quotation that stands alone in its paragraph. */
  Optional<Source> latest() {
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).source());
  }

  private Optional<Source> antecedent(List<Word> phrase, Source classified, boolean continuing) {
    int of = -1;
    for (int k = 1; k < phrase.size() && of < 0; k++) {
      of = phrase.get(k).is("of") ? k : -1;
    }
    String head = phrase.get(of > 1 ? of - 1 : phrase.size() - 1).lower(); // "the secretary of state"
    if (phrase.size() == 1 && WordGroup.PRONOUN.contains(head)) {
      // "… standing with Ilse Marten while she spoke, corrected her when she suggested": the sentence's own binding first
      int at = phrase.get(0).start();
      return mentions.boundBefore(head, at).filter(x -> sentenceOf.applyAsInt(x.getKey()) >= 0
          && sentenceOf.applyAsInt(x.getKey()) == sentenceOf.applyAsInt(at))
          .map(b -> personSource(b.getValue())).or(() -> pronoun(head));
    }
    if (Phrases.isRank(phrase)) {
      // "the world No 1": whom the story is about, once they have spoken
      return storySubject();
    }
    if (head.endsWith("-year-old")) {
      // "the 36-year-old": whom the article gave that age; else whom the story is about, once they
      // have spoken, rather than whoever spoke last ("… her coach said. The 36-year-old was taken aback")
      Optional<MentionIndex.Person> aged = mentions.aged(head.substring(0, head.indexOf('-')));
      if (aged.isPresent()) {
        return Optional.of(personSource(aged.get()));
      }
      return storySubject();
    }
    if (head.equals("them")) {
      // "Neither official would be named ... One of them said": unnamed people first.
      return latestPlural().or(() -> latest(SourceKind.ANONYMOUS)).or(() -> pronoun("they"));
    }
    if (lexicon.isDocument(head)) {
      // "The letter said" after "Ana Kovac wrote a letter": the writer's words, not an institution's.
      Optional<MentionIndex.Person> author = mentions.author(head, phrase.get(phrase.size() - 1).start());
      if (author.isPresent()) {
        return Optional.of(personSource(author.get()));
      }
    }
    // "the head of state": a role with its complement may be a back-reference of its own ({@code role-synonyms})
    String complemented = of > 1 && of + 2 == phrase.size() ? head + " of " + phrase.get(of + 1).lower() : "";
    boolean listed = lexicon.hasSynonyms(complemented);
    List<String> names = lexicon.synonyms(listed ? complemented : head);
    boolean institution = lexicon.isInstitution(head) && !lexicon.isRole(head);
    if (of > 1 && lexicon.isRole(head) && !listed) {
      // "the governor of Orsk": the holder the article named with that office; an office named by a
      // name ("Orsk") is no other holder's, while "the secretary of state" may be the role's latest
      List<Word> complement = phrase.subList(of + 1, phrase.size());
      String office = Phrases.join(complement).toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
      Optional<Source> holder = office.isEmpty() ? Optional.empty()
          : roleHolder(names, false, Optional.of(t -> t.toLowerCase(Locale.ROOT).contains(office)));
      if (holder.isPresent() || complement.stream().anyMatch(Word::isCapitalised)) {
        return holder;
      }
    }
    Optional<String> nation = nationality(phrase);
    // "the Tarnian leader": a holder of the role who names that nation first, then any holder.
    Optional<Source> holder = nation.flatMap(n -> roleHolder(names, institution, Optional.of(t -> lexicon.namesNation(t, n))));
    if (holder.isPresent()) {
      return holder;
    }
    holder = roleHolder(names, institution, Optional.empty()).filter(h -> nation.isEmpty() || !namedOtherNation(h, nation.get()));
    if (holder.isPresent()) {
      return holder;
    }
    if (lexicon.isPressRole(head) && latest(SourceKind.NAMED_SPOKESPERSON).isPresent()) {
      // "The spokesman stressed" after "Ana Kovac, the Harbour Press Officer": a press role under another name.
      return latest(SourceKind.NAMED_SPOKESPERSON);
    }
    if (phrase.get(0).is("the") && lexicon.isAnonymityNoun(head) && lexicon.isRole(head) && !isPlural(head, lexicon)) {
      // "The official emphasised …" after "…, Talan Veyduk, the director general of the crisis
      // department, said": with no unnamed official before it, the official is the office holder who
      // spoke last, in this paragraph or the one before
      int paragraph = paragraphOf.applyAsInt(phrase.get(0).start());
      Optional<Source> officeHolder = lastSpeakerHoldingOffice(paragraph);
      if (officeHolder.isPresent()) {
        return officeHolder;
      }
    }
    if (lexicon.isAnonymityNoun(head)) {
      // "the organisers said" after "said the woman": a back-reference agrees with its source in number
      return latestAnonymous(isPlural(head, lexicon));
    }
    if (lexicon.isRole(head) && !lexicon.isPressRole(head)) {
      // "Antony Blinken stepped out ... “…,” the secretary of state said": a person the article gave no
      // role may be titled in the same paragraph. "The mayor warned ..." after farmer Mira Holm is a
      // new, unnamed speaker. "“…,” Kovac said. ¶ “…,” the minister added": "added" carries on the
      // last statement, one paragraph back as well.
      int paragraph = paragraphOf.applyAsInt(phrase.get(0).start());
      return latestSeen(SourceKind.NAMED_PERSON).filter(s -> (s.paragraph() == paragraph
          || continuing && s.paragraph() == paragraph - 1 && history.get(history.size() - 1) == s)
          && s.source().role().isEmpty()).map(Seen::source);
    }
    if (lexicon.isMedia(head) && latest(SourceKind.MEDIA).isPresent()) {
      return latest(SourceKind.MEDIA); // "the report said" after "Radio Meridian reported"
    }
    if (lexicon.isInstitution(head) || CompanyReferences.isCompanyNoun(head)) {
      Optional<Source> named = latest(SourceKind.INSTITUTION).filter(s -> s.name().toLowerCase(Locale.ROOT).contains(head));
      return named.isPresent() || !CompanyReferences.isCompanyNoun(head) ? named : latestNamedBody();
    }
    return Optional.empty();
  }

  /**
   * "The company said" after "Korrin called the claims baseless": the latest body that spoke under
   * its own name, not a ministry, a court or a country ("Varnia dismissed the figures"), which no
   * one calls "the company".
   */
  private Optional<Source> latestNamedBody() {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      Source s = history.get(i).source();
      if (s.kind() == SourceKind.INSTITUTION && Character.isUpperCase(s.name().charAt(0)) && !mentions.isPlace(s.name())
          && Arrays.stream(s.name().split(" ")).noneMatch(w -> lexicon.isInstitution(w.toLowerCase(Locale.ROOT)))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The latest source, or the article's only person, holding one of the roles {@code names}; with
   * {@code placed}, one whose role and name, read together, name the place or body asked for ("the
   * Tarnian leader", "the governor of Orsk"), never an earlier unnamed holder.
   */
  private Optional<Source> roleHolder(List<String> names, boolean institution, Optional<Predicate<String>> placed) {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      Seen s = history.get(i);
      if (institution && s.source().kind() != SourceKind.INSTITUTION) {
        continue; // "the hospital said" is not "hospital staff"
      }
      String role = s.source().role().orElse("").toLowerCase(Locale.ROOT);
      if (placed.isPresent() && (s.source().kind() == SourceKind.ANONYMOUS || !placed.get().test(role + " " + s.phrase()))) {
        continue; // "the Tarnian leader" is not the Velmian premier, nor an earlier unnamed "Tarnian leader"
      }
      for (String n : names) {
        if (s.phrase().contains(n) || role.contains(n)) {
          return Optional.of(s.source());
        }
      }
    }
    for (String n : names) {
      List<MentionIndex.Person> people = mentions.withRole(n).stream().filter(p -> placed.isEmpty()
          || placed.get().test(p.role() + " " + p.fullName())).toList();
      if (people.size() == 1) {
        return Optional.of(personSource(people.get(0)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the phrase that last named {@code source} named a nation other than {@code nation}:
   * "the Velorian statement" is not "the Tarnian statement" said before it.
   */
  private boolean namedOtherNation(Source source, String nation) {
    if (source.kind() == SourceKind.NAMED_PERSON || source.kind() == SourceKind.NAMED_SPOKESPERSON) {
      return false; // "Foreign Minister Ana Kovac" names a person, whose nation "the top Velorian diplomat" may add
    }
    for (int i = history.size() - 1; i >= 0; i--) {
      Seen s = history.get(i);
      if (s.source().equals(source)) {
        return s.nation().isPresent() && !s.nation().get().equalsIgnoreCase(nation)
            && !lexicon.namesNation(s.phrase(), nation);
      }
    }
    return false;
  }

  /** The source a person the article names speaks as: a spokesperson when the role is the press's. */
  private static Source personSource(MentionIndex.Person p) {
    Source s = Source.of(p.fullName(), p.press() ? SourceKind.NAMED_SPOKESPERSON : SourceKind.NAMED_PERSON);
    return p.role() == null ? s : s.withRole(p.role());
  }

  /** A capitalised nationality word before the head of a back-reference: "Tarnian" in "the Tarnian leader". */
  private static Optional<String> nationality(List<Word> phrase) {
    for (int k = 1; k + 1 < phrase.size(); k++) {
      Word t = phrase.get(k);
      if (t.isCapitalised() && t.isWord() && !t.isPossessive()) {
        return Optional.of(t.bare());
      }
    }
    return Optional.empty();
  }

  /**
   * "Oduya" after "Kovac’s spokesperson, Mira Oduya": the earlier, fuller source. A one-word name
   * that no earlier person has as a surname may be the first word of one person's name: a family
   * name written first ("Xu" after "President Xu Venling") or a given name ("Mira").
   */
  private Optional<Source> sameSurname(Source named) {
    String surname = lastWord(named.name());
    // a one-word name may open a longer one: "Kim " opens "Kim Dal"
    String opening = named.name().indexOf(' ') < 0 ? named.name() + " " : null;
    Source firstWordOf = null;
    int firstWordHolders = 0;
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      Source s = history.get(i).source();
      boolean person = s.kind() == SourceKind.NAMED_PERSON || s.kind() == SourceKind.NAMED_SPOKESPERSON;
      if (person && lastWord(s.name()).equals(surname)) {
        return richer(s, named) ? Optional.of(s) : Optional.empty();
      }
      if (person && opening != null && s.name().startsWith(opening)
          && (firstWordOf == null || !firstWordOf.name().equals(s.name()))) {
        firstWordOf = s;
        firstWordHolders++;
      }
    }
    return firstWordHolders == 1 && richer(firstWordOf, named) ? Optional.of(firstWordOf) : Optional.empty();
  }

  /** Whether the earlier source {@code s} says more of one person than {@code named} does. */
  private static boolean richer(Source s, Source named) {
    return s.kind() == SourceKind.NAMED_SPOKESPERSON && named.kind() == SourceKind.NAMED_PERSON
        || s.name().length() > named.name().length() || s.role().isPresent() && named.role().isEmpty();
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  private Optional<Source> pronoun(String p) {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      SourceKind k = history.get(i).source().kind();
      // "He said" is one person, never "Foreign observers" before him.
      boolean group = k == SourceKind.ANONYMOUS && !p.equals("they") && isPlural(history.get(i).source().name(), lexicon);
      boolean person = k == SourceKind.NAMED_PERSON || k == SourceKind.NAMED_SPOKESPERSON
          || k == SourceKind.ANONYMOUS && !group;
      boolean thing = k == SourceKind.INSTITUTION || k == SourceKind.MEDIA;
      if (person && otherSex(history.get(i).source(), p)) {
        continue; // "she said" after "Mr. Veyl said": not him
      }
      if (p.equals("it") ? thing : p.equals("they") || person) {
        return Optional.of(history.get(i).source());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code s} is of the other sex than "he" or "she" {@code p}: a name the article marks so,
   * or an unresolved pronoun of the other sex.
   */
  private boolean otherSex(Source s, String p) {
    if (!p.equals("he") && !p.equals("she")) {
      return false;
    }
    if (s.kind() == SourceKind.ANONYMOUS) {
      // An unresolved "He says …" is a man nobody named: no later "she".
      return (s.name().equalsIgnoreCase("he") || s.name().equalsIgnoreCase("she")) && !s.name().equalsIgnoreCase(p);
    }
    if (s.kind() != SourceKind.NAMED_PERSON && s.kind() != SourceKind.NAMED_SPOKESPERSON) {
      return false;
    }
    String[] words = PersonNames.words(s.name());
    String surname = PersonNames.withoutPossessive(words[words.length - 1]);
    return mentions.isWoman(surname).filter(woman -> woman != p.equals("she")).isPresent();
  }

  /** The person the article writes most, as last seen speaking; else the latest person. */
  private Optional<Source> storySubject() {
    Optional<String> subject = mentions.mostWritten().map(MentionIndex.Person::fullName);
    return subject.flatMap(n -> history.stream().map(Seen::source).filter(x -> x.name().equals(n)).reduce((a, b) -> b))
        .or(() -> pronoun(ANY_PERSON));
  }

  /** "observers", "local party organisers", "People": a plural head noun. */
  private static boolean isPlural(String name, CueLexicon lexicon) {
    String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us")
        || lexicon.isIrregularPlural(last);
  }

  /** The latest unnamed group: "two officials" before "One of them said". */
  private Optional<Source> latestPlural() {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      Source s = history.get(i).source();
      if (s.kind() == SourceKind.ANONYMOUS && s.name().endsWith("s")) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The latest unnamed source whose head noun is plural, or singular: "officials", or "a senior official". */
  private Optional<Source> latestAnonymous(boolean plural) {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      Source s = history.get(i).source();
      if (s.kind() == SourceKind.ANONYMOUS && isPlural(headOf(s.name()), lexicon) == plural) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The head noun of a source's name, before what qualifies it: "officials" in "officials leading the
   * talks with the company" or "officials familiar with the matter".
   */
  private static String headOf(String name) {
    String[] words = name.split(" ");
    int end = words.length;
    for (int k = 1; k < words.length && end == words.length; k++) {
      String w = words[k].toLowerCase(Locale.ROOT);
      if (HEAD_ENDS.contains(w) || w.endsWith(",") || w.endsWith("ing") && w.length() > 4) {
        end = k;
      }
    }
    return words[end - 1];
  }

  /** Words after which a source's name qualifies its head: "of", "familiar", "with". */
  private static final Set<String> HEAD_ENDS = Set.of("of", "with", "from", "in", "at", "for", "on", "to", "familiar",
      "close", "who", "involved", "briefed", "speaking");

  /**
   * The last named person with a role seen in {@code paragraph} or the one before, passing over
   * names without a role ("Rescue work …" read as a name); any other kind of source before it ends
   * the search.
   */
  private Optional<Source> lastSpeakerHoldingOffice(int paragraph) {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      Seen s = history.get(i);
      if (s.paragraph() < paragraph - 1 || s.source().kind() != SourceKind.NAMED_PERSON) {
        return Optional.empty();
      }
      if (s.source().role().isPresent()) {
        return Optional.of(s.source());
      }
    }
    return Optional.empty();
  }

  private Optional<Seen> latestSeen(SourceKind kind) {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      if (history.get(i).source().kind() == kind) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  private Optional<Source> latest(SourceKind kind) {
    for (int i = history.size() - 1; i >= Math.max(0, history.size() - LOOKBACK); i--) {
      if (history.get(i).source().kind() == kind) {
        return Optional.of(history.get(i).source());
      }
    }
    return Optional.empty();
  }
}
