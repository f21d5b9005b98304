package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two sides asserting and denying one thing with no dispute cue between them, in invented words. */
class ContraryClaimsTest {
  private static final FindingType DISPUTE = FindingType.ACCOUNT_DISPUTE;

  private static final String VENDOR_DENIES =
      "In a letter on Monday, Korvel Systems said it strongly rejects any allegation that its faulty patch was reckless or that it showed wilful neglect.";
  private static final String AIRLINE_ASSERTS =
      "Halden Air's lawyer Mara Voss said on Monday that the faulty patch was reckless and showed wilful neglect by Korvel Systems.";

  @Test
  void flagsOneSideDenyingWhatTheOtherAssertsAcrossTwoArticles() {
    List<Finding> found = check(
        "wire", "2031-08-05", lines("Halden Air grounded 900 flights after a software outage last week.", VENDOR_DENIES),
        "post", "2031-08-05", lines("Halden Air grounded 900 flights after a software outage last week.", AIRLINE_ASSERTS));
    assertThat(pairs(found, DISPUTE, "strongly rejects any allegation", "showed wilful neglect by Korvel")).isTrue();
  }

  @Test
  void flagsTheSamePairInsideOneArticle() {
    List<Finding> found = check("wire", "2031-08-05",
        lines("Halden Air grounded 900 flights after a software outage last week.", VENDOR_DENIES, AIRLINE_ASSERTS));
    assertThat(pairs(found, DISPUTE, "strongly rejects any allegation", "showed wilful neglect by Korvel")).isTrue();
  }

