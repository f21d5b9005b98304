package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Omissions named by how an account falls short, in invented words. */
class OmissionShapesTest {
  @Test
  void anAccountThatDoesNotVoiceSupportLeavesOutTheOtherSidesEndorsement() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "Envoy Ilse Marten said that the premier \"confirmed that Varno accepts\" the harbour proposal.",
        "The premier later called the meeting \"useful and calm\" but did not voice support for the harbour proposal."));
    assertThat(pairs(findings, FindingType.OMISSION, "did not voice support", "confirmed that Varno accepts")).isTrue();
  }

  @Test
  void aReplyThatDoesNotAnswerTheRequestDirectlyLeavesItOut() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "The dockers' unions asked to be received urgently by the governor so that she drops the port levy.",
        "The governor's office did not respond directly to this request and said its \"door has always been open\"."));
    assertThat(pairs(findings, FindingType.OMISSION, "did not respond directly", "asked to be received urgently")).isTrue();
  }

  @Test
  void noReplyToARequestForCommentIsNoOmission() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "The dockers' unions said 4,000 members had walked out.",
        "The ministry did not respond to a request for comment on the figure."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.OMISSION);
  }

  @Test
  void aPossessiveMentionIsNotTheOtherPartysAccountOfTheTopic() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "Ostrava's foreign ministry said the state press distorted Tesland’s status after the call between Marten and Dorn.",
        "During the call, Dorn warned Marten against provocative steps on Tesland, a summary from his office said.",
        "Marten said the talks \"went very well\" but made no mention of Tesland."));
    assertThat(pairs(findings, FindingType.OMISSION, "made no mention of Tesland", "warned Marten against provocative steps")).isTrue();
  }

  @Test
  void theOtherAccountInAnArticleAboutAnotherEventIsNotPaired() {
    List<Finding> findings = check(
        "first", "2025-07-08", "Premier Dorn said in Valen that the water levy was \"the heart of the matter\" for the Orsk delta farmers.",
        "second", "2025-07-08", "In Tessel, Mayor Ilse Marten's statement on the Karst Bridge reopening made no mention of the water levy.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.OMISSION);
  }

  @Test
  void theOtherAccountInAnotherArticleOfTheSameEventIsPaired() {
    List<Finding> findings = check(
        "first", "2025-07-08", "After meeting Marten in Valen, Premier Dorn said the water levy was \"the heart of the matter\".",
        "second", "2025-07-08", "Marten's statement on the Valen meeting made no mention of the water levy.");
    assertThat(pairs(findings, FindingType.OMISSION, "made no mention of the water levy", "the heart of the matter")).isTrue();
  }

  @Test
  void narrationSharingTwoWordsIsNoAccountOfTheTopic() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "\"The search goes on,\" the coastguard said in a statement, which did not address whether pupils who were not "
            + "enrolled at the Tarn school had been on the ferry.",
        "Nine pupils were rescued from the ferry, which was named for Ilse Varga, a Tarn school founder."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.OMISSION);
  }

  @Test
  void narrationNamingTheTopicStillCounts() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "The pupils' parents called off their protest after the ferry firm accepted a full inquiry, their demand since "
            + "two pupils were killed at the Tarn pier.",
        "The firm's statement made no reference to safety or to the deaths at the Tarn pier."));
    assertThat(pairs(findings, FindingType.OMISSION, "made no reference to safety", "two pupils were killed")).isTrue();
  }

  @Test
  void theSubjectOfAReportedClauseIsWhoLeavesTheTopicOut() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "\"The Eastbank ballots must be counted,\" said Ana Kovac, whose campaign asked for a recount of the Eastbank ballots.",
        "The Velpress agency reported on Monday that the election board's statement made no mention of the Eastbank ballots."));
    assertThat(findings).filteredOn(f -> f.type() == FindingType.OMISSION)
        .anySatisfy(f -> assertThat(f.summary()).startsWith("The election board's statement leaves out"));
  }

  @Test
  void theSpeakerOfAStatementARelativeClauseDescribesLeavesTheTopicOut() {
    List<Finding> findings = check("wire", "2025-07-08", lines(
        "\"Every pupil on the roll is safe,\" the coastguard said in a statement, which did not address the missing deckhands.",
        "\"Two deckhands are still missing,\" said Ilse Varga, the ferry firm's director."));
    assertThat(findings).filteredOn(f -> f.type() == FindingType.OMISSION)
        .anySatisfy(f -> assertThat(f.summary()).startsWith("Coastguard leaves out"));
  }
}
