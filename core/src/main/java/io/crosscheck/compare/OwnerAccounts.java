package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs a cue naming whose account it contradicts with that owner's claim, in the same article or
 * another one of the same days (ACCOUNT_DISPUTE).
 *
 * <p>"The watchdog heard of the leak from a reporter, its spokeswoman said, contradicting the
 * firm's account." pairs with "The firm said it had informed the watchdog within a day of finding
 * the leak." when the firm's claim shares at least {@link #MIN_SHARED} topic words with the cue
 * sentence (heard ~ informed, leak).
 */
final class OwnerAccounts {
  /**
   * "contradicting the operator's account", "contrary to the company's statement", "at odds with
   * Quillon's version", "appeared to contradict Quillon's view": group 1 is the owner of the account.
   */
  static final Pattern OWNER_ACCOUNT = Pattern.compile("(?i)\\b(?:contradict(?:ed|ing|s)?|contrary to|at odds with)"
      + "\\s{1,3}(?:the\\s{1,3})?((?:[\\p{L}&-]{1,30}\\s{1,3}){0,2}[\\p{L}&-]{2,30})['’]s?\\s{1,3}(?:own\\s{1,3})?"
      + "(?:account|statement|version|view|position|claims?|assertions?)\\b");
  /**
   * "takes exception to the misleading account issued by the Varnian Foreign Ministry",
   * "rejected the statement by the Varnian Foreign Ministry": group 1 is the owner, named after the
   * account by its capitalised name.
   */
  static final Pattern ACCOUNT_BY_OWNER = Pattern.compile("(?i:\\b(?:(?:took|takes|take|taking)\\s{1,3}(?:strong\\s{1,3})?exception\\s{1,3}to"
      + "|rejected|rejects|rejecting|disputed|disputes|disputing|refuted|refutes|refuting)\\s{1,3}the\\s{1,3}"
      + "(?:[\\p{L}-]{1,20}\\s{1,3}){0,3}?(?:statement|account|readout|version|record|claims?)\\s{1,3}"
      + "(?:(?:issued|released|published|put\\s{1,3}out|made)\\s{1,3})?by\\s{1,3}(?:the\\s{1,3})?)"
      + "((?:\\p{Lu}[\\p{L}.&-]{0,30}\\s{1,3}){0,3}\\p{Lu}[\\p{L}.&-]{1,30})");
  /** Literals one of which every match of {@link #OWNER_ACCOUNT} or {@link #ACCOUNT_BY_OWNER} holds. */
  private static final Literals OWNER_LITERALS = Literals.anyOf("contradict", "contrary", "odds", "exception", "reject",
      "disput", "refut");

  private static boolean mayOwn(String text) {
    return OWNER_LITERALS.inSentence(text);
  }

  /** What an owner's claim in the cue's own article adds to its shared words: more than any other article's can share. */
  private static final int HOME_FIRST = 1000;
  /** Topic words the owner's claim must share with the cue sentence. */
  static final int MIN_SHARED = 2;
  /** How far, in characters, an organisation's name may stand from the noun that names it: "the parcel firm Quillon". */
  private static final int NAME_REACH = 30;
  /** Articles further apart than this report different moments. */
  private static final long MAX_DAYS_APART = 7;

  private final Set<String> stopWords;
  private final WordGroups groups;
  /** A firm's generic nouns: "company", "operator", "lender". */
  private final Set<String> descriptors;

  OwnerAccounts(Lexicon lexicon, WordGroups groups) {
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
    this.groups = groups;
    this.descriptors = new HashSet<>(lexicon.entries("organisation-descriptors"));
  }

