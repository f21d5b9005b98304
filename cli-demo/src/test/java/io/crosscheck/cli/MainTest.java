package io.crosscheck.cli;

import static io.crosscheck.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir
  Path dir;

  @Test
  void lexiconFolderReplacesListsAndAMisspeltListIsAUsageError() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Lena Brandt murmured that 300 people attended.\n");
    Path lexicon = Files.createDirectory(dir.resolve("lexicon"));
    Files.writeString(lexicon.resolve("speech-verbs.txt"), "murmured\n");
    Run loaded = run("check", "--format", "json", "--lexicon", lexicon.toString(), dir.resolve("a.txt").toString());
    assertThat(loaded.code()).isZero();
    assertThat(new ObjectMapper().readTree(loaded.out()).path("attributions").get(0).path("cue").asText()).isEqualTo("murmured");
    Files.move(lexicon.resolve("speech-verbs.txt"), lexicon.resolve("speech-verb.txt"));
    Run misspelt = run("check", "--lexicon", lexicon.toString(), dir.resolve("a.txt").toString());
    assertThat(misspelt.code()).isEqualTo(2);
    assertThat(misspelt.err()).contains("unknown lexicon list \"speech-verb\" (did you mean \"speech-verbs\"?)");
  }

  @Test
  void undatedArticleAndFolderWithoutTextFilesAreWarnedOnStderrAndInJson() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "not an article");
    Files.writeString(dir.resolve("undated.txt"), "Lena Brandt said 300 people attended.\n");
    Run r = run("check", "--format", "json", empty.toString(), dir.resolve("undated.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning: " + empty + ": folder holds no .txt file")
        .contains("warning: " + dir.resolve("undated.txt") + ": no published date");
    assertThat(new ObjectMapper().readTree(r.out()).path("warnings")).hasSize(2);
  }

  @Test
  void evalNamesAMissingFolderAsSuch() {
    Run r = run("eval", dir.resolve("nowhere").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("nowhere: no such folder");
  }

  @Test
  void versionIsTheArtifactVersion() {
    String pomVersion = System.getProperty("crosscheck.pomVersion");
    assertThat(pomVersion).as("set by the surefire configuration").isNotBlank();
    Run r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out().strip()).isEqualTo("crosscheck " + pomVersion);
  }

  @Test
  void checkWritesJsonWithSchemaVersionAndIsDeterministic() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "---\nid: a\noutlet: Radio Meridian\npublished: 2024-05-01\n---\n"
        + "“We are ready,” Lena Brandt said. Some 300 people attended.\n");
    Run first = run("check", "--format", "json", dir.toString());
    Run second = run("check", "--format", "json", dir.toString());
    assertThat(first.code()).isZero();
    assertThat(first.out()).isEqualTo(second.out());
    JsonNode root = new ObjectMapper().readTree(first.out());
    assertThat(root.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(root.path("articles").get(0).path("outlet").asText()).isEqualTo("Radio Meridian");
    for (String field : new String[] {"articles", "attributions", "figures", "findings", "errors"}) {
      assertThat(root.path(field).isArray()).as(field).isTrue();
    }
  }

  @Test
  void checkReportsBadFilesWithExitCodeOneAndKeepsGoodOnes() throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.writeString(dir.resolve("good.txt"), "A good article about 12 people.");
    Run r = run("check", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("== good").contains("empty.txt: empty file");
  }

  @Test
  void checkWritesToOutFile() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "A good article.");
    Path out = dir.resolve("report.json");
    Run r = run("check", "--format", "json", "--out", out.toString(), dir.resolve("good.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(Files.readString(out)).contains("\"schemaVersion\" : 1");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("check").code()).isEqualTo(2);
    assertThat(run("check", "--format", "xml", "x").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
  }

  @Test
  void evalScoresCaseFolder() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "“We will stay,” Ana Kovac said.\n");
    Files.writeString(dir.resolve("gold.json"), """
        {"articles": ["a"], "attributions": [{"article": "a", "anchor": "we will stay", "source": ["Kovac"], "kind": "NAMED_PERSON"}],
         "figures": [], "findings": []}
        """);
    Run r = run("eval", "--verbose", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("attributions: P=1.00 R=1.00 F1=1.00").contains("SUMMARY att_e2e=1.00");
  }

  @Test
  void evalWithoutGoldIsAnInputError() {
    Run r = run("eval", dir.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no gold.json");
  }

  @Test
  void checkOnTestdataBadListsEveryBadFileAndReportsTheGoodOnes() throws Exception {
    Run r = run("check", "--format", "json", "../testdata/bad");
    assertThat(r.code()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(r.out());
    java.util.List<String> files = new java.util.ArrayList<>();
    root.path("errors").forEach(e -> files.add(Path.of(e.path("file").asText()).getFileName().toString()));
    assertThat(files).containsExactly("binary.txt", "dup-b.txt", "empty.txt", "invalid-utf8.txt", "unterminated-header.txt");
    java.util.List<String> ids = new java.util.ArrayList<>();
    root.path("articles").forEach(a -> ids.add(a.path("id").asText()));
    assertThat(ids).hasSize(3).contains("duplicate-story");
  }

  @Test
  void checkWritesHtmlAndMarkdownQuietly() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "---\nid: a\noutlet: Radio Meridian\npublished: 2024-05-01\n---\n"
        + "“We are ready,” Lena Brandt said. Some 300 people attended.\n");
    Run html = run("check", "--format", "html", "--quiet", dir.toString());
    assertThat(html.code()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Radio Meridian").endsWith("</html>\n");
    assertThat(html.err()).isEmpty();
    Run md = run("check", "--format", "markdown", "-q", dir.toString());
    assertThat(md.code()).isZero();
    assertThat(md.out()).startsWith("# crosscheck report").contains("1 article, 0 findings");
  }
}
