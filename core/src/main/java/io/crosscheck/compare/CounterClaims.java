package io.crosscheck.compare;

import io.crosscheck.internal.WholeWords;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A party's answer to a claim about it, set against the claim by a word of contrast, with no
 * dispute cue (ACCOUNT_DISPUTE): "Dorvan claims Korvel owes him the fee. However, Korvel maintains
 * that he agreed to waive it."; "Korvel, meanwhile, assert that Dorvan waived the sum."
 *
 * <p>The answer is credited to one party and marked as a contrast (an opening "However", "But", "Still" or
 * "Yet", or "meanwhile", "on the other hand", "for its part" set off by commas near its start); the
 * claim, credited to a party of another side, stands at most {@link #REACH} sentences before it,
 * and one of the two is about the other's party: the claim names the answering party, or the
 * answer names the claimant. Two parties speaking in turn about different things never name each
 * other this way.
 */
final class CounterClaims {
  /** How many sentences before its answer a claim may stand. */
  private static final int REACH = 2;
  /** Contrast set off by commas after the answering party: "Korvel, meanwhile, assert …". */
  private static final Pattern CONTRAST_ASIDE = Pattern.compile(
      ",\\s{1,3}(?:however|meanwhile|on\\s{1,3}the\\s{1,3}other\\s{1,3}hand|for\\s{1,3}(?:its|their|his|her)\\s{1,3}part"
          + "|by\\s{1,3}contrast|in\\s{1,3}contrast),");
  /** How far into its sentence a contrast aside may begin: it follows the answering party. */
  private static final int ASIDE_CHARS = 60;
  /** The shortest name, or surname, that counts as naming a party: "PSG", not "FC". */
  private static final int NAME_WORD = 3;

  /**
   * Claims answered this way in each article. {@code involved} holds the sentences other rules
   * already set in a dispute: they are neither claim nor answer here.
   */
  List<AccountDisputeRule.Dispute> find(List<ArticleView> views, Set<Sentence> involved, PartyOwners owners) {
    List<AccountDisputeRule.Dispute> out = new ArrayList<>();
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      for (int i = 1; i < sentences.size(); i++) {
        Sentence answer = sentences.get(i);
        if (involved.contains(answer)) {
          continue;
        }
        Optional<Attribution> answering = view.attribution(answer).filter(a -> contrastedAnswer(answer, a));
        if (answering.isEmpty()) {
          continue;
        }
        for (int k = i - 1; k >= 0 && i - k <= REACH; k--) {
          Sentence claim = sentences.get(k);
          Optional<Attribution> claiming = view.attribution(claim);
          if (!involved.contains(claim) && claiming.isPresent() && answers(claiming.get(), answering.get(), owners)) {
            out.add(new AccountDisputeRule.Dispute(new Side(view, claim), List.of(new Side(view, answer)), false));
            break;
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the sentence answers as {@code a}'s party, marked as a contrast: the party named before
   * what it says (a relay closing on "…, according to Velpress" answers nothing), and the sentence
   * opening on "However", "But", "Yet" or "Still" ({@link ProgressDisputes#CONTRAST}), or the party
   * followed by a contrast aside ("Korvel, meanwhile, …").
   */
  private static boolean contrastedAnswer(Sentence s, Attribution a) {
    if (a.sourceSpan().isEmpty() || a.sourceSpan().get().start() > a.span().start()) {
      return false;
    }
    String text = s.text();
    if (ProgressDisputes.CONTRAST.matcher(text).lookingAt()) {
      return true;
    }
    int partyEnd = a.sourceSpan().get().end() - s.start();
    if (partyEnd <= 0 || partyEnd > ASIDE_CHARS) {
      return false;
    }
    return CONTRAST_ASIDE.matcher(text).region(partyEnd, Math.min(text.length(), ASIDE_CHARS + partyEnd)).lookingAt();
  }

  /** Whether {@code answer} comes from another side than {@code claim}, and one of the two is about the other's party. */
  private static boolean answers(Attribution claim, Attribution answer, PartyOwners owners) {
    String claimant = claim.source().name();
    String answerer = answer.source().name();
    if (owners.sameSide(claimant, answerer)) {
      return false;
    }
    return names(claim.content(), answer.source()) || names(answer.content(), claim.source());
  }

  /**
   * Whether {@code text} names the party: its whole name ("Korvel United"), a person's surname
   * ("Dorvan" of "Ivo Dorvan"), or the owner of a possessive party ("Dorvan" of "Dorvan’s
   * lawyers", {@link PartyOwners#possessor}). A word an organisation's name shares with others
   * ("Ministry", "Varnian") names none.
   */
  private static boolean names(String text, Source party) {
    String name = party.name();
    if (name.length() >= NAME_WORD && containsWord(text, name)) {
      return true;
    }
    if (PartyOwners.possessor(name).filter(o -> o.length() >= NAME_WORD && containsWord(text, o)).isPresent()) {
      return true; // "Dorvan’s representatives" speak for Dorvan: "it does not owe Dorvan the fee" names them
    }
    int space = name.lastIndexOf(' ');
    String surname = name.substring(space + 1);
    return party.kind() == SourceKind.NAMED_PERSON && space > 0 && surname.length() >= NAME_WORD
        && Character.isUpperCase(surname.charAt(0)) && containsWord(text, surname);
  }

  /** Whether {@code word} stands in {@code text} as a whole word, as {@code \b} bounds it. */
  private static boolean containsWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (!WholeWords.wordBefore(text, at) && !WholeWords.wordAt(text, at + word.length())) {
        return true;
      }
    }
    return false;
  }
}
