package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Absolute and relative dates become DATE figures resolved against the publication date. */
class DateResolverTest {
  /** A Tuesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 9);

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The envoy arrived on Tuesday.             | Tuesday          | 2024-01-09
      Talks were held on Sunday in the capital. | Sunday           | 2024-01-07
      The minister spoke on Wednesday.          | Wednesday        | 2024-01-03
      The pact is due next Friday.              | Friday           | 2024-01-12
      The letter arrived last week.             | last week        | 2024-01-02
      The ministry replied yesterday.           | yesterday        | 2024-01-08
      The vote is tomorrow.                     | tomorrow         | 2024-01-10
      Prices fell last month.                   | last month       | 2023-12-09
      The plan was first floated last year.     | last year        | 2023-01-09
      Aid stalled on Dec. 8 at the border.      | Dec. 8           | 2023-12-08
      The crossing reopened on January 3.       | January 3        | 2024-01-03
      The summit ended on January 9, 2024.      | January 9, 2024  | 2024-01-09
      The raid took place on 13 December 2023.  | 13 December 2023 | 2023-12-13
      The truce began on October 7th.           | October 7th      | 2023-10-07
      The accord dates from February 2008.      | February 2008    | 2008-02-01
      The ceasefire began on 2023-11-24.        | 2023-11-24       | 2023-11-24
      Shipments resumed in mid-December.        | mid-December     | 2023-12-15
      The court ruled today.                    | today            | 2024-01-09
      Envoys meet in Kelm on January 3 and 4.   | 4                | 2024-01-04
      The talks ran on Jan. 3 and 4, aides said. | 4               | 2024-01-04
      """)
  void resolvesDate(String sentence, String text, LocalDate expected) {
    List<Figure> dates = FigureFixtures.find(sentence, PUBLISHED).stream().filter(f -> f.kind() == FigureKind.DATE).toList();
    assertThat(dates).extracting(Figure::text).contains(text);
    assertThat(dates.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow().date()).contains(expected);
  }

  @Test
  void leavesRelativeDateUnresolvedWithoutPublicationDate() {
    List<Figure> figures = FigureFixtures.find("The envoy arrived on Tuesday.");
    assertThat(figures).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FigureKind.DATE);
      assertThat(f.date()).isEmpty();
    });
  }

  @Test
  void resolvesFullDateWithoutPublicationDate() {
    assertThat(FigureFixtures.find("Signed on March 4, 2021.")).singleElement()
        .satisfies(f -> assertThat(f.date()).contains(LocalDate.of(2021, 3, 4)));
  }
}
