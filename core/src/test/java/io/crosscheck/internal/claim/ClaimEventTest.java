package io.crosscheck.internal.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Event;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which event a sentence is about: the story going on, or another event it names by its day. */
class ClaimEventTest {
  private static final ClaimReader READER = new ClaimReader(Lexicon.defaults());
  /** A flood on Thursday 2025-06-12, reported in an article of Monday 2025-06-16. */
  private static final Event FLOOD = new Event("ev1", Optional.empty(), Optional.of(LocalDate.of(2025, 6, 12)),
      List.of("carrow"), List.of("carrow"), List.of("a"), false);
  private static final Optional<LocalDate> MONDAY = Optional.of(LocalDate.of(2025, 6, 16));

  @Test
  void aLaterDayUpToTheArticlesOwnIsTheStoryGoingOn() {
    assertThat(READER.eventOf("On Sunday the relief agency revised the Carrow toll to 2,140.", FLOOD, MONDAY))
        .isEqualTo("ev1");
  }

  @Test
  void anEarlierDayIsAnotherEvent() {
    assertThat(READER.eventOf("A smaller flood struck Carrow on June 2.", FLOOD, MONDAY)).isEqualTo("ev1@2025-06-02");
  }

  @Test
  void aDayAfterTheArticleIsAnotherEvent() {
    assertThat(READER.eventOf("The relief agency will meet donors on June 20.", FLOOD, MONDAY)).isEqualTo("ev1@2025-06-20");
  }
}
