package io.crosscheck.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a regular expression and names literal strings of which every match holds at least one:
 * {@code (denied|denies) (the )?claims?} needs "denied" or "denies"; {@code did not mention} needs
 * "did" (the spaces a cue compiles to are classes, so each word is its own literal). A text holding
 * none of them cannot match, which lets a list of cues skip most of its patterns with a cheap
 * {@link String#contains} instead of running every pattern over every sentence.
 *
 * <p>The reading is conservative: a construct it does not know (a {@code \\u} escape, an inline
 * flag, a back reference) makes the answer empty, meaning "no literal is known to be needed", so
 * the pattern is always run. Literals are case-sensitive, as the pattern is.
 */
final class RequiredLiterals {
  /** A requirement: a match holds one of {@code any}; null when nothing is known to be needed. */
  private record Need(Set<String> any) {
    static final Need NONE = new Need(null);

    /** The shortest alternative's length: the longer, the rarer in text. */
    int strength() {
      return any == null ? 0 : any.stream().mapToInt(String::length).min().orElse(0);
    }

    static Need of(String literal) {
      return literal.isEmpty() ? NONE : new Need(Set.of(literal));
    }
  }

  /** The expression could not be read. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  /** Fewer characters than this make a literal too common to be worth testing. */
  private static final int MIN_LENGTH = 2;

  private final String regex;
  private int pos;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /** Literals one of which every match of {@code regex} holds; empty when none is known. */
  static Optional<List<String>> of(String regex) {
    return read(regex).map(RequiredLiterals::strongest).filter(need -> need.strength() >= MIN_LENGTH)
        .map(need -> List.copyOf(need.any()));
  }

  /**
   * Every requirement {@code regex} makes, each a list of literals one of which every match holds:
   * {@code (denied|disputed) (the )?(account|claim)} gives [denied, disputed] and [account, claim],
   * and a text must hold a literal of each. Empty when none is known. A text missing one requirement
   * is skipped even when it holds the other: "the account" alone, without a denial.
   */
  static List<List<String>> allOf(String regex) {
    List<List<String>> out = new ArrayList<>();
    for (Need need : read(regex).orElse(List.of())) {
      if (need.strength() >= MIN_LENGTH) {
        out.add(List.copyOf(need.any()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Literals one of which every match of {@code regex} starts with, once the zero-width tests before
   * it are met: {@code (?<!x)(the )?(claims?|reports?) that} starts with "the", "claim" or "report".
   * Empty when none is known: a match may start with a class ({@code [\p{L}-]++ account}), an
   * optional letter, or nothing.
   */
  static List<String> firstOf(String regex) {
    try {
      RequiredLiterals reader = new RequiredLiterals(regex);
      Set<String> first = reader.firstOfAlternation();
      return reader.pos != regex.length() || first == null || first.isEmpty() ? List.of() : List.copyOf(first);
    } catch (Unreadable | IndexOutOfBoundsException e) {
      return List.of();
    }
  }

  /** The first literals of the alternatives at {@code pos}, all read past; null when a branch has none known or may match nothing. */
  private Set<String> firstOfAlternation() {
    Set<String> out = firstOfSequence();
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      Set<String> branch = firstOfSequence();
      out = out == null || branch == null ? null : union(out, branch);
    }
    return out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return out;
  }

  /**
   * The first literals of a sequence, read past to its end: those of each optional group before its
   * first required atom, and that atom's. Null when one of those atoms starts with no known literal,
   * or when every atom is optional.
   */
  private Set<String> firstOfSequence() {
    Set<String> out = new LinkedHashSet<>();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      int literal = literalChar();
      if (literal >= 0) {
        String run = literalRun(literal);
        sequence(); // what follows cannot start a match
        if (run.isEmpty()) {
          return null;
        }
        out.add(run);
        return out;
      }
      char c = regex.charAt(pos);
      if (c == '(') {
        boolean look = regex.startsWith("(?=", pos) || regex.startsWith("(?!", pos) || regex.startsWith("(?<", pos);
        Set<String> inner = firstOfGroup();
        int min = quantifier();
        if (look) {
          continue; // zero-width: the match starts after it
        }
        if (inner == null) {
          sequence();
          return null;
        }
        out.addAll(inner);
        if (min >= 1) {
          sequence();
          return out;
        }
        continue; // "(the )?": what follows may start the match too
      }
      if (c == '\\' && (regex.charAt(pos + 1) == 'b' || regex.charAt(pos + 1) == 'B')) {
        pos += 2;
        continue;
      }
      sequence(); // a class, any character, an anchor: no literal known
      return null;
    }
    return null;
  }

  /**
   * The literal run that starts with {@code first} (already read): the letters up to the first one
   * a quantifier makes optional or repeats, that one included when it is required ("report" of
   * "reports?", "sa" of "sa+id"). Empty when {@code first} itself is optional.
   */
  private String literalRun(int first) {
    StringBuilder run = new StringBuilder();
    int literal = first;
    while (literal >= 0) {
      int min = quantifier();
      if (min >= 1) {
        run.appendCodePoint(literal);
      }
      if (min != 1 || repeated || pos >= regex.length()) {
        break;
      }
      literal = literalChar();
    }
    return run.toString();
  }

  /** Reads a group and returns its alternatives' first literals; those of a look-around are read past all the same. */
  private Set<String> firstOfGroup() {
    pos++;
    if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos) || regex.startsWith("?=", pos)
        || regex.startsWith("?!", pos)) {
      pos += 2;
    } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
      pos += 3;
    } else if (regex.charAt(pos) == '?') {
      throw new Unreadable();
    }
    Set<String> inner = firstOfAlternation();
    if (regex.charAt(pos) != ')') {
      throw new Unreadable();
    }
    pos++;
    return inner;
  }

  /** The requirements of {@code regex}, all of which every match meets; empty when it cannot be read. */
  private static Optional<List<Need>> read(String regex) {
    try {
      RequiredLiterals reader = new RequiredLiterals(regex);
      List<Need> needs = reader.alternation();
      return reader.pos != regex.length() ? Optional.empty() : Optional.of(needs);
    } catch (Unreadable | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** The requirements of the alternatives at {@code pos}: a branch's own, or one that any branch meets. */
  private List<Need> alternation() {
    List<List<Need>> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Set<String> any = new LinkedHashSet<>();
    for (List<Need> branch : branches) {
      Need best = strongest(branch);
      if (best.any() == null) {
        return List.of();
      }
      any.addAll(best.any());
    }
    return List.of(new Need(any));
  }

  /** The requirements of a sequence of atoms, in reading order: each literal run and each required group's. */
  private List<Need> sequence() {
    List<Need> needs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      int literal = literalChar();
      List<Need> atom = literal >= 0 ? null : atom();
      int min = quantifier();
      if (literal >= 0 && min == 1 && !repeated) {
        run.appendCodePoint(literal);
        continue;
      }
      if (literal >= 0 && min >= 1) {
        run.appendCodePoint(literal);
      }
      add(needs, Need.of(run.toString()));
      run.setLength(0);
      if (atom != null && min >= 1) {
        atom.forEach(n -> add(needs, n));
      }
    }
    add(needs, Need.of(run.toString()));
    return needs;
  }

  private static void add(List<Need> needs, Need need) {
    if (need.any() != null) {
      needs.add(need);
    }
  }

  /** The first of the strongest requirements, {@link Need#NONE} when there is none. */
  private static Need strongest(List<Need> needs) {
    Need best = Need.NONE;
    for (Need n : needs) {
      if (n.strength() > best.strength()) {
        best = n;
      }
    }
    return best;
  }

  /** Whether the last quantifier read may repeat its atom (so a literal run must end after it). */
  private boolean repeated;

  /** The code point of a literal at {@code pos} (consumed), or -1 when the atom is no literal. */
  private int literalChar() {
    char c = regex.charAt(pos);
    if ("()[].^$|?*+{".indexOf(c) >= 0) {
      return -1;
    }
    if (c == '\\') {
      char next = regex.charAt(pos + 1);
      if (Character.isLetterOrDigit(next)) {
        return -1;
      }
      pos += 2;
      return next;
    }
    int cp = regex.codePointAt(pos);
    pos += Character.charCount(cp);
    return cp;
  }

  /** Reads one atom that is not a literal and returns what it needs. */
  private List<Need> atom() {
    char c = regex.charAt(pos);
    switch (c) {
      case '(' -> {
        return group();
      }
      case '[' -> {
        skipClass();
        return List.of();
      }
      case '.', '^', '$' -> {
        pos++;
        return List.of();
      }
      case '\\' -> {
        escape();
        return List.of();
      }
      default -> throw new Unreadable();
    }
  }

  private List<Need> group() {
    pos++;
    boolean look = false;
    if (regex.startsWith("?:", pos) || regex.startsWith("?>", pos)) {
      pos += 2;
    } else if (regex.startsWith("?=", pos) || regex.startsWith("?!", pos)) {
      pos += 2;
      look = true;
    } else if (regex.startsWith("?<=", pos) || regex.startsWith("?<!", pos)) {
      pos += 3;
      look = true;
    } else if (regex.charAt(pos) == '?') {
      throw new Unreadable();
    }
    List<Need> inner = alternation();
    if (regex.charAt(pos) != ')') {
      throw new Unreadable();
    }
    pos++;
    return look ? List.of() : inner;
  }

  /** Class escapes and zero-width escapes: {@code \s}, {@code \p{L}}, {@code \b}. */
  private void escape() {
    char kind = regex.charAt(pos + 1);
    if ("sSwWdDbBhHvR".indexOf(kind) >= 0) {
      pos += 2;
    } else if (kind == 'p' || kind == 'P') {
      int close = regex.indexOf('}', pos);
      if (regex.charAt(pos + 2) != '{' || close < 0) {
        throw new Unreadable();
      }
      pos = close + 1;
    } else {
      throw new Unreadable();
    }
  }

  private void skipClass() {
    pos++;
    if (regex.charAt(pos) == '^') {
      pos++;
    }
    if (regex.charAt(pos) == ']') {
      pos++;
    }
    while (regex.charAt(pos) != ']') {
      char c = regex.charAt(pos);
      if (c == '[' || c == '&') {
        throw new Unreadable();
      }
      if (c == '\\') {
        char kind = regex.charAt(pos + 1);
        if (kind == 'p' || kind == 'P') {
          escape();
          continue;
        }
        pos += 2;
        continue;
      }
      pos++;
    }
    pos++;
  }

  /** Reads a quantifier, if any, and returns its minimum count (1 when there is none). */
  private int quantifier() {
    repeated = false;
    if (pos >= regex.length()) {
      return 1;
    }
    char c = regex.charAt(pos);
    int min;
    if (c == '?' || c == '*') {
      pos++;
      min = 0;
      repeated = c == '*';
    } else if (c == '+') {
      pos++;
      min = 1;
      repeated = true;
    } else if (c == '{') {
      int close = regex.indexOf('}', pos);
      if (close < 0) {
        throw new Unreadable();
      }
      String body = regex.substring(pos + 1, close);
      if (!body.matches("\\d{1,4}(,\\d{0,4})?")) {
        throw new Unreadable();
      }
      int comma = body.indexOf(',');
      min = Integer.parseInt(comma < 0 ? body : body.substring(0, comma));
      repeated = comma >= 0 || min > 1;
      min = Math.min(min, 1);
      pos = close + 1;
    } else {
      return 1;
    }
    if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
      pos++;
    }
    return min;
  }
}
