package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.internal.WholeWords;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Sentence;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a count holds, read from the words around it: the older value of a change ("up from 240"),
 * a count dated before the article's latest ("previously had put the toll at 5,500"), a count a
 * party denies, a count stated as a correction ("revised the toll to 3,958"), and the time elapsed
 * since an event began ("six hours into the march").
 */
final class CountMoments {
  /**
   * Words just before a figure that make it the older value of a change: "up from 240", "from 39",
   * "was earlier put at 288", "a previous report that said 900", "a previous pit toll of 27".
   */
  private static final Pattern OLDER_VALUE = Pattern.compile(
      "(?i)\\b(?:from|up from|down from|previous)\\s+(?:an?\\s+)?(?:\\w+\\s+)?$"
          + "|\\b(?:earlier|previously|previous)\\s+(?:an?\\s+)?(?:\\w+\\s+){0,3}$"
          + "|\\b(?:previous|earlier|former) (?:report|count|toll|estimate|figure)s? (?:that|which) (?:said|gave|put|stated)\\s+$");
  private static final int OLDER_VALUE_CHARS = 30;
  /** How far before a figure's "by" its change verb may be: "revised the toll from the weekend blasts by more than 100". */
  private static final int CHANGE_CHARS = 90;
  /**
   * Words just before a figure that make it the amount of a change, not a count: "has increased by
   * a thousand", "revised the toll from the blasts by more than 100", "less by more than 100".
   */
  private static final Pattern CHANGE_AMOUNT = Pattern.compile(
      "(?i)(?:\\b(?:rose|risen|increased|climbed|jumped|grew|grown|fell|fallen|dropped|decreased|declined|reduced|revised|lowered|cut|raised|went (?:up|down))\\b[^.;:!?]{0,60}?\\s|\\b(?:less|more|lower|higher|fewer|down|up)\\s{1,3})by\\s{1,3}$");
  /**
   * A clause that dates its figure before the article's latest: "Health authorities previously had
   * put the toll at 5,500", "Earlier, the agency said 4,000 …".
   */
  private static final Pattern EARLIER_CLAUSE = Pattern.compile(
      "(?i)(?:\\b(?:previously|formerly)\\b|^earlier\\b)");
  /** A figure inside what a party denies: "denied that the toll had reached 900" is no count of its own. */
  private static final Pattern DENIED_BEFORE = Pattern.compile(
      "(?i)\\b(?:denied|denies|deny|denying|rejected|rejects|disputed|disputes|disputing)\\b");
  /**
   * A statement of the denier's own between a denial and a figure: "disputed the count and gave 70
   * dead", "…, putting the toll instead at under 80". The figure is the denier's count.
   */
  private static final Pattern OWN_STATEMENT = Pattern.compile(
      "(?i)\\b(?:said|says|saying|claimed|claiming|insisted|insisting|added|adding|instead|put|putting)\\b");
  /** Words right after a figure that say the count has moved on since: "then stood at 40, a figure that has since risen". */
  private static final Pattern SINCE_CHANGED = Pattern.compile(
      "(?i)^[^.;:!?]{0,40}?\\b(?:has|have|had)\\s{1,3}since\\s{1,3}(?:risen|increased|climbed|grown|gone\\s{1,3}up|doubled|fallen|dropped|declined)\\b");
  /** How far after a figure {@link #SINCE_CHANGED} is looked for. */
  private static final int SINCE_CHARS = 80;
  /** How far before a figure {@link #EARLIER_CLAUSE} and {@link #DENIED_BEFORE} are looked for. */
  private static final int CLAUSE_CHARS = 120;
  /**
   * Literals one of which every match of {@link #OLDER_VALUE}, {@link #EARLIER_CLAUSE} and {@link
   * #DENIED_BEFORE} holds: most figures have none of them before, and skip the three scans.
   */
  private static final Literals OLDER_LITERALS = Literals.anyOf("from", "earlier", "previous", "former", "deni", "deny",
      "reject", "disput");
  /** A sentence that states its figure as a correction: "revised the toll to 3,958", "amended", "lowered". */
  private static final WholeWords REVISED = WholeWords.of("revised", "revises", "revising", "amended", "amends",
      "amending", "adjusted", "adjusts", "adjusting", "corrected", "corrects", "correcting", "lowered", "downgraded");
  /**
   * Text right after a duration that makes it the time elapsed since an event began: "into the
   * march", "after the protest started". Bounded words, no nested repetition.
   */
  private static final Pattern ELAPSED_AFTER = Pattern.compile(
      "(?i)^\\s{0,3}(?:into|after)\\s{1,3}(?:the\\s{1,3})?[\\p{L}-]{1,20}(?:\\s{1,3}(?:had\\s{1,3})?(?:started|began|begun|opened|got under way))?\\s{0,3},");
  private static final int ELAPSED_CHARS = 60;

