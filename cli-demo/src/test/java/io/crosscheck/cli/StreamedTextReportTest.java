package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.ProgressListener;
import io.crosscheck.text.Segmenter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The text report of a run streamed from disk reads exactly as the one laid out from the whole report in memory. */
class StreamedTextReportTest {
  private static final Path CASES = Path.of("../testdata/cases");

  @Test
  void streamedTextIsTheInMemoryTextOnEveryCaseAndOnAllTogether() throws IOException {
    Crosscheck crosscheck = CheckCommand.CROSSCHECK;
    Segmenter segmenter = crosscheck.options().segmenter();
    List<List<Path>> runs = new ArrayList<>();
    try (Stream<Path> cases = Files.list(CASES)) {
      cases.sorted().forEach(c -> runs.add(List.of(c)));
    }
    runs.add(List.of(CASES, Path.of("../testdata/bad")));
    int findings = 0;
    for (List<Path> paths : runs) {
      String inMemory = TextReport.write(ReportView.of(crosscheck.check(paths), segmenter));
      String streamed = crosscheck.checkStreamed(paths, ProgressListener.NONE, stream -> {
        StringWriter w = new StringWriter();
        try {
          TextReport.write(stream, segmenter, w);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return w.toString();
      });
      assertThat(streamed).as("%s", paths).isEqualTo(inMemory);
      findings += inMemory.split("\n== x", -1).length - 1;
    }
    assertThat(findings).isGreaterThan(20);
  }
}
