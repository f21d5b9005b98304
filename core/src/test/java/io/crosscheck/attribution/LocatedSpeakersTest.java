package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A place after an unnamed speaker locates the speaker; it is not the speaker. Names are invented. */
class LocatedSpeakersTest {
  @ParameterizedTest
  @ValueSource(strings = {"An official in eastern Tarnia", "An official in Tarnia", "Officials in eastern Tarnia",
      "Officials in Tarnia", "A diplomat in northern Tarnia"})
  void anUnnamedSpeakerInAPlaceStaysUnnamed(String speaker) {
    List<Attribution> found = NewsAttributionFinderTest.find(
        speaker + " has denied claims that residents were told to stay in their homes.");
    assertThat(NewsAttributionFinderTest.holding(found, "stay in their homes")).get()
        .satisfies(a -> assertThat(a.source().kind()).as(a.source().toString()).isEqualTo(SourceKind.ANONYMOUS));
  }
}