  @Test
  void staysSilentWhenTheNegationBearsOnSomethingElse() {
    List<Finding> found = check("wire", "2031-08-05", lines(
        "Halden Air grounded 900 flights after a software outage last week.",
        "Korvel Systems said on Monday that its engineers would reopen the booking servers for stranded passengers overnight.",
        "Halden Air's lawyer Mara Voss said the airline should not reopen the booking servers for stranded passengers until the review ends."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void staysSilentWhenTheNegationDeniesOnlyKnowing() {
    // "didn't know the clerk could void the ticket" takes the voiding as given.
    List<Finding> found = check("wire", "2031-08-05", lines(
        "Halden Air grounded 900 flights after a software outage last week.",
        "Halden Air clerk Mara Voss said she would void the ticket of the passenger who filmed the desk.",
        "The passenger, Ilan Brisk, said he didn't know that she could void the ticket of a passenger who filmed the desk."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void staysSilentWhenOneSideSpeaksForTheOther() {
    List<Finding> found = check("wire", "2031-08-05", lines(
        "Halden Air grounded 900 flights after a software outage last week.",
        "Korvel Systems said the faulty patch was reckless and showed wilful neglect by a contractor.",
        "Korvel Systems spokesman Ilan Brisk said the company rejects any claim that the faulty patch was reckless or showed wilful neglect."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void staysSilentAcrossTwoEvents() {
    List<Finding> found = check(
        "wire", "2031-08-05", lines("Halden Air grounded 900 flights after a software outage in Brel last week.", VENDOR_DENIES),
        "post", "2029-02-11", lines("Orna Rail cancelled 40 trains after a signal fault in Tessaly on Sunday.",
            "Orna Rail's lawyer Sten Ruud said on Sunday that the faulty patch was reckless and showed wilful neglect by its signal supplier."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void readsTheNegationWhereItBears() {
    // "offered help …, but received no response" still affirms the offer that the other side says never came.
    List<Finding> found = check(
        "wire", "2031-08-05", lines("Halden Air grounded 900 flights after a software outage last week.",
            "Halden Air chief Osa Lind said: “They haven’t offered us any help.”"),
        "post", "2031-08-05", lines("Halden Air grounded 900 flights after a software outage last week.",
            "Korvel Systems said it offered help to the airline within hours, but received no response."));
    assertThat(pairs(found, DISPUTE, "offered us any help", "offered help to the airline")).isTrue();
  }

  @Test
  void neverAfterAnAuxiliaryOfFactDeniesAsNotDoes() {
    List<Finding> found = check(
        "wire", "2031-08-05", lines("Halden Air cabin crew walked off the job in a pay dispute last week.",
            "Halden Air said it has sent the crew union a pay offer of a 30% raise over four years."),
        "post", "2031-08-05", lines("Halden Air cabin crew walked off the job in a pay dispute last week.",
            "Union chief Osa Lind said: “The company has never sent the union a pay offer.”"));
    assertThat(pairs(found, DISPUTE, "has never sent", "has sent the crew union")).isTrue();
    List<Finding> unrelated = check("wire", "2031-08-05", lines(
        "Halden Air cabin crew walked off the job in a pay dispute last week.",
        "Halden Air said it has sent the crew union a pay offer of a 30% raise over four years.",
        "Union chief Osa Lind said: “We will never accept a pay offer below inflation.”"));
    assertThat(unrelated).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void contractionsOfWillOrOpinionDenyNothing() {
    List<Finding> found = check("wire", "2031-08-05", lines(
        "Halden Air grounded 900 flights after a software outage last week.",
        "Korvel Systems said its engineers would keep the booking servers open for stranded passengers.",
        "Halden Air chief Osa Lind said: “We won’t keep the booking servers open for stranded passengers.”"));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void aDenialNounDeniesNothing() {
    List<Finding> found = check("wire", "2031-08-05", lines(
        "Halden Air grounded 900 flights after a software outage last week.",
        "Korvel Systems said the outage had disappointed the airline's stranded passengers.",
        "Halden Air chief Osa Lind said the outage caused disputes among stranded passengers and disappointed them."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void theCheapPrefilterPassesEveryDenialWord() {
    assertThat(ContraryClaims.NEGATION_WORDS).isNotEmpty().allMatch(ContraryClaims::prefiltered);
  }

  private static final String GROUNDING = "Halden Air grounded 900 flights after a software outage last week.";

  /** The findings of one article: the grounding sentence, then {@code statements}, a line each. */
  private static List<Finding> inOneArticle(String... statements) {
    String[] all = new String[statements.length + 1];
    all[0] = GROUNDING;
    System.arraycopy(statements, 0, all, 1, statements.length);
    return check("wire", "2031-08-05", lines(all));
  }

  @Test
  void readsANegationWrittenOutAsItsContraction() {
    // "is not being held" denies as "isn't being held" would.
    List<Finding> found = inOneArticle(
        "The pilots' union said Korvel Systems was holding the grounded crews captive at the Orsk depot.",
        "Korvel Systems spokeswoman Ines Dall said the grounded crews are not being held captive at the depot.");
    assertThat(pairs(found, DISPUTE, "holding the grounded crews captive", "not being held captive")).isTrue();
  }

  @Test
  void aClaimCreditedWithADenialAssertsNothingASecondDenialContradicts() {
    List<Finding> found = inOneArticle(
        "The Orsk premier's office has stated that the remark was \"lighthearted,\" and the premier previously described the call as \"friendly.\"",
        "Meanwhile, Varnia denies that the remarks happened at all.",
        "The cabinet also put out a note online, saying that the remark \"did not happen on that call.\"");
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).singleElement()
        .satisfies(f -> assertThat(EndToEnd.has(f, "lighthearted")).isTrue());
  }

  @Test
  void readsANegativeAdverbialAsADenial() {
    List<Finding> found = inOneArticle(
        "Korvel Systems said Halden Air had approved the faulty patch before the outage.",
        "Halden Air's lawyer Mara Voss said that at no time had the airline approved the faulty patch.");
    assertThat(pairs(found, DISPUTE, "had approved the faulty patch", "at no time had the airline")).isTrue();
  }

  @Test
  void staysSilentWhenBothSidesDenyTheSameThing() {
    // Two sides that both say the patch was never discussed agree; "discussion" elsewhere is no assertion.
    List<Finding> found = inOneArticle(
        "Korvel Systems said its engineers did not discuss the faulty patch with the airline. The discussion covered only the servers.",
        "Halden Air's lawyer Mara Voss said the airline did not discuss the faulty patch with Korvel Systems at any meeting.");
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void staysSilentOnAClassificationOrAScopeNegation() {
    // "is not an agreement" classifies what happened; "not only" grants and adds.
    List<Finding> found = inOneArticle(
        "Korvel Systems said both sides had agreed to meet the regulator on Monday.",
        "Halden Air's lawyer Mara Voss said a call about the regulator is not an agreement to meet.",
        "Korvel Systems said the outage hit the booking servers in Orsk.",
        "Halden Air's lawyer Mara Voss said the outage was not only a failure of the booking servers in Orsk.");
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void setsAClaimAgainstTheDenialInItsOwnArticleRatherThanAnother() {
    // The wire sets the vendor's claim against the airline's denial; the post's denial repeats the dispute.
    // Other statements keep the patch's words from being the whole batch's subject.
    String others = lines(java.util.stream.IntStream.rangeClosed(1, 8)
        .mapToObj(n -> "The transport ministry said pier " + n + " of the Orsk depot would reopen for the crews.").toArray(String[]::new));
    List<Finding> found = check(
        "wire", "2031-08-05", lines(GROUNDING, others, "Korvel Systems said Halden Air had approved the faulty patch before the outage.",
            "Halden Air's lawyer Mara Voss said the airline had not approved the faulty patch."),
        "post", "2031-08-05", lines(GROUNDING, others, "Halden Air chief Ivo Renn said the airline had not approved the faulty patch."));
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).singleElement()
        .satisfies(f -> assertThat(f.evidence()).allMatch(e -> e.article().equals("wire")));
  }

  @Test
  void readsANameThatRepeatsAWord() {
    // "Ruiz-Ruiz" holds one word twice: the name's words are a set, and the check still runs.
    List<Finding> found = inOneArticle(
        "Korvel said Halden Air had approved the faulty patch before the outage.",
        "Halden Air's lawyer Ines Ruiz-Ruiz said that at no time had the airline approved the faulty patch.");
    assertThat(pairs(found, DISPUTE, "had approved the faulty patch", "at no time had the airline")).isTrue();
  }

  @Test
  void aSilenceDeniesNothing() {
    // "did not mention the patch" leaves the patch out of an account; it does not deny approving it,
    // even against a claim that denies something else ("had not tested the servers").
    List<Finding> found = inOneArticle(
        "Korvel said Halden Air had approved the faulty patch and had not tested the booking servers.",
        "Halden Air's lawyer Mara Voss said the airline's report did not mention the faulty patch approved by its engineers.");
    assertThat(found).noneMatch(f -> f.summary().contains("denies it"));
  }

  @Test
  void aNegatingPrefixKeepsItsWordWhole() {
    // "de-energized" says what "not energized" says: the two agree.
    List<Finding> found = inOneArticle(
        "Korvel said all of its depot lines in Orsk had been de-energized for hours before the outage.",
        "Halden Air's lawyer Mara Voss said the depot lines in Orsk were not energized during the outage.");
    assertThat(found).noneMatch(f -> f.summary().contains("denies it"));
  }

  @Test
  void setsALongDocumentAgainstAShortDenialOfOnePoint() {
    // A readout quoted whole runs to many words; the short denial of one of its points is still a dispute.
    List<Finding> found = inOneArticle(
        "Officials in Orsk said Prime Minister Ivo Renn did not raise any concerns about rising unrest in Dorvan during the call.",
        "The statement from the Varnian chancellery read: \"Prime Minister Renn raised concerns that rising unrest in Dorvan "
            + "threatens shared goals across the northern valleys. He urged Orsk to calm its rhetoric, to withdraw its patrols "
            + "from the border villages and to protect the farmers, traders and pilgrims who cross the bridges each week. "
            + "He asked Orsk to release the journalists held since the spring and to reopen the western rail crossings.\"");
    assertThat(pairs(found, DISPUTE, "did not raise any concerns", "raised concerns that rising unrest")).isTrue();
  }

  @Test
  void twoLongStatementsAreNotComparedAsClaims() {
    // Two paragraphs share words by chance; neither is a single point another denies.
    String first = "The statement from the Varnian chancellery read: \"Prime Minister Renn raised concerns that rising unrest in Dorvan "
        + "threatens shared goals across the northern valleys. He urged Orsk to calm its rhetoric, to withdraw its patrols "
        + "from the border villages and to protect the farmers, traders and pilgrims who cross the bridges each week.\"";
    String second = "The Orsk foreign office said in its own statement: \"The foreign minister did not raise concerns about unrest "
        + "in Dorvan and spoke instead of trade, of the spring harvest, of the bridges and the pilgrims, of rail crossings, "
        + "of the farmers' markets and of a festival planned for the northern valleys next summer with traders from both sides.\"";
    List<Finding> found = inOneArticle(first, second);
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void anOpenQuestionStatesNothingToDeny() {
    // "a decision on whether Korvel is fit" leaves the fitness open: "not fit" denies nothing it said.
    List<Finding> found = inOneArticle(
        "The regulator's director Ines Dall said the board must decide on Monday whether Korvel is fit to keep its operating permit.",
        "Halden Air's lawyer Mara Voss said Korvel was not fit to keep its operating permit.");
    assertThat(found).filteredOn(f -> f.type() == DISPUTE).isEmpty();
  }

  @Test
  void flagsAPartyDenyingWhatAnOutletReported() {
    List<Finding> found = check(
        "wire", "2031-08-05", lines("Halden Air grounded 900 flights after a software outage last week.",
            "According to a report by Reuters, the faulty patch was reckless and showed wilful neglect by Korvel Systems."),
        "post", "2031-08-05", lines("Halden Air grounded 900 flights after a software outage last week.", VENDOR_DENIES));
    assertThat(pairs(found, DISPUTE, "strongly rejects any allegation", "showed wilful neglect by Korvel")).isTrue();
  }
}
