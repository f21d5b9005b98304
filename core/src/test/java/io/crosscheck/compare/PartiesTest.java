package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The party a sentence nobody is credited with speaks for, named for summaries. Names are invented. */
class PartiesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The ruling Kelm Union dismissed the allegations by the opposition. | the ruling Kelm Union
      The port board refuted the claim on Monday.                        | the port board
      The harbour authority said the quay was closed.                    | the harbour authority
      Marsh is said to have replied that the border stayed calm.         | Marsh
      Port Varna’s council raised its count to 212 on Tuesday.          | Port Varna’s council
      Nine pupils were rescued from the ferry named for Ilse Varga.      | one account
      """)
  void namesTheSubjectThatSpeaks(String sentence, String party) {
    assertThat(Parties.label(sentence)).isEqualTo(party);
  }
}
