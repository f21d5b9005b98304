package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Figure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Counts coordinated before one noun ("120 and 95 drones") share its unit and subject; with
 * "respectively", each takes its own place from the places coordinated before. Names are invented.
 */
class CoordinatedCountsTest {
  private static Figure figure(List<Figure> figures, String text) {
    return figures.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void theFirstOfTwoCoordinatedCountsTakesTheSecondsNoun() {
    List<Figure> found = FigureFixtures.nonDates("Crews cleared 40 and 25 barges from the Kelm canal.");
    assertThat(figure(found, "40").unit()).isEqualTo(figure(found, "25").unit()).isEqualTo(Optional.of("barges"));
  }

  @Test
  void theFirstCountWithoutASubjectTakesTheSeconds() {
    List<Figure> found = FigureFixtures.nonDates("In Kelm, 40 and 25 barges sank.");
    assertThat(figure(found, "40").subject()).isPresent().isEqualTo(figure(found, "25").subject());
  }

  @Test
  void respectivelyGivesEachCountItsOwnPlace() {
    List<Figure> found = FigureFixtures.nonDates("Most of the drones were intercepted in the Kelm and Orvath regions, "
        + "where 120 and 95 drones were downed respectively.");
    assertThat(figure(found, "120").scope()).contains("in Kelm region");
    assertThat(figure(found, "95").scope()).contains("in Orvath region");
  }

  @Test
  void capitalisedPlaceNounsAreReadToo() {
    List<Figure> found = FigureFixtures.nonDates("Drones were intercepted over Kelm and Orvath Provinces, where 120 "
        + "and 95 were downed respectively.");
    assertThat(figure(found, "120").scope()).contains("in Kelm Province");
    assertThat(figure(found, "95").scope()).contains("in Orvath Province");
  }

  @Test
  void withoutRespectivelyNoPlaceIsAssigned() {
    List<Figure> found = FigureFixtures.nonDates("Most of the drones were intercepted in the Kelm and Orvath regions, "
        + "where 120 and 95 drones were downed.");
    assertThat(figure(found, "120").scope()).isEmpty();
  }

  @Test
  void aCountWithItsOwnNounKeepsIt() {
    List<Figure> found = FigureFixtures.nonDates("Crews cleared 40 barges and 25 tugs from the Kelm canal.");
    assertThat(figure(found, "40").unit()).contains("barges");
  }

  @Test
  void theBoundsOfAnInvertedRangeAreNoCoordinatedCounts() {
    List<Figure> found = FigureFixtures.nonDates("The council approved funds for between 20 and 15 new shelters.");
    assertThat(found).filteredOn(f -> f.text().equals("20")).allSatisfy(f -> assertThat(f.unit()).isEmpty());
  }
}
