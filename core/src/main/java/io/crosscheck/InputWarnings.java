package io.crosscheck;

import io.crosscheck.model.Article;
import io.crosscheck.model.Warning;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Input that silently weakens a report: an article without a published date (relative dates and
 * same-day comparisons need one) and a folder that holds no {@code .txt} file (nothing is read from it).
 */
final class InputWarnings {
  static final String NO_DATE = "no published date: relative dates (\"on Tuesday\") stay unresolved and figures "
      + "are not compared as same-day counts; add a 'published:' header line";
  static final String NO_TXT = "folder holds no .txt file: nothing was read from it";

  private InputWarnings() {}

  /** Folders among {@code paths} without a {@code .txt} file anywhere below them. */
  static List<Warning> emptyFolders(Collection<Path> paths) {
    List<Warning> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p) && !holdsTxt(p)) {
        out.add(new Warning(p.toString(), NO_TXT));
      }
    }
    return out;
  }

  /** Articles without a published date, in report order. */
  static List<Warning> undated(List<Article> articles) {
    return articles.stream().filter(a -> a.published().isEmpty()).map(a -> new Warning(a.file(), NO_DATE)).toList();
  }

  private static boolean holdsTxt(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.anyMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"));
    } catch (IOException e) {
      // An unreadable folder is the reader's error to report; it is no warning.
      return true;
    } catch (UncheckedIOException e) {
      return true;
    }
  }
}
