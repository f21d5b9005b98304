package io.crosscheck.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of a disagreement (FORMATS.md {@code finding.type}). The four built-in kinds are
 * constants; a user's check names its own with {@link #of(String)}, e.g.
 * {@code FindingType.of("HEADLINE_MISMATCH")}. Names are upper-case words joined by underscores, as
 * they appear in the JSON report. Built-in kinds sort first, in the order declared here, then custom
 * kinds by name.
 */
public final class FindingType implements Comparable<FindingType> {
  /** The same measured quantity with values that cannot both be true. */
  public static final FindingType NUMERIC_CONFLICT = new FindingType("NUMERIC_CONFLICT", 0);
  /** One party's account of what was said or agreed, disputed by another. */
  public static final FindingType ACCOUNT_DISPUTE = new FindingType("ACCOUNT_DISPUTE", 1);
  /** An account that leaves out what another account of the same event centres on. */
  public static final FindingType OMISSION = new FindingType("OMISSION", 2);
  /** One remark quoted in different words, or credited to different speakers. */
  public static final FindingType QUOTE_MISMATCH = new FindingType("QUOTE_MISMATCH", 3);

  private static final List<FindingType> BUILT_INS = List.of(NUMERIC_CONFLICT, ACCOUNT_DISPUTE, OMISSION, QUOTE_MISMATCH);
  private static final int MAX_NAME_LENGTH = 64;
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9]{0,63}(?:_[A-Z0-9]{1,63}){0,31}");

  private final String name;
  private final int order;

  private FindingType(String name, int order) {
    this.name = name;
    this.order = order;
  }

  /**
   * The kind with this name: a built-in constant when the name is one, else a custom kind.
   *
   * @param name upper-case words joined by underscores, at most 64 characters ({@code HEADLINE_MISMATCH})
   * @return the kind
   * @throws IllegalArgumentException when the name is not of that form
   */
  public static FindingType of(String name) {
    checkNotNull(name, "name");
    for (FindingType t : BUILT_INS) {
      if (t.name.equals(name)) {
        return t;
      }
    }
    checkArgument(name.length() <= MAX_NAME_LENGTH && NAME.matcher(name).matches(),
        "finding type must be upper-case words joined by underscores (like HEADLINE_MISMATCH), at most %s characters: %s",
        MAX_NAME_LENGTH, name);
    return new FindingType(name, BUILT_INS.size());
  }

  /**
   * The four kinds crosscheck's own checks report, in their report order.
   *
   * @return NUMERIC_CONFLICT, ACCOUNT_DISPUTE, OMISSION, QUOTE_MISMATCH
   */
  public static List<FindingType> builtIns() {
    return BUILT_INS;
  }

  /**
   * The name as written in the JSON report.
   *
   * @return the name, e.g. {@code NUMERIC_CONFLICT}
   */
  public String name() {
    return name;
  }

  /**
   * Whether one of crosscheck's own checks reports this kind.
   *
   * @return true for the four built-in kinds
   */
  public boolean builtIn() {
    return order < BUILT_INS.size();
  }

  @Override
  public int compareTo(FindingType other) {
    int byOrder = Integer.compare(order, other.order);
    return byOrder != 0 ? byOrder : name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FindingType t && t.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
