package io.crosscheck.attribution;

import io.crosscheck.internal.SortedLists;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names an unnamed spokesperson from a later apposition.
 *
 * <p>{@code The dam leaked, a spokesman for the regulator said. The spokesman, Pieter Aalst, said
 * ...}: the first statement is Aalst's too. Only one named spokesperson with that role word may
 * follow, and the later phrase must point back ("the spokesman, Pieter Aalst").
 */
final class CataphoricSpokespeople {
  /** An unnamed spokesperson's role word: "a spokesman for the regulator". */
  private static final Pattern UNNAMED = Pattern.compile("^(?:a|an|the)?\\s*(spokes(?:man|woman|person))\\b");
  /** The later back-reference with a name: "The spokesman, Pieter Aalst". */
  private static final Pattern NAMED_AFTER = Pattern.compile("^the (spokes(?:man|woman|person)),");

  /** How many later attributions may name an unnamed spokesperson. */
  private static final int LOOKAHEAD = 2;

  private CataphoricSpokespeople() {}

  /**
   * "A spokeswoman for the board said … “…,” said Ana Kovac.": the next attribution, when its
   * named speaker now holds exactly this role (see {@link SpeakerResolver}), names the unnamed one.
   */
  private static java.util.Optional<Attribution> heldByNext(List<Attribution> out, int i) {
    Attribution a = out.get(i);
    String role = a.source().name().toLowerCase(Locale.ROOT);
    for (Attribution b : out.subList(i + 1, Math.min(out.size(), i + 1 + LOOKAHEAD))) {
      boolean named = b.source().kind() == SourceKind.NAMED_SPOKESPERSON;
      if (named && b.source().role().map(r -> r.equalsIgnoreCase(role)).orElse(false)) {
        return java.util.Optional.of(b);
      }
    }
    return java.util.Optional.empty();
  }

  static List<Attribution> named(List<Attribution> found) {
    List<Attribution> out = new ArrayList<>(found);
    // For each role word, the later named back-references ("the spokesman, Pieter Aalst,"), found once:
    // the work is linear in the attributions, not quadratic.
    Map<String, List<Integer>> laterNamed = new HashMap<>();
    for (int k = 0; k < out.size(); k++) {
      Attribution b = out.get(k);
      if (b.source().kind() != SourceKind.NAMED_SPOKESPERSON) {
        continue;
      }
      Matcher m = NAMED_AFTER.matcher(b.sourceText().toLowerCase(Locale.ROOT));
      if (m.find()) {
        laterNamed.computeIfAbsent(m.group(1), r -> new ArrayList<>()).add(k);
      }
    }
    Map<String, int[]> runsFrom = new HashMap<>();
    laterNamed.forEach((role, at) -> runsFrom.put(role, runs(out, at)));
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      Matcher m = UNNAMED.matcher(a.sourceText().toLowerCase(Locale.ROOT));
      if (a.source().kind() != SourceKind.ANONYMOUS || !m.find()) {
        continue;
      }
      List<Integer> at = laterNamed.getOrDefault(m.group(1), List.of());
      int first = firstAfter(at, i);
      int count = first < at.size() ? runsFrom.get(m.group(1))[first] : 0;
      if (count == 1) {
        out.set(i, a.withSource(out.get(at.get(at.size() - 1)).source()));
      } else if (count == 0) {
        java.util.Optional<Attribution> holder = heldByNext(out, i);
        if (holder.isPresent()) {
          out.set(i, a.withSource(holder.get().source()));
        }
      }
    }
    return out;
  }

  /** For each position in {@code at}, how many runs of one name the matches from there to the end hold. */
  private static int[] runs(List<Attribution> out, List<Integer> at) {
    int[] runs = new int[at.size()];
    for (int k = at.size() - 1; k >= 0; k--) {
      boolean sameAsNext = k + 1 < at.size() && out.get(at.get(k)).source().name()
          .equals(out.get(at.get(k + 1)).source().name());
      runs[k] = k + 1 < at.size() ? runs[k + 1] + (sameAsNext ? 0 : 1) : 1;
    }
    return runs;
  }

  /** The index of the first entry of the ascending {@code at} greater than {@code i}. */
  private static int firstAfter(List<Integer> at, int i) {
    return SortedLists.firstAbove(at, Integer::intValue, i, false);
  }
}
