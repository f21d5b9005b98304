package io.crosscheck.text;

import static com.google.common.base.Preconditions.checkNotNull;

import io.crosscheck.internal.HeapGuard;
import io.crosscheck.model.Article;
import io.crosscheck.model.FileError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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

  /**
   * Reads files and folders: folders recursively, {@code .txt} files only, sorted; a file named
   * explicitly is read whatever its extension. Every input that cannot be read becomes one error
   * naming it; the readable ones beside it are kept.
   *
   * @param inputs files and folders
   * @return the articles read and the inputs that could not be read
   */
  public ReadResult read(Collection<Path> inputs) {
    checkNotNull(inputs, "inputs");
    List<Article> articles = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    Map<String, String> firstFileById = new HashMap<>();
    boolean heapShort = false;
    for (Path input : inputs) {
      for (Path file : expand(input, errors)) {
        heapShort = heapShort || HeapGuard.isShort();
        if (heapShort) {
          errors.add(new FileError(file.toString(), "not read: the heap ran short after " + articles.size()
              + " articles; give Java more memory (-Xmx) or check fewer files"));
          continue;
        }
        readOne(file, articles, errors, firstFileById);
      }
    }
    return new ReadResult(articles, errors);
  }

  /**
   * The same inputs as {@link #read(Collection)}, read a few files at a time as the caller asks for
   * them, so a large batch never holds every body at once. Listing the inputs happens here; an input
   * that cannot be listed is among {@link Feed#errors()} at once.
   *
   * @param inputs files and folders
   * @return a feed of the articles, in the order {@link #read(Collection)} gives them
   */
  public Feed feed(Collection<Path> inputs) {
    checkNotNull(inputs, "inputs");
    List<Path> files = new ArrayList<>();
    Map<Integer, List<FileError>> listing = new TreeMap<>();
    for (Path input : inputs) {
      List<FileError> found = new ArrayList<>();
      List<Path> expanded = expand(input, found);
      // An input's listing errors come just before its files' own errors, as read() gives them.
      listing.computeIfAbsent(files.size(), k -> new ArrayList<>()).addAll(found);
      files.addAll(expanded);
    }
    return new Feed(files, listing);
  }

  /** Articles of listed files, read on demand; errors accumulate in reading order. */
  public final class Feed {
    private final List<Path> files;
    private final Map<Integer, List<FileError>> listing;
    private final List<FileError> errors = new ArrayList<>();
    private final Map<String, String> firstFileById = new HashMap<>();
    private int next;

    private Feed(List<Path> files, Map<Integer, List<FileError>> listing) {
      this.files = List.copyOf(files);
      this.listing = listing;
      flushListing();
    }

    /** The listing errors due before the next file (and, once every file is read, the last ones). */
    private void flushListing() {
      List<FileError> due = listing.remove(next);
      if (due != null) {
        errors.addAll(due);
      }
    }

    /**
     * How many files there are to read.
     *
     * @return the number of files listed
     */
    public int size() {
      return files.size();
    }

    /**
     * Whether some file is not read yet.
     *
     * @return true while files remain
     */
    public boolean hasNext() {
      return next < files.size();
    }

    /**
     * Reads up to {@code max} more files; those that cannot be read go to {@link #errors()}.
     *
     * @param max the most files to read
     * @return the articles read from them, in order
     */
    public List<Article> next(int max) {
      List<Article> out = new ArrayList<>();
      for (int end = Math.min(files.size(), next + max); next < end; ) {
        readOne(files.get(next), out, errors, firstFileById);
        next++;
        flushListing();
      }
      return out;
    }

    /**
     * The files not read yet, by name.
     *
     * @return the unread files
     */
    public List<String> remaining() {
      List<String> out = new ArrayList<>();
      for (Path f : files.subList(next, files.size())) {
        out.add(f.toString());
      }
      return out;
    }

    /**
     * The inputs that could not be listed or read so far.
     *
     * @return the errors, in order
     */
    public List<FileError> errors() {
      List<FileError> out = new ArrayList<>(errors);
      listing.values().forEach(out::addAll); // inputs after a stop: still named
      return out;
    }
  }

  /**
   * Reads articles given as strings, keyed by a name used for ids and error messages.
   *
   * @param textsByName texts in the article file format, by name
   * @return the articles read, sorted by name, and the texts that could not be read
   */
  public ReadResult readStrings(Map<String, String> textsByName) {
    checkNotNull(textsByName, "textsByName");
    // A bad call, not bad input: say which entry is null rather than fail later without a name.
    textsByName.forEach((name, text) -> {
      checkNotNull(name, "textsByName has a null name");
      checkNotNull(text, "textsByName has a null text for '%s'", name);
    });
    List<Article> articles = new ArrayList<>();
    List<FileError> errors = new ArrayList<>();
    Map<String, String> firstFileById = new HashMap<>();
    textsByName.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> accept(e.getKey(), e.getValue(), articles, errors, firstFileById));
    return new ReadResult(articles, errors);
  }

  private List<Path> expand(Path input, List<FileError> errors) {
    if (Files.isDirectory(input)) {
      return walk(input, errors);
    }
    if (Files.isSymbolicLink(input) && !Files.exists(input)) {
      errors.add(new FileError(input.toString(), "symbolic link to a missing file, or a loop of links: not read"));
      return List.of();
    }
    if (!Files.exists(input)) {
      errors.add(new FileError(input.toString(), "no such file or folder"));
      return List.of();
    }
    if (!Files.isRegularFile(input)) {
      // A FIFO would block the batch and /dev/zero never ends; neither is an article file.
      errors.add(new FileError(input.toString(), "not a regular file (a device, FIFO or socket): not read"));
      return List.of();
    }
    return List.of(input);
  }

  /**
   * The {@code .txt} files under {@code folder}, sorted. An unreadable subfolder, a dangling or
   * looping {@code .txt} link and a {@code .txt} that is a FIFO or device each become one error,
   * and the walk goes on, so the readable articles beside them are still read.
   */
  private static List<Path> walk(Path folder, List<FileError> errors) {
    TxtCollector collector = new TxtCollector();
    try {
      Files.walkFileTree(folder, collector);
    } catch (IOException | RuntimeException e) {
      collector.found.add(new FileError(folder.toString(), "cannot list folder: " + describe(e)));
    }
    List<Path> files = new ArrayList<>(collector.files);
    files.sort(Comparator.comparing(Path::toString));
    List<FileError> found = new ArrayList<>(collector.found);
    found.sort(Comparator.comparing(FileError::file));
    errors.addAll(found);
    return files;
  }

  /**
   * Collects the {@code .txt} files of a walk and one error for each thing it cannot read, and
   * always goes on walking: what fails (an unreadable subfolder, a dangling link) costs only itself.
   */
  static final class TxtCollector extends SimpleFileVisitor<Path> {
    final List<Path> files = new ArrayList<>();
    final List<FileError> found = new ArrayList<>();

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (!file.getFileName().toString().endsWith(".txt")) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file)) {
        files.add(file);
      } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
        found.add(new FileError(file.toString(), "symbolic link to a missing file, or a loop of links: not read"));
      } else if (!attrs.isDirectory() && !(attrs.isSymbolicLink() && Files.isDirectory(file))) {
        found.add(new FileError(file.toString(), "not a regular file (a device, FIFO or socket): not read"));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      found.add(new FileError(file.toString(), "cannot read: " + describe(e)));
      return FileVisitResult.CONTINUE;
    }
  }

  private static String describe(Exception e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemLoopException) {
      return "folder loop";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private void readOne(Path file, List<Article> articles, List<FileError> errors, Map<String, String> firstFileById) {
    String name = file.toString();
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // Read at most one byte past the cap, never trusting the size the file system reports.
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    } catch (IOException e) {
      errors.add(new FileError(name, "cannot read: " + describe(e)));
      return;
    } catch (OutOfMemoryError e) {
      errors.add(new FileError(name, "not read: out of memory"));
      return;
    }
    if (bytes.length > MAX_FILE_BYTES) {
      errors.add(new FileError(name, "file larger than " + MAX_FILE_BYTES + " bytes"));
      return;
    }
    if (bytes.length == 0) {
      errors.add(new FileError(name, "empty file"));
      return;
    }
    String text;
    try {
      Optional<String> wide = WideText.decode(bytes);
      if (wide.isPresent()) {
        text = wide.get();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
          errors.add(new FileError(name, "binary file: NUL character at character " + nul));
          return;
        }
      } else {
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] == 0) {
            errors.add(new FileError(name, "binary file: NUL byte at byte " + i));
            return;
          }
        }
        text = decodeUtf8(bytes);
      }
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
