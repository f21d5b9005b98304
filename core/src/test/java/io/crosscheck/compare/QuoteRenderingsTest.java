package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One remark rendered two ways, as two translations of one statement are, in invented words. */
class QuoteRenderingsTest {
  @Test
  void twoTranslationsOfOneStatementAreOneRemarkWordedTwoWays() {
    List<Finding> findings = check(
        "first", "2025-05-02", "Mayor Ilse Marten said in Tessel on Friday: \"The shortcomings in the council's work have caused many disputes and deeply disappointed our citizens.\"",
        "second", "2025-05-02", "Mayor Ilse Marten told reporters in Tessel on Friday that \"deficiencies in the council's work have led to bitter disputes and disappointed the citizens.\"");
    assertThat(pairs(findings, FindingType.QUOTE_MISMATCH, "shortcomings in the council", "deficiencies in the council")).isTrue();
  }

  @Test
  void aShortParaphraseInQuotationMarksDiffersInOneWord() {
    List<Finding> findings = check(
        "first", "2025-05-02", "\"After a long meeting today, he confirmed to me that Varno supports the harbour plan,\" Ilse Marten told reporters in Tessel.",
        "second", "2025-05-02", "In Tessel, Ilse Marten said that the premier \"confirmed that Varno approves\" the harbour plan.");
    assertThat(pairs(findings, FindingType.QUOTE_MISMATCH, "varno supports", "varno approves")).isTrue();
  }

  @Test
  void aShortFragmentWithOneWordSwappedInsideALongerQuoteIsOneRemarkWordedTwoWays() {
    List<Finding> findings = check(
        "first", "2025-05-02", "The dockers' statement in Tessel on Friday added that Korvel \"fell short of the mark on pay\" in the talks.",
        "second", "2025-05-02", "\"This deal does not meet our concerns, and Korvel fell short of the goal on pay,\" dock union officials in Tessel said on Friday.");
    assertThat(findings).filteredOn(f -> f.type() == FindingType.QUOTE_MISMATCH).singleElement()
        .satisfies(f -> assertThat(f.summary()).contains("\"mark\"").contains("\"goal\""));

    List<Finding> excerpt = check(
        "first", "2025-05-02", "The dockers' statement in Tessel on Friday added that Korvel \"fell short of the goal on pay\" in the talks.",
        "second", "2025-05-02", "\"This deal does not meet our concerns, and Korvel fell short of the goal on pay,\" dock union officials in Tessel said on Friday.");
    assertThat(excerpt).noneMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);
  }

  @Test
  void aTranslatedExcerptOfALongerRemarkIsOneRemarkWordedTwoWays() {
    List<Finding> findings = check(
        "first", "2025-05-02", "Mayor Ilse Marten warned in Tessel on Friday that the deal could help Korvel \"soften its isolation, the port's isolation, and begin empty harbour talks that won't lead to anything.\"",
        "second", "2025-05-02", "\"After a long winter of rumours, strikes on the quays and empty warehouses along the river, it is vital for Korvel to loosen its isolation, the port's isolation, and to hold hollow harbour talks that will not lead to anything, as it has done for years, while the ferries wait,\" Mayor Ilse Marten said in Tessel on Friday.");
    assertThat(pairs(findings, FindingType.QUOTE_MISMATCH, "soften its isolation", "loosen its isolation")).as(findings.toString()).isTrue();

    List<Finding> twoRemarks = check(
        "first", "2025-05-02", "Mayor Ilse Marten said in Tessel on Friday: \"He invited me to Korvel and I invited him here.\"",
        "second", "2025-05-02", "\"Governor Renn kindly invited my husband and me to visit Korvel, and I returned the favour. We both look forward to it,\" Mayor Ilse Marten said in Tessel on Friday.");
    assertThat(twoRemarks).noneMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);
  }

  @Test
  void aShortQuoteSharingOneWordOfSubstanceWithALongerOneIsAnotherRemark() {
    List<Finding> findings = check(
        "first", "2025-05-02", "Mayor Ilse Marten stressed in Tessel on Friday that \u201cthe harbour is calm\u201d during the strike.",
        "second", "2025-05-02", "\u201cFerry bookings, which show whether the harbour is keeping its trade, are down 7% on a normal week,\u201d Mayor Ilse Marten said in Tessel on Friday.");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);
  }

  @Test
  void twoDifferentRemarksByOneSpeakerStaySilent() {
    List<Finding> findings = check(
        "first", "2025-05-02", "Mayor Ilse Marten said in Tessel on Friday: \"The council will rebuild the harbour wall before the winter storms arrive.\"",
        "second", "2025-05-02", "Mayor Ilse Marten told reporters in Tessel on Friday: \"Our citizens deserve answers about the money spent on the harbour.\"");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);
  }

  @Test
  void theSameRenderingAboutAnotherEventStaysSilent() {
    List<Finding> findings = check(
        "first", "2025-05-02", "Mayor Ilse Marten said in Tessel on Friday: \"The shortcomings in the council's work have caused many disputes and deeply disappointed our citizens.\"",
        "second", "2025-09-20", "Mayor Ilse Marten told reporters in Tessel that \"deficiencies in the council's work have led to bitter disputes and disappointed the citizens.\"");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);
  }

  @Test
  void twoRemarksSharingOnlyFramingWordsAndOneWordOfSubstanceStaySilent() {
    List<Finding> findings = check(
        "first", "2025-05-02", "\"This is the worst harbour plan ever,\" Mayor Ilse Marten said in Tessel on Friday.",
        "second", "2025-05-02", "Mayor Ilse Marten told reporters in Tessel on Friday that \"this was the worst council session by far\".");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);
  }

  @Test
  void aCloseRenderingDifferingInItsWordsOfSubstanceIsStillOneRemark() {
    List<Finding> findings = check(
        "first", "2025-05-02", "Mayor Ilse Marten said in Tessel on Friday: \"We never have and never will take part in fraud of any kind.\"",
        "second", "2025-05-02", "Mayor Ilse Marten told reporters in Tessel on Friday: \"We never have and never will be part of deceit of any kind.\"");
    assertThat(pairs(findings, FindingType.QUOTE_MISMATCH, "take part in fraud", "be part of deceit")).isTrue();
  }

  @Test
  void fragmentsQuotedWordForWordFromOneStatementAreExcerpts() {
    String lede = "Envoy Ivo Renn left Orsk on Saturday after two days of disarmament talks with Varnian officials. ";
    List<Finding> findings = check(
        "first", "2025-05-03", lede + "Hours later, an unnamed spokesman for the Varnian ministry issued a statement saying that the "
            + "envoy's \"one-sided and bully-like demand for disarmament\" had led to a \"risky phase that might shake our resolve "
            + "for disarmament that had been firm.\"",
        "second", "2025-05-04", lede + "A Varnian statement on Saturday described a \"deplorable\" trip during which the envoy's "
            + "\"bully-like\" demands \"might shake our resolve for disarmament that had been firm.\"");
    assertThat(findings).noneMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);

    List<Finding> reworded = check(
        "first", "2025-05-03", lede + "Hours later, an unnamed spokesman for the Varnian ministry issued a statement saying that the "
            + "envoy's \"one-sided and bully-like demand for disarmament\" had led to a \"risky phase that might shake our resolve "
            + "for disarmament that had been firm.\"",
        "second", "2025-05-04", lede + "A Varnian statement on Saturday described a \"deplorable\" trip during which the envoy's "
            + "\"bully-like\" demands \"might weaken our resolve for disarmament that had been firm.\"");
    assertThat(reworded).anyMatch(f -> f.type() == FindingType.QUOTE_MISMATCH);
  }
}
