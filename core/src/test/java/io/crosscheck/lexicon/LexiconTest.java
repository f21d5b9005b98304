package io.crosscheck.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void misspeltListNameIsRefusedNamingTheKnownOnes() {
    assertThatThrownBy(() -> Lexicon.defaults().with("speech-verb", List.of("quipped")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown lexicon list \"speech-verb\" (did you mean \"speech-verbs\"?); known lists: ")
        .hasMessageContaining("qualifiers, ");
    assertThatThrownBy(() -> Lexicon.defaults().with("zzz", List.of("a"))).hasMessageNotContaining("did you mean");
  }

  @Test
  void withListAddsANewListForACustomCheck() {
    Lexicon own = Lexicon.defaults().withList("harbour-words", List.of("quay", "pier # a comment"));
    assertThat(own.entries("harbour-words")).containsExactly("quay", "pier");
  }

  @Test
  void folderListsReplaceTheDefaultsOfTheSameName(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("speech-verbs.txt"), "# my verbs\nmurmured\nsaid\n");
    Files.writeString(dir.resolve("notes.md"), "ignored");
    Lexicon loaded = Lexicon.fromFolder(dir);
    assertThat(loaded.entries("speech-verbs")).containsExactly("murmured", "said");
    assertThat(loaded.entries("months")).isEqualTo(Lexicon.defaults().entries("months"));
  }

  @Test
  void folderWithAnUnknownListOrNoListsIsRefused(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Lexicon.fromFolder(dir)).hasMessageContaining("no lexicon lists");
    Files.writeString(dir.resolve("speech-verb.txt"), "murmured\n");
    assertThatThrownBy(() -> Lexicon.fromFolder(dir)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("speech-verb.txt: unknown lexicon list \"speech-verb\" (did you mean \"speech-verbs\"?)");
  }

  @Test
  void docsTableNamesEveryShippedListOnce() throws Exception {
    List<String> documented = Files.readAllLines(Path.of("../docs/lexicons.md")).stream()
        .filter(line -> line.startsWith("| `"))
        .map(line -> line.substring(3, line.indexOf('`', 3)))
        .toList();
    assertThat(documented).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(Lexicon.defaults().names());
  }
}
