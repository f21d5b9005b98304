package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.report.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that spills its analysed articles to disk reports exactly what the whole-batch run reports. */
class SpilledPipelineTest {
  private static final Path CASES = Path.of("../testdata/cases");

  @Test
  void spilledReportIsTheWholeBatchReportOnEveryCaseAndOnAllTogether() throws IOException {
    List<List<Path>> runs = new ArrayList<>();
    try (Stream<Path> cases = Files.list(CASES)) {
      cases.sorted().forEach(c -> runs.add(List.of(c)));
    }
    runs.add(List.of(CASES)); // every case in one batch: many events, entities shared across them
    runs.add(List.of(CASES, Path.of("../testdata/bad"))); // unreadable and odd inputs among good ones
    for (Crosscheck crosscheck : List.of(Crosscheck.withDefaults(), Crosscheck.builder().threads(1).build())) {
      for (List<Path> paths : runs) {
        String whole = Reports.toJson(crosscheck.check(paths));
        assertThat(spilled(crosscheck, paths)).as("%s", paths).isEqualTo(whole);
      }
    }
  }

  @Test
  void articlesAboutEarlierEventsAndOverBudgetArticlesReportAlike(@TempDir Path dir) throws IOException {
    // A follow-up naming an earlier day creates a referenced event; a long table goes over the check budget.
    Files.writeString(dir.resolve("a.txt"), "---\npublished: 2025-03-07\n---\nThe Varnel union said 40,000 people marched "
        + "in Orsk on Tuesday. On February 2 the union said 25,000 had marched.\n");
    Files.writeString(dir.resolve("b.txt"), "---\npublished: 2025-03-07\n---\nPolice in Orsk said 12,000 people marched on "
        + "Tuesday. Police said 9,000 marched on February 2.\n");
    StringBuilder table = new StringBuilder("---\npublished: 2025-03-07\n---\n");
    for (int i = 0; i < 400; i++) {
      table.append("Officials said ").append(i + 3).append(" people were hurt in Orsk district ").append(i).append(". ");
    }
    Files.writeString(dir.resolve("c.txt"), table.toString());
    Crosscheck crosscheck = Crosscheck.withDefaults();
    String whole = Reports.toJson(crosscheck.check(List.of(dir)));
    assertThat(whole).contains("\"referenced\" : true").contains("article too complex");
    assertThat(spilled(crosscheck, List.of(dir))).isEqualTo(whole);
  }

  @Test
  void bareSurnamesTakeTheirEventsFullNamesAlike(@TempDir Path dir) throws IOException {
    // One report never gives Dorvan a first name; the other report of the same event does.
    Files.writeString(dir.resolve("a.txt"), "---\npublished: 2025-03-07\n---\nThe Orsk harbour strike by the Varnel union "
        + "entered a third day. \"The cranes stay idle,\" press secretary Lia Dorvan said of the Varnel union strike in Orsk.\n");
    Files.writeString(dir.resolve("b.txt"), "---\npublished: 2025-03-07\n---\nThe Orsk harbour strike by the Varnel union "
        + "went on. \"We will not bend,\" Dorvan said in Orsk. Dorvan said the Varnel union would meet again.\n");
    Crosscheck crosscheck = Crosscheck.withDefaults();
    String whole = Reports.toJson(crosscheck.check(List.of(dir)));
    assertThat(whole).doesNotContain("\"INSTITUTION\"").contains("\"NAMED_SPOKESPERSON\"");
    assertThat(spilled(crosscheck, List.of(dir))).isEqualTo(whole);
  }

  private static String spilled(Crosscheck crosscheck, List<Path> paths) {
    return crosscheck.checkStreamed(paths, ProgressListener.NONE, stream -> {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try {
        Reports.writeJson(stream, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return bytes.toString(StandardCharsets.UTF_8);
    });
  }
}
