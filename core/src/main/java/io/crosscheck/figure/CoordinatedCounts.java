package io.crosscheck.figure;

import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.SegmentedText;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts coordinated before one noun share it: in "120 and 95 drones were downed" the first count
 * takes the second's unit (and its subject, when it has none of its own: "crews cleared 40 and 25
 * barges" keeps "crews cleared"). With "respectively" after them and two places coordinated
 * before ("in the Kelm and Orvath regions, where 120 and 95 drones were downed respectively"),
 * each count takes its own place as its scope ("in Kelm region", "in Orvath region"), so that it
 * is compared only with counts of that place.
 */
final class CoordinatedCounts {
  /** What may stand between two coordinated counts: "120 and 95", "120, 95", "120 or 95". */
  private static final Pattern COORDINATOR = Pattern.compile("\\s{0,3}(?:,\\s{0,3})?(?:and|or)?\\s{1,3}");
  /** The word that makes two coordinated numbers a range's bounds: "between 20 and 15". */
  private static final String BETWEEN = "between";
  /** How far before the first count the coordinated places are searched. */
  private static final int PLACES_WINDOW = 200;
  /** How far after the second count "respectively" is searched, within its sentence. */
  private static final int RESPECTIVELY_WINDOW = 80;
  /** One capitalised place name of one or two words: "Kelm", "Port Selm". */
  private static final String PLACE = "\\p{Lu}[\\p{L}'’-]{1,30}(?: \\p{Lu}[\\p{L}'’-]{1,30})?";
  /**
   * Two places after "in", "over" or "across", with a plural place noun after them when there is
   * one: "in the Kelm and Orvath regions", "over Kelm and Tarn".
   */
  private static final Pattern PLACES = Pattern.compile("\\b(?:in|over|across) (?:the )?(" + PLACE + ") and (" + PLACE
      + ")(?: (\\p{L}{3,20}s))?\\b");

  private CoordinatedCounts() {}

  /** The figures with coordinated counts completed; the others as they were, in the same order. */
  static List<Figure> share(List<Figure> figures, SegmentedText text) {
    String body = text.body();
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i + 1 < out.size(); i++) {
      Figure a = out.get(i);
      Figure b = out.get(i + 1);
      if (a.kind() != FigureKind.COUNT || b.kind() != FigureKind.COUNT || a.unit().isPresent() || b.start() < a.end()
          || !COORDINATOR.matcher(body.substring(a.end(), b.start())).matches() || afterBetween(body, a)) {
        continue;
      }
      Optional<String[]> places = respectively(text, a, b);
      out.set(i, new Figure(a.id(), a.article(), a.text(), a.span(), a.kind(), a.value(), a.qualifier(), a.interval(),
          b.unit(), a.subject().or(b::subject), places.map(p -> Optional.of(p[0])).orElse(b.scope()), a.date(),
          a.attribution()));
      if (places.isPresent()) {
        out.set(i + 1, new Figure(b.id(), b.article(), b.text(), b.span(), b.kind(), b.value(), b.qualifier(), b.interval(),
            b.unit(), b.subject(), Optional.of(places.get()[1]), b.date(), b.attribution()));
      }
    }
    return out;
  }

  /** "between 20 and 15 shelters": the bounds of a range (one the range reader refused), not two counts. */
  private static boolean afterBetween(String body, Figure a) {
    String before = body.substring(Math.max(0, a.start() - BETWEEN.length() - 1), a.start()).toLowerCase(Locale.ROOT);
    return before.strip().endsWith(BETWEEN);
  }

  /**
   * The scopes of the two counts when "respectively" follows them in their sentence and two
   * places are coordinated before them in it: "in Kelm region" and "in Orvath region". Both reads
   * stay inside the sentence and a bounded window of it.
   */
  private static Optional<String[]> respectively(SegmentedText text, Figure a, Figure b) {
    String body = text.body();
    // The sentence when the text is segmented, else a full stop within the window ends it.
    Optional<Sentence> sentence = text.sentenceAt(a.start());
    int end = Math.min(body.length(), b.end() + RESPECTIVELY_WINDOW);
    int from = Math.max(0, a.start() - PLACES_WINDOW);
    if (sentence.isPresent()) {
      end = Math.max(b.end(), Math.min(sentence.get().end(), end));
      from = Math.min(a.start(), Math.max(sentence.get().start(), from));
    } else {
      int stop = body.substring(b.end(), end).indexOf('.');
      end = stop < 0 ? end : b.end() + stop;
      from += body.substring(from, a.start()).lastIndexOf(". ") + 1; // -1 + 1 keeps the window's start
    }
    if (!body.substring(b.end(), end).toLowerCase(Locale.ROOT).contains("respectively")) {
      return Optional.empty();
    }
    String before = body.substring(from, a.start());
    Matcher m = PLACES.matcher(before);
    String[] last = null;
    while (m.find()) {
      String second = m.group(2);
      String plural = m.group(3);
      int space = second.lastIndexOf(' ');
      if (plural == null && space > 0 && second.endsWith("s")) {
        plural = second.substring(space + 1); // "in Kelm and Orvath Regions": the noun is capitalised too
        second = second.substring(0, space);
      }
      String noun = plural == null ? "" : " " + plural.substring(0, plural.length() - 1);
      last = new String[] {"in " + m.group(1) + noun, "in " + second + noun};
    }
    return Optional.ofNullable(last);
  }
}