  /** The dispute the cue sentence {@code i} of {@code home} opens, if it names an owner whose claim is found. */
  Optional<AccountDisputeRule.Dispute> find(List<ArticleView> views, ArticleView home, int i) {
    Sentence cue = home.sentences().get(i);
    if (!mayOwn(cue.text())) {
      return Optional.empty(); // most sentences hold none of the cue's words: no pattern is run
    }
    Matcher m = OWNER_ACCOUNT.matcher(cue.text());
    boolean before = m.find();
    if (!before) {
      m = ACCOUNT_BY_OWNER.matcher(cue.text());
      if (!m.find()) {
        return Optional.empty();
      }
    }
    String owner = m.group(1);
    Optional<String> cueSource = home.attribution(cue).map(a -> a.source().name());
    // The owner named before its account leaves the topic before the cue; named after it ("the
    // statement issued by the ministry on the call with …"), the topic goes on after the name.
    Set<String> topic = Texts.contentWords(cue.text().substring(0, m.start())
        + (before ? "" : " " + cue.text().substring(m.end())), stopWords);
    Side best = null;
    Side latestOwned = null;
    int bestShared = MIN_SHARED - 1;
    for (ArticleView view : views) {
      if (view != home && !view.closeInTime(home, MAX_DAYS_APART)) {
        continue;
      }
      for (Sentence s : view.sentences()) {
        Optional<Attribution> a = view.attribution(s);
        if (s.equals(cue) || a.isEmpty() || cueSource.equals(a.map(x -> x.source().name()))
            || mayOwn(s.text()) && (OWNER_ACCOUNT.matcher(s.text()).find() || ACCOUNT_BY_OWNER.matcher(s.text()).find())
            || !owns(view, a.get(), owner)) {
          continue;
        }
        if (view == home && s.index() < cue.index()) {
          latestOwned = new Side(view, s);
        }
        int shared = groups.overlap(topic, Texts.contentWords(a.get().content(), stopWords));
        // An article that reports both the account and its dispute tells them together: its own claim comes first.
        if (shared >= MIN_SHARED && view == home) {
          shared += HOME_FIRST;
        }
        if (shared > bestShared) {
          best = new Side(view, s);
          bestShared = shared;
        }
      }
    }
    if (best == null) {
      // "… appeared to contradict Kellco’s view of the probe": with no topic in common, the owner's
      // view is what it last said in this article before the cue.
      best = latestOwned;
    }
    if (best == null) {
      return Optional.empty();
    }
    List<Side> disputing = new ArrayList<>();
    disputing.add(new Side(home, cue));
    continuation(home, i, cueSource).ifPresent(disputing::add);
    return Optional.of(new AccountDisputeRule.Dispute(best, disputing, false));
  }

  /**
   * True when the attribution's source is the account's owner: its name or source text carries the
   * owner word ("Quillon", "the company"). A firm's generic noun stands for any of them, since one
   * article's "operator" is another's "company": "The company said …" and "The ferry operator
   * Brannock said …" both own "the operator's account".
   */
  boolean owns(ArticleView view, Attribution a, String owner) {
    String word = owner.toLowerCase(Locale.ROOT);
    String name = a.source().name();
    if (name.equalsIgnoreCase(owner) || Character.isUpperCase(owner.charAt(0)) && name.contains(owner)) {
      return true;
    }
    if (a.source().kind() != SourceKind.INSTITUTION || !descriptors.contains(word)) {
      return a.source().kind() == SourceKind.INSTITUTION && a.sourceText().toLowerCase(Locale.ROOT).contains(word);
    }
    for (String w : Texts.words(a.sourceText() + " " + name)) {
      if (descriptors.contains(w)) {
        return true;
      }
    }
    // "Quillon, the parcel firm, …": the article calls this organisation by a firm's noun.
    String body = view.body();
    for (int at = body.indexOf(name); at >= 0 && !name.isBlank(); at = body.indexOf(name, at + 1)) {
      String around = body.substring(Math.max(0, at - NAME_REACH), Math.min(body.length(), at + name.length() + NAME_REACH));
      if (Texts.words(around).stream().anyMatch(descriptors::contains)) {
        return true;
      }
    }
    return false;
  }

  /** The same speaker's quoted words just after the cue: "“The first we heard of it was a call,” she said." */
  private static Optional<Side> continuation(ArticleView home, int i, Optional<String> cueSource) {
    if (i + 1 >= home.sentences().size()) {
      return Optional.empty();
    }
    Sentence next = home.sentences().get(i + 1);
    boolean quoted = next.text().matches("(?s)^\\s*[“\"‘'].*");
    Optional<String> nextSource = home.attribution(next).map(a -> a.source().name());
    return quoted && cueSource.isPresent() && cueSource.equals(nextSource)
        ? Optional.of(new Side(home, next)) : Optional.empty();
  }
}
