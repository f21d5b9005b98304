package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.internal.PlaceUnits;
import io.crosscheck.internal.Splits;
import io.crosscheck.model.Figure;
import io.crosscheck.model.Sentence;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What role a count plays in its sentence, read from the words around it: a part of a larger count
 * ("18 injured, including three children"), or a provisional count that later reports may raise
 * ("initial estimates show nine were injured").
 */
final class CountRoles {
  /**
   * Words just before a figure that make it a part of the count just given: "including three
   * children", "among the injured were three children".
   */
  private static final Pattern PART_OF_WHOLE = Pattern.compile(
      "(?i)\\b(?:including|included|includes|among them|among whom|among which|of whom|of which|of them"
          + "|among (?:the|those) [\\p{L}-]{1,20} (?:were|was|are|is))\\s+(?:[\\p{L}-]{1,20}\\s+)?$");
  /**
   * A count added to another to make a total: "in addition to 17 bodies not yet named", "combined
   * with the 72 identified", "plus 40 more". Each addend is a part of the sum, not a toll of its own.
   */
  private static final Pattern ADDEND_BEFORE = Pattern.compile(
      "(?i)\\b(?:in addition to|plus|combined with|added to)\\s{1,3}(?:the\\s{1,3})?$");
  /** Literals one of which every match of {@link #ADDEND_BEFORE} holds: most counts follow none. */
  private static final Literals ADDEND_WORDS = Literals.anyOf("addition", "plus", "combined", "added");
  /** The first addend of a sum, the second named right after it: "stood at 31, in addition to 17 bodies not yet named". */
  private static final Pattern ADDEND_AFTER = Pattern.compile(
      "(?i)^(?:\\s{1,3}[\\p{L}-]{1,20}){0,2},?\\s{1,3}(?:in addition to|plus)\\s");
  /** An increment, not a total: "four further walkers have died", "three more deaths", "12 additional cases". */
  private static final Pattern INCREMENT_AFTER = Pattern.compile("(?i)^\\s{1,3}(?:more|further|additional|extra)\\b");
  /**
   * A group added to those counted before: "Two marchers were also held", "three guards also died".
   * At most two words (the noun) and an auxiliary between the number and "also".
   */
  private static final Pattern ALSO_AFTER = Pattern.compile(
      "(?i)^(?:\\s{1,3}[\\p{L}-]{1,20}){0,2}\\s{1,3}(?:(?:were|was|are|is|have|has|had)\\s{1,3}(?:been\\s{1,3})?)?also\\b");
  /** An increment named before its number: "another 12 bodies", "an additional 40 people", "a further 3". */
  private static final Pattern INCREMENT_BEFORE = Pattern.compile("(?i)\\b(?:another|an\\s{1,3}additional|a\\s{1,3}further)\\s{1,3}$");
  /** Literals one of which every match of {@link #INCREMENT_BEFORE} holds. */
  private static final Literals INCREMENT_WORDS = Literals.anyOf("another", "additional", "further");
  /** How far after a figure {@link #ADDEND_AFTER} is looked for. */
  private static final int ADDEND_CHARS = 48;
  /**
   * A share just before a figure, which the figure is the whole of: "3% of its 77 million members",
   * "a tenth of the 40,000 residents", "half of their 900 staff".
   */
  private static final Pattern SHARE_BASE = Pattern.compile(
      "(?i)(?:%|\\bper\\s?cent|\\bpercent|\\b(?:half|third|quarter|tenth|fifth)s?)\\s{1,3}of\\s{1,3}(?:(?:its|their|the|his|her|our)\\s{1,3})?$");
  /**
   * An "of" opening a clause before a figure, which a share after it is taken of: "out of the 412,
   * 97 remains were named", "Of the 540 dead, 500 were …", "noted that of the 390 victims, 212 …".
   * "a toll of 30, 12 of them children" is no such clause: its "of" follows a noun.
   */
  private static final Pattern SHARE_CLAUSE_BASE = Pattern.compile(
      "(?i)(?:^|[,;:]\\s{0,2}|\\b(?:out|that)\\s{1,3})of\\s{1,3}(?:(?:the|its|their|these|those)\\s{1,3})?$");
  /** The share after a {@link #SHARE_CLAUSE_BASE} figure: its noun, a comma and the share's number. */
  private static final Pattern SHARE_AFTER_BASE = Pattern.compile("^(?:\\s{1,3}[\\p{L}-]{1,20}){0,3},\\s{1,3}\\d");
  /** How far after a figure {@link #SHARE_AFTER_BASE} is looked for. */
  private static final int SHARE_AFTER_CHARS = 72;
  /** Literals one of which every match of {@link #PART_OF_WHOLE} holds. */
  private static final Literals PART_OF_WHOLE_WORDS = Literals.anyOf("includ", "among", "of wh", "of them");
  /** A named group's share of a count just before a figure: "Varnians accounted for 658 deaths", "Varnian nationals account for". */
  private static final Pattern GROUP_SHARE = Pattern.compile(
      "\\p{Lu}[\\p{L}-]{1,20}(?:\\s{1,3}[\\p{L}-]{1,20})?\\s{1,3}(?:accounted|accounts|account)\\s{1,3}for\\s{1,3}$");
  /** How far before a figure {@link #PART_OF_WHOLE} is looked for. */
  private static final int PART_CHARS = 40;
  /**
   * The opening of a breakdown of the count before it by place: "13 deaths, with six in Kelm, four
   * in Tarn and three in Orvath". Group 1 ends where the list of parts starts.
   */
  static final Pattern BREAKDOWN_OPENS = Pattern.compile(
      "(,\\s{1,3}with\\s{1,3})[\\p{L}\\d,.-]{1,20}\\s{1,3}(?:in|at)\\s{1,3}\\p{Lu}");
  /** One part of a breakdown: a count and its place, "six in Kelm", "four in Suleja Niger state". */
  private static final Pattern BREAKDOWN_ITEM = Pattern.compile(
      "[\\p{L}\\d,.-]{1,20}\\s{1,3}(?:in|at)\\s{1,3}\\p{Lu}[\\p{L}’'.-]{0,30}(?:\\s{1,3}[\\p{L}’'.-]{1,30}){0,3}");
  /** What parts a breakdown's list: a comma, "and", or both. */
  private static final Pattern BREAKDOWN_SEPARATOR = Pattern.compile(",\\s{1,3}(?:and\\s{1,3})?|\\s{1,3}and\\s{1,3}");
  /** What may follow a breakdown part's count before its place: "six in", "four at". */
  private static final Pattern PLACE_FOLLOWS = Pattern.compile("^\\s{1,3}(?:in|at)\\s{1,3}\\p{Lu}");
  /** How far a breakdown's list may run before the part it holds. */
  private static final int BREAKDOWN_CHARS = 240;
  /** A sentence that gives its count as a first, provisional one. */
  private static final Pattern PROVISIONAL = Pattern.compile(
      "(?i)\\b(?:(?:initial|preliminary|early|first) (?:estimates?|reports?|figures?|counts?|tolls?|information|data)"
          + "|initially|so far)\\b");

