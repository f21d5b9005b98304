package io.crosscheck.attribution;

import io.crosscheck.internal.SortedLists;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Span;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  /** A speaker brought in by an indefinite phrase: "An attorney for the county", "an official in the north". */
  private static final Pattern INDEFINITE = Pattern.compile("(?i)an? ");
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

  /**
   * Unnamed spokespeople named by a later apposition or attribution (above), then speakers
   * introduced by their role and named in the next sentence ({@link #introduced}).
   */
  static List<Attribution> named(List<Attribution> found, SegmentedText text, CueLexicon lexicon) {
    return introduced(named(found), text, lexicon);
  }

  /**
   * "An attorney for the county says the utility has new facts. “…,” said Oskar Vell.": a speaker
   * brought in by an indefinite role ("an attorney", "an official in the north") and named by the
   * very next sentence's attribution is that person, when the name is new to the article there and
   * the named speaker holds no other office (no role, the same role, or a press role after a role
   * that is none: "an official ... Mira Olt, a spokeswoman for the council"). A name the article used
   * before, a speaker named two sentences on, "a spokeswoman" then "the spokesman, Pieter Aalst"
   * (two press roles) and "a source" (no role) stay apart.
   */
  static List<Attribution> introduced(List<Attribution> found, SegmentedText text, CueLexicon lexicon) {
    List<Attribution> out = new ArrayList<>(found);
    for (int i = 0; i + 1 < out.size(); i++) {
      Attribution a = out.get(i);
      Attribution b = out.get(i + 1);
      String head = a.source().name();
      if (a.source().kind() != SourceKind.ANONYMOUS || !INDEFINITE.matcher(a.sourceText()).lookingAt()
          || head.indexOf(' ') >= 0 || !lexicon.isRole(head.toLowerCase(Locale.ROOT))
          || b.source().kind() != SourceKind.NAMED_PERSON && b.source().kind() != SourceKind.NAMED_SPOKESPERSON
          || b.sourceSpan().isEmpty() || !nextSentence(text, a, b)
          || !b.source().role().map(r -> r.equalsIgnoreCase(head) || b.source().kind() == SourceKind.NAMED_SPOKESPERSON
              && !lexicon.isPressRole(head.toLowerCase(Locale.ROOT))).orElse(true)
          || !newAt(text.body(), b.source().name(), a.span().start())) {
        continue;
      }
      out.set(i, a.withSource(b.source()));
    }
    return out;
  }

  /** Whether the statement of {@code b} opens in the sentence after the one {@code a} is in. */
  private static boolean nextSentence(SegmentedText text, Attribution a, Attribution b) {
    int first = Math.min(a.span().start(), a.sourceSpan().map(Span::start).orElse(a.span().start()));
    int second = Math.min(b.span().start(), b.sourceSpan().get().start());
    Optional<Sentence> sa = text.sentenceAt(first);
    Optional<Sentence> sb = text.sentenceAt(second);
    return sa.isPresent() && sb.isPresent() && sb.get().index() == sa.get().index() + 1;
  }

  /** Whether the surname of {@code name} is not written in {@code body} before {@code before}. */
  private static boolean newAt(String body, String name, int before) {
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    int at = body.indexOf(surname);
    return at < 0 || at >= before;
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
