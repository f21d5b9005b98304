package io.crosscheck.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Event;
import io.crosscheck.model.Source;
import io.crosscheck.model.SourceKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bare surname one report types as a body is the person another report of its event names in full. Names are invented. */
class SurnameSourcesTest {
  private static final Source DORVAN = new Source("Lia Dorvan", SourceKind.NAMED_SPOKESPERSON,
      Optional.of("press secretary"), Optional.of("Varnel"), false, Optional.empty());
  private static final Source BARE = Source.of("Dorvan", SourceKind.INSTITUTION);

  @Test
  void bareSurnameTakesThePersonItsEventNamesInFull() {
    Map<Source, Source> changed = SurnameSources.of(List.of(BARE, DORVAN));
    assertThat(changed).containsOnlyKeys(BARE);
    assertThat(changed.get(BARE).name()).isEqualTo("Lia Dorvan");
    assertThat(changed.get(BARE).kind()).isEqualTo(SourceKind.NAMED_SPOKESPERSON);
    assertThat(changed.get(BARE).role()).contains("press secretary");
  }

  @Test
  void aSurnameTwoPeopleCarryNamesNeither() {
    Source other = Source.of("Mato Dorvan", SourceKind.NAMED_PERSON);
    assertThat(SurnameSources.of(List.of(DORVAN, BARE, other))).isEmpty();
  }

  @Test
  void acronymsTitlesAndLongerNamesStayBodies() {
    Source acronym = Source.of("DORVAN", SourceKind.INSTITUTION);
    Source longer = Source.of("Dorvan Group", SourceKind.INSTITUTION);
    Source titled = Source.of("Mr. Tavrin", SourceKind.NAMED_PERSON);
    Source firm = Source.of("Tavrin", SourceKind.INSTITUTION);
    assertThat(SurnameSources.of(List.of(DORVAN, acronym, longer, titled, firm))).isEmpty();
  }

  @Test
  void onlyTheEventsOwnArticlesLendTheirNames() {
    Event harbour = new Event("ev1", Optional.empty(), Optional.empty(), List.of(), List.of(), List.of("a", "b"), false);
    Event other = new Event("ev2", Optional.empty(), Optional.empty(), List.of(), List.of(), List.of("c"), false);
    Map<String, List<Source>> sources = Map.of("a", List.of(DORVAN), "b", List.of(BARE), "c", List.of(BARE));
    Map<String, Map<Source, Source>> changed = SurnameSources.byArticle(List.of(harbour, other), sources::get);
    assertThat(changed).containsOnlyKeys("a", "b");
    assertThat(changed.get("b").get(BARE).name()).isEqualTo("Lia Dorvan");
  }
}
