package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Report;
import io.crosscheck.model.Warning;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWarningsTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  @Test
  void folderWithoutTextFilesIsWarnedAndNotAnError(@TempDir Path dir) throws Exception {
    Path nested = Files.createDirectories(dir.resolve("drafts/old"));
    Files.writeString(nested.resolve("draft.md"), "Lena Brandt said 300 people attended.");
    Report report = CROSSCHECK.check(List.of(dir));
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).containsExactly(new Warning(dir.toString(), InputWarnings.NO_TXT));
  }

  @Test
  void articleWithoutPublishedDateIsWarnedOnlyWhenUndated() {
    Report report = CROSSCHECK.checkTexts(Map.of(
        "dated.txt", "---\npublished: 2024-03-02\n---\nLena Brandt said 300 people attended.\n",
        "undated.txt", "Orla Venn said 200 people attended.\n"));
    assertThat(report.warnings()).containsExactly(new Warning("undated.txt", InputWarnings.NO_DATE));
  }
}