  /** Literals one of which every match of {@link #PROVISIONAL} holds. */
  private static final Literals PROVISIONAL_WORDS = Literals.anyOf("initial", "preliminary", "early", "first", "so far");

  /** Text right after a figure that makes it a share of a larger count: "40 of the 52 rockets", "12 of them". */
  private static final Pattern PARTITIVE_AFTER = Pattern.compile(
      "^\\s{1,3}of\\s{1,3}(?:the|these|those|its|their|them|all|\\d)");
  /**
   * A count's own words placing it in a named region: "among them 48 rockets stopped over the Varn
   * region". The part is that region's whole count, compared with the region's other counts.
   */
  private static final Pattern NAMED_REGION_AFTER = Pattern.compile("^(?:\\s{1,3}[\\p{L}-]{1,20}){0,4}\\s{1,3}(?:in|over|near)"
      + "\\s{1,3}(?:the\\s{1,3})?\\p{Lu}[\\p{L}-]{1,30}\\s{1,3}(?:" + String.join("|", PlaceUnits.REGIONS) + ")\\b");
  /** How far after a figure {@link #NAMED_REGION_AFTER} is looked for. */
  private static final int NAMED_REGION_CHARS = 100;
  /** How far after a figure {@link #PARTITIVE_AFTER} is looked for. */
  private static final int PARTITIVE_CHARS = 16;

  /** Text right after a figure that makes it a share of the count just given: "nearly 100 of them in the north". */
  private static final Pattern SHARE_OF_PREVIOUS = Pattern.compile("^\\s{1,3}of\\s{1,3}(?:them|these|those|which|whom)\\b");
  /** Text right after a figure that names what its share of a count was: "658 of the dead were Varnians". */
  private static final Pattern SHARE_NAMED = Pattern.compile(
      "^\\s{1,3}of\\s{1,3}(?:the|those)\\s{1,3}[\\p{L}-]{1,20}\\s{1,3}(?:were|was|are|is)\\s{1,3}\\p{Lu}");
  /** How far after a figure {@link #SHARE_NAMED} is looked for. */
  private static final int SHARE_NAMED_CHARS = 48;

