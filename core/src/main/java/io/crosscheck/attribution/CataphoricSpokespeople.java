package io.crosscheck.attribution;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
  private static final String NAMED_AFTER = "^the (%s),";

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
    for (int i = 0; i < out.size(); i++) {
      Attribution a = out.get(i);
      Matcher m = UNNAMED.matcher(a.sourceText().toLowerCase(Locale.ROOT));
      if (a.source().kind() != SourceKind.ANONYMOUS || !m.find()) {
        continue;
      }
      Pattern later = Pattern.compile(String.format(NAMED_AFTER, m.group(1)));
      Attribution named = null;
      int count = 0;
      for (Attribution b : out.subList(i + 1, out.size())) {
        if (b.source().kind() == SourceKind.NAMED_SPOKESPERSON
            && later.matcher(b.sourceText().toLowerCase(Locale.ROOT)).find()) {
          if (named == null || !named.source().name().equals(b.source().name())) {
            count++;
          }
          named = b;
        }
      }
      if (count == 1) {
        out.set(i, a.withSource(named.source()));
      } else if (count == 0) {
        java.util.Optional<Attribution> holder = heldByNext(out, i);
        if (holder.isPresent()) {
          out.set(i, a.withSource(holder.get().source()));
        }
      }
    }
    return out;
  }
}
