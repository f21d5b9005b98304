package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.internal.link.EventFramer;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags an account that leaves out what another party's account of the same event centres on, or
 * a readout a party did not release (OMISSION).
 *
 * <p>"The ministry's statement did not mention the water deal." is paired with the sentence where
 * the other party speaks about the water deal ("… “the water deal comes first,” Kovac said.").
 * "The palace did not release a readout, as it usually does." is paired with the other party's
 * statement on the meeting. Cues come from the {@code omission-cues} and {@code
 * missing-readout-cues} lexicon lists; readouts by {@link ReadoutAccounts}.
 */
final class OmissionRule implements Check {
  /** Where a topic named after "did not mention" stops: "aid. He …", "aid, the …", "aid and instead". */
  private static final Pattern TOPIC_END = Pattern.compile("[.,;:!?()“”\"]|\\b(?:but|instead|while|although|and instead)\\b");

  /** Topic words an account needs when it does not name the topic's head: "safety or the deaths at the pier". */
  static final int MIN_SHARED_WITHOUT_HEAD = 2;

  /** Quoted sentences right after the account that are kept as its evidence: a quote split in two. */
  private static final int FOLLOWING_QUOTES = 2;
  /** The omitting article's own account of the other party comes first, whatever the word counts. */
  private static final double HOME_BONUS = 100;
  /** Each shared topic word outweighs a quote: the account that centres on the topic beats a bystander's remark. */
  private static final double SHARED_WEIGHT = 4;

  /** Another article's account counts only if published within this many days. */
  private static final long MAX_DAYS_APART = 3;

  /** Words that never identify a party on their own: "statement", "office", "meeting", "issued". */
  private static final Set<String> GENERIC_PARTY_WORDS = Set.of("the", "statement", "readout", "read-out", "office",
      "account", "meeting", "talks", "issued", "published", "released", "after", "from", "spokesperson", "spokesman",
      "spokeswoman", "official", "officials", "said", "one", "its", "his", "her", "their", "own", "senior", "minister",
      "ministry", "government", "president", "prime");

  private final CuePatterns omissionCues;
  private final CuePatterns missingReadoutCues;
  private final ReadoutAccounts readouts;
  private final Set<String> stopWords;
  private final WordGroups groups;
  private final EventFramer framer;

  OmissionRule(Lexicon lexicon) {
    this.omissionCues = CuePatterns.from(lexicon, "omission-cues");
    this.missingReadoutCues = CuePatterns.from(lexicon, "missing-readout-cues");
    this.readouts = new ReadoutAccounts(lexicon);
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
    this.groups = new WordGroups(lexicon);
    this.framer = new EventFramer(lexicon);
  }

