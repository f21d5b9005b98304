package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String GOLD = """
      {"articles": ["a", "b"],
       "attributions": [
         {"article": "a", "anchor": "we will stay", "source": ["Kovac"], "kind": "NAMED_PERSON", "mode": "DIRECT"},
         {"article": "a", "anchor": "talks were useful", "source": [], "kind": "ANONYMOUS", "mode": "INDIRECT"},
         {"article": "b", "anchor": "maybe said", "source": [], "kind": "ANONYMOUS", "optional": true}],
       "figures": [
         {"article": "a", "anchor": "22,000", "kind": "COUNT", "value": 22000, "qualifier": "LOWER_BOUND", "subject": ["people"]},
         {"article": "b", "anchor": "dozens", "kind": "COUNT", "qualifier": "RANGE"}],
       "ignore": [{"article": "a", "anchor": "Channel 12"}],
       "findings": [
         {"type": "ACCOUNT_DISPUTE", "sides": [{"article": "a", "anchor": "very extreme"}, {"article": "b", "anchor": ["very serious", "grave"]}]}],
       "traps": [
         {"sides": [{"article": "a", "anchor": "fourth trip"}, {"article": "b", "anchor": "fifth visit"}]}]}
      """;

  private static final String PERFECT = """
      {"attributions": [
         {"article": "a", "content": "“We will stay,”", "source": {"name": "Ana Kovac", "kind": "NAMED_PERSON"}, "sourceText": "Kovac", "mode": "DIRECT"},
         {"article": "a", "content": "the talks were useful", "source": {"name": "official", "kind": "ANONYMOUS"}, "sourceText": "an official", "mode": "INDIRECT"}],
       "figures": [
         {"article": "a", "text": "more than 22,000", "kind": "COUNT", "value": 22000, "qualifier": "LOWER_BOUND", "subject": "people killed"},
         {"article": "b", "text": "dozens", "kind": "COUNT", "value": null, "qualifier": "RANGE", "subject": null},
         {"article": "a", "text": "12", "kind": "COUNT", "value": 12, "qualifier": "EXACT"},
         {"article": "a", "text": "January 9", "kind": "DATE", "value": null, "qualifier": "EXACT"}],
       "findings": [
         {"type": "ACCOUNT_DISPUTE", "evidence": [{"article": "a", "text": "a “very extreme” incident"}, {"article": "b", "text": "a grave incident"}]}]}
      """;

  private static Scorer.Scores score(String report) throws Exception {
    return Scorer.score(MAPPER.readTree(report), MAPPER.readTree(GOLD));
  }

  @Test
  void perfectReportScoresOne() throws Exception {
    Scorer.Scores s = score(PERFECT);
    assertThat(s.attributions().prf().f()).isEqualTo(1.0);
    assertThat(s.attributions().endToEnd().f()).isEqualTo(1.0);
    assertThat(s.attributions().sourceAccuracy()).isEqualTo(1.0);
    assertThat(s.attributions().modeAccuracy()).isEqualTo(1.0);
    assertThat(s.figures().prf().f()).isEqualTo(1.0);
    assertThat(s.figures().valueAccuracy()).isEqualTo(1.0);
    assertThat(s.figures().subjectAccuracy()).isEqualTo(1.0);
    assertThat(s.findings().prf().f()).isEqualTo(1.0);
    assertThat(s.findings().trapHits()).isZero();
  }

  @Test
  void emptyReportScoresZero() throws Exception {
    Scorer.Scores s = score("{}");
    assertThat(s.attributions().prf().f()).isZero();
    assertThat(s.figures().prf().f()).isZero();
    assertThat(s.findings().prf().f()).isZero();
    assertThat(s.attributions().prf().p()).isZero();
  }

  @Test
  void oneMissAndOneExtraGiveHalfPrecisionAndHalfRecall() throws Exception {
    String report = """
        {"attributions": [
           {"article": "a", "content": "We will stay", "source": {"name": "Kovac", "kind": "NAMED_PERSON"}, "mode": "DIRECT"},
           {"article": "a", "content": "something nobody annotated", "source": {"name": "x", "kind": "ANONYMOUS"}, "mode": "DIRECT"}]}
        """;
    Scorer.Scores s = score(report);
    assertThat(s.attributions().prf().p()).isEqualTo(0.5);
    assertThat(s.attributions().prf().r()).isEqualTo(0.5);
    assertThat(s.attributions().prf().f()).isEqualTo(0.5);
    assertThat(s.details()).anyMatch(d -> d.contains("att MISS a | talks were useful"));
    assertThat(s.details()).anyMatch(d -> d.contains("att EXTRA a | something nobody annotated"));
  }

  @Test
  void predictionMatchingOnlyOptionalGoldIsNotCounted() throws Exception {
    String report = """
        {"attributions": [{"article": "b", "content": "maybe said so", "source": {"name": "x", "kind": "ANONYMOUS"}}]}
        """;
    Scorer.Scores s = score(report);
    assertThat(s.attributions().predicted()).isZero();
    assertThat(s.attributions().prf().p()).isZero();
  }

  @Test
  void wrongKindCountsAsMatchButNotEndToEnd() throws Exception {
    String report = """
        {"attributions": [{"article": "a", "content": "we will stay", "source": {"name": "Kovac", "kind": "ANONYMOUS"}}]}
        """;
    Scorer.Scores s = score(report);
    assertThat(s.attributions().matched()).isEqualTo(1);
    assertThat(s.attributions().sourceAccuracy()).isZero();
    assertThat(s.attributions().endToEnd().f()).isZero();
  }

  @Test
  void ignoredAndDateFiguresAreNotCounted() throws Exception {
    String report = """
        {"figures": [{"article": "a", "text": "12", "kind": "COUNT", "value": 12, "qualifier": "EXACT"},
                     {"article": "a", "text": "2024", "kind": "DATE", "qualifier": "EXACT"}]}
        """;
    assertThat(score(report).figures().predicted()).isZero();
  }

  @Test
  void valueWithinHalfPercentIsRight() throws Exception {
    String report = """
        {"figures": [{"article": "a", "text": "22,000", "kind": "COUNT", "value": 22100, "qualifier": "LOWER_BOUND", "subject": "x"}]}
        """;
    Scorer.Scores s = score(report);
    assertThat(s.figures().valueAccuracy()).isEqualTo(1.0);
    assertThat(s.figures().subjectAccuracy()).isZero();
    assertThat(s.figures().prf().r()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void findingCoveringATrapIsCountedAsTrapHit() throws Exception {
    String report = """
        {"findings": [{"type": "NUMERIC_CONFLICT", "evidence": [{"article": "a", "text": "his fourth trip"}, {"article": "b", "text": "the fifth visit"}]}]}
        """;
    Scorer.Scores s = score(report);
    assertThat(s.findings().trapHits()).isEqualTo(1);
    assertThat(s.findings().prf().p()).isZero();
  }

  @Test
  void normalisesLikeTheReference() {
    assertThat(Scorer.norm("“Très” — ‘bien’")).isEqualTo("très - bien");
    assertThat(Scorer.norm("  Many\n\tspaces  ")).isEqualTo("many spaces");
    assertThat(Scorer.norm("en\u2013dash and em\u2014dash")).isEqualTo("en-dash and em-dash");
    assertThat(Scorer.norm(null)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"'22,000', 'more than 22,000', true", "2, '22,000', false", "first, 'the first time', true", "fir, first, false"})
  void matchesAnchorsAsWholeWords(String anchor, String text, boolean expected) {
    assertThat(Scorer.wholeWordIn(anchor, text)).isEqualTo(expected);
  }
}
