package io.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader();

  @Test
  void readsFolderRecursivelyInSortedOrderAndOnlyTxt() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("b.txt"), "Second article.");
    Files.writeString(dir.resolve("a.txt"), "First article.");
    Files.writeString(dir.resolve("sub/c.txt"), "Third article.");
    Files.writeString(dir.resolve("gold.json"), "{}");
    ReadResult r = reader.read(List.of(dir));
    assertThat(r.articles()).extracting(Article::id).containsExactly("a", "b", "c");
    assertThat(r.errors()).isEmpty();
  }

  @Test
  void reportsEveryBadFileAndKeepsTheGoodOnes() throws Exception {
    Files.write(dir.resolve("1-empty.txt"), new byte[0]);
    Files.write(dir.resolve("2-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
    byte[] text = "Good text then \u00e9 and ".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[text.length + 3];
    System.arraycopy(text, 0, bad, 0, text.length);
    bad[text.length] = (byte) 0xC3;
    bad[text.length + 1] = (byte) 0x28;
    bad[text.length + 2] = 'x';
    Files.write(dir.resolve("3-utf8.txt"), bad);
    Files.writeString(dir.resolve("4-open.txt"), "---\nid: open\nBody without a closing fence");
    Files.writeString(dir.resolve("5-dup-a.txt"), "---\nid: same\n---\nOne.");
    Files.writeString(dir.resolve("6-dup-b.txt"), "---\nid: same\n---\nTwo.");
    Files.writeString(dir.resolve("7-good.txt"), "\uFEFF---\r\nid: good\r\n---\r\nFine.\r\n");
    ReadResult r = reader.read(List.of(dir));
    assertThat(r.articles()).extracting(Article::id).containsExactly("same", "good");
    assertThat(r.errors()).extracting(e -> Path.of(e.file()).getFileName().toString(), FileError::message)
        .containsExactly(
            tuple("1-empty.txt", "empty file"),
            tuple("2-binary.txt", "binary file: NUL byte at byte 4"),
            tuple("3-utf8.txt", "not valid UTF-8 at byte " + text.length),
            tuple("4-open.txt", "header opened with '---' on line 1 is never closed"),
            tuple("6-dup-b.txt", "duplicate article id 'same' (already read from " + dir.resolve("5-dup-a.txt") + ")"));
  }

  @Test
  void reportsMissingPath() {
    ReadResult r = reader.read(List.of(dir.resolve("nope.txt")));
    assertThat(r.articles()).isEmpty();
    assertThat(r.errors()).extracting(FileError::message).containsExactly("no such file or folder");
  }

  @Test
  void readsNamedFileWhateverItsExtension() throws Exception {
    Files.writeString(dir.resolve("story.md"), "Markdown-named article.");
    assertThat(reader.read(List.of(dir.resolve("story.md"))).articles()).extracting(Article::id).containsExactly("story");
  }

  @Test
  void readsStringsSortedByName() {
    ReadResult r = reader.readStrings(java.util.Map.of("z.txt", "Last.", "m.txt", "Middle."));
    assertThat(r.articles()).extracting(Article::id).containsExactly("m", "z");
  }
}
