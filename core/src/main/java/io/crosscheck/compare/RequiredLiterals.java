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
    try {
      RequiredLiterals reader = new RequiredLiterals(regex);
      Need need = reader.alternation();
      if (reader.pos != regex.length() || need.strength() < MIN_LENGTH) {
        return Optional.empty();
      }
      return Optional.of(List.copyOf(need.any()));
    } catch (Unreadable | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private Need alternation() {
    List<Need> branches = new ArrayList<>();
    branches.add(sequence());
    while (pos < regex.length() && regex.charAt(pos) == '|') {
      pos++;
      branches.add(sequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Set<String> any = new LinkedHashSet<>();
    for (Need branch : branches) {
      if (branch.any() == null) {
        return Need.NONE;
      }
      any.addAll(branch.any());
    }
    return new Need(any);
  }

  private Need sequence() {
    Need best = Need.NONE;
    StringBuilder run = new StringBuilder();
    while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
      int literal = literalChar();
      Need atom = literal >= 0 ? null : atom();
      int min = quantifier();
      if (literal >= 0 && min == 1 && !repeated) {
        run.appendCodePoint(literal);
        continue;
      }
      if (literal >= 0 && min >= 1) {
        run.appendCodePoint(literal);
      }
      best = stronger(best, Need.of(run.toString()));
      run.setLength(0);
      if (atom != null && min >= 1) {
        best = stronger(best, atom);
      }
    }
    return stronger(best, Need.of(run.toString()));
  }

  private static Need stronger(Need a, Need b) {
    return b.strength() > a.strength() ? b : a;
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
  private Need atom() {
    char c = regex.charAt(pos);
    switch (c) {
      case '(' -> {
        return group();
      }
      case '[' -> {
        skipClass();
        return Need.NONE;
      }
      case '.', '^', '$' -> {
        pos++;
        return Need.NONE;
      }
      case '\\' -> {
        escape();
        return Need.NONE;
      }
      default -> throw new Unreadable();
    }
  }

  private Need group() {
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
    Need inner = alternation();
    if (regex.charAt(pos) != ')') {
      throw new Unreadable();
    }
    pos++;
    return look ? Need.NONE : inner;
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
