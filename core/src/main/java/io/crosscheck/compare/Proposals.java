package io.crosscheck.compare;

import java.util.regex.Pattern;

/**
 * Whether a verb's object is a proposal, not a claim: "rejected the league's offer to mediate",
 * "backed a Varnian-led plan for a truce". Turning a proposal down, or backing one, is a position
 * on what to do; it neither denies nor asserts an account of what happened.
 */
final class Proposals {
  /** A few words, then a noun of proposing, opening the text after a verb. */
  private static final Pattern PROPOSAL_OBJECT = Pattern.compile(
      "(?i)\\s{0,3}(?:[\\p{L}’'().-]{1,30}\\s{1,3}){0,5}?(?:offers?|proposals?|plans?|mediation|bids?|requests?|pleas?"
          + "|invitations?|ultimatum)\\b");

  private Proposals() {}

  /** Whether {@code afterVerb}, the text right after a verb, opens on the verb's object naming a proposal. */
  static boolean opensOn(String afterVerb) {
    return PROPOSAL_OBJECT.matcher(afterVerb).lookingAt();
  }

  /**
   * Whether a denial cue turns a proposal down: "rejected the offer to mediate" does, "denied any
   * mediation" does not (it denies that mediation took place, a fact).
   */
  static boolean turnedDown(String cue, String afterCue) {
    return !DENY.matcher(cue).find() && opensOn(afterCue);
  }

  /** A form of "deny" in a cue: "denied", "denies", "denying". */
  private static final Pattern DENY = Pattern.compile("(?i)\\bden(?:y|ied|ies|ying)\\b");
}
