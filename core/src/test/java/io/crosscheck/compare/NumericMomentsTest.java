package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.numeric;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When two counts hold at one moment, end to end in invented words: an undated article's count
 * holds on its event's day; a count reported with the speech verb beside it ("22 arrested, police
 * said") is still a count of the arrested; an older value quoted from a previous report is never compared.
 */
class NumericMomentsTest {

  @Test
  void anUndatedArticlesCountHoldsOnTheDayOfItsEvent() {
    List<Finding> findings = check(
        "dated", "2025-03-11", lines(
            "Drone strike on Velmora kills three",
            "A drone strike on the Velmora depot on Tuesday killed three people, officials in Velmora said.",
            "Eighteen others, including four children, were injured, according to the Ostrian health ministry."),
        "undated", "-", lines(
            "Velmora counts the wounded after drone strike",
            "The drone strike on the Velmora depot killed three people, officials in Velmora said.",
            "In addition, 14 people, including four children, were injured in the drone strike, the Ostrian health ministry said."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "Eighteen others", "14 people")).as(findings.toString()).isTrue();
  }

  @Test
  void anUndatedCountOnAnotherWeekdayIsNotTheEventsCount() {
    List<Finding> findings = check(
        "dated", "2025-03-11", lines(
            "Drone strike on Velmora kills three",
            "A drone strike on the Velmora depot on Tuesday killed three people, officials in Velmora said."),
        "undated", "-", lines(
            "Velmora counts the dead after drone strike",
            "The drone strike on the Velmora depot killed three people, officials in Velmora said.",
            "On Saturday, a drone strike on the Velmora depot killed eleven people, officials in Velmora said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aCountWithItsSpeechVerbIsStillACountOfTheArrested() {
    List<Finding> findings = check(
        "wire", "2024-05-02", lines(
            "Thousands march in Dunmere over port closure",
            "Thousands marched through Dunmere on Wednesday against the port closure.",
            "Dunmere police said 22 had been arrested during the Dunmere march."),
        "daily", "2024-05-02", lines(
            "Dunmere port march ends in arrests",
            "Thousands marched through Dunmere on Wednesday against the port closure.",
            "A total of 43 people were arrested during the Dunmere march."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "22", "43 people")).as(findings.toString()).isTrue();
  }

  @Test
  void aValueFromAPreviousReportIsNotCompared() {
    List<Finding> findings = check(
        "revised", "2025-06-20", lines(
            "Agency adjusts Carrow flood toll",
            "The relief agency said the Carrow floods left 2,140 people dead, adjusting a previous report that said 5,900 were dead."),
        "other", "2025-06-20", lines(
            "Carrow flood dead identified",
            "The health office said about 2,100 people were killed in the Carrow floods."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aValueTheTollWasEarlierPutAtIsNotCompared() {
    List<Finding> findings = check(
        "revised", "2025-06-20", lines(
            "Carrow flood toll cut",
            "The Carrow flood toll was earlier put at 5,900, which the relief agency revised on Friday after some bodies were counted twice."),
        "other", "2025-06-20", lines(
            "Carrow flood dead identified",
            "The health office said on Friday that about 2,100 people were killed in the Carrow floods."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aTollSomeoneHeardMightCrossAMarkIsNotSetAgainstAnotherArticlesCount() {
    List<Finding> heard = check(
        "heard", "2025-06-20", lines(
            "Governor fears worse in Carrow",
            "Governor Ilse Marten, speaking to the press in Carrow, said, “People tell me the toll may even pass the 5,000 mark.”"),
        "other", "2025-06-20", lines(
            "Carrow flood dead identified",
            "According to the health office, the death toll in the Carrow floods is 2,100."));
    assertThat(heard).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
    List<Finding> counted = check(
        "counted", "2025-06-20", lines(
            "Governor gives Carrow toll",
            "Governor Ilse Marten, speaking to the press in Carrow, said, “People tell me the toll is 5,000.”"),
        "other", "2025-06-20", lines(
            "Carrow flood dead identified",
            "According to the health office, the death toll in the Carrow floods is 2,100."));
    assertThat(pairs(counted, FindingType.NUMERIC_CONFLICT, "5,000", "2,100")).as(counted.toString()).isTrue();
  }

  @Test
  void twoAccountsOfHowLongIntoAMarchAStatementCameConflict() {
    List<Finding> findings = check(
        "post", "2024-09-08", lines(
            "Vast march fills Kessel streets",
            "Tens of thousands marched through Kessel on Sunday against the dam plan.",
            "Six hours after the march began, Mayor Oduya said in a statement that the dam plan was paused."),
        "journal", "2024-09-08", lines(
            "Kessel marchers force a pause",
            "Tens of thousands marched through Kessel on Sunday against the dam plan.",
            "Nine hours into the march, Mayor Oduya paused the dam plan."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "Six hours", "Nine hours")).as(findings.toString()).isTrue();
  }

  @Test
  void twoThingsTimedFromAMarchsStartAreNotOneTime() {
    List<Finding> findings = check(
        "post", "2024-09-08", lines(
            "Vast march fills Kessel streets",
            "Tens of thousands marched through Kessel on Sunday against the dam plan.",
            "Two hours into the march, riot police closed the river bridge."),
        "journal", "2024-09-08", lines(
            "Kessel marchers force a pause",
            "Tens of thousands marched through Kessel on Sunday against the dam plan.",
            "Nine hours after the march began, Mayor Oduya paused the dam plan."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void timesIntoMarchesOnDifferentDaysAreNotCompared() {
    List<Finding> findings = check(
        "first", "2024-09-01", lines(
            "March fills Kessel streets",
            "Tens of thousands marched through Kessel on Sunday against the dam plan.",
            "Six hours into the march, Mayor Oduya said the dam plan would be reviewed."),
        "second", "2024-09-08", lines(
            "Second march fills Kessel streets",
            "Tens of thousands marched through Kessel again on Sunday against the dam plan.",
            "Nine hours into the march, Mayor Oduya said the dam plan would be reviewed."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void tollsOfTwoFloodsOnOneDayInDifferentValleysAreNotCompared() {
    List<Finding> findings = check(
        "north", "2025-04-02", lines(
            "Flash flood sweeps the Amberle valley",
            "A flash flood swept through the Amberle valley on Tuesday, the Amberle county office said.",
            "At least 41 people were killed in the Amberle valley, the Amberle county office said."),
        "south", "2025-04-02", lines(
            "River bursts its banks in Tollin",
            "The Seret river burst its banks in Tollin on Tuesday, the Tollin harbour master said.",
            "Nine people were killed in Tollin, the Tollin harbour master said."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void tollsOfOneFloodGivenByTwoOfficesConflict() {
    List<Finding> findings = check(
        "north", "2025-04-02", lines(
            "Flash flood sweeps the Amberle valley",
            "A flash flood swept through the Amberle valley on Tuesday, the Amberle county office said.",
            "At least 41 people were killed in the Amberle flood, the Amberle county office said."),
        "wire", "2025-04-02", lines(
            "Amberle valley flood kills nine",
            "A flash flood swept through the Amberle valley on Tuesday, the Amberle river authority said.",
            "Nine people were killed in the Amberle flood, the Amberle river authority said."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "At least 41", "Nine people")).as(findings.toString()).isTrue();
  }

  @Test
  void aTollRevisedDownInALaterArticleConflictsWithTheEarlierOne() {
    List<Finding> findings = check(
        "early", "2025-06-18", lines(
            "Carrow flood toll soars",
            "The death toll from the floods in the coastal town of Carrow has soared to 5,900, the Carrow Red Cross said."),
        "late", "2025-06-22", lines(
            "Relief agency revises Carrow flood toll",
            "The Carrow floods have killed 2,140 people, the relief agency said on Sunday, after it revised its count."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "5,900", "2,140")).as(findings.toString()).isTrue();
  }

  @Test
  void aLowerTollFromAnotherSideOnALaterDayDisputesTheEarlierOne() {
    List<Finding> findings = check(
        "early", "2025-08-02", lines(
            "Rights group says 13 killed in Varnian protests",
            "At least 13 protesters were killed in the Varnian protests against fuel prices, the Orla rights league said."),
        "late", "2025-08-04", lines(
            "Police say seven died in Varnian protests",
            "Seven protesters were killed in the Varnian protests against fuel prices, the Varnian police said in a statement."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "13", "Seven")).as(findings.toString()).isTrue();
  }

  @Test
  void aLowerTollFromAnotherSideDatedItsOwnReportDayDisputesTheEarlierOne() {
    // Each sentence is dated the day its paper came out: two days of reporting one toll, which
    // never falls, not two events; a rise the same way stays no conflict.
    List<Finding> fell = check(
        "sunday", "2031-05-04", lines(
            "A blast at the Orsk coal pit has killed at least 51 miners, the state broadcaster said on Sunday."),
        "monday", "2031-05-05", lines(
            "The death toll from the blast at the Orsk coal pit was 38, the regional governor said on Monday."));
    assertThat(pairs(fell, FindingType.NUMERIC_CONFLICT, "at least 51", "38")).as(fell.toString()).isTrue();
    List<Finding> rose = check(
        "sunday", "2031-05-04", lines(
            "A blast at the Orsk coal pit has killed at least 38 miners, the state broadcaster said on Sunday."),
        "monday", "2031-05-05", lines(
            "The death toll from the blast at the Orsk coal pit was 51, the regional governor said on Monday."));
    assertThat(numeric(rose)).as(rose.toString()).isEmpty();
  }

  @Test
  void aTollThatHadRisenIsDisputedByALowerOneFromAnotherSideNextDay() {
    List<Finding> findings = check(
        "sunday", "2031-05-04", lines(
            "The number of miners killed in the blast at the Orsk coal pit has risen to 51, the state broadcaster said on Sunday."),
        "monday", "2031-05-05", lines(
            "The death toll from the blast at the Orsk coal pit has reached 38, the regional governor said on Monday."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "51", "38")).as(findings.toString()).isTrue();
  }

  @Test
  void theTollAReportRevisesIsNoCountOfItsOwn() {
    List<Finding> findings = check(
        "one", "2031-05-04", lines(
            "“The number of dead miners has risen to 51,” the Velpress agency said, replacing a previous pit toll of 27."),
        "two", "2031-05-04", lines(
            "At least 51 miners were killed in the blast at the Orsk coal pit, officials said."));
    assertThat(numeric(findings)).as(findings.toString()).isEmpty();
  }

  @Test
  void theInjuredBesideTheDeadAreAllTheInjured() {
    // "20 other people were injured": other than the dead, so it counts the injured as "17 injured" does
    List<Finding> findings = check(
        "one", "2031-05-04", lines(
            "A blast at the Orsk coal pit killed at least 51 miners. The state broadcaster said 20 other people were injured."),
        "two", "2031-05-04", lines(
            "A blast at the Orsk coal pit killed at least 34 miners and hurt 19 others, the mines office said."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "20", "19")).as(findings.toString()).isTrue();
  }

  @Test
  void theDeadAndTheWoundedOfOneSentenceAreCountedApart() {
    // "52 dead and 118 wounded": the 52 are the dead alone, the 118 the wounded alone
    List<Finding> findings = check(
        "one", "2031-05-04", "The health ministry of Varnia announced 52 dead and 118 wounded in the border clashes with Ostria.",
        "two", "2031-05-04", "Varnia's border service said 41 people were killed in the border clashes with Ostria.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "52", "41")).as(findings.toString()).isTrue();
    assertThat(numeric(findings)).as(findings.toString()).hasSize(1);
  }

  @Test
  void aTollThatRoseToItsCountNamesTheDeadNotTheWoundedBesideIt() {
    List<Finding> findings = check(
        "one", "2031-05-04", "Varnia said on Sunday that the toll from the border clashes with Ostria has risen to 33 people, with 141 wounded.",
        "two", "2031-05-04", "Varnia's health ministry said on Sunday that 141 people were wounded and 44 killed in the border clashes with Ostria.");
    // the 33 meet the 44 dead, not the 141 wounded
    assertThat(numeric(findings)).as(findings.toString()).anyMatch(f -> f.summary().contains("gives 33") && f.summary().contains("gives 44"));
  }

  @Test
  void aCountOfAnEarlierYearOpeningItsSentenceIsAnotherEvent() {
    List<Finding> findings = check(
        "one", "2031-05-04", lines(
            "Varnia said 36 people were killed in the border clashes with Ostria.",
            "In 2029, some 60 herders were killed in a feud near the same border over grazing land."),
        "two", "2031-05-04", "Varnia said 36 people were killed in the border clashes with Ostria.");
    assertThat(numeric(findings)).as(findings.toString()).isEmpty();
  }

  @Test
  void aTollThatRoseInALaterArticleIsNoConflict() {
    List<Finding> findings = check(
        "early", "2025-06-18", lines(
            "Carrow flood toll soars",
            "The death toll from the floods in the coastal town of Carrow has soared to 2,140, the Carrow Red Cross said."),
        "late", "2025-06-22", lines(
            "Carrow flood toll climbs again",
            "The Carrow floods have killed 5,900 people, the relief agency said on Sunday in an updated count."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aPreviousOrDeniedTollIsNotACountOfItsOwn() {
    List<Finding> findings = check(
        "one", "2025-06-18", lines(
            "Carrow flood toll soars",
            "The death toll from the floods in Carrow has soared to 5,900, the Carrow Red Cross said.",
            "Health officials previously had put the death toll in Carrow at 2,100."),
        "two", "2025-06-18", lines(
            "Carrow guild denies toll",
            "The Carrow fishing guild denied that the death toll in Carrow had reached 900."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void aDisputedTollIsNotTheDisputersCount() {
    List<Finding> findings = check(
        "one", "2025-06-18", "A Carrow health official on Tuesday disputed that over 300 people died in the floods in Carrow this week.",
        "two", "2025-06-18", "The Carrow mayor said 120 people died in the floods in Carrow this week.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void whatADisputerSaysInsteadIsHisCount() {
    List<Finding> findings = check(
        "one", "2025-06-18", "A Carrow health official disputed the figure and said 70 people died in the floods in Carrow this week.",
        "two", "2025-06-18", "The Carrow mayor said 120 people died in the floods in Carrow this week.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "70", "120")).isTrue();
  }

  @Test
  void aTollThatHasSinceRisenIsNotACountOfItsOwn() {
    List<Finding> findings = check(
        "one", "2025-06-18", "The death toll from the floods in Carrow stood at 40 but has since risen, the Carrow Red Cross said.",
        "two", "2025-06-18", "The death toll from the floods in Carrow stood at 95, the Carrow mayor said.");
    assertThat(numeric(findings)).isEmpty();
  }

  /** An undated article's counts of two days stay in one event (a dated one splits them by day, and they are not compared). */
  @Test
  void twoPartiesCountsThatTheArticleSetsAgainstEachOtherConflictWhateverTheirDays() {
    String commission = "The Varnian rights commission said on Monday that 39 people have died in the unrest in Varnia.";
    String president = "President Ostrel said on Sunday, in a television interview, that 19 people had died in the unrest.";
    List<Finding> contrasted = check("wire", "-", lines(commission,
        "That number is double the figure the government has admitted.", president));
    assertThat(pairs(contrasted, FindingType.NUMERIC_CONFLICT, "39", "19")).as(contrasted.toString()).isTrue();

    List<Finding> plain = check("wire", "-", lines(commission,
        "The unrest began last month over a planned rise in taxes.", president));
    assertThat(pairs(plain, FindingType.NUMERIC_CONFLICT, "39", "19")).as(plain.toString()).isFalse();
  }

  @Test
  void onePartysSuccessiveCountsAreNotContrasted() {
    List<Finding> findings = check("wire", "-", lines(
        "The Varnian rights commission said on Monday that 39 people have died in the unrest in Varnia, higher than the figure it gave on Sunday.",
        "The Varnian rights commission said on Sunday that the unrest had left 19 people dead."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "39", "19")).as(findings.toString()).isFalse();
  }

  @Test
  void aSourceRevisingItsOwnEarlierCountIsNoConflict() {
    List<Finding> findings = check(
        "first", "2031-07-02", "At least 500 people were killed in the blast at the Tarn clinic, according to the Varnian health ministry.",
        "second", "2031-07-04", "The Varnian health ministry gave the death toll from the blast at the Tarn clinic as 471, revising its earlier count of 500 dead.");
    assertThat(numeric(findings)).as(findings.toString()).isEmpty();
  }

  @Test
  void aCountGivenAsTheCorrectionOfAnotherDisputesIt() {
    List<Finding> after = check("undated", "-", lines(
        "Police dispute toll of Ostrel protests",
        "The rights group Velmark said on Friday that 13 people had died in the protests that began on Thursday.",
        "On Saturday, the police said the toll of the protests stood at seven, not 13 as claimed by Velmark."));
    assertThat(pairs(after, FindingType.NUMERIC_CONFLICT, "13 people had died", "stood at seven")).as(after.toString()).isTrue();

    List<Finding> before = check("undated", "-", lines(
        "Police dispute toll of Ostrel protests",
        "The rights group Velmark said on Friday that 13 people had died in the protests that began on Thursday.",
        "On Saturday, the police put the toll of the protests at not 13 but seven."));
    assertThat(pairs(before, FindingType.NUMERIC_CONFLICT, "13 people had died", "but seven")).as(before.toString()).isTrue();
  }
}
