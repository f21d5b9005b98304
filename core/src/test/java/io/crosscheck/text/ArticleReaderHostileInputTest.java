package io.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue #13: every odd thing in a folder is one error naming it, and the good article beside it is read. */
class ArticleReaderHostileInputTest {
  private static final String GOOD = "---\nid: good\n---\nThe Varnow council said 12 homes were lost.";

  @TempDir
  Path dir;

  private final ArticleReader reader = new ArticleReader();

  @Test
  void danglingAndLoopingLinksAreNamedAndTheGoodArticleIsRead() throws Exception {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));
    Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
    ReadResult r = reader.read(List.of(dir));
    assertThat(r.articles()).extracting(Article::id).containsExactly("good");
    assertThat(r.errors()).extracting(e -> Path.of(e.file()).getFileName().toString(), FileError::message).containsExactly(
        tuple("dangling.txt", "symbolic link to a missing file, or a loop of links: not read"),
        tuple("loop.txt", "symbolic link to a missing file, or a loop of links: not read"));
  }

  @Test
  void aLinkToAnArticleIsRead() throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("real.md"), GOOD);
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.createSymbolicLink(folder.resolve("linked.txt"), elsewhere.resolve("real.md"));
    assertThat(reader.read(List.of(folder)).articles()).extracting(Article::id).containsExactly("good");
  }

  @Test
  void aFifoInAFolderIsNamedWithoutBlocking() throws Exception {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Path fifo = dir.resolve("pipe.txt");
    assumeTrue(mkfifo(fifo), "mkfifo is available");
    ReadResult r = reader.read(List.of(dir));
    assertThat(r.articles()).extracting(Article::id).containsExactly("good");
    assertThat(r.errors()).extracting(FileError::file, FileError::message)
        .containsExactly(tuple(fifo.toString(), "not a regular file (a device, FIFO or socket): not read"));
  }

  @Test
  void aFifoOrDeviceNamedOnTheCommandLineIsNamedWithoutReadingIt() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is available");
    Files.writeString(dir.resolve("good.txt"), GOOD);
    List<Path> inputs = Files.exists(Path.of("/dev/zero"))
        ? List.of(fifo, Path.of("/dev/zero"), dir.resolve("good.txt")) : List.of(fifo, dir.resolve("good.txt"));
    ReadResult r = reader.read(inputs);
    assertThat(r.articles()).extracting(Article::id).containsExactly("good");
    assertThat(r.errors()).hasSize(inputs.size() - 1)
        .allSatisfy(e -> assertThat(e.message()).isEqualTo("not a regular file (a device, FIFO or socket): not read"));
  }

  @Test
  void anUnreadableSubfolderIsNamedAndItsNeighboursRead() throws Exception {
    Files.writeString(dir.resolve("good.txt"), GOOD);
    Path locked = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(locked.resolve("hidden.txt"), "Hidden text.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      ReadResult r = reader.read(List.of(dir));
      if (Files.isReadable(locked)) {
        // Root reads every folder: then the folder's article is read too, and nothing is an error.
        // (aSubfolderTheWalkCannotOpenCostsOnlyItself covers the refusal for every user.)
        assertThat(r.articles()).extracting(Article::id).containsExactlyInAnyOrder("good", "hidden");
        assertThat(r.errors()).isEmpty();
      } else {
        assertThat(r.articles()).extracting(Article::id).containsExactly("good");
        assertThat(r.errors()).extracting(FileError::file, FileError::message)
            .containsExactly(tuple(locked.toString(), "cannot read: permission denied"));
      }
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void aFeedReadsOnDemandAndGivesWhatOneReadGives() throws Exception {
    Path first = Files.createDirectories(dir.resolve("a"));
    Files.writeString(first.resolve("good.txt"), GOOD);
    Files.write(first.resolve("zeros.txt"), new byte[] {0, 0, 0});
    Path second = Files.createDirectories(dir.resolve("b"));
    Files.writeString(second.resolve("other.txt"), GOOD.replace("id: good", "id: other"));
    List<Path> inputs = List.of(first, dir.resolve("missing"), second);
    ReadResult once = reader.read(inputs);

    ArticleReader.Feed feed = reader.feed(inputs);
    assertThat(feed.size()).isEqualTo(3);
    List<Article> fed = new ArrayList<>(feed.next(1));
    assertThat(fed).extracting(Article::id).containsExactly("good");
    assertThat(feed.remaining()).hasSize(2); // nothing past the first file was read yet
    while (feed.hasNext()) {
      fed.addAll(feed.next(1));
    }
    assertThat(fed).isEqualTo(once.articles());
    assertThat(feed.errors()).isEqualTo(once.errors()).hasSize(2);
  }

  /**
   * The same behaviour for every user, root included (for whom no folder is unreadable): the walk's
   * collector, told a subfolder cannot be opened, names it once and goes on to the article beside it.
   */
  @Test
  void aSubfolderTheWalkCannotOpenCostsOnlyItself() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), GOOD);
    Path locked = Files.createDirectories(dir.resolve("locked"));
    ArticleReader.TxtCollector collector = new ArticleReader.TxtCollector();
    assertThat(collector.visitFileFailed(locked, new java.nio.file.AccessDeniedException(locked.toString())))
        .isEqualTo(java.nio.file.FileVisitResult.CONTINUE);
    assertThat(collector.visitFile(good, Files.readAttributes(good, java.nio.file.attribute.BasicFileAttributes.class)))
        .isEqualTo(java.nio.file.FileVisitResult.CONTINUE);
    assertThat(collector.files).containsExactly(good);
    assertThat(collector.found).extracting(FileError::file, FileError::message)
        .containsExactly(tuple(locked.toString(), "cannot read: permission denied"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void wideTextWithAByteOrderMarkIsDecoded(String charset) throws Exception {
    Files.write(dir.resolve("wide.txt"), ("\uFEFF" + GOOD).getBytes(Charset.forName(charset)));
    ReadResult r = reader.read(List.of(dir));
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).singleElement().satisfies(a -> {
      assertThat(a.id()).isEqualTo("good");
      assertThat(a.body()).isEqualTo("The Varnow council said 12 homes were lost.");
    });
  }

  @Test
  void repeatedHeaderKeyIsWarnedAndTheArticleKept() {
    ReadResult r = reader.readStrings(java.util.Map.of("twice.txt",
        "---\ntitle: Draft\ntitle: Harbour vote delayed\n---\nThe vote was delayed."));
    assertThat(r.articles()).singleElement().satisfies(a -> assertThat(a.title()).contains("Harbour vote delayed"));
    assertThat(r.errors()).extracting(FileError::message)
        .containsExactly("header key 'title' repeated on line 3; the last value is used");
  }

  @Test
  void aNullTextIsABadCallNamingItsEntry() {
    java.util.Map<String, String> texts = new java.util.HashMap<>();
    texts.put("empty-slot.txt", null);
    org.assertj.core.api.Assertions.assertThatNullPointerException().isThrownBy(() -> reader.readStrings(texts))
        .withMessage("textsByName has a null text for 'empty-slot.txt'");
  }

  private static boolean mkfifo(Path path) {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