  /** The nouns of a place smaller than a country, as a pattern's alternatives: "the border province", "the town of Carrow". */
  static final String PLACE_UNITS = "(?:(?:" + String.join("|", PlaceUnits.REGIONS) + ")s?|"
      + String.join("|", PlaceUnits.WITHIN_REGIONS) + ")";
  /**
   * A count of those who came from one place, a part of the whole: "14 people from her province
   * died", "12 from the village". The place is owned or pointed at; "from Kelm" may be a cause as well.
   */
  private static final Pattern FROM_PLACE = Pattern.compile("(?i)^\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3})?from\\s{1,3}"
      + "(?:her|his|their|its|our|the|that|this)\\s{1,3}(?:own\\s{1,3})?(?:home\\s{1,3})?(?:state|country|nation|"
      + PLACE_UNITS + ")\\b");
  /** How far after a figure {@link #FROM_PLACE} is looked for. */
  private static final int FROM_PLACE_CHARS = 48;
  /**
   * The tellers among a count, a part of the whole: "the nine survivors who spoke to Velpress",
   * "three witnesses interviewed by the agency". The count is of an outlet's sources, not of what
   * the event did to them.
   */
  private static final Pattern TELLERS = Pattern.compile("(?i)^\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3})?(?:(?:who|whom)\\s{1,3}"
      + "(?:(?:had|have|has|were|was)\\s{1,3})?(?:spoke|spoken|talked|told|gave|described|recounted|testified)|interviewed)\\b");
  /** How far after a figure {@link #TELLERS} is looked for. */
  private static final int TELLERS_CHARS = 48;
  /**
   * A count of those of one named origin, a part of the whole: "658 deaths were from Orsk", "40
   * were from Varnia". The copula makes "from" the origin, where "killed 12 from Kelm" may be a cause.
   */
  private static final Pattern FROM_NAMED_PLACE = Pattern.compile("^\\s{1,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,5}(?:were|was|are|is)"
      + "\\s{1,3}(?:all\\s{1,3})?from\\s{1,3}\\p{Lu}");
  /**
   * Those of a count something earlier befell, a part of it: "40 marchers held had been held
   * at earlier marches", "12 detained in the square had already been released". The participle names the count's
   * group; the pluperfect what some of them had gone through before.
   */
  private static final Pattern EARLIER_OF_GROUP = Pattern.compile("^\\s{1,3}(?:\\p{Ll}{2,20}\\s{1,3})?\\p{Ll}{2,20}ed\\s{1,3}"
      + "(?:[\\p{L}-]{1,20}\\s{1,3}){0,6}(?:had\\s{1,3}(?:been|previously|already)|were\\s{1,3}(?:already|previously))\\b");
  /** How far after a figure {@link #EARLIER_OF_GROUP} is looked for. */
  private static final int EARLIER_OF_GROUP_CHARS = 120;
  /** How far after a figure {@link #FROM_NAMED_PLACE} is looked for: "658 deaths during the pilgrimage were from Orsk". */
  private static final int FROM_NAMED_PLACE_CHARS = 80;

  /**
   * A count placed in one part of a country: "over the capital region", "in Varn and Ostel
   * regions, where 129 and 91 …", "near the border province", "in the city". A regional count is a
   * part of a country-wide one, and a town's count a part of its region's, not another account of it.
   */
  private static final Pattern REGIONAL = Pattern.compile(
      "(?i)\\b(?:in|over|near|above)\\s{1,3}(?:the\\s{1,3})?((?:[\\p{L}-]{1,20}\\s{1,3}){0,3})"
          + "(" + PLACE_UNITS + ")\\b"
          + "(?:\\s{1,3}of\\s{1,3}(\\p{Lu}[\\p{L}-]{1,30}))?");
  /** Literals one of which every match of {@link #REGIONAL} holds: its units. */
  private static final Literals REGIONAL_UNITS = Literals.anyOf(PlaceUnits.all());
  /** The units of {@link #REGIONAL} smaller than a region: a count there is a part of the region's. */
  private static final Set<String> LOCAL_UNITS = PlaceUnits.WITHIN_REGIONS.stream().filter(u -> !u.equals("capital"))
      .collect(java.util.stream.Collectors.toUnmodifiableSet()); // the capital region is a region
  /** How far either side of a figure {@link #REGIONAL} is looked for. */
  private static final int REGIONAL_CHARS = 48;

  /**
   * The words before a figure that make the speaker the one who acted: "its air defences
   * intercepted 337", "we downed", "Varnia downed 79" (a sentence opening on a name and its verb).
   */
  private static final Pattern SELF_AGENT = Pattern.compile(
      "(?:\\b(?:its|their|our|we|it)\\b(?:\\s+[\\p{L}-]{1,20}){1,3}\\s+$|^\\p{Lu}[\\p{L}'’]{1,30}\\s+[\\p{L}]{2,20}ed\\s+$)");
  /** How far before a figure {@link #SELF_AGENT} is looked for. */
  private static final int AGENT_CHARS = 48;

  private CountRoles() {}

