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
