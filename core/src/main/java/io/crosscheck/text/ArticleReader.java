package io.crosscheck.text;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads article files and folders into articles; every unreadable input becomes a {@link FileError}
 * and the rest of the batch is still read.
 *
 * <p>A folder is walked recursively in sorted path order and only its {@code .txt} files are read;
 * a file named explicitly is read whatever its extension.
 */
public final class ArticleReader {
  /** Articles larger than this are refused rather than read into memory. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private final ArticleParser parser = new ArticleParser();

  public ReadResult read(Collection<Path> inputs) {
    checkNotNull(inputs, "inputs");
    List<Article> articles = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    Map<String, String> firstFileById = new HashMap<>();
    for (Path input : inputs) {
      for (Path file : expand(input, errors)) {
        readOne(file, articles, errors, firstFileById);
      }
    }
    return new ReadResult(articles, errors);
  }

  /** Reads articles given as strings, keyed by a name used for ids and error messages. */
  public ReadResult readStrings(Map<String, String> textsByName) {
    List<Article> articles = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    Map<String, String> firstFileById = new HashMap<>();
    textsByName.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> accept(e.getKey(), e.getValue(), articles, errors, firstFileById));
    return new ReadResult(articles, errors);
  }

  private List<Path> expand(Path input, List<FileError> errors) {
    if (Files.isDirectory(input)) {
      try (Stream<Path> walk = Files.walk(input)) {
        return walk.filter(Files::isRegularFile)
            .filter(p -> p.getFileName().toString().endsWith(".txt"))
            .sorted(Comparator.comparing(Path::toString))
            .toList();
      } catch (IOException | RuntimeException e) {
        errors.add(new FileError(input.toString(), "cannot list folder: " + e.getMessage()));
        return List.of();
      }
    }
    if (!Files.exists(input)) {
      errors.add(new FileError(input.toString(), "no such file or folder"));
      return List.of();
    }
    return List.of(input);
  }

  private void readOne(Path file, List<Article> articles, List<FileError> errors, Map<String, String> firstFileById) {
    String name = file.toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        errors.add(new FileError(name, "file larger than " + MAX_FILE_BYTES + " bytes"));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      errors.add(new FileError(name, "cannot read: " + e.getMessage()));
      return;
    }
    if (bytes.length == 0) {
      errors.add(new FileError(name, "empty file"));
      return;
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        errors.add(new FileError(name, "binary file: NUL byte at byte " + i));
        return;
      }
    }
    String text;
    try {
      text = decodeUtf8(bytes);
    } catch (CharacterCodingException e) {
      errors.add(new FileError(name, e.getMessage()));
      return;
    }
    accept(name, text, articles, errors, firstFileById);
  }

  private void accept(String name, String text, List<Article> articles, List<FileError> errors,
      Map<String, String> firstFileById) {
    ArticleParser.Parsed parsed;
    try {
      parsed = parser.parse(name, text);
    } catch (ArticleParser.InvalidArticleException e) {
      errors.add(new FileError(name, e.getMessage()));
      return;
    }
    Article article = parsed.article();
    String first = firstFileById.putIfAbsent(article.id(), name);
    if (first != null) {
      errors.add(new FileError(name, "duplicate article id '" + article.id() + "' (already read from " + first + ")"));
      return;
    }
    parsed.warning().ifPresent(w -> errors.add(new FileError(name, w)));
    articles.add(article);
  }

  /** Strict UTF-8: the error names the byte offset of the first bad sequence. */
  static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new CharacterCodingException() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
          return "not valid UTF-8 at byte " + in.position();
        }
      };
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