  /**
   * True when {@code f} counts a part of a whole stated beside it: "including three children", a
   * breakdown by place, a named share ("658 of the dead were Varnians", "Varnians accounted for
   * 658"), an addend of a sum ("31, in addition to 17 more"), or a count of another incident ("In another incident, two died"). A share after
   * "including" ("including 40 of the rockets") is a count of its own. An increment ("three more
   * died", "another 12 bodies") is a part of the new total.
   */
  static boolean isPart(Figure f, Sentence s) {
    String text = s.text();
    int at = Math.max(0, Math.min(text.length(), f.start() - s.start()));
    int end = Math.max(at, Math.min(text.length(), f.end() - s.start()));
    if (opensAt(SHARE_OF_PREVIOUS, text, end, PARTITIVE_CHARS) || opensAt(SHARE_NAMED, text, end, SHARE_NAMED_CHARS)) {
      return true; // "nearly 100 of them in the north", "658 of the dead were Varnians": a share of a count
    }
    if (inBreakdown(text, at, end) || listedWithLike(text, at, end) || SEPARATE_INCIDENT.matcher(text).lookingAt()
        || ONE_SIDE.matcher(text).lookingAt()
        || opensAt(FROM_PLACE, text, end, FROM_PLACE_CHARS) || opensAt(FROM_NAMED_PLACE, text, end, FROM_NAMED_PLACE_CHARS)
        || opensAt(EARLIER_OF_GROUP, text, end, EARLIER_OF_GROUP_CHARS) || opensAt(TELLERS, text, end, TELLERS_CHARS)) {
      // "with six in Kelm, four in Tarn"; "In another incident, two died"; "On the Varnian side, two died"; "61 from
      // her state", "658 deaths were from Orsk", "the nine survivors who spoke to Velpress": parts of a total
      return true;
    }
    String before = text.substring(Math.max(0, at - PART_CHARS), at);
    if (before.endsWith("for ") && GROUP_SHARE.matcher(before).find()) {
      return true;
    }
    if (before.contains(" of") && SHARE_BASE.matcher(before).find()) {
      return true; // "3% of its 77 million members": the whole a share is taken of, not what the share's verb counts
    }
    if (before.contains("of") && isShareClauseBase(before, at <= PART_CHARS) && opensAt(SHARE_AFTER_BASE, text, end, SHARE_AFTER_CHARS)) {
      return true; // "out of the 412, 97 remains were named": the whole, read with the share's words
    }
    if (ADDEND_WORDS.in(before) && ADDEND_BEFORE.matcher(before).find() || opensAt(ADDEND_AFTER, text, end, ADDEND_CHARS)) {
      return true; // "31, in addition to 17 more": two parts of one total
    }
    if (opensAt(INCREMENT_AFTER, text, end, ADDEND_CHARS) || INCREMENT_WORDS.in(before) && INCREMENT_BEFORE.matcher(before).find()
        || opensAt(ALSO_AFTER, text, end, ADDEND_CHARS)) {
      return true; // "four further walkers died, taking the count to 30", "two were also held": what was added to a total
    }
    return PART_OF_WHOLE_WORDS.in(before) && PART_OF_WHOLE.matcher(before).find()
        && !opensAt(PARTITIVE_AFTER, text, end, PARTITIVE_CHARS) && !opensAt(NAMED_REGION_AFTER, text, end, NAMED_REGION_CHARS);
  }

  /** Whether {@code before} ends on a {@link #SHARE_CLAUSE_BASE}; one at its start only when it starts the sentence. */
  private static boolean isShareClauseBase(String before, boolean sentenceStart) {
    Matcher m = SHARE_CLAUSE_BASE.matcher(before);
    return m.find() && (m.start() > 0 || sentenceStart);
  }

  /**
   * Whether {@code opening}, a pattern anchored with {@code ^}, matches the {@code chars} characters
   * of {@code text} from {@code from} (fewer at its end): what matching a copy of them would find,
   * read in place and tried at their start only, where a search would try every place.
   */
  static boolean opensAt(Pattern opening, String text, int from, int chars) {
    return opening.matcher(text).region(from, Math.min(text.length(), from + chars)).lookingAt();
  }

  /**
   * True when the figure at {@code at..end} of {@code text} is listed beside another count of the
   * same noun: "40 deaths from burns, 12 deaths from smoke" breaks a toll down by cause, and neither
   * part is the toll.
   */
  private static boolean listedWithLike(String text, int at, int end) {
    int commaAfter = text.indexOf(',', end);
    int commaBefore = text.lastIndexOf(',', at);
    boolean nextPossible = commaAfter >= 0 && commaAfter - end <= LISTED_CHARS;
    boolean previousPossible = commaBefore >= 0 && at - commaBefore <= LISTED_CHARS;
    if (!nextPossible && !previousPossible) {
      return false; // every list holds a comma between its items: most counts stand in none
    }
    Matcher noun = COUNTED_NOUN.matcher(text).region(end, text.length());
    if (!noun.lookingAt() || PREDICATE_NEXT.matcher(text).region(noun.end(), text.length()).lookingAt()) {
      return false; // "12 people died, 40 people were hurt": two clauses, not two parts of one count
    }
    String counted = noun.group(1);
    Matcher next = NEXT_LISTED.matcher(text).region(noun.end(), Math.min(text.length(), noun.end() + LISTED_CHARS));
    if (nextPossible && next.find() && next.group(1).equals(counted)) {
      return true;
    }
    Matcher previous = PREVIOUS_LISTED.matcher(text).region(Math.max(0, at - LISTED_CHARS), at);
    return previousPossible && previous.find() && previous.group(1).equals(counted);
  }

