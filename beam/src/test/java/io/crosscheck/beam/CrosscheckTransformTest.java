package io.crosscheck.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CrosscheckTransformTest {
  private static final Path CASES = Path.of("..", "testdata", "cases");
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  @TempDir
  Path temp;

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> s = Files.list(CASES)) {
      return s.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void beamRunFindsWhatTheLibraryFindsOnEachCase(Path folder) throws IOException {
    Map<String, String> texts = texts(folder);
    assertThat(texts).isNotEmpty();
    assertThat(beamFindings(folder)).isEqualTo(libraryFindings(texts));
  }

  @Test
  void beamRunFindsWhatTheLibraryFindsOnAGeneratedCorpus() throws IOException {
    Path corpus = Files.createDirectories(temp.resolve("corpus"));
    for (Map.Entry<String, String> e : SmallCorpus.articles().entrySet()) {
      Files.writeString(corpus.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
    TreeSet<String> expected = libraryFindings(texts(corpus));
    assertThat(expected).as("the generated corpus must disagree somewhere").isNotEmpty();
    assertThat(beamFindings(corpus)).isEqualTo(expected);
  }

  @Test
  void beamRunFindsWhatTheLibraryFindsOnAllCasesInOneBatch() throws IOException {
    Path all = Files.createDirectories(temp.resolve("all"));
    for (Path folder : cases().toList()) {
      for (Map.Entry<String, String> e : texts(folder).entrySet()) {
        Files.writeString(all.resolve(folder.getFileName() + "-" + e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      }
    }
    assertThat(beamFindings(all)).isEqualTo(libraryFindings(texts(all)));
  }

  @Test
  void everyCaseTogetherHasFindingsToCompare() throws IOException {
    int total = 0;
    for (Path folder : cases().toList()) {
      total += libraryFindings(texts(folder)).size();
    }
    assertThat(total).isPositive();
  }

  private TreeSet<String> beamFindings(Path folder) throws IOException {
    PipelineOptions options = PipelineOptionsFactory.create();
    options.setRunner(DirectRunner.class);
    Path out = temp.resolve(folder.getFileName() + "-findings.txt");
    CrosscheckBeamMain.run(Pipeline.create(options), CrosscheckBeamMain.glob(folder.toString()), out.toString());
    return new TreeSet<>(Files.readAllLines(out, StandardCharsets.UTF_8));
  }

  private static TreeSet<String> libraryFindings(Map<String, String> texts) {
    TreeSet<String> out = new TreeSet<>();
    BeamFinding.of(CROSSCHECK.checkTexts(texts)).forEach(f -> out.add(f.canonical()));
    return out;
  }

  private static Map<String, String> texts(Path folder) throws IOException {
    Map<String, String> out = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(folder)) {
      s.filter(p -> p.getFileName().toString().endsWith(".txt")).forEach(files::add);
    }
    for (Path p : files) {
      out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
    }
    return out;
  }
}