  private CountMoments() {}

  /**
   * A count's own clause, after it, placing it in an earlier year: "300 walkers perished the
   * year before", "against 520 last year", "410 a year earlier". The clause ends at its first mark.
   */
  private static final Pattern PRIOR_YEAR_AFTER = Pattern.compile("^[^,;.:()\\u2013\\u2014]{0,40}?\\b(?:the\\s{1,3}(?:year|previous"
      + "\\s{1,3}year)\\s{1,3}before|the\\s{1,3}previous\\s{1,3}year|last\\s{1,3}year|a\\s{1,3}year\\s{1,3}(?:earlier|before|ago))\\b");

  /**
   * The older value of a change ("up from 240", "from 39"), a count dated before the article's
   * latest ("previously had put the toll at 5,500") or one a party denies ("denied that the toll
   * had reached 900"): none is a party's current count, nor is the amount of a change ("rose by 1,000").
   */
  static boolean olderValue(Figure f, Sentence s) {
    int at = Math.max(0, Math.min(s.text().length(), f.start() - s.start()));
    if (s.text().startsWith("by ", Math.max(0, at - 3))
        && CHANGE_AMOUNT.matcher(s.text().substring(Math.max(0, at - CHANGE_CHARS), at)).find()) {
      return true; // "went up by over 800": the amount of a change is no count of its own
    }
    int end = Math.max(at, Math.min(s.text().length(), f.end() - s.start()));
    String after = s.text().substring(end, Math.min(s.text().length(), end + SINCE_CHARS));
    if (after.contains("since") && SINCE_CHANGED.matcher(after).find()) {
      return true; // "the count was then put at 40 but has since risen"
    }
    if (after.contains("year") && PRIOR_YEAR_AFTER.matcher(after).lookingAt()) {
      return true; // "over 90 drowned the year before", "against 410 last year": another year's count
    }
    String clause = s.text().substring(Math.max(0, at - CLAUSE_CHARS), at);
    if (!OLDER_LITERALS.in(clause)) {
      return false; // every window read below lies within the clause
    }
    return OLDER_VALUE.matcher(s.text().substring(Math.max(0, at - OLDER_VALUE_CHARS), at)).find()
        || EARLIER_CLAUSE.matcher(at <= CLAUSE_CHARS ? s.text().substring(0, at) : clause).find()
        || denied(clause);
  }

  /** Whether {@code clause}, the words before a figure, denies it: a denial with no statement of the denier's own after it. */
  private static boolean denied(String clause) {
    Matcher m = DENIED_BEFORE.matcher(clause);
    int last = -1;
    while (m.find()) {
      last = m.end();
    }
    return last >= 0 && !OWN_STATEMENT.matcher(clause).region(last, clause.length()).find()
        && !BACKGROUND_CLAUSE.matcher(clause).region(last, clause.length()).find();
  }

  /**
   * A relative clause of place or time between a denial and a figure, which sets the scene of what
   * is denied and is no part of it: "denied claims that the exits were barred in a block where a
   * fire broke out on Thursday, killing 10".
   */
  private static final Pattern BACKGROUND_CLAUSE = Pattern.compile("(?i)\\b(?:where|when|in which)\\s");

  /**
   * For a duration followed by "into the march," or "after the protest started," (time since the
   * event began), the rest of its sentence: what happened then. Empty for any other figure.
   */
  static Optional<String> elapsedRest(Figure f, Sentence s) {
    if (f.kind() != FigureKind.DURATION) {
      return Optional.empty();
    }
    String text = s.text();
    int start = Math.max(0, Math.min(text.length(), f.start() - s.start()));
    int end = Math.max(start, Math.min(text.length(), f.end() - s.start()));
    Matcher m = ELAPSED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + ELAPSED_CHARS)));
    return m.find() ? Optional.of(text.substring(0, start) + " " + text.substring(end + m.end())) : Optional.empty();
  }

  /** True when the sentence states its figure as a correction: "revised the toll to 3,958". */
  static boolean revised(Sentence s) {
    return REVISED.in(s.text());
  }
}
