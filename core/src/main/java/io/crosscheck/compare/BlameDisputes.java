package io.crosscheck.compare;

import io.crosscheck.internal.Splits;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import io.crosscheck.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two parties set against each other in one sentence (ACCOUNT_DISPUTE with no dispute cue before
 * it): two causes for one event ("The ministry blamed an air strike, while the army said the blast
 * was caused by a misfired rocket"; "Officials blamed the dam operator, an assertion disputed by the
 * company, which said the spillway failed"), or an account one party backs and another denies
 * ("While Ostria supported the envoy's account, Varnia denied any mediation").
 *
 * <p>The sentence turns at "while", "whereas" or "but" after a comma, at an appositive that names
 * the first clause disputed ("an assertion that was disputed by"), or after an opening "While …,";
 * each side must name a cause ({@link #CAUSE}), or assert ({@link #ASSERTS}) and deny
 * ({@code denial-cues}), with a party before its verb, and the parties must differ.
 */
final class BlameDisputes {
  private final CuePatterns denials;

  BlameDisputes(Lexicon lexicon) {
    this.denials = CuePatterns.from(lexicon, "denial-cues");
  }

  /** Where a sentence turns from one party's account to another's. */
  private static final Pattern TURN = Pattern.compile(
      "(?i)(?:[,;]\\s{0,3}(?:while|whereas|but)\\s|,\\s{0,3}an?\\s{1,3}(?:assertion|claim|account|allegation|version)\\s{1,3}"
          + "(?:that\\s{1,3}|which\\s{1,3})?(?:was\\s{1,3}|has\\s{1,3}been\\s{1,3})?(?:disputed|denied|rejected|contested)\\s{1,3}by\\s)");
  /** A sentence opening on a concessive clause: "While Ostria backed the account, Varnia denied …". */
  private static final Pattern OPENING_WHILE = Pattern.compile("^\\s{0,3}(?:While|Whereas)\\s([^,;]{3,200}),\\s");
  /** Verbs by which a party asserts or backs an account: "said", "supported", "welcomed". */
  private static final Pattern ASSERTS = Pattern.compile(
      "(?i)\\b(?:said|says|claimed|claims|insisted|maintained|supported|backed|endorsed|welcomed|hailed|confirmed)\\b");
  /** Words that give a cause or put the blame: "blamed", "accused", "was caused by", "responsible for". */
  private static final Pattern CAUSE = Pattern.compile(
      "(?i)\\b(?:blam(?:ed|es|ing)|accus(?:ed|es|ing)|caused\\s{1,3}by|responsible\\s{1,3}for|the\\s{1,3}result\\s{1,3}of)\\b");
  /** Verbs after which a clause's party has been named: "the army said", "Hamas has accused". */
  private static final Set<String> PARTY_ENDS = Set.of("said", "says", "blamed", "blames", "accused", "accuses",
      "has", "have", "had", "claimed", "claims", "insisted", "maintained", "denied", "which", "who");
  /** Words that open a clause without naming its party: "But", "However". */
  private static final Set<String> OPENERS = Set.of("but", "however", "meanwhile", "while", "whereas", "and");
  /** A comma, semicolon or colon closing a word: "Forces," in "the Defense Forces, which said". */
  private static final Pattern CLOSING_MARK = Pattern.compile("[,;:]$");
  /** Adverbs that may follow a party before its verb: "the ministry also said". */
  private static final Set<String> ADVERBS = Set.of("also", "too", "however", "meanwhile", "later", "then", "now");
  /** A leading article, dropped when two party names are compared. */
  private static final Pattern ARTICLE = Pattern.compile("^(?:the|a|an) ");
  /** The most words a clause's party may take: "Gaza's Hamas-run health ministry". */
  private static final int MAX_PARTY_WORDS = 6;

  /**
   * Every sentence in which two parties blame different causes, but for those in {@code disputed}
   * (already a side of a finding); the sentences found are added to it.
   */
  List<Finding> find(List<ArticleView> views, Set<Sentence> disputed) {
    List<Finding> out = new ArrayList<>();
    for (ArticleView view : views) {
      for (Sentence s : view.sentences()) {
        if (!disputed.contains(s)) {
          dispute(view, s).ifPresent(f -> {
            out.add(f);
            disputed.add(s);
          });
        }
      }
    }
    return out;
  }

  /** Where a sentence turns: its first clause, and where the second clause's evidence and words begin. */
  private record Turn(int firstFrom, int firstTo, int evidenceFrom, int secondFrom) {}

  /** "…, while …", "…, an assertion disputed by …", or "While …, …". */
  private static Optional<Turn> turn(String text) {
    if (text.indexOf(',') < 0 && text.indexOf(';') < 0) {
      return Optional.empty(); // every turn has a comma or a semicolon: most sentences end here, unscanned
    }
    Matcher turn = TURN.matcher(text);
    if (turn.find()) {
      return Optional.of(new Turn(0, turn.start(), turn.start(), turn.end()));
    }
    Matcher opening = OPENING_WHILE.matcher(text);
    if (opening.find()) {
      int comma = text.lastIndexOf(',', opening.end());
      return Optional.of(new Turn(opening.start(1), comma, opening.end(), opening.end()));
    }
    return Optional.empty();
  }

  private Optional<Finding> dispute(ArticleView view, Sentence s) {
    String text = s.text();
    Optional<Turn> found = turn(text);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Turn t = found.get();
    String first = text.substring(t.firstFrom(), t.firstTo());
    String second = text.substring(t.secondFrom());
    // A cause against a cause ("blamed an air strike" / "caused by a rocket"), or an account against a denial.
    Matcher firstCause = CAUSE.matcher(first);
    Matcher secondCause = CAUSE.matcher(second);
    int aVerb;
    int bVerb;
    if (firstCause.find() && secondCause.find()) {
      aVerb = firstCause.start();
      bVerb = secondCause.start();
    } else {
      Matcher asserts = ASSERTS.matcher(first);
      Optional<CuePatterns.Hit> denial = denials.find(second);
      if (!asserts.find() || denial.isEmpty() || denials.find(first).isPresent()
          || Proposals.opensOn(first.substring(asserts.end()))
          || Proposals.turnedDown(second.substring(denial.get().start(), denial.get().end()), second.substring(denial.get().end()))) {
        return Optional.empty(); // "backed a truce plan, but Varnia rejected it": positions on a proposal, no accounts
      }
      aVerb = asserts.start();
      bVerb = denial.get().start();
    }
    Optional<String> a = party(first.substring(0, aVerb));
    Optional<String> b = party(second.substring(0, bVerb));
    if (a.isEmpty() || b.isEmpty() || same(a.get(), b.get())) {
      return Optional.empty();
    }
    Span whole = s.span();
    Span firstSpan = new Span(whole.start() + t.firstFrom(), whole.start() + t.firstTo());
    Span secondSpan = new Span(whole.start() + t.evidenceFrom(), whole.end());
    String summary = Parties.capitalise(a.get()) + " gives one account (" + Texts.clip(first.strip(), 90) + "); "
        + b.get() + " gives another (" + Texts.clip(second.strip(), 90) + ")";
    List<Evidence> evidence = List.of(view.evidence(firstSpan, view.attribution(s).map(x -> x.id()).filter(x -> !x.isEmpty())),
        view.evidence(secondSpan, Optional.empty()));
    return Optional.of(new Finding("", FindingType.ACCOUNT_DISPUTE, Severity.HIGH, summary, evidence));
  }

  /**
   * The party a clause names before its verb: "Gaza's health ministry" in "Gaza's health ministry
   * blamed", "Israel" in "Israel said the blast was caused by", "the army" in "the army, which said".
   */
  private static Optional<String> party(String clause) {
    String[] words = Splits.onSpaces(clause.strip());
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      String bare = CLOSING_MARK.matcher(w).replaceFirst("");
      if (kept.isEmpty() && OPENERS.contains(bare.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (PARTY_ENDS.contains(bare.toLowerCase(Locale.ROOT))) {
        break;
      }
      kept.add(bare);
      if (kept.size() > MAX_PARTY_WORDS || w.endsWith(",")) {
        break;
      }
    }
    return kept.isEmpty() || kept.size() > MAX_PARTY_WORDS ? Optional.empty() : Optional.of(String.join(" ", kept));
  }

  /**
   * Two party names for one side: one inside the other ("the army", "Varnia's army"), or one head
   * noun with modifiers on one side only ("the ministry also", "the Varnian interior ministry");
   * "Varnian officials" and "Ostrian officials" are two sides.
   */
  private static boolean same(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    String xs = String.join(" ", x);
    String ys = String.join(" ", y);
    if (x.isEmpty() || y.isEmpty() || xs.contains(ys) || ys.contains(xs)) {
      return true;
    }
    return x.get(x.size() - 1).equals(y.get(y.size() - 1)) && (x.size() == 1 || y.size() == 1);
  }

  /** A party's words, lower case, without its article or a trailing adverb: "the ministry also" gives [ministry]. */
  private static List<String> words(String party) {
    List<String> out = new ArrayList<>(List.of(Splits.onSpaces(ARTICLE.matcher(party.toLowerCase(Locale.ROOT)).replaceFirst(""))));
    while (!out.isEmpty() && (ADVERBS.contains(out.get(out.size() - 1)) || out.get(out.size() - 1).endsWith("ly"))) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
