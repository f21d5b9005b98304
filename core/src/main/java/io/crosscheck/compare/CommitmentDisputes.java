package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs a claim that a party agreed, committed or promised something with a denial that any
 * agreement, commitment or promise was made about the same thing, within or across articles:
 * "the union said the board had “agreed in principle” to a pay rise" against "“No agreement was
 * reached on pay,” a spokeswoman said". The verbs may differ (agreed / commitment / promised /
 * deal struck); the two must share a topic word named after their cues ("pay", "ban", "dairy"),
 * read through {@link WordGroups}. "Both sides agreed to attend more talks" shares no topic with a
 * pay deal and stays silent. A denial that names no topic takes it from the question put before
 * it ("Asked about the dairy ban, the spokesman said: “No commitment was made.”") or from the
 * quote after it. Cues come from the {@code commitment-cues} lexicon.
 */
final class CommitmentDisputes {
  /** How many words after a cue may name what was agreed. */
  static final int TOPIC_WORDS = 10;
  /** Claims further apart than this are about different moments. */
  static final long MAX_DAYS_APART = 7;
  /** Where a topic after a cue stops: the end of a sentence or clause ("on pay,” she said"). */
  private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?]|,[”\"’']?\\s");
  /** Quote marks and spaces right after a cue: had “committed to” lifting …. */
  private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s“”\"‘’']+");

  private record Claim(Side side, Set<String> topic) {}

  private final CuePatterns asserts;
  private final CuePatterns denials;
  /** "Asked about the dairy ban," opening a denial: the question names what is denied. */
  private final CuePatterns leads;
  private final Set<String> ignored;
  private final WordGroups groups;

  CommitmentDisputes(Lexicon lexicon) {
    List<String> assertCues = new ArrayList<>();
    List<String> denyCues = new ArrayList<>();
    List<String> leadCues = new ArrayList<>();
    this.ignored = new HashSet<>(lexicon.entries("topic-stopwords"));
    for (String entry : lexicon.entries("commitment-cues")) {
      int bar = entry.lastIndexOf('|');
      String kind = bar < 0 ? "" : entry.substring(bar + 1);
      String phrase = bar < 0 ? entry : entry.substring(0, bar);
      switch (kind) {
        case "ASSERT" -> assertCues.add(phrase);
        case "DENY" -> denyCues.add(phrase);
        case "WORD" -> ignored.add(phrase.strip());
        case "LEAD" -> leadCues.add(phrase);
        default -> { }
      }
    }
    this.asserts = CuePatterns.from(Lexicon.of(Map.of("c", assertCues)), "c");
    this.denials = CuePatterns.from(Lexicon.of(Map.of("c", denyCues)), "c");
    this.leads = CuePatterns.from(Lexicon.of(Map.of("c", leadCues)), "c");
    this.groups = new WordGroups(lexicon);
  }

  /** True when the sentence denies an agreement, commitment or promise. */
  boolean isDenial(String sentence) {
    return denials.matches(sentence);
  }

  List<AccountDisputeRule.Dispute> find(List<ArticleView> views) {
    List<Claim> claims = new ArrayList<>();
    List<Claim> denied = new ArrayList<>();
    for (ArticleView view : views) {
      for (Sentence s : view.sentences()) {
        Optional<CuePatterns.Hit> deny = denials.find(s.text());
        Optional<CuePatterns.Hit> hit = deny.or(() -> asserts.find(s.text()));
        if (hit.isEmpty()) {
          continue;
        }
        Set<String> topic = topic(s.text(), hit.get());
        if (topic.isEmpty() && deny.isPresent()) {
          topic = leadTopic(s.text(), deny.get()); // "Asked about the ban, she said: “No commitment was made.”"
        }
        if (topic.isEmpty() && deny.isPresent()) {
          topic = quoteTopic(view, s); // "… denied that any deal had been struck. “Nothing was promised on dairy,” …"
        }
        if (!topic.isEmpty()) {
          (deny.isPresent() ? denied : claims).add(new Claim(new Side(view, s), topic));
        }
      }
    }
    List<AccountDisputeRule.Dispute> out = new ArrayList<>();
    for (Claim c : claims) {
      for (Claim d : denied) {
        if (c.side().view().closeInTime(d.side().view(), MAX_DAYS_APART) && groups.overlap(c.topic(), d.topic()) >= 1
            && !sameSpeaker(c.side(), d.side())) {
          out.add(new AccountDisputeRule.Dispute(c.side(), List.of(d.side()), false));
        }
      }
    }
    return out;
  }

  /** One named source saying both: a party qualifying its own words, not a dispute. */
  private static boolean sameSpeaker(Side a, Side b) {
    String pa = a.party();
    String pb = b.party();
    return !pa.equals(Parties.UNKNOWN) && Parties.isName(pa) && pa.equalsIgnoreCase(pb);
  }

  /**
   * The topic a question put before a denial names, up to its clause end: "Asked about the dairy
   * ban, the spokesman said: “No commitment was made.”" gives [dairy, ban]. Empty without a lead.
   */
  Set<String> leadTopic(String text, CuePatterns.Hit denial) {
    Optional<CuePatterns.Hit> lead = leads.find(text.substring(0, denial.start()));
    return lead.map(h -> topic(text, h)).orElse(Set.of());
  }

  /**
   * What a denial names, looking past its own words to a question before it or the quote after it;
   * empty when the sentence is no commitment denial or nothing names a topic.
   */
  Set<String> deniedTopic(ArticleView view, Sentence s) {
    Optional<CuePatterns.Hit> deny = denials.find(s.text());
    Set<String> topic = deny.map(h -> topic(s.text(), h)).orElse(Set.of());
    if (topic.isEmpty()) {
      topic = deny.map(h -> leadTopic(s.text(), h)).orElse(Set.of());
    }
    return topic.isEmpty() ? quoteTopic(view, s) : topic;
  }

  /** The topic of a denial in the quote just after it, when the denial itself names none. */
  private Set<String> quoteTopic(ArticleView view, Sentence s) {
    List<Sentence> all = view.sentences();
    int next = s.index() + 1;
    if (next >= all.size() || !all.get(next).text().matches("(?s)^\\s*[“\"‘'].*")) {
      return Set.of();
    }
    Optional<CuePatterns.Hit> hit = denials.find(all.get(next).text());
    return hit.map(h -> topic(all.get(next).text(), h)).orElseGet(() -> Texts.commonWords(all.get(next).text(), ignored));
  }

  /**
   * The topic a sentence's agreement or denial cue names, empty when it has no cue or names none:
   * {@link ProgressDisputes} uses it to keep "agreed to attend talks" apart from "no deal on pay".
   */
  Set<String> topicOf(String sentence) {
    Optional<CuePatterns.Hit> hit = denials.find(sentence).or(() -> asserts.find(sentence));
    return hit.map(h -> topic(sentence, h)).orElse(Set.of());
  }

  /** True when both topics are named and share no word. */
  boolean differentTopics(Set<String> a, Set<String> b) {
    return !a.isEmpty() && !b.isEmpty() && groups.overlap(a, b) == 0;
  }

  /**
   * What was (not) agreed: the lower-case content words after the cue up to the end of its clause
   * ("… to a pay rise for crane crews" gives [pay, rise, crane, crews]).
   */
  private Set<String> topic(String text, CuePatterns.Hit hit) {
    String after = LEADING_MARKS.matcher(text.substring(hit.end())).replaceFirst("");
    Matcher end = CLAUSE_END.matcher(after);
    String clause = Texts.around(end.find() ? after.substring(0, end.start()) : after, 0, 0, TOPIC_WORDS);
    return Texts.commonWords(clause, ignored);
  }
}
