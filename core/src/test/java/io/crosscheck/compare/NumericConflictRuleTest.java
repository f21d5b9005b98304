package io.crosscheck.compare;

import static io.crosscheck.compare.Fixtures.article;
import static io.crosscheck.compare.Fixtures.count;
import static io.crosscheck.compare.Fixtures.figure;
import static io.crosscheck.compare.Fixtures.run;
import static io.crosscheck.compare.Fixtures.withFigures;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Interval;
import io.crosscheck.model.Qualifier;
import io.crosscheck.model.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericConflictRuleTest {
  private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);
  private final NumericConflictRule rule = new NumericConflictRule(Fixtures.LEXICON);

  @Test
  void flagsDisjointCountsOfOneQuantityAcrossArticles() {
    AnalysedArticle a = article("a", FRIDAY, "The ferry fire in Port Selm on Thursday killed 41 people, the coastguard said.");
    AnalysedArticle b = article("b", FRIDAY, "Officials in Port Selm said 27 people died in Thursday's ferry fire.");
    List<Finding> findings = run(rule,
        withFigures(a, count(a, "41", Qualifier.EXACT, Interval.exactly(41), "people killed")),
        withFigures(b, count(b, "27", Qualifier.EXACT, Interval.exactly(27), "people killed")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.NUMERIC_CONFLICT);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(f.evidence()).extracting(e -> e.figure().orElseThrow()).hasSize(2);
      assertThat(f.summary()).contains("41").contains("27");
    });
  }

  @Test
  void oneConflictRepeatedAcrossArticlesIsOneFindingWithEveryPassage() {
    AnalysedArticle a = article("a", FRIDAY, "The ferry fire in Port Selm on Thursday killed 41 people, the coastguard said.");
    AnalysedArticle b = article("b", FRIDAY, "Officials in Port Selm said 27 people died in Thursday's ferry fire.");
    AnalysedArticle c = article("c", FRIDAY, "The harbour office in Port Selm said 27 people died in the ferry fire on Thursday.");
    List<Finding> findings = run(rule,
        withFigures(a, count(a, "41", Qualifier.EXACT, Interval.exactly(41), "people killed")),
        withFigures(b, count(b, "27", Qualifier.EXACT, Interval.exactly(27), "people killed")),
        withFigures(c, count(c, "27", Qualifier.EXACT, Interval.exactly(27), "people killed")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence())
        .extracting(e -> e.article()).containsExactly("a", "b", "c"));
  }

  @Test
  void aRateOneSideAimedForAnswersNoRateAnotherArticleReports() {
    List<Finding> findings = EndToEnd.check(
        "a", "2031-07-02", "President Ivo Renn of Veyl said Tarnia had agreed to a 20% levy on its exports to Veyl.",
        "b", "2031-07-02", "Before the call with Ivo Renn, Tarnian negotiators were aiming for a levy on their exports to Veyl of between 10% and 15%.");
    assertThat(EndToEnd.numeric(findings)).isEmpty();
  }

  @Test
  void aBallotsShareReportedOnTwoDaysIsOneMoment() {
    List<Finding> findings = EndToEnd.numeric(EndToEnd.check(
        "a", "2025-03-14", "Tessel dockers voted 88.4% in favour of a walkout, with 71% of the guild taking part, its secretary said.",
        "b", "2025-03-15", "Tessel dockers backed the walkout with a 91.2% vote in favour on a 71% turnout, the guild's secretary said."));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary()).contains("88.4%").contains("91.2%"));
  }

  @Test
  void anExactPercentageIsWidenedByItsLastDigitAlone() {
    assertThat(EndToEnd.numeric(EndToEnd.check(
        "a", "2025-03-14", "Members of the Tessel dockers' guild voted 97% in favour of strikes, the guild said.",
        "b", "2025-03-14", "Members of the Tessel dockers' guild voted 97.2% in favour of strikes, the guild said."))).isEmpty();
  }

  @Test
  void aShareIsNamedBesideItsOwnPercentage() {
    // "won 47.9% and turnout was nearly 62%": the 47.9% is no turnout.
    assertThat(EndToEnd.numeric(EndToEnd.check(
        "a", "2025-03-14", "According to the Orsk commission, Mara Voss won 47.9% and turnout was nearly 62%.",
        "b", "2025-03-15", "According to the Orsk commission's final figures, turnout was 61.4%."))).isEmpty();
  }

  @Test
  void aSummaryCreditsEachFigureToItsOwnSpeaker() {
    List<Finding> findings = EndToEnd.numeric(EndToEnd.check(
        "a", "2025-03-14", "In the ferry fire on Thursday, Orsk claims that 4,000 people were killed, while Varnia and Tessel said "
            + "on Monday their envoys had been sent pictures of a great many of the bodies.",
        "b", "2025-03-14", "The harbour office said 27 people were killed in the ferry fire on Thursday."));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.summary()).contains("Orsk gives 4,000"));
  }

  @ParameterizedTest(name = "{0} vs {3}")
  @CsvSource(delimiter = '|', value = {
      // compatible bounds: the intervals meet
      "more than 30|LOWER_BOUND|30|up to 33|UPPER_BOUND|33",
      "more than 2,000|LOWER_BOUND|2000|thousands|RANGE|1000",
      "some 1,200|APPROXIMATE|1200|1,250|EXACT|1250",
  })
  void staysSilentOnCompatibleValues(String textA, Qualifier qa, double va, String textB, Qualifier qb, double vb) {
    AnalysedArticle a = article("a", FRIDAY, "Relief workers said " + textA + " families were displaced by the floods.");
    AnalysedArticle b = article("b", FRIDAY, "The mayor said " + textB + " families were displaced by the floods.");
    assertThat(run(rule,
        withFigures(a, count(a, textA, qa, interval(qa, va), "families displaced")),
        withFigures(b, count(b, textB, qb, interval(qb, vb), "families displaced")))).isEmpty();
  }

  @Test
  void aFearedTollIsSetAgainstItsOwnArticlesCountsOnly() {
    String feared = "Premier Ivo Marsh said the storm toll was closer to 2,000 than feared. "
        + "Local officials in Kelm have said they feared 10,000 people died in the storm.";
    List<Finding> across = EndToEnd.check(
        "wire", "2031-11-12", "Typhoon Orla flattened Kelm, where several local officials have said they feared 10,000 "
            + "people died, many drowning in the surge.",
        "post", "2031-11-15", "\u201cAs of 13 November, the government reported that 4,460 people have died,\u201d "
            + "a relief agency statement said of Typhoon Orla.");
    assertThat(EndToEnd.numeric(across)).as(across.toString()).isEmpty();

    List<Finding> within = EndToEnd.check("wire", "2031-11-12", feared);
    assertThat(EndToEnd.pairs(within, FindingType.NUMERIC_CONFLICT, "2,000", "10,000")).as(within.toString()).isTrue();
  }

  @Test
  void staysSilentOnTensOfThousandsAgainstMoreThanTwentyThousand() {
    AnalysedArticle a = article("a", FRIDAY, "More than 21,000 residents have fled the valley, the agency said.");
    AnalysedArticle b = article("b", FRIDAY, "Tens of thousands of residents have fled the valley.");
    assertThat(run(rule,
        withFigures(a, count(a, "More than 21,000", Qualifier.LOWER_BOUND, Interval.atLeast(21000), "residents fled")),
        withFigures(b, count(b, "Tens of thousands", Qualifier.RANGE, Interval.between(20000, 99999), "residents fled"))))
        .isEmpty();
  }

  @Test
  void staysSilentOnDifferentQuantities() {
    AnalysedArticle a = article("a", FRIDAY, "The blast on Thursday killed 12 people and injured 40 more in Port Selm.");
    assertThat(run(rule, withFigures(a,
        count(a, "12", Qualifier.EXACT, Interval.exactly(12), "people killed"),
        count(a, "40", Qualifier.EXACT, Interval.exactly(40), "people injured")))).isEmpty();
  }

  @Test
  void staysSilentOnATollThatChangedBetweenDays() {
    AnalysedArticle a = article("a", FRIDAY, String.join("\n",
        "On Monday the coastguard said 9 people had died in the floods.",
        "By Tuesday, 15 people had died in the floods, the coastguard said."));
    assertThat(run(rule, withFigures(a,
        count(a, "9", Qualifier.EXACT, Interval.exactly(9), "people died"),
        count(a, "15", Qualifier.EXACT, Interval.exactly(15), "people died")))).isEmpty();
  }

  @Test
  void staysSilentOnATollThatRose() {
    AnalysedArticle a = article("a", FRIDAY, "Nine people died in the floods, officials said.");
    AnalysedArticle b = article("b", FRIDAY, "The number who died in the floods rose to 15, officials said.");
    assertThat(run(rule,
        withFigures(a, count(a, "Nine", Qualifier.EXACT, Interval.exactly(9), "people died")),
        withFigures(b, count(b, "15", Qualifier.EXACT, Interval.exactly(15), "people died")))).isEmpty();
  }

  @Test
  void staysSilentOnFourthTripAgainstFifthVisit() {
    AnalysedArticle a = article("a", FRIDAY, "It is the envoy's fourth trip to the region since the war began.");
    AnalysedArticle b = article("b", FRIDAY, "The envoy is in Selm for his fifth visit since the war began.");
    assertThat(run(rule,
        withFigures(a, figure(a, "fourth", FigureKind.ORDINAL, Qualifier.EXACT, Interval.exactly(4), "trip", "region")),
        withFigures(b, figure(b, "fifth", FigureKind.ORDINAL, Qualifier.EXACT, Interval.exactly(5), "visit", "Selm"))))
        .isEmpty();
  }

  @Test
  void staysSilentOnArticlesPublishedMonthsApart() {
    AnalysedArticle a = article("a", LocalDate.of(2025, 1, 10), "Aid agencies said 80 trucks a day entered the enclave.");
    AnalysedArticle b = article("b", LocalDate.of(2025, 5, 10), "Aid agencies said 200 trucks a day entered the enclave.");
    assertThat(run(rule,
        withFigures(a, count(a, "80", Qualifier.EXACT, Interval.exactly(80), "people killed")),
        withFigures(b, count(b, "200", Qualifier.EXACT, Interval.exactly(200), "people killed")))).isEmpty();
  }

  @Test
  void staysSilentWithoutSubjects() {
    AnalysedArticle a = article("a", FRIDAY, "Officials said 41 died and 27 were rescued.");
    assertThat(run(rule, withFigures(a,
        count(a, "41", Qualifier.EXACT, Interval.exactly(41), null),
        count(a, "27", Qualifier.EXACT, Interval.exactly(27), null)))).isEmpty();
  }

  @Test
  void flagsMeetingLengthsGivenInDifferentUnits() {
    AnalysedArticle a = article("a", FRIDAY, "The envoy spoke to reporters after a 90-minute meeting with the governor.");
    AnalysedArticle b = article("b", FRIDAY, "The envoy's talks with the governor ran for about four hours, an aide said.");
    List<Finding> findings = run(rule,
        withFigures(a, figure(a, "90-minute", FigureKind.DURATION, Qualifier.EXACT, Interval.exactly(90), "minutes",
            "minutes meeting", null)),
        withFigures(b, figure(b, "about four hours", FigureKind.DURATION, Qualifier.APPROXIMATE, Interval.between(3.6, 4.4),
            "hours", "hours talks", null)));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.type()).isEqualTo(FindingType.NUMERIC_CONFLICT));
  }

  @Test
  void staysSilentOnDeadlinesGivenInDifferentUnits() {
    AnalysedArticle a = article("a", FRIDAY, "The ultimatum gave the council 30 days to reopen the crossing.");
    AnalysedArticle b = article("b", FRIDAY, "That deadline runs out in three weeks.");
    assertThat(run(rule,
        withFigures(a, figure(a, "30 days", FigureKind.DURATION, Qualifier.EXACT, Interval.exactly(30), "days", "days deadline", null)),
        withFigures(b, figure(b, "three weeks", FigureKind.DURATION, Qualifier.EXACT, Interval.exactly(3), "weeks", "weeks deadline", null))))
        .isEmpty();
  }

  @Test
  void staysSilentOnStillHeldAgainstTakenOnTheDay() {
    AnalysedArticle a = article("a", FRIDAY, "The pirates seized over 40 crew members in the raid.");
    AnalysedArticle b = article("b", FRIDAY, "Officials said 17 crew members remain held on the ship.");
    assertThat(run(rule,
        withFigures(a, count(a, "over 40", Qualifier.LOWER_BOUND, Interval.atLeast(40), "crew members seized")),
        withFigures(b, count(b, "17", Qualifier.EXACT, Interval.exactly(17), "crew members remain held")))).isEmpty();
  }

  @Test
  void staysSilentOnCountsThatSayNotWhatIsCounted() {
    AnalysedArticle a = article("a", FRIDAY, "Brenna, a village of about 900 people, lies below the dam.");
    AnalysedArticle b = article("b", FRIDAY, "Between 2,000 and 2,500 people in the lower valley have no power.");
    assertThat(run(rule,
        withFigures(a, figure(a, "about 900", FigureKind.COUNT, Qualifier.APPROXIMATE, Interval.between(810, 990), "people", "people", null)),
        withFigures(b, figure(b, "Between 2,000 and 2,500", FigureKind.COUNT, Qualifier.RANGE, Interval.between(2000, 2500),
            "people", "people", null)))).isEmpty();
  }

  @Test
  void comparesASubjectThatNamesOnlyWhatHappened() {
    AnalysedArticle a = article("a", FRIDAY, "The ferry fire in Port Selm on Thursday killed 41 people, the coastguard said.");
    AnalysedArticle b = article("b", FRIDAY, "Port officials said 27 died in Thursday's ferry fire.");
    assertThat(run(rule,
        withFigures(a, count(a, "41", Qualifier.EXACT, Interval.exactly(41), "people killed")),
        withFigures(b, count(b, "27", Qualifier.EXACT, Interval.exactly(27), "died")))).hasSize(1);
  }

  @Test
  void staysSilentOnDifferentCountedThings() {
    AnalysedArticle a = article("a", FRIDAY, "The ferry fire in Port Selm on Thursday killed 41 passengers, the coastguard said.");
    AnalysedArticle b = article("b", FRIDAY, "Port officials said 3 crew members died in Thursday's ferry fire.");
    assertThat(run(rule,
        withFigures(a, count(a, "41", Qualifier.EXACT, Interval.exactly(41), "passengers killed")),
        withFigures(b, count(b, "3", Qualifier.EXACT, Interval.exactly(3), "crew members died")))).isEmpty();
  }

  @Test
  void staysSilentOnPeopleWhoSustainedInjuriesAgainstATollOfTheDead() {
    AnalysedArticle a = article("a", FRIDAY, "At least 30 people died and around 60 individuals sustained injuries in the ferry fire, the coastguard said.");
    AnalysedArticle b = article("b", FRIDAY, "Port officials put the toll of the ferry fire at nearly 40.");
    assertThat(run(rule,
        withFigures(a, count(a, "around 60", Qualifier.APPROXIMATE, Interval.between(54, 66), "individuals sustained injuries")),
        withFigures(b, count(b, "nearly 40", Qualifier.UPPER_BOUND, Interval.atMost(40), "toll killed")))).isEmpty();
  }

  @Test
  void staysSilentOnCountsPublishedOnDifferentDays() {
    AnalysedArticle a = article("a", FRIDAY.minusDays(1), "Officials say 39 people have died in the floods.");
    AnalysedArticle b = article("b", FRIDAY, "Officials say 47 people have died in the floods.");
    assertThat(run(rule,
        withFigures(a, count(a, "39", Qualifier.EXACT, Interval.exactly(39), "people died")),
        withFigures(b, count(b, "47", Qualifier.EXACT, Interval.exactly(47), "people died")))).isEmpty();
  }

  @Test
  void comparesAPastDayNamedInALaterArticle() {
    AnalysedArticle a = article("a", FRIDAY.minusDays(1), "The blast on Thursday killed 12 people, police said.");
    AnalysedArticle b = article("b", FRIDAY, "Thursday's blast killed 20 people, the mayor said.");
    assertThat(run(rule,
        withFigures(a, count(a, "12", Qualifier.EXACT, Interval.exactly(12), "people killed")),
        withFigures(b, count(b, "20", Qualifier.EXACT, Interval.exactly(20), "people killed")))).hasSize(1);
  }

  private static Interval interval(Qualifier q, double v) {
    return switch (q) {
      case LOWER_BOUND -> Interval.atLeast(v);
      case UPPER_BOUND -> Interval.atMost(v);
      case RANGE -> Interval.between(v, v * 10 - 1);
      default -> Interval.exactly(v);
    };
  }
}
