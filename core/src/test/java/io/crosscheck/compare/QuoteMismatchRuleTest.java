package io.crosscheck.compare;

import static io.crosscheck.compare.Fixtures.article;
import static io.crosscheck.compare.Fixtures.covers;
import static io.crosscheck.compare.Fixtures.quote;
import static io.crosscheck.compare.Fixtures.run;
import static io.crosscheck.compare.Fixtures.withAttributions;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMismatchRuleTest {
  private final QuoteMismatchRule rule = new QuoteMismatchRule(Fixtures.LEXICON);

  @Test
  void flagsOneRemarkQuotedInDifferentWordsAcrossArticles() {
    List<Finding> findings = run(rule,
        article("a", "“We will not sign any deal that leaves our farmers behind,” Venn told reporters."),
        article("b", "Venn said: “We will never sign a deal that leaves our farmers behind.”"));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.QUOTE_MISMATCH);
      assertThat(covers(f, "not sign any deal", "never sign a deal")).isTrue();
      assertThat(f.summary()).contains("\"not … any\" in a").contains("b has \"never … a\"");
    });
  }

  @Test
  void readsAClosingMarkTypedForAnOpeningOne() {
    List<Finding> findings = run(rule,
        article("a", "“We will not sign any deal that leaves our farmers behind,” Venn told reporters."),
        article("b", "Venn was heard saying ” We will never sign a deal that leaves our farmers behind”."));
    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "not sign any deal", "never sign a deal")).isTrue());
  }

  @Test
  void staysSilentOnTwoQuotesInOneArticle() {
    // One article quoting two close remarks quotes two remarks; it does not misquote itself.
    List<Finding> findings = run(rule, article("a", "“We will not sign any deal that leaves our farmers behind,” Venn "
        + "said. Later she added: “We will never sign a deal that leaves our farmers behind.”"));
    assertThat(findings).isEmpty();
  }

  @Test
  void staysSilentOnAnExcerptOpenedByAConjunction() {
    List<Finding> findings = run(rule,
        article("a", "The warden stopped the ferry at Orsk. “You did not show me the permit for the quay,” the warden told him."),
        article("b", "The warden stopped the ferry at Orsk. “Because you did not show me the permit,” the warden said."));
    assertThat(findings).isEmpty();
  }

  @Test
  void staysSilentOnAnEditorsBracketsAndAbbreviations() {
    assertThat(run(rule,
        article("a", "Venn wrote: “No mention at all btwn [between] PM [Orla] Veyl [and] Sec Dorvan of the farmers. This shd [should] be corrected.”"),
        article("b", "Venn wrote: “No mention at all between PM Veyl & Secretary Dorvan of the farmers. This should be corrected.”")))
        .isEmpty();
  }

  @Test
  void staysSilentOnAHouseSpellingOfTheSameWords() {
    // British and American spellings, and a transliteration that doubles a letter, quote alike.
    assertThat(run(rule,
        article("a", "The guild demanded “a full and swift enquiry into the defence of the Orsk pier during the Hajj season”."),
        article("b", "The guild demanded “a full and swift inquiry into the defense of the Orsk pier during the Haj season”.")))
        .isEmpty();
  }

  @Test
  void staysSilentOnAHouseStyleOfShortForms() {
    // Contractions, the ampersand, "£758m" and "per cent" are a copy desk's style, not the speaker's words.
    assertThat(run(rule,
        article("a", "Venn said: “I’m too old to care & it’s fine by me that the guild can’t pay £758m, or 40% of it.”"),
        article("b", "Venn said: “I am too old to care and it is fine by me that the guild cannot pay 758 million, or 40 per cent of it.”")))
        .isEmpty();
  }

  @Test
  void flagsAWordDroppedBesideAShortForm() {
    List<Finding> findings = run(rule,
        article("a", "Venn said: “She has previously said this in public & we have warned about it for months.”"),
        article("b", "Venn said: “She has said this in public and we have warned about it for months.”"));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary()).contains("\"previously\""));
  }

  @Test
  void flagsAWordOfSubstanceCutInsideOneQuotation() {
    // One quotation, no "…": the shorter rendering leaves a word out of the middle of the remark.
    List<Finding> findings = run(rule,
        article("a", "Venn said: “The board has repeatedly refused to meet us and we have asked for talks since March.”"),
        article("b", "Venn said: “The board has refused to meet us and we have asked for talks since March.”"));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary()).contains("\"repeatedly\""));
  }

  @Test
  void staysSilentOnAQuotationThatMarksItsCut() {
    assertThat(run(rule,
        article("a", "Venn said: “The board has repeatedly refused to meet us and we have asked for talks since March.”"),
        article("b", "Venn said: “The board has … refused to meet us and we have asked for talks since March.”")))
        .isEmpty();
  }

  @Test
  void staysSilentOnAUnitDroppedAfterANumber() {
    assertThat(run(rule,
        article("a", "Venn said: “Our accountant showed that the guild still owes Marsh $4.2 million dollars in dues from past seasons.”"),
        article("b", "Venn said the guild still owes Marsh “$4.2 million in dues from past seasons.”")))
        .isEmpty();
  }

  @Test
  void readsAnInfinitivePieceAsTheImperativeItReports() {
    // "urged him “not to close the ferry” or “gamble the harbour”" quotes another piece besides “Don't close the ferry …”.
    assertThat(run(rule,
        article("a", "“Don’t close the ferry to the islands,” Venn warned Marsh."),
        article("b", "Venn urged Marsh “not to close the ferry” and to stop “gambling the harbour’s future.”")))
        .isEmpty();
  }

  @Test
  void showsARewordingAsWrittenBesideAFoldedSpelling() {
    List<Finding> findings = run(rule,
        article("a", "“We will not sign any deal that leaves our travelling farmers behind,” Venn told reporters."),
        article("b", "Venn said: “We will never sign a deal that leaves our traveling farmers behind.”"));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary())
        .contains("\"not … any\" in a").contains("b has \"never … a\""));
  }

  @Test
  void flagsTheSameWordsCreditedToDifferentSpeakers() {
    AnalysedArticle a = article("a", "“Nobody in this valley will be forced from their homes,” Venn said.");
    AnalysedArticle b = article("b", "“Nobody in this valley will be forced from their homes,” Brek said.");
    List<Finding> findings = run(rule,
        withAttributions(a, quote(a, "Nobody in this valley will be forced from their homes,", "Orla Venn", SourceKind.NAMED_PERSON)),
        withAttributions(b, quote(b, "Nobody in this valley will be forced from their homes,", "Tomas Brek", SourceKind.NAMED_PERSON)));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary()).contains("Orla Venn").contains("Tomas Brek"));
  }

  @Test
  void comparesARemarkAnArticleRepeatsOnceInItsFullerForm() {
    // The lede quotes the start of the statement, the body quotes it whole: one remark, one finding.
    List<Finding> findings = run(rule,
        article("a", "A Kelwire spokeswoman told us that “these claims are false and the idea that we would mislead our riders is absurd”. "
            + "The statement in full read: “These claims are false and the idea that we would mislead our riders is absurd. "
            + "We have spent heavily on the ferries for many years.”"),
        article("b", "The company said: “These allegations are false and the notion that we would mislead our riders is absurd. "
            + "We have spent massively on the ferries for many years.”"));
    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "spent heavily", "spent massively")).isTrue());
  }

  @Test
  void staysSilentOnOverlappingExcerptsOfOneStatement() {
    // One article quotes the statement's start, the other runs on past its end; the shared middle is
    // word for word but for a compound's hyphen.
    String lede = "The league blamed forged passes for the delay of the Orsk cup final on Saturday. ";
    List<Finding> findings = run(rule,
        article("a", lede + "The league said: “The gates at the north end jammed with riders holding forged passes. "
            + "This caused a build-up of riders at the gates. As a result, the start was put back by 20 minutes to let riders with real passes in.”"),
        article("b", lede + "The league said: “This caused a build up of riders at the gates. As a result, the start was put back by "
            + "20 minutes to let riders with real passes in. As crowds kept growing after the start, wardens cleared the square.”"));
    assertThat(findings).isEmpty();
  }

  @Test
  void staysSilentOnTheSameQuoteRepeated() {
    String text = "“We will not sign any deal that leaves our farmers behind,” Venn said.";
    assertThat(run(rule, article("a", text), article("b", text))).isEmpty();
  }

  @Test
  void staysSilentOnAnExcerptOfALongerQuote() {
    assertThat(run(rule,
        article("a", "“We will not sign any deal that leaves our farmers behind, and we will say so in Selm,” Venn said."),
        article("b", "Venn said “we will not sign any deal that leaves our farmers behind” in remarks on Friday."))).isEmpty();
  }

  @Test
  void staysSilentOnExcerptsOfOneQuoteJoinedInOneSentence() {
    assertThat(run(rule,
        article("a", "“Venn and Brek agreed that the drought in the valley has gone on for far too long and that all parties "
            + "must do what they can to end it,” the governor's office said."),
        article("b", "They agreed the drought has “gone on for far too long,” saying that “all parties” must act."))).isEmpty();
  }

  @Test
  void staysSilentOnACompoundSpelledTwoWays() {
    assertThat(run(rule,
        article("a", "“We have no evidence of any cyberattack on the port systems,” Venn said."),
        article("b", "“We have no evidence of any cyber attack on the port systems,” Venn said."))).isEmpty();
  }

  @Test
  void staysSilentOnDifferentRemarksByOneSpeaker() {
    assertThat(run(rule,
        article("a", "“This is a moment of great danger for the whole coast,” Venn said on Sunday."),
        article("b", "“We insist that families must be able to go back to their farms,” Venn said in Selm."))).isEmpty();
  }

  @Test
  void readsAQuoteSplitByItsCueAsOneRemark() {
    List<Finding> findings = run(rule,
        article("a", "“We will not,” Venn said, “hand the northern valley to any foreign army.”"),
        article("b", "“We will never hand the northern valley to a foreign army,” Venn said."));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "We will not", "will never hand")).isTrue());
  }

  @Test
  void flagsAShortQuoteRewordedInsideALongerOne() {
    List<Finding> findings = run(rule,
        article("a", "“The river belongs to both provinces, and no dam will be built on it without a vote in both assemblies,"
            + " whatever the ministry in the capital may say about it this week,” Venn said."),
        article("b", "Venn said “no dam will ever be built on it without a vote in both assemblies.”"));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary()).contains("ever"));
  }

  @Test
  void staysSilentWhenOnlyTheFiguresInAFormulaChange() {
    assertThat(run(rule,
        article("a", "“So far 41 people have been confirmed dead in the eastern districts,” the ministry said."),
        article("b", "“So far 57 people have been confirmed dead in the eastern districts,” the ministry said."))).isEmpty();
  }
  @Test
  void reportsARemarkWordedThreeWaysOnce() {
    // Three articles render one remark three ways (translations): one finding, not one per pair.
    List<Finding> findings = run(rule,
        article("a", "“This is the clearest sign of the poor reporting we now see even in serious papers,” Venn told reporters."),
        article("b", "“This is the most striking sign of the poor reporting published today even in respected papers,” Venn said."),
        article("c", "Venn said: “This is the plainest sign of the poor reporting that appears now even in reputable papers.”"));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.type()).isEqualTo(FindingType.QUOTE_MISMATCH));
  }

  @Test
  void flagsEachArticleThatDepartsFromAWordingOthersShare() {
    // Two articles agree on the words; the third departs from them: a misquote, against each.
    String shared = "“We will not sign any deal that leaves our farmers behind,” Venn told reporters.";
    List<Finding> findings = run(rule,
        article("a", shared),
        article("b", shared),
        article("c", "Venn said: “We will never sign a deal that leaves our farmers behind.”"));

    assertThat(findings).hasSize(2);
  }
}
