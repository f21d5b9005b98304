package io.crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void loadsEveryListNamedInTheIndex() {
    Lexicon lexicon = Lexicon.defaults();
    assertThat(lexicon.names()).contains("speech-verbs");
    for (String name : lexicon.names()) {
      assertThat(lexicon.entries(name)).as(name).isNotEmpty();
    }
  }

  @Test
  void skipsCommentsAndBlankLines() throws Exception {
    List<String> entries = Lexicon.parse(new BufferedReader(new StringReader("# heading\nsaid\n\n  told  # trailing\n")));
    assertThat(entries).containsExactly("said", "told");
  }

  @Test
  void withReturnsExtendedCopyAndLeavesOriginal() {
    Lexicon small = Lexicon.of(Map.of("speech-verbs", List.of("said")));
    Lexicon bigger = small.with("speech-verbs", List.of("quipped", "said"));
    assertThat(small.entries("speech-verbs")).containsExactly("said");
    assertThat(bigger.entries("speech-verbs")).containsExactly("said", "quipped");
    assertThat(bigger.entries("missing")).isEmpty();
  }
}
