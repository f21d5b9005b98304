package io.crosscheck.internal.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventFramerTest {
  /** A Friday. */
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2025, 3, 14));
  private final EventFramer framer = new EventFramer(Lexicon.defaults());

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The blast on Tuesday killed 12 people.|2025-03-11",
      "The blast on Friday killed 12 people.|2025-03-14",
      "Kovac met Dorn in Valen on March 2.|2025-03-02",
      "The deal was signed on 9 February 2024.|2024-02-09",
      "Shelling resumed yesterday.|2025-03-13",
      "The order was approved on December 29.|2024-12-29",
      "Since the raid of March 2, talks resumed on March 9.|2025-03-09",
  })
  void resolvesDates(String sentence, LocalDate expected) {
    EventFrame frame = framer.frame(sentence, PUBLISHED);
    assertThat(frame.date()).contains(expected);
    assertThat(frame.dateCertain()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "By the wardens' count, 900,000 marched in Orsk in June 2019.|2019-06-15",
      "The Dorvan strike in Sept. 2023 closed 40 depots.|2023-09-15",
      "In 2019, 12 prisoners were swapped at Kelm.|2019-07-01",
      "In the last big swap in 2019, 12 prisoners were exchanged.|2019-07-01",
  })
  void aMonthNamedWithItsYearFramesItsSentenceByItsMiddle(String sentence, LocalDate expected) {
    assertThat(framer.frame(sentence, PUBLISHED).date()).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tallies for March 2025 were not yet in.",
      "Prices have risen since October 2024.",
      "The levy, which took effect in February 2025, raised 40 million.",
  })
  void aMonthOfThisSeasonOrAfterAReferenceWordIsNoDate(String sentence) {
    assertThat(framer.frame(sentence, PUBLISHED).date()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Opposition parties gave a toll of 41, according to a Velpress report published Wednesday.",
      "The toll stood at 41, a statement issued on Sunday said.",
      "A report the group released on Wednesday, March 12, gave a toll of 41.",
  })
  void aDayThatDatesADocumentIsNotTheEventsDay(String sentence) {
    assertThat(framer.frame(sentence, PUBLISHED).date()).isEmpty();
  }

  @Test
  void aDayInAClauseAboutAPersonDatesNotTheSentence() {
    assertThat(framer.frame("Posts put the toll at 44, said Orlov, who on Monday led a march.", PUBLISHED).date()).isEmpty();
    assertThat(framer.frame("The blaze, which broke out on Monday, killed 12.", PUBLISHED).date())
        .contains(LocalDate.of(2025, 3, 10));
  }

  @Test
  void aCountTakesTheDayNearestItInASentenceOfTwoDays() {
    String sentence = "The city on Thursday denied that the exits were barred when a fire broke out on Monday, killing 12.";
    EventFrame whole = framer.frame(sentence, PUBLISHED);
    assertThat(whole.date()).contains(LocalDate.of(2025, 3, 13));
    EventFramer.Days days = framer.days(sentence, PUBLISHED);
    assertThat(days.nearest(whole, sentence.indexOf("12")).date()).contains(LocalDate.of(2025, 3, 10));
    assertThat(days.nearest(whole, 0).date()).contains(LocalDate.of(2025, 3, 13));
  }

  @Test
  void theEventsDayAfterADocumentsDayIsKept() {
    EventFrame frame = framer.frame("A report published Wednesday said the blast on Tuesday killed 12.", PUBLISHED);
    assertThat(frame.date()).contains(LocalDate.of(2025, 3, 11));
  }

  @Test
  void keepsWeekdayButMarksDateUncertainWithoutPublicationDate() {
    EventFrame frame = framer.frame("The blast on Tuesday killed 12 people.", Optional.empty());
    assertThat(frame.date()).isEmpty();
    assertThat(frame.dateCertain()).isFalse();
    assertThat(frame.weekday()).contains(DayOfWeek.TUESDAY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Kovac met Dorn in Valen.|MEETING",
      "It is her fifth visit to Valen.|TRIP",
      "The strike hit a school.|ATTACK",
      "Negotiators gathered in Port Selm.|NEGOTIATION",
  })
  void readsEventKind(String sentence, String kind) {
    assertThat(framer.frame(sentence, PUBLISHED).kind()).contains(kind);
  }

  @Test
  void separatesMondayFromTuesday() {
    EventFrame monday = framer.frame("On Monday 9 people had died in the floods.", Optional.empty());
    EventFrame tuesday = framer.frame("By Tuesday 15 people had died in the floods.", Optional.empty());
    assertThat(monday.isDistinctFrom(tuesday)).isTrue();
  }

  @Test
  void doesNotSeparateWhatItCannotDate() {
    EventFrame a = framer.frame("Kovac met Dorn in Valen.", Optional.empty());
    EventFrame b = framer.frame("The meeting between Dorn and Kovac on Monday was short.", Optional.empty());
    assertThat(a.isDistinctFrom(b)).isFalse();
    assertThat(a.sharesParticipant(b)).isTrue();
  }

  @Test
  void namesEveryEventKindInAText() {
    assertThat(framer.kindsIn("After the intrusion, talks on the data breach began.")).containsExactly("BREACH", "MEETING");
    assertThat(framer.kindsIn("Prices of bread went up.")).isEmpty();
  }
}
