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
        "wire", "2031-06-21", "Tarnia, which sent about 24,000 pilgrims, recorded 58 deaths during the Kelm pilgrimage.",
        "post", "2031-06-21", "A total of 1,081 deaths from ten different countries have been reported during the Kelm pilgrimage.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> total = check(
        "wire", "2031-06-21", "Officials recorded 580 deaths during the Kelm pilgrimage.",
        "post", "2031-06-21", "A total of 1,081 deaths have been reported during the Kelm pilgrimage.");
    assertThat(pairs(total, FindingType.NUMERIC_CONFLICT, "580", "1,081")).isTrue();
  }

  @Test
  void countsFromOneNamedPlaceArePartsOfTheTotal() {
    List<Finding> findings = check(
        "wire", "2031-06-21", "The dead of the Kelm pilgrimage included 138 people from Orsk and 35 from Veyl, officials said.",
        "post", "2031-06-21", "The toll of the Kelm pilgrimage reported by several countries rose to 577 on Friday.");
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
        "wire", "2031-06-21", "More than 200 pilgrims died the year before on the Kelm pilgrimage, officials said.",
        "post", "2031-06-21", "Officials said 120 pilgrims died on the Kelm pilgrimage.");
    assertThat(numeric(findings)).isEmpty();
    List<Finding> thisYear = check(
        "wire", "2031-06-21", "More than 200 pilgrims died on the Kelm pilgrimage, officials said.",
        "post", "2031-06-21", "Officials said 120 pilgrims died on the Kelm pilgrimage.");
    assertThat(pairs(thisYear, FindingType.NUMERIC_CONFLICT, "More than 200", "120")).isTrue();
  }
}
