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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Named word lists that stages read their cue words from: speech verbs, anonymity phrases, vague
 * magnitudes, units. Immutable; {@link #with} returns an extended copy.
 *
 * <p>The defaults live in {@code src/main/resources/io/crosscheck/lexicon/NAME.txt}, one entry per
 * line, {@code #} starting a comment; {@code index.txt} names the lists. {@code
 * Lexicon.defaults().entries("speech-verbs")} gives {@code [said, told, added, ...]}.
 */
public final class Lexicon {
  private static final String RESOURCE_DIR = "/io/crosscheck/lexicon/";

  private final ImmutableSortedMap<String, ImmutableList<String>> lists;

  private Lexicon(Map<String, ImmutableList<String>> lists) {
    this.lists = ImmutableSortedMap.copyOf(lists);
  }

  /** The lists shipped with crosscheck, loaded once per call; cache the result. */
  public static Lexicon defaults() {
    Map<String, ImmutableList<String>> lists = new TreeMap<>();
    for (String name : readResource("index")) {
      lists.put(name, ImmutableList.copyOf(readResource(name)));
    }
    return new Lexicon(lists);
  }

  /** A lexicon holding exactly these lists; handy for tests with a three-word lexicon. */
  public static Lexicon of(Map<String, ? extends Collection<String>> lists) {
    Map<String, ImmutableList<String>> copy = new TreeMap<>();
    lists.forEach((name, entries) -> copy.put(name, ImmutableList.copyOf(entries)));
    return new Lexicon(copy);
  }

  /** The entries of list {@code name}, in file order; empty when there is no such list. */
  public List<String> entries(String name) {
    checkNotNull(name, "name");
    return lists.getOrDefault(name, ImmutableList.of());
  }

  public Set<String> names() {
    return lists.keySet();
  }

  /** A copy with {@code extra} appended to list {@code name} (created if missing). */
  public Lexicon with(String name, Collection<String> extra) {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "blank list name");
    Map<String, ImmutableList<String>> copy = new TreeMap<>(lists);
    List<String> merged = new ArrayList<>(entries(name));
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
    String path = RESOURCE_DIR + name + ".txt";
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
