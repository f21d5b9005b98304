package io.crosscheck.compare;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Interval;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether two figures measure the same quantity, from their kind, counted thing, subject
 * classes ({@code quantity-classes} lexicon) and scope; converts durations to minutes.
 *
 * <p>"212 civilians killed" and "at least 340 civilians killed" are one quantity; "129 hostages
 * remain" and "over 240 abducted" are not (HELD vs TAKEN); "about 9,000 people" and "20,000
 * people" are not comparable at all (no class says what about the people is counted).
 */
final class Quantities {
  private final Map<String, String> classes = new HashMap<>();
  private final Map<String, Double> minutes = new HashMap<>();

  Quantities(Lexicon lexicon) {
    for (String entry : lexicon.entries("quantity-classes")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2) {
        classes.put(parts[0].strip().toLowerCase(java.util.Locale.ROOT), parts[1].strip());
      }
    }
    for (String entry : lexicon.entries("duration-units")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2) {
        minutes.put(parts[0].strip().toLowerCase(java.util.Locale.ROOT), Double.valueOf(parts[1].strip()));
      }
    }
  }

  /** True when the two figures count the same thing in the same way (values not compared). */
  boolean same(Figure a, Figure b) {
    if (a.kind() != b.kind() || a.kind() == FigureKind.ORDINAL || a.kind() == FigureKind.DATE
        || a.kind() == FigureKind.OTHER || a.subject().isEmpty() || b.subject().isEmpty()) {
      return false;
    }
    Set<String> ca = classes(a.subject().get());
    if (ca.isEmpty() || !ca.equals(classes(b.subject().get()))) {
      return false;
    }
    if (a.scope().isPresent() && b.scope().isPresent()
        && !Subjects.key(a.scope().get()).equals(Subjects.key(b.scope().get()))) {
      return false;
    }
    return switch (a.kind()) {
      case DURATION -> ca.contains("MEETING") && toMinutes(a).isPresent() && toMinutes(b).isPresent();
      case MONEY -> a.unit().equals(b.unit()) && sameHead(a, b);
      default -> sameHead(a, b);
    };
  }

  /** The interval to compare: minutes for durations, the figure's own otherwise. */
  Interval comparable(Figure f) {
    if (f.kind() != FigureKind.DURATION) {
      return f.interval();
    }
    double factor = toMinutes(f).orElse(1.0);
    Interval i = f.interval();
    return new Interval(i.low() * factor, i.high() * factor);
  }

  private Optional<Double> toMinutes(Figure f) {
    Optional<String> unit = f.unit().or(() -> f.subject().map(s -> s.split("\\s+")[0]));
    return unit.map(u -> minutes.get(u.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z-]", "")));
  }

  /**
   * What is counted: the unit, else the first subject word that is not a class word ("civilians
   * killed" gives "civilian"); empty when the subject names only the class ("killed"), which then
   * matches any counted thing.
   */
  private Optional<String> head(Figure f) {
    if (f.unit().isPresent()) {
      return Optional.of(Subjects.key(f.unit().get())).filter(k -> !k.isEmpty());
    }
    for (String w : Texts.words(f.subject().orElse(""))) {
      if (!classes.containsKey(w)) {
        return Optional.of(Subjects.key(w));
      }
    }
    return Optional.empty();
  }

  private boolean sameHead(Figure a, Figure b) {
    Optional<String> ha = head(a);
    Optional<String> hb = head(b);
    return ha.isEmpty() || hb.isEmpty() || ha.equals(hb);
  }

  Set<String> classes(String subject) {
    Set<String> out = new TreeSet<>();
    List<String> words = new ArrayList<>(Texts.words(subject));
    for (String w : words) {
      String c = classes.get(w);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
