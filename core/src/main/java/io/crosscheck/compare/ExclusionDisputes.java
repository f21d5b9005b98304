package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds two parties' statements where one says someone was kept away from an event and the other
 * says, of every case, that it happened with them present (ACCOUNT_DISPUTE with no dispute cue).
 *
 * <p>"The Green list said its scrutineers were ordered out of the tallying hall before the absentee
 * ballots were sorted." against "“Every ballot in the district was counted in front of
 * scrutineers,” the board said.": an exclusion ({@code exclusion-cues}) against a universal claim of
 * presence ({@code presence-cues}), or a negated exclusion ("no scrutineer was barred from the
 * count"), sharing at least {@link #MIN_SHARED} topic words, from two different sources.
 */
final class ExclusionDisputes {
  /** Topic words both statements need: "scrutineers", "ballots". */
  static final int MIN_SHARED = 2;
  /** Articles further apart than this report different moments. */
  static final long MAX_DAYS_APART = 2;
  /** A claim about every case: "every ballot", "all the votes", "each box". */
  private static final Pattern UNIVERSAL = Pattern.compile("(?i)\\b(?:every|all|each)\\b");
  /** A claim that no case happened: "no observer was", "nobody was", "never", "not a single". */
  private static final Pattern NONE = Pattern.compile("(?i)\\b(?:no|nobody|no one|none|never|not a single|not one)\\b");

  /** A reported-speech verb after the party: "The Unity list said its …". */
  private static final Pattern SAID = Pattern.compile("\\b(?:said|says|claimed|claims|alleged|alleges|complained)\\b");

  private final CuePatterns exclusions;
  private final CuePatterns presence;
  private final Set<String> stopWords;

  ExclusionDisputes(Lexicon lexicon) {
    this.exclusions = CuePatterns.from(lexicon, "exclusion-cues");
    this.presence = CuePatterns.from(lexicon, "presence-cues");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
  }

  /** Every exclusion paired with the universal claim that answers it. */
  List<AccountDisputeRule.Dispute> find(List<ArticleView> views) {
    List<AccountDisputeRule.Dispute> out = new ArrayList<>();
    for (ArticleView sv : views) {
      for (Sentence s : sv.sentences()) {
        if (isExclusion(s.text())) {
          answer(views, sv, s).ifPresent(u -> out.add(
              new AccountDisputeRule.Dispute(new Side(sv, s), List.of(u), false)));
        }
      }
    }
    return out;
  }

  /** A specific exclusion, not itself negated: "were sent out of", not "no one was sent out of". */
  private boolean isExclusion(String text) {
    return exclusions.matches(text) && !NONE.matcher(text).find() && !UNIVERSAL.matcher(text).find();
  }

  /** A universal claim of presence ("every … in the presence of"), or a negated exclusion ("no … was barred from"). */
  private boolean isUniversal(String text) {
    return UNIVERSAL.matcher(text).find() && presence.matches(text) && !exclusions.matches(text)
        || NONE.matcher(text).find() && exclusions.matches(text);
  }

  private Optional<Side> answer(List<ArticleView> views, ArticleView sv, Sentence s) {
    // "The Unity list said its monitors were sent out of …" may carry no attribution; its party is then the label.
    Optional<Attribution> sa = sv.attribution(s);
    String party = sa.map(a -> a.source().name()).orElseGet(() -> Parties.label(s.text()));
    if (sa.isEmpty() && (party.equals(Parties.UNKNOWN) || !SAID.matcher(s.text()).find())) {
      return Optional.empty();
    }
    Set<String> topic = stems(s.text());
    Side best = null;
    int bestShared = MIN_SHARED - 1;
    for (ArticleView uv : views) {
      if (uv != sv && !uv.closeInTime(sv, MAX_DAYS_APART)) {
        continue;
      }
      for (Sentence u : uv.sentences()) {
        Optional<Attribution> ua = uv.attribution(u);
        if (u.equals(s) || ua.isEmpty() || !isUniversal(u.text()) || sameSource(sa, party, ua.get())) {
          continue;
        }
        int shared = Texts.overlap(topic, stems(u.text()));
        if (shared > bestShared) {
          best = new Side(uv, u);
          bestShared = shared;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Lower-case content words, so that names never make two statements look alike. */
  private Set<String> stems(String text) {
    return Texts.commonWords(text, stopWords);
  }

  private static boolean sameSource(Optional<Attribution> a, String party, Attribution b) {
    return party.equalsIgnoreCase(b.source().name()) || a.isPresent() && a.get().source().entity().isPresent()
        && a.get().source().entity().equals(b.source().entity());
  }
}
