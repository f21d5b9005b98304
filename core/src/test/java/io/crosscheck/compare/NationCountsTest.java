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
 * Counts of one nation's people beside a total over many nations, or beside another nation's: a
 * pilgrimage or a crash abroad is counted country by country. Each look-alike has a positive
 * beside it. Names are invented.
 */
class NationCountsTest {
  @Test
  void oneNationsCountIsAPartOfATotalOverManyNations() {
    List<Finding> findings = check(
        "wire", "2031-06-21", "Tarnia, which sent some 9,000 walkers, counted 31 deaths on the Kelm pilgrimage.",
        "post", "2031-06-21", "Nations have so far put the deaths on the Kelm pilgrimage at 940, the dead coming from twelve countries.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> total = check(
        "wire", "2031-06-21", "Officials counted 580 deaths on the Kelm pilgrimage.",
        "post", "2031-06-21", "Nations have so far put the deaths on the Kelm pilgrimage at 940.");
    assertThat(pairs(total, FindingType.NUMERIC_CONFLICT, "580", "940")).isTrue();
  }

  @Test
  void othersAreOfTheNationOfTheCountTheyFollow() {
    List<Finding> findings = check(
        "wire", "2031-10-12", "Varnia said 44 Orskian troops died and 21 others were hurt in the border fighting, its spokesman said.",
        "post", "2031-10-12", "Varnia said six Varnian troops died and 13 others were hurt in the border fighting, its spokesman said.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> same = check(
        "wire", "2031-10-12", "Varnia said 44 Orskian troops died and 21 others were hurt in the border fighting, its spokesman said.",
        "post", "2031-10-12", "Orsk said 12 Orskian troops died and 13 others were hurt in the border fighting, its spokesman said.");
    assertThat(pairs(same, FindingType.NUMERIC_CONFLICT, "21", "13")).as(same.toString()).isTrue();
  }

  @Test
  void countsFromOneNamedPlaceArePartsOfTheTotal() {
    List<Finding> findings = check(
        "wire", "2031-06-21", "The dead of the Kelm pilgrimage included 138 people from Orsk and 35 from Veyl, officials said.",
        "post", "2031-06-21", "The toll of the Kelm pilgrimage, as several countries gave it, climbed to 612 on Friday.");
    assertThat(numeric(findings)).isEmpty();
  }

  @Test
  void twoNationsCountsAreTwoCounts() {
    List<Finding> findings = check("wire", "2031-06-21", lines(
        "Tarnia reported 183 deaths during the Kelm pilgrimage.",
        "At least 60 Orskians died during the Kelm pilgrimage, diplomats said."));
    assertThat(numeric(findings)).isEmpty();
    List<Finding> same = check("wire", "2031-06-21", lines(
        "Tarnia reported 183 deaths during the Kelm pilgrimage.",
        "At least 260 Tarnians died during the Kelm pilgrimage, diplomats said."));
    assertThat(pairs(same, FindingType.NUMERIC_CONFLICT, "183", "260")).isTrue();
  }

  @Test
  void oneNationsCountIsAPartOnceOtherNationsCountToo() {
    List<Finding> findings = check(
        "wire", "2031-06-21", lines("Varnia recorded 42 deaths on the Kelm pilgrimage.", "Tarnia reported 97 deaths on the pilgrimage."),
        "post", "2031-06-21", "Officials said 700 walkers died on the Kelm pilgrimage.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> alone = check(
        "wire", "2031-06-21", "Varnia recorded 342 deaths on the Kelm pilgrimage.",
        "post", "2031-06-21", "Officials said 700 walkers died on the Kelm pilgrimage.");
    assertThat(pairs(alone, FindingType.NUMERIC_CONFLICT, "342", "700")).isTrue();
  }

  @Test
  void aCountInAnAsideCountsItsOwnNounNotTheClausesEvent() {
    List<Finding> findings = check(
        "wire", "2031-06-21", "Varnia, with some 90,000 walkers, recorded 42 deaths on the Kelm pilgrimage.",
        "post", "2031-06-21", "Unofficial tallies put the death toll of the Kelm pilgrimage as high as 700.");
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "some 90,000", "as high as 700")).isFalse();
    List<Finding> ownVerb = check(
        "wire", "2031-06-21", "Varnia, which counted 900 deaths on the Kelm pilgrimage, asked for help.",
        "post", "2031-06-21", "Unofficial tallies put the death toll of the Kelm pilgrimage as high as 700.");
    assertThat(pairs(ownVerb, FindingType.NUMERIC_CONFLICT, "900", "as high as 700")).isTrue();
  }

  @Test
  void aCountOfTheYearBeforeIsNoCountOfThisYear() {
    List<Finding> findings = check(
        "wire", "2031-06-21", "Over 300 pilgrims perished the year before on the Kelm route, officials said.",
        "post", "2031-06-21", "Officials said 120 pilgrims perished on the Kelm route.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> thisYear = check(
        "wire", "2031-06-21", "Over 300 pilgrims perished on the Kelm route, officials said.",
        "post", "2031-06-21", "Officials said 120 pilgrims perished on the Kelm route.");
    assertThat(pairs(thisYear, FindingType.NUMERIC_CONFLICT, "Over 300", "120")).isTrue();
  }
}
