package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.lines;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count whose sentence names no place stands where the sentences before it stand: in a round-up
 * of two cities' marches the two turnouts are not one quantity. Names are invented.
 */
class CountPlacesTest {
  @Test
  void turnoutsOfTwoCitiesInOneRoundUpAreNotCompared() {
    List<Finding> findings = check("roundup", "2031-03-02", lines(
        "Organisers of the women's march in Kelm said that 80,000 people marched on Saturday.",
        "The march filled the old square by noon.",
        "In Tarn, the march route had to be changed because the crowd filled the square early.",
        "Police said that 30,000 people marched."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.NUMERIC_CONFLICT);
  }

  @Test
  void twoCountsOfOneCitysMarchAreCompared() {
    List<Finding> findings = check("kelm", "2031-03-02", lines(
        "Organisers of the women's march in Kelm said that 80,000 people marched on Saturday.",
        "The march filled the old square by noon.",
        "Police said that 30,000 people marched."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "80,000", "30,000")).isTrue();
  }

  @Test
  void aSentenceOfCountsInTwoPlacesLendsNeitherToTheNextCount() {
    List<Finding> findings = check("varnia", "2031-03-14", lines(
        "Authorities in Varnia said 600 people were arrested and 12 killed during clashes with police after the vote.",
        "Interior Minister Ola Tarn said police killed 9 protesters in the port city of Orsk, and three others in the Northern Region.",
        "Opposition groups, for their part, put the death toll at 41, according to a Velpress report."));
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "12", "41")).isTrue();
    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "9", "41")).isFalse();
  }
}
