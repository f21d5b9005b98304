package io.crosscheck.lexicon;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Named word lists that stages read their cue words from: speech verbs, anonymity phrases, vague
 * magnitudes, units. Immutable; {@link #with} returns an extended copy.
 *
 * <p>The defaults live in {@code src/main/resources/io/crosscheck/lexicon/NAME.txt}, one entry per
 * line, {@code #} starting a comment; {@code index.txt} names the lists; docs/lexicons.md documents
 * every list and its line format. {@link #fromFolder} loads edited copies from a folder. {@code
 * Lexicon.defaults().entries("speech-verbs")} gives {@code [said, told, added, ...]}.
 */
public final class Lexicon {
  private static final String RESOURCE_DIR = "/io/crosscheck/lexicon/";
  private static final String TXT = ".txt";
  private static final String INDEX = "index";
  private static final int MAX_SUGGESTION_EDITS = 2;

  private final ImmutableSortedMap<String, ImmutableList<String>> lists;

  /**
   * Whether a {@code quantity-classes} class measures a share of a whole (its name ends in {@code
   * _SHARE}: "turnout was 76 percent"). Such a class names percentages only; "a turnout of 9,000"
   * counts who came.
   *
   * @param quantityClass a class from the {@code quantity-classes} list
   * @return whether it classes percentages only
   */
  public static boolean isShareClass(String quantityClass) {
    return quantityClass.endsWith(SHARE_CLASS_SUFFIX);
  }

  /** How the name of a share class ({@link #isShareClass}) ends. */
  public static final String SHARE_CLASS_SUFFIX = "_SHARE";

  private Lexicon(Map<String, ImmutableList<String>> lists) {
    this.lists = ImmutableSortedMap.copyOf(lists);
  }

  /**
   * The lists shipped with crosscheck, loaded once per call; cache the result.
   *
   * @return the default lexicon
   */
  public static Lexicon defaults() {
    Map<String, ImmutableList<String>> lists = new TreeMap<>();
    for (String name : readResource(INDEX)) {
      lists.put(name, ImmutableList.copyOf(readResource(name)));
    }
    return new Lexicon(lists);
  }

  /**
   * A lexicon holding exactly these lists; handy for tests with a three-word lexicon.
   *
   * @param lists entries by list name
   * @return the lexicon
   */
  public static Lexicon of(Map<String, ? extends Collection<String>> lists) {
    Map<String, ImmutableList<String>> copy = new TreeMap<>();
    lists.forEach((name, entries) -> copy.put(name, ImmutableList.copyOf(entries)));
    return new Lexicon(copy);
  }

  /**
   * The entries of list {@code name}, in file order; empty when there is no such list.
   *
   * @param name a list name, e.g. {@code speech-verbs}
   * @return the entries, comments and blanks removed
   */
  public List<String> entries(String name) {
    checkNotNull(name, "name");
    return lists.getOrDefault(name, ImmutableList.of());
  }

  /**
   * The names of the lists this lexicon holds.
   *
   * @return the names, sorted
   */
  public Set<String> names() {
    return lists.keySet();
  }

  /**
   * Loads lists from a folder: the default lists, with each {@code NAME.txt} in {@code folder}
   * replacing list {@code NAME} (same line format as the shipped files; see docs/lexicons.md). Copy
   * the shipped files, edit them, and load the folder. Other files and {@code index.txt} are ignored.
   *
   * @param folder a folder holding one or more {@code NAME.txt} files
   * @return the defaults with the folder's lists in place of theirs
   * @throws IOException when the folder or a file cannot be read
   * @throws IllegalArgumentException when a file names no known list (the message names the known
   *     ones), or the folder holds no {@code .txt} file
   */
  public static Lexicon fromFolder(Path folder) throws IOException {
    checkNotNull(folder, "folder");
    Lexicon defaults = defaults();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(TXT) && Files.isRegularFile(p))
          .filter(p -> !p.getFileName().toString().equals(INDEX + TXT))
          .sorted()
          .toList();
    }
    checkArgument(!files.isEmpty(), "no lexicon lists (NAME.txt files) in %s", folder);
    Map<String, ImmutableList<String>> copy = new TreeMap<>(defaults.lists);
    for (Path file : files) {
      String fileName = file.getFileName().toString();
      String name = fileName.substring(0, fileName.length() - TXT.length());
      defaults.requireKnown(name, file + ": ");
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        copy.put(name, ImmutableList.copyOf(parse(reader)));
      }
    }
    return new Lexicon(copy);
  }

  /**
   * A copy with {@code extra} appended to list {@code name}.
   *
   * @param name a list this lexicon has, e.g. {@code speech-verbs}
   * @param extra entries in the list's line format
   * @return the extended copy
   * @throws IllegalArgumentException when there is no list {@code name}; the message names the known
   *     lists (use {@link #withList} to add a new one)
   */
  public Lexicon with(String name, Collection<String> extra) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "blank list name");
    requireKnown(name, "");
    return merged(name, entries(name), extra);
  }

  /**
   * A copy with list {@code name} set to exactly {@code entries}, created when missing: a custom
   * check's own word list.
   *
   * @param name the list's name
   * @param entries entries, one per element; comments and blanks are dropped
   * @return the copy
   */
  public Lexicon withList(String name, Collection<String> entries) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "blank list name");
    return merged(name, List.of(), entries);
  }

  private void requireKnown(String name, String context) {
    if (!lists.containsKey(name)) {
      throw new IllegalArgumentException(context + "unknown lexicon list \"" + name + "\""
          + closest(name).map(c -> " (did you mean \"" + c + "\"?)").orElse("")
          + "; known lists: " + String.join(", ", lists.keySet()));
    }
  }

  /** The known name nearest to a misspelt one, within two edits: "speech-verb" gives "speech-verbs". */
  private Optional<String> closest(String name) {
    String best = null;
    int bestDistance = MAX_SUGGESTION_EDITS + 1;
    for (String known : lists.keySet()) {
      int d = editDistance(name, known);
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int editDistance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > MAX_SUGGESTION_EDITS) {
      return MAX_SUGGESTION_EDITS + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private Lexicon merged(String name, List<String> base, Collection<String> extra) {
    Map<String, ImmutableList<String>> copy = new TreeMap<>(lists);
    List<String> merged = new ArrayList<>(base);
    for (String e : extra) {
      String entry = clean(checkNotNull(e, "entry"));
      if (!entry.isEmpty() && !merged.contains(entry)) {
        merged.add(entry);
      }
    }
    copy.put(name, ImmutableList.copyOf(merged));
    return new Lexicon(copy);
  }

  static List<String> parse(BufferedReader reader) throws IOException {
    List<String> out = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      String entry = clean(line);
      if (!entry.isEmpty()) {
        out.add(entry);
      }
    }
    return out;
  }

  private static String clean(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }

  private static List<String> readResource(String name) {
    String path = RESOURCE_DIR + name + TXT;
    try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing from the jar: " + path);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lexicon other && lists.equals(other.lists);
  }

  @Override
  public int hashCode() {
    return lists.hashCode();
  }

  @Override
  public String toString() {
    return "Lexicon" + lists.keySet();
  }
}
