package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares two parties' accounts of one meeting topic by topic (OMISSION): a word that one
 * party's readout repeats (its centre) and the other party's readout never uses.
 *
 * <p>The ministry's readout says "the minister raised the dam … the dam must be shared"; the
 * palace's statement speaks only of "trade"; the finding pairs the dam sentence with the palace's
 * statement. Opt in with {@code Crosscheck.builder().addCheck(Checks.accountTopics(lexicon))}:
 * without an explicit cue ("did not mention") this reading is noisier than the default rules.
 */
final class AccountTopicsRule implements Check {
  /** A word is central to an account when the account uses it at least this often. */
  static final int CENTRAL_MENTIONS = 2;

  private final ReadoutAccounts readouts;
  private final Set<String> stopWords;

  AccountTopicsRule(Lexicon lexicon) {
    this.readouts = new ReadoutAccounts(lexicon);
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
  }

  @Override
  public List<Finding> check(Batch batch) {
    List<ReadoutAccounts.Account> accounts = new ArrayList<>();
    for (ArticleView view : ArticleView.of(batch.articles())) {
      accounts.addAll(readouts.accounts(view));
    }
    List<Finding> out = new ArrayList<>();
    for (ReadoutAccounts.Account a : accounts) {
      for (ReadoutAccounts.Account b : accounts) {
        if (a != b && a.view() == b.view() && !sameParty(a.party(), b.party())) {
          compare(a, b).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  /** A's central word that B's account never uses, with the sentence of A that carries it. */
  private java.util.Optional<Finding> compare(ReadoutAccounts.Account a, ReadoutAccounts.Account b) {
    Set<String> bWords = new LinkedHashSet<>();
    b.sentences().forEach(s -> bWords.addAll(Texts.commonWords(s.text(), stopWords)));
    List<String> aWords = new ArrayList<>();
    a.sentences().forEach(s -> aWords.addAll(Texts.words(s.text())));
    for (String word : Texts.commonWords(String.join(" ", a.sentences().stream().map(Sentence::text).toList()), stopWords)) {
      long mentions = aWords.stream().filter(w -> Texts.sameStem(w, word)).count();
      if (mentions >= CENTRAL_MENTIONS && Texts.overlap(List.of(word), bWords) == 0) {
        Sentence carrier = a.sentences().stream().filter(s -> Texts.overlap(List.of(word), Texts.words(s.text())) > 0)
            .findFirst().orElse(a.sentences().get(0));
        String summary = Parties.capitalise(b.party()) + "'s account leaves out " + word + ", which "
            + a.party() + "'s account centres on (" + Texts.clip(carrier.text(), 90) + ")";
        List<Evidence> evidence = List.of(a.view().evidence(carrier), b.view().evidence(b.sentences().get(0)));
        return java.util.Optional.of(new Finding("", FindingType.OMISSION, Severity.LOW, summary, evidence));
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean sameParty(String a, String b) {
    return Texts.overlap(Texts.contentWords(a, Set.of("the", "statement", "readout", "office", "said")),
        Texts.contentWords(b, Set.of("the", "statement", "readout", "office", "said"))) > 0;
  }
}