  /** The noun right after a count: "deaths" of "40 deaths from burns". */
  private static final Pattern COUNTED_NOUN = Pattern.compile("\\s{1,3}(\\p{L}{3,20})\\b");
  /** A verb right after a counted noun, making its count a clause's subject: "people died", "people were hurt". */
  private static final Pattern PREDICATE_NEXT = Pattern.compile("\\s{1,3}(?:were|was|are|is|had|have|has|\\p{L}{2,20}ed)\\b");
  /** The next item of a list, a count and its noun: ", 12 deaths", ", and 12 deaths". */
  private static final Pattern NEXT_LISTED = Pattern.compile(
      "^[^,;.:“”\"]{0,60},\\s{1,3}(?:and\\s{1,3})?\\d[\\d,]{0,8}\\s{1,3}(\\p{L}{3,20})\\b");
  /** The item before a count in a list, a count, its noun and what qualifies it: "40 deaths from burns, ". */
  private static final Pattern PREVIOUS_LISTED = Pattern.compile(
      "\\d\\s{1,3}(\\p{L}{3,20})\\b[^,;.:“”\"]{0,60},\\s{1,3}(?:and\\s{1,3})?$");
  /** How far either side of a count {@link #listedWithLike} reads. */
  private static final int LISTED_CHARS = 100;

  /**
   * True when the figure at {@code at..end} of {@code text} is one part of a breakdown by place
   * ({@link #BREAKDOWN_OPENS}): every part listed before it is a count and its place, and its own
   * place follows it.
   */
  private static boolean inBreakdown(String text, int at, int end) {
    int with = text.lastIndexOf(", with", at);
    if (with < 0 || at - with > BREAKDOWN_CHARS) {
      return false;
    }
    Matcher opens = BREAKDOWN_OPENS.matcher(text).region(with, text.length());
    if (!opens.lookingAt() || opens.end(1) > at
        || !PLACE_FOLLOWS.matcher(text.substring(end, Math.min(text.length(), end + PARTITIVE_CHARS))).find()) {
      return false;
    }
    String listed = text.substring(opens.end(1), at);
    Matcher sep = BREAKDOWN_SEPARATOR.matcher(listed);
    int from = 0;
    while (sep.find()) {
      if (!BREAKDOWN_ITEM.matcher(listed.substring(from, sep.start())).matches()) {
        return false;
      }
      from = sep.end();
    }
    return from == listed.length(); // the figure opens the next part
  }

  /** Where a breakdown by place ({@link #BREAKDOWN_OPENS}) starts in {@code text}, or its length when there is none. */
  static int breakdownStart(String text) {
    if (!text.contains(", with")) {
      return text.length();
    }
    Matcher m = BREAKDOWN_OPENS.matcher(text);
    return m.find() ? m.start() : text.length();
  }

  /**
   * A sentence that opens on another incident than the one before: "In another incident, …", "In a
   * separate attack, …". Its counts are that incident's, a part of any total, not another account of one.
   */
  private static final Pattern SEPARATE_INCIDENT = Pattern.compile(
      "^\\s{0,3}In\\s{1,3}(?:another|a\\s{1,3}separate|an\\s{1,3}unrelated)\\s{1,3}(?:incident|attack|case|clash|shooting)\\b");
  /**
   * A sentence that opens on one side of a clash: "On the Varnian side, two soldiers were hurt". Its
   * counts are that side's, a part of the whole, not another account of it.
   */
  private static final Pattern ONE_SIDE = Pattern.compile("^\\s{0,3}On\\s{1,3}the\\s{1,3}\\p{Lu}[\\p{L}-]{1,30}\\s{1,3}side\\b");

  /**
   * A count placed at one site of an event, the site right after the count's verb: "34 died at the
   * stadium", "12 died outside health facilities", "44 in three state hospitals", "250 declared dead by the
   * hospital". The dead at one site
   * are a part of the toll, and the dead at another site another part; "48 died in the crush at the
   * stadium" places the crush, not the dead.
   */
  private static final Pattern SITE = Pattern.compile(
      "^\\s{0,3}(?:[\\p{L}-]{1,20}\\s{1,3}){0,4}?(?:at|in|outside|inside|by)\\s{1,3}(?:the\\s{1,3})?(?:[\\p{L}-]{1,20}\\s{1,3}){0,2}"
          + "(stadium|scene|hospitals?|facilit(?:y|ies)|clinics?|morgues?|venue)\\b", Pattern.CASE_INSENSITIVE);
  /** Literals one of which every match of {@link #SITE} holds. */
  private static final Literals SITE_WORDS = Literals.anyOf("stadium", "scene", "hospital", "facilit", "clinic", "morgue", "venue");

  /** No place narrower than the whole: a country-wide total. */
  static final int COUNTRY_WIDE = 0;
  /** A count in one region, province or the capital region. */
  static final int REGION = 1;
  /** A count in one city, town, county, district or village. */
  static final int LOCAL = 2;
  /** A count at one site of the event: a stadium, a hospital; the scope's name is the site's noun. */
  static final int SITE_LEVEL = 3;