  @Override
  public List<Finding> check(Batch batch) {
    List<Finding> out = new ArrayList<>();
    List<ArticleView> views = ArticleView.of(batch.articles());
    ArticleEvents events = new ArticleEvents(framer, stopWords);
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        Optional<CuePatterns.Hit> omitted = omissionCues.find(s.text());
        if (omitted.isPresent()) {
          String afterCue = s.text().substring(omitted.get().end());
          Set<String> topic = topic(afterCue);
          String subject = omitter(view, s, s.text().substring(0, omitted.get().start()),
              Parties.subjectBefore(s.text(), omitted.get().start()));
          // "It made no mention of …" right after "The statement said …" is the statement's silence.
          String party = subject.equals(Parties.UNKNOWN) && i > 0 ? previousParty(view, sentences.get(i - 1)) : subject;
          String phrase = topicPhrase(afterCue);
          Optional<String> head = head(afterCue);
          topicAccount(views, events, view, i, topic, head, conjunctHeads(afterCue, head), party)
              .ifPresent(other -> out.add(omission(view, s, party, other, phrase)));
          continue;
        }
        Optional<CuePatterns.Hit> missing = missingReadoutCues.find(s.text());
        if (missing.isPresent()) {
          String party = Parties.subjectBefore(s.text(), missing.get().start());
          // "We have not issued any statement on it," the commission's chair said, after quoting the
          // commission's own figures: a party cannot leave out its own account.
          readouts.nearest(view, i).filter(r -> !sameParty(party, view.party(r)) && !sameParty(view.party(s), view.party(r)))
              .ifPresent(r -> out.add(missingReadout(view, s, party, r)));
        }
      }
    }
    return out;
  }

  /**
   * True when two party labels name the same party ("a statement from the authority" and "the
   * authority"): they share a word that is not a generic document or role word.
   */
  private static boolean sameParty(String a, String b) {
    return Texts.overlap(Texts.contentWords(a, GENERIC_PARTY_WORDS), Texts.contentWords(b, GENERIC_PARTY_WORDS)) > 0;
  }

  /**
   * Who "It" is in "It made no mention of aid": the source of the sentence before, when it is
   * attributed ("The statement dwelt on the threat …" is the office's statement), else its label.
   */
  private static String previousParty(ArticleView view, Sentence previous) {
    return view.party(previous);
  }

  /** The words after an omission cue up to where the topic ends: "aid" in "did not mention aid, but …". */
  private static String topicText(String afterCue) {
    Matcher end = TOPIC_END.matcher(afterCue);
    return end.find() ? afterCue.substring(0, end.start()) : afterCue;
  }

  /** "the river dam on the border" gives the topic phrase "the river dam" before its first preposition. */
  private static final Pattern PREPOSITION = Pattern.compile("\\s(?:on|in|at|of|for|to|from|with|by|against|over|during)\\s");

  private Set<String> topic(String afterCue) {
    return Texts.contentWords(topicText(afterCue), stopWords);
  }

  /** The head of the topic: last content word before a preposition ("drone attack on the home" gives "attack"). */
  private Optional<String> head(String afterCue) {
    String phrase = topicText(afterCue);
    java.util.regex.Matcher prep = PREPOSITION.matcher(" " + phrase + " ");
    String core = prep.find() ? (" " + phrase + " ").substring(0, prep.start()) : phrase;
    List<String> words = new ArrayList<>(Texts.contentWords(core, stopWords));
    return words.isEmpty() ? Optional.empty() : Optional.of(words.get(words.size() - 1));
  }

  /**
   * The other party's sentence that speaks about the topic: it must name the topic's head word;
   * the home article first, then quoted speech, then more topic words, then nearer the top.
   */
  private Optional<Located> topicAccount(List<ArticleView> views, ArticleEvents events, ArticleView home, int cue, Set<String> topic,
      Optional<String> head, List<String> otherHeads, String omitter) {
    if (topic.isEmpty() || head.isEmpty()) {
      return Optional.empty();
    }
    Sentence cueSentence = home.sentences().get(cue);
    Located best = null;
    double bestScore = 0;
    for (ArticleView view : views) {
      for (Sentence s : view.sentences()) {
        Set<String> words = Texts.contentWords(s.text(), stopWords);
        int shared = groups.overlap(topic, words);
        if ((view == home && s == cueSentence) || !view.closeInTime(home, MAX_DAYS_APART) || !events.sameEvent(view, home)
            || sameParty(omitter, view.party(s))
            || (groups.overlap(List.of(head.get()), words) == 0 && groups.overlap(otherHeads, words) == 0
                && (shared < MIN_SHARED_WITHOUT_HEAD || narration(view, s)))
            || omissionCues.matches(s.text())) {
          continue;
        }
        double score = (view == home ? HOME_BONUS : 0) + (view.hasQuote(s) ? 2 : 0) + SHARED_WEIGHT * shared - 0.01 * s.index()
            - (onlyPossessive(s.text(), head.get()) ? SHARED_WEIGHT - 1 : 0);
        if (best == null || score > bestScore) {
          best = new Located(view, s);
          bestScore = score;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The longest party label a summary quotes. */
  private static final int MAX_PARTY_CHARS = 70;
  /** " that ": where a reported clause, and its own subject, begins. */
  private static final Pattern THAT = Pattern.compile("(?i)\\bthat\\s");

  /**
   * Who leaves the topic out, from the words before the cue: the subject of a reported clause ("the
   * Post reported that the commission's statement made no mention" gives "the commission's
   * statement"); the speaker of a statement a relative clause describes ("“…,” the navy said in a
   * statement, which did not address" gives "navy"); else the words as they are.
   */
  private static String omitter(ArticleView view, Sentence s, String raw, String before) {
    Matcher that = THAT.matcher(raw);
    int clause = -1;
    while (that.find()) {
      clause = that.end();
    }
    String reported = clause > 0 ? raw.substring(clause).strip() : "";
    if (!reported.isEmpty() && reported.indexOf(',') < 0 && Parties.isName(reported)) {
      return Texts.clip(reported, MAX_PARTY_CHARS);
    }
    return view.attribution(s).map(a -> a.source().name())
        .filter(name -> before.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))).orElse(before);
  }

  /**
   * A sentence nobody is credited with and that quotes no one: the writer's narration. It stands for
   * a party's account only when it names a head of the topic ("the union's central demand since two
   * dockers were killed" for "safety or the deaths"), not when it merely shares two of its words
   * ("eleven children were rescued from the school" for "whether children not enrolled at the
   * school were there").
   */
  private static boolean narration(ArticleView view, Sentence s) {
    return view.attribution(s).isEmpty() && !view.hasQuote(s);
  }

  /** A preposition opening a conjunct: "to" in "safety or to the deaths". */
  private static final Pattern LEADING_PREPOSITION = Pattern.compile("^(?:to|of|on|about)\\s");
  /** " or ", " and ": the conjunctions of a topic naming two things ("safety or the deaths at the pier"). */
  private static final Pattern CONJUNCTION = Pattern.compile("\\s(?:or|and)\\s");

  /**
   * The heads of the topic's later conjuncts: "safety or to the deaths at the pier" gives [deaths]
   * ({@link #head} gives "safety"). Empty for a topic of one thing.
   */
  private List<String> conjunctHeads(String afterCue, Optional<String> first) {
    String phrase = topicText(afterCue);
    List<String> out = new ArrayList<>();
    String[] conjuncts = CONJUNCTION.split(phrase);
    for (int k = 1; k < conjuncts.length; k++) {
      head(" " + LEADING_PREPOSITION.matcher(conjuncts[k].strip()).replaceFirst("")).filter(h -> !first.equals(Optional.of(h)))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * True when the topic's head stands in the sentence only as a possessive, modifying another noun:
   * "distorted Varno’s status" is about the status, not about Varno.
   */
  private static boolean onlyPossessive(String sentence, String head) {
    Matcher m = Pattern.compile("(?iu)(?<![\\p{L}])" + Pattern.quote(head) + "(?<possessive>[’']s)?(?![\\p{L}])").matcher(sentence);
    boolean any = false;
    while (m.find()) {
      if (m.group("possessive") == null) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** The omitted topic as written, for the summary: "safety or to the deaths at Pier 9". */
  private static String topicPhrase(String afterCue) {
    return Texts.clip(topicText(afterCue), 60);
  }

  private static Finding omission(ArticleView view, Sentence cue, String party, Located other, String topic) {
    String summary = Parties.capitalise(party) + " leaves out " + topic + " (" + Texts.clip(cue.text(), 90) + "); "
        + other.view().party(other.sentence()) + "'s account centres on it (" + Texts.clip(other.sentence().text(), 90) + ")";
    List<io.crosscheck.model.Evidence> evidence = new ArrayList<>();
    evidence.add(view.evidence(cue));
    evidence.add(other.view().evidence(other.sentence()));
    // The account often carries on in the speaker's quoted words: "“It is about going home alive,” she said."
    List<Sentence> all = other.view().sentences();
    int at = all.indexOf(other.sentence());
    for (int next = at + 1; at >= 0 && next <= at + FOLLOWING_QUOTES && next < all.size(); next++) {
      Sentence s = all.get(next);
      boolean sameBlock = s.paragraph() == other.sentence().paragraph() || next == at + 1;
      if (s == cue || !sameBlock || !other.view().hasQuote(s)) {
        break;
      }
      evidence.add(other.view().evidence(s));
    }
    return new Finding("", FindingType.OMISSION, Severity.MEDIUM, summary, evidence);
  }

  private static Finding missingReadout(ArticleView view, Sentence cue, String party, Sentence readout) {
    String summary = Parties.capitalise(view.party(readout)) + " gave an account of the event ("
        + Texts.clip(readout.text(), 90) + "); " + party + " released none (" + Texts.clip(cue.text(), 90) + ")";
    return new Finding("", FindingType.OMISSION, Severity.MEDIUM, summary,
        List.of(view.evidence(readout), view.evidence(cue)));
  }

  /** A sentence and the article it is in. */
  private record Located(ArticleView view, Sentence sentence) {}
}
