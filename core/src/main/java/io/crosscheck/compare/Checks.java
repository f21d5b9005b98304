package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import java.util.List;

/** Factories for the default checks. */
public final class Checks {
  private Checks() {}

  /**
   * The checks {@link io.crosscheck.Crosscheck#withDefaults()} runs, in order: one rule per finding type.
   *
   * @param lexicon the lexicon its cues come from
   * @return the checks
   */
  public static List<Check> defaults(Lexicon lexicon) {
    return List.of(numericConflict(lexicon), accountDispute(lexicon), omission(lexicon), quoteMismatch(lexicon));
  }

  /**
   * NUMERIC_CONFLICT: the same quantity, subject, scope and event with incompatible values.
   *
   * @param lexicon the lexicon its cues come from
   * @return the check
   */
  public static Check numericConflict(Lexicon lexicon) {
    return new NumericConflictRule(lexicon);
  }

  /**
   * ACCOUNT_DISPUTE: one party denies or re-characterises another party's account.
   *
   * @param lexicon the lexicon its cues come from
   * @return the check
   */
  public static Check accountDispute(Lexicon lexicon) {
    return new AccountDisputeRule(lexicon);
  }

  /**
   * OMISSION: an account leaves out another's central topic, or an expected readout is missing.
   *
   * @param lexicon the lexicon its cues come from
   * @return the check
   */
  public static Check omission(Lexicon lexicon) {
    return new OmissionRule(lexicon);
  }

  /**
   * OMISSION, opt-in: two parties' readouts of one meeting compared topic by topic, without an
   * explicit "did not mention" cue. Not in {@link #defaults}: it is noisier than the cue rules.
   *
   * @param lexicon the lexicon its cues come from
   * @return the check
   */
  public static Check accountTopics(Lexicon lexicon) {
    return new AccountTopicsRule(lexicon);
  }

  /**
   * QUOTE_MISMATCH: one remark quoted in different words, or the same words credited to two speakers.
   *
   * @param lexicon the lexicon its cues come from
   * @return the check
   */
  public static Check quoteMismatch(Lexicon lexicon) {
    return new QuoteMismatchRule(lexicon);
  }
}