  /** How narrowly a count is placed ({@link #COUNTRY_WIDE}, {@link #REGION}, {@link #LOCAL}) and the place's name when given. */
  record Scope(int level, Optional<String> name, Optional<String> region) {
    static final Scope WHOLE = new Scope(COUNTRY_WIDE, Optional.empty(), Optional.empty());

    /** Two regions named apart: "in the Varn region" and "over the capital region". */
    boolean otherRegion(Scope other) {
      return level == REGION && other.level == REGION && region.isPresent() && other.region.isPresent()
          && !region.get().equals(other.region.get());
    }

    /**
     * Whether this count and one in {@code otherSentence} with scope {@code other} are a part and a
     * whole; not when the other names this one's place ("the town of Carrow", "the Carrow floods").
     */
    boolean partOrWhole(Scope other, String thisSentence, String otherSentence) {
      if (level == other.level) {
        return false;
      }
      Scope narrower = level > other.level ? this : other;
      String wider = level > other.level ? otherSentence : thisSentence;
      // a site named in the whole's sentence places the event there, not the whole count ("the crush at the stadium")
      return narrower.level == SITE_LEVEL || narrower.name.isEmpty() || !wider.contains(narrower.name.get());
    }
  }

  /**
   * How narrowly the words around a count place it ("91 drones over the capital region" {@link
   * #REGION}, "3,629 dead in the city" {@link #LOCAL}), read from the unit nearest the figure; a
   * country-wide total ("across the country", "across multiple regions") is {@link #COUNTRY_WIDE}.
   */
  static Scope placeScope(Figure f, Sentence s) {
    String text = s.text();
    int at = Math.max(0, Math.min(text.length(), f.start() - s.start()));
    int end = Math.max(at, Math.min(text.length(), f.end() - s.start()));
    int from = Math.max(0, at - REGIONAL_CHARS);
    String window = text.substring(from, Math.min(text.length(), end + REGIONAL_CHARS));
    String after = text.substring(end, Math.min(text.length(), end + REGIONAL_CHARS));
    if (SITE_WORDS.in(after)) {
      Matcher site = SITE.matcher(after);
      if (site.find()) {
        return new Scope(SITE_LEVEL, Optional.of(site.group(1).toLowerCase(Locale.ROOT)), Optional.empty()); // "34 died at the stadium"
      }
    }
    if (!REGIONAL_UNITS.in(window)) {
      return Scope.WHOLE; // no unit, no match: most counts name no place
    }
    Matcher m = REGIONAL.matcher(window);
    Scope scope = Scope.WHOLE;
    int nearest = Integer.MAX_VALUE;
    // The nearest region named ("the Varn region"), which may stand beyond a nearer unnamed unit:
    // "across six further provinces, among them 48 rockets stopped in the Varn region"
    Optional<String> region = Optional.empty();
    int nearestNamed = Integer.MAX_VALUE;
    while (m.find()) {
      int distance = m.end() + from <= at ? at - (m.end() + from) : Math.max(0, m.start() + from - end);
      boolean local = LOCAL_UNITS.contains(m.group(2).toLowerCase(Locale.ROOT));
      if (distance < nearest) {
        nearest = distance;
        scope = new Scope(local ? LOCAL : REGION, Optional.ofNullable(m.group(3)), Optional.empty());
      }
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      // "the capital region" is one region; "in Varn and Ostel regions" names several
      Optional<String> named = local || unit.endsWith("s") ? Optional.empty()
          : unit.equals("capital") ? Optional.of(unit) : regionName(m.group(1));
      if (named.isPresent() && distance < nearestNamed) {
        nearestNamed = distance;
        region = named;
      }
    }
    return scope.level() == REGION ? new Scope(REGION, scope.name(), region) : scope;
  }

