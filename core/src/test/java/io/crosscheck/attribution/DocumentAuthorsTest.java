package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document a named person wrote speaks with that person's voice. Names are invented. */
class DocumentAuthorsTest {
  @Test
  void theLetterIsItsWritersAfterTheWriterSentIt() {
    List<Attribution> found = NewsAttributionFinderTest.find("Ilse Varga, counsel for the Tarn port board, wrote a letter "
        + "to the dock guild on Monday. The letter said the dredging contract had lapsed in March.");
    assertThat(NewsAttributionFinderTest.holding(found, "dredging contract")).get().satisfies(a -> {
      assertThat(a.source().name()).isEqualTo("Ilse Varga");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
    });
  }

  @Test
  void aMemoSignedByANamedPersonIsThatPersons() {
    List<Attribution> found = NewsAttributionFinderTest.find("Oren Dalby is the guild's treasurer. The memo, signed by "
        + "guild treasurer Oren Dalby, said the strike fund would run dry by May.");
    assertThat(NewsAttributionFinderTest.holding(found, "strike fund")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Oren Dalby"));
  }

  @Test
  void aLetterNobodyIsSaidToHaveWrittenKeepsItsOwnSource() {
    List<Attribution> found = NewsAttributionFinderTest.find("Ilse Varga visited the docks on Monday. "
        + "The letter said the dredging contract had lapsed in March.");
    assertThat(NewsAttributionFinderTest.holding(found, "dredging contract")).get()
        .satisfies(a -> assertThat(a.source().name()).isNotEqualTo("Ilse Varga"));
  }
}
