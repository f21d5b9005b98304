package io.crosscheck.cli;

import static io.crosscheck.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #13: careless calls get one precise line and a documented exit code, never a stack trace. */
class CliMisuseTest {
  private static final String ARTICLE = "---\nid: harbour\npublished: 2024-03-02\ntitle: Harbour vote\n---\n"
      + "The Ostrel council said 12 homes were lost.\n";

  @TempDir
  Path dir;

  @Test
  void unwritableOutIsOneLineAndExitThree() throws Exception {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Run r = run("check", "--out", dir.resolve("no/such/folder/report.json").toString(), dir.resolve("a.txt").toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_OUTPUT_ERROR);
    assertThat(r.err().strip()).startsWith("crosscheck: cannot write ").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void unwritableSaveReportsIsOneLineAndExitThree() throws Exception {
    Path caseDir = Files.createDirectories(dir.resolve("case"));
    Files.writeString(caseDir.resolve("a.txt"), ARTICLE);
    Files.writeString(caseDir.resolve("gold.json"),
        "{\"articles\":[\"harbour\"],\"attributions\":[],\"figures\":[],\"ignore\":[],\"findings\":[],\"traps\":[]}");
    Path blocker = Files.writeString(dir.resolve("blocker"), "a file where the folder should be");
    Run r = run("eval", "--save-reports", blocker.resolve("reports").toString(), caseDir.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_OUTPUT_ERROR);
    assertThat(r.err()).contains("crosscheck: cannot write ").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "{}", "{\"articles\": []}", "{\"articles\": [\"harbour\"], \"attributions\": {}}",
      "{\"articles\":[\"harbour\"],\"attributions\":[{\"article\":\"harbour\"}],\"figures\":[],\"findings\":[]}"})
  void evalRefusesABadGoldFileByName(String gold) throws Exception {
    Path caseDir = Files.createDirectories(dir.resolve("case"));
    Files.writeString(caseDir.resolve("a.txt"), ARTICLE);
    Files.writeString(caseDir.resolve("gold.json"), gold);
    Run r = run("eval", caseDir.toString());
    assertThat(r.code()).isEqualTo(Main.EXIT_INPUT_ERRORS);
    assertThat(r.err()).contains(caseDir.resolve("gold.json").toString()).doesNotContain("Exception");
    assertThat(r.out()).doesNotContain("SUMMARY");
  }

  @Test
  void goldFileProblemsSayWhatIsWrong() throws Exception {
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(GoldFile.problems(mapper.readTree("[]"))).singleElement().asString().contains("top level must be an object");
    assertThat(GoldFile.problems(mapper.readTree(
        "{\"articles\":[\"a\"],\"attributions\":[{\"article\":\"b\",\"anchor\":\"x y\",\"kind\":\"PERSON\"}],\"figures\":[],\"findings\":[]}")))
        .containsExactly("attributions[0].article 'b' is not in 'articles'",
            "attributions[0].kind must be one of [ANONYMOUS, INSTITUTION, MEDIA, NAMED_PERSON, NAMED_SPOKESPERSON]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--articles=-5", "--rounds=0", "--articles=0"})
  void benchRefusesCountsBelowOne(String option) {
    Run r = run("bench", option);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("must be at least 1");
  }

  @Test
  void textReportEscapesControlCharactersFromTheInput() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "---\nid: harbour\ntitle: Harbour\u001b[2J vote\u0007\u009b\n---\n"
        + "The Ostrel council said 12 homes were lost.\n");
    Run r = run("check", dir.resolve("a.txt").toString());
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b")
        .contains("Harbour[U+001B][2J vote[U+0007][U+009B]");
  }

  @Test
  void escapingTurnsNewlinesInANameIntoOneLine() {
    assertThat(Escape.line("evil.txt\n== findings: 99\r")).isEqualTo("evil.txt[U+000A]== findings: 99[U+000D]");
  }
}