  /**
   * The name a region's unit follows, lower case: "varn" of "the Varn region", "capital" of "the
   * capital region"; none for a plain word ("the border region" may be any of several).
   */
  private static Optional<String> regionName(String modifiers) {
    String[] words = Splits.onSpaces(modifiers.strip());
    String last = words.length == 0 ? "" : words[words.length - 1];
    return !last.isEmpty() && (Character.isUpperCase(last.charAt(0)) || last.equals("capital"))
        ? Optional.of(last.toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * True when two counts are restricted to different sets by their subjects' names: "Russian
   * drones" and "Ukrainian drones" (both name a set, and not the same one); "nine other regions"
   * against "11 regions" (a complement on one side). A name on one side only ("hostages in Gaza"
   * against "hostages") usually places the same count, so it does not count as a restriction.
   * {@code nationalities}: nationality words, lower case, that no suffix marks ("dutch", "french");
   * {@code injured}: both count the injured, whom an "other" sets apart from the dead only.
   */
  static boolean differentRestriction(Figure a, Figure b, java.util.Set<String> nationalities, boolean injured) {
    Restriction ra = Restriction.of(a, nationalities);
    Restriction rb = Restriction.of(b, nationalities);
    if (ra.other() != rb.other() && !injured) {
      // "nine other regions" against "11 regions"; but "20 other people were injured" beside a count
      // of the dead sets the injured apart from the dead, not from other injured: all are counted
      return true;
    }
    if (ra.all().isEmpty() != rb.all().isEmpty() && (ra.nationality() || rb.nationality())) {
      // "28 Varnian pilgrims" against "1,301 pilgrims": one nation's among all, when well below all;
      // "337 Varnian drones" against "343 drones" count one attack's drones, all of them Varnian.
      Figure named = ra.all().isEmpty() ? b : a;
      return nationsShare(named, named == a ? b : a);
    }
    return !ra.all().isEmpty() && !rb.all().isEmpty() && java.util.Collections.disjoint(ra.all(), rb.all());
  }

  /**
   * True when the sentence has the speaking party as the one who did what is counted: "Varnia said
   * its air defences downed 337 drones". Two parties each counting what they themselves did
   * (downed, launched) count two different things.
   */
  static boolean selfAgent(Figure f, Sentence s) {
    String text = s.text();
    int at = Math.max(0, Math.min(text.length(), f.start() - s.start()));
    String before = text.substring(Math.max(0, at - AGENT_CHARS), at);
    return SELF_AGENT.matcher(at <= AGENT_CHARS ? text.substring(0, at) : before).find();
  }

  /** The most one account's length of a meeting may be of another's and still describe the same meeting. */
  private static final double MAX_DURATION_RATIO = 4;

  /**
   * True when two durations, in minutes, are too far apart to be one length told two ways: "two
   * and a half hours" of talks against "three months" of argument.
   */
  static boolean differentScale(double minutesA, double minutesB) {
    double low = Math.min(minutesA, minutesB);
    double high = Math.max(minutesA, minutesB);
    return low > 0 && high / low > MAX_DURATION_RATIO;
  }

  /** The capitalised words before a count's head noun ("Varnish drones"), and whether it says "other". */
  private record Restriction(java.util.Set<String> all, boolean other, boolean nationality) {
    static Restriction of(Figure f, java.util.Set<String> nationalities) {
      String[] words = Splits.onSpaces(f.subject().orElse(""));
      String unit = f.unit().orElse("").toLowerCase(java.util.Locale.ROOT);
      int head = 0;
      for (int i = 0; i < words.length; i++) {
        if (words[i].toLowerCase(java.util.Locale.ROOT).equals(unit)) {
          head = i;
          break;
        }
      }
      java.util.Set<String> all = new java.util.TreeSet<>();
      boolean other = false;
      boolean nationality = false;
      for (int i = 0; i < words.length; i++) {
        String w = words[i];
        other |= w.equals("other");
        if (i < head && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !CALENDAR.matcher(w).matches()) {
          String lower = w.toLowerCase(java.util.Locale.ROOT);
          all.add(lower);
          nationality |= NATIONALITY.matcher(w).matches() || nationalities.contains(lower);
        } else if (i == head && w.length() > 2 && Character.isUpperCase(w.charAt(0)) && w.endsWith("s") && unit.equals(w.toLowerCase(java.util.Locale.ROOT))) {
          // "60 Jordanians died": the noun itself names the nation, in the plural
          String singular = w.substring(0, w.length() - 1);
          if (NATIONALITY.matcher(singular).matches() || nationalities.contains(singular.toLowerCase(java.util.Locale.ROOT))) {
            all.add(singular.toLowerCase(java.util.Locale.ROOT));
            nationality = true;
          }
        }
      }
      return new Restriction(all, other, nationality);
    }
  }

  /** A total over many nations: "from ten different countries", "reported by several countries", "of 12 nationalities". */
  private static final Pattern MULTINATIONAL = Pattern.compile("(?i)\\b(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|several|many|various|different|multiple|numerous)\\s{1,3}(?:different\\s{1,3}|other\\s{1,3})?"
      + "(?:countries|nations|nationalities)\\b");
  /** Literals one of which every match of {@link #MULTINATIONAL} holds. */
  private static final Literals MULTINATIONAL_WORDS = Literals.anyOf("countries", "nations", "nationalities");

  /** Whether a sentence gives a total over many nations ({@link #MULTINATIONAL}). */
  static boolean isMultinational(String sentence) {
    return MULTINATIONAL_WORDS.in(sentence) && MULTINATIONAL.matcher(sentence).find();
  }

  /**
   * A sentence that opens on one nation counting its own: "Tarnia, which sent some 9,000 fans,
   * counted 31 dead", "Tarnia reported 64 deaths". Group 1 is the nation's name.
   */
  private static final Pattern NATION_COUNTING = Pattern.compile(
      "^(\\p{Lu}\\p{Ll}{2,20})(?:,|\\s{1,3}(?:has\\s{1,3}|had\\s{1,3})?(?:recorded|reported|confirmed|announced|counted|registered)\\b)");

  /**
   * The nation a count is of, lower case: its subject's nationality ("60 Jordanians", "28 Varnian
   * pilgrims"), or the single name its sentence opens on, counting its own ({@link #NATION_COUNTING});
   * never a plural ("Officials reported").
   */
  static Optional<String> nationOf(Figure f, Sentence s, java.util.Set<String> nationalities) {
    Restriction r = Restriction.of(f, nationalities);
    if (r.nationality()) {
      return r.all().stream().findFirst();
    }
    int end = Math.max(0, Math.min(s.text().length(), f.end() - s.start()));
    Matcher from = FROM_NATION.matcher(s.text()).region(end, Math.min(s.text().length(), end + FROM_PLACE_CHARS));
    if (from.lookingAt()) {
      return Optional.of(from.group(1).toLowerCase(java.util.Locale.ROOT)); // "35 from Tarnia"
    }
    if (OTHERS.matcher(s.text()).region(end, Math.min(s.text().length(), end + OTHERS_CHARS)).lookingAt()) {
      return nationCountedBefore(s.text().substring(0, Math.max(0, Math.min(end, f.start() - s.start()))), nationalities);
    }
    Matcher m = NATION_COUNTING.matcher(s.text());
    return m.lookingAt() && !m.group(1).endsWith("s") && m.end() < f.start() - s.start()
        ? Optional.of(m.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
  }

  /** A count of "others", who are of the kind the count before them names: "44 Varnian troops died and 21 others were hurt". */
  private static final Pattern OTHERS = Pattern.compile("^\\s{1,3}others\\b");
  /** How far after a figure {@link #OTHERS} is looked for. */
  private static final int OTHERS_CHARS = 10;
  /** A count of one nation's: "nine Varnian soldiers", "58 Orskian troops". Group 1 is the nationality. */
  private static final Pattern NATION_COUNT = Pattern.compile("(?:\\d[\\d,]{0,12}|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve))\\s{1,3}(\\p{Lu}\\p{Ll}{2,20})\\s{1,3}\\p{Ll}{3,20}");

  /** The nation of the last count of one nation's in {@code before} ({@link #NATION_COUNT}), lower case. */
  private static Optional<String> nationCountedBefore(String before, java.util.Set<String> nationalities) {
    Matcher m = NATION_COUNT.matcher(before);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return last != null && (NATIONALITY.matcher(last).matches() || nationalities.contains(last.toLowerCase(java.util.Locale.ROOT)))
        ? Optional.of(last.toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
  }

  /** A count's own words naming where those counted came from: "35 from Tarnia", "138 people from Orsk". */
  private static final Pattern FROM_NATION = Pattern.compile("^\\s{1,3}(?:\\p{Ll}{1,20}\\s{1,3})?from\\s{1,3}(\\p{Lu}\\p{Ll}{2,20})\\b");

  /** The shortest stem two names of a nation share: "jordan" of "Jordan" and "Jordanian", "tarni" of "Tarnia", "Tarnian". */
  private static final int NATION_STEM = 4;

  /** Whether two nations ({@link #nationOf}) are two: neither's name and the other's share a stem of {@value #NATION_STEM} letters. */
  static boolean otherNations(String a, String b) {
    int shared = 0;
    while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) {
      shared++;
    }
    return shared < Math.min(NATION_STEM, Math.min(a.length(), b.length()));
  }

  /** The largest share of an unnamed count a count of one nation's may be and still be a part of it. */
  private static final double NATION_SHARE = 0.5;

  /**
   * Whether one nation's count is small enough beside a count naming no nation to be its part:
   * "28 Varnian pilgrims" against "1,301 pilgrims". Each is read at its bound: "at least 60
   * Jordanians", "as high as 900", "at least 550".
   */
  static boolean nationsShare(Figure nation, Figure all) {
    double most = nation.interval().hasHigh() ? nation.interval().high() : nation.interval().low();
    double whole = all.interval().hasHigh() ? all.interval().high() : all.interval().low();
    return most <= NATION_SHARE * whole;
  }
  /** A capitalised word shaped as a nationality: "Varnian", "Kastan", "Kastani", "Tarnese", "Ostrish". */
  private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{Ll}{2,20}(?:an|ese|ish|i)");

  /** Days and months name when, not which set: "drones downed Tuesday". */
  private static final Pattern CALENDAR = Pattern.compile(
      "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September"
          + "|October|November|December");

  /** True when the sentence gives its counts as provisional: "initial estimates show …". */
  static boolean isProvisional(Sentence s) {
    return PROVISIONAL_WORDS.inSentence(s.text()) && PROVISIONAL.matcher(s.text()).find();
  }

  /**
   * True when a provisional count lies wholly below the other: the count rose as reports came in,
   * which is no disagreement ("nine injured, initial estimates" then "eighteen injured").
   */
  static boolean rose(boolean provisionalA, Figure a, boolean provisionalB, Figure b) {
    return provisionalA && a.interval().high() < b.interval().low()
        || provisionalB && b.interval().high() < a.interval().low();
  }
}
