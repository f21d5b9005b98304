package io.crosscheck.compare;

import io.crosscheck.internal.WholeWords;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A figure stated as the correction of another: "the toll stands at seven, not 13 as claimed by the
 * rights group", "not 13 but seven". The sentence itself says the two values disagree, so the
 * figure it corrects, where the article gave it before, is disputed by the figure it states,
 * whatever day or wording each carries.
 */
final class CorrectedCounts {
  /**
   * The words between a stated figure and the one it corrects: "seven, not 13", "seven and not 13",
   * "48 dead instead of the 77", "48 rather than 77".
   */
  private static final Pattern NOT_BETWEEN = Pattern.compile(
      "^(?:\\s{1,3}[\\p{L}-]{1,20})?,?\\s{1,3}(?:(?:and\\s{1,3})?not|instead\\s{1,3}of|rather\\s{1,3}than)\\s{1,3}(?:the\\s{1,3})?$");
  /** The words between a corrected figure and the one stated: "not 13 but seven", "not 13, but rather seven". */
  private static final Pattern BUT_BETWEEN = Pattern.compile("^,?\\s{1,3}but\\s{1,3}(?:rather\\s{1,3})?$");
  /** "not" right before a figure: the first half of {@link #BUT_BETWEEN}. */
  private static final Pattern NOT_BEFORE = Pattern.compile("\\bnot\\s{1,3}$");
  /** How long the words between the two figures of a correction may be. */
  private static final int BETWEEN_CHARS = 40;

  /** A count lowered in the sentence that states it: "lowering the total", "revised the toll down", "reduced". */
  private static final Pattern LOWERING = Pattern.compile(
      "(?i)\\b(?:lower(?:ed|ing|s)?|reduc(?:ed|ing|es)|down\\s{1,3}to|less|revis(?:ed|ing|es)\\b[^.;]{0,60}\\bdown)\\b");
  /** The older value of a lowered count: "from 412", "from the earlier tally of 412". */
  private static final Pattern FROM_OLD = Pattern.compile(
      "(?i)\\bfrom\\s{1,3}(?:the\\s{1,3}(?:(?:previous|earlier|initial|original)\\s{1,3})?(?:figure|toll|total|count|estimate|tally)\\s{1,3}of\\s{1,3})?$");
  /** How far before a figure {@link #FROM_OLD} is looked for. */
  private static final int FROM_CHARS = 48;
  /** The class of the dead in {@code quantity-classes}: a count of them only grows, so a lower one corrects it. */
  private static final String KILLED = "KILLED";

  /** Words that make a lowered count a toll, in its sentence or the one before: the words of {@link #KILLED}. */
  private final WholeWords toll;

  CorrectedCounts(Lexicon lexicon) {
    List<String> words = new ArrayList<>();
    for (String entry : lexicon.entries("quantity-classes")) {
      String[] parts = entry.split("\\|", 2);
      if (parts.length == 2 && parts[1].strip().equals(KILLED) && parts[0].strip().chars().allMatch(Character::isLetter)) {
        words.add(parts[0].strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    this.toll = WholeWords.of(words.toArray(String[]::new));
  }

  /** The figure a sentence states and the one it says is wrong. */
  private record Correction(Figure stated, Figure corrected, Sentence sentence) {}

  List<Finding> check(Batch batch) {
    List<Finding> out = new ArrayList<>();
    List<ArticleView> views = ArticleView.of(batch.articles());
    for (ArticleView view : views) {
      for (Correction c : corrections(view)) {
        // The value corrected is another article's when this one never gave it: "30 and not 31 as
        // first reported" answers the report of 31. With no figure giving it anywhere, the sentence
        // holds both sides: "confirmed 48 dead instead of the 77 first given".
        out.add(original(view, c).map(o -> finding(view, c, view, o))
            .or(() -> elsewhere(views, view, c).map(o -> finding(view, c, o.view(), o.located())))
            .orElseGet(() -> finding(view, c, view, new Located(c.corrected(), c.sentence()))));
      }
      out.addAll(lowered(view));
      out.addAll(loweredFromEarlier(view));
    }
    return out;
  }

  /** Words right before a toll lowered to it with no older value in its sentence: "revised down to 125", "lowered to 125". */
  private static final Pattern LOWERED_TO = Pattern.compile("(?i)\\b(?:down|lowered|reduced)\\s{1,3}to\\s{1,3}$");
  /** How far before a figure {@link #LOWERED_TO} is looked for. */
  private static final int LOWERED_TO_CHARS = 24;

  /**
   * A toll lowered with its older value given earlier in the article: "At least 412 people died …"
   * and later "the toll was revised down to 288". The lowered toll says the earlier count was
   * wrong: the nearest earlier, higher count of the dead, in another sentence, disagrees with it.
   */
  private List<Finding> loweredFromEarlier(ArticleView view) {
    List<Finding> out = new ArrayList<>();
    List<Figure> figures = view.article().figures();
    String body = view.body();
    for (Figure now : figures) {
      if (now.kind() != FigureKind.COUNT || now.value().isEmpty() || now.start() > body.length()
          || !LOWERED_TO.matcher(body.substring(Math.max(0, now.start() - LOWERED_TO_CHARS), now.start())).find()) {
        continue;
      }
      Optional<Sentence> s = view.article().text().sentenceAt(now.start());
      if (s.isEmpty() || !namesToll(view, s.get()) || givesOlderValue(figures, body, s.get())) {
        continue; // "from 412 to 288" is read by {@link #lowered}
      }
      Figure older = null;
      for (Figure f : figures) {
        if (f.start() >= s.get().start()) {
          break;
        }
        if (f.kind() == FigureKind.COUNT && f.value().isPresent() && f.value().getAsDouble() > now.value().getAsDouble()
            && toll.in(f.subject().orElse(""))) {
          older = f; // the nearest before wins
        }
      }
      if (older != null) {
        Sentence os = view.article().text().sentenceAt(older.start()).orElse(s.get());
        out.add(new Finding("", FindingType.NUMERIC_CONFLICT, Severity.HIGH,
            Parties.capitalise(view.party(s.get())) + " lowers " + older.text() + " to " + now.text(),
            List.of(view.evidence(older, os), view.evidence(now, s.get()))));
      }
    }
    return out;
  }

  /** Whether a figure of sentence {@code s} is an older value ({@link #FROM_OLD}): "from 412". */
  private static boolean givesOlderValue(List<Figure> figures, String body, Sentence s) {
    for (Figure f : figures) {
      if (f.start() >= s.start() && f.end() <= s.end() && olderValue(body, f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@link #FROM_OLD} stands right before figure {@code f}: it is the older value of a lowered count. */
  private static boolean olderValue(String body, Figure f) {
    return f.start() <= body.length() && FROM_OLD.matcher(body.substring(Math.max(0, f.start() - FROM_CHARS), f.start())).find();
  }

  /**
   * A toll lowered within one sentence: "cutting the sum from 412 to 288 dead", "revised the toll
   * down to 288 from an earlier tally of 412". A count of the dead only grows, so the lower
   * figure says the older one was wrong: the two disagree, as a correction does.
   */
  private List<Finding> lowered(ArticleView view) {
    List<Finding> out = new ArrayList<>();
    List<Figure> figures = view.article().figures();
    String body = view.body();
    for (Figure old : figures) {
      if (old.kind() != FigureKind.COUNT || old.value().isEmpty() || !olderValue(body, old)) {
        continue;
      }
      Optional<Sentence> s = view.article().text().sentenceAt(old.start());
      if (s.isEmpty() || !LOWERING.matcher(s.get().text()).find() || !namesToll(view, s.get())) {
        continue;
      }
      newValue(figures, old, s.get()).ifPresent(now -> out.add(new Finding("", FindingType.NUMERIC_CONFLICT, Severity.HIGH,
          Parties.capitalise(view.party(s.get())) + " lowers " + old.text() + " to " + now.text(),
          List.of(view.evidence(old, s.get()), view.evidence(now, s.get())))));
    }
    return out;
  }

  /** Whether the sentence, or the one before it, names the dead. */
  private boolean namesToll(ArticleView view, Sentence s) {
    return toll.in(s.text()) || s.index() > 0 && toll.in(view.sentences().get(s.index() - 1).text());
  }

  /** The stated count nearest to {@code old} in its sentence that lies below it: the lowered toll. */
  private static Optional<Figure> newValue(List<Figure> figures, Figure old, Sentence s) {
    Figure best = null;
    for (Figure f : figures) {
      if (f == old || f.kind() != FigureKind.COUNT || f.value().isEmpty() || f.start() < s.start() || f.end() > s.end()
          || f.value().getAsDouble() >= old.value().getAsDouble() || CountMoments.olderValue(f, s)) {
        continue;
      }
      if (best == null || Math.abs(f.start() - old.start()) < Math.abs(best.start() - old.start())) {
        best = f;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every correction in the article, read from each pair of figures next to each other in a sentence. */
  private static List<Correction> corrections(ArticleView view) {
    List<Figure> figures = view.article().figures();
    String body = view.body();
    List<Correction> out = new ArrayList<>();
    for (int i = 0; i + 1 < figures.size(); i++) {
      Figure first = figures.get(i);
      Figure second = figures.get(i + 1);
      // The words between the two figures are read first, from the body: most pairs stop there.
      if (first.kind() == FigureKind.DATE || first.kind() != second.kind() || second.start() < first.end()
          || second.start() - first.end() > BETWEEN_CHARS || second.start() > body.length()
          || !first.interval().isDisjointFrom(second.interval())) {
        continue;
      }
      String between = body.substring(first.end(), second.start());
      boolean after = NOT_BETWEEN.matcher(between).matches();
      boolean before = !after && BUT_BETWEEN.matcher(between).matches()
          && NOT_BEFORE.matcher(body.substring(Math.max(0, first.start() - BETWEEN_CHARS), first.start())).find();
      Optional<Sentence> s = after || before ? view.article().text().sentenceAt(first.start()) : Optional.empty();
      if (s.isEmpty() || second.end() > s.get().end()) {
        continue;
      }
      out.add(after ? new Correction(first, second, s.get()) : new Correction(second, first, s.get()));
    }
    return out;
  }

  /**
   * The figure of the article, in another sentence, that gives the corrected value ("at least 412"
   * gives 412): the nearest before the correction, else the first after it, where a story that
   * leads with the correction tells who gave the older count ("Earlier, the agency announced 412").
   */
  private static Optional<Located> original(ArticleView view, Correction c) {
    Located before = null;
    for (Figure f : view.article().figures()) {
      if (f.start() >= c.sentence().start() && f.start() < c.sentence().end()) {
        continue;
      }
      Optional<Sentence> s = view.article().text().sentenceAt(f.start());
      if (f.kind() == c.corrected().kind() && f.value().isPresent() && f.value().equals(c.corrected().value()) && s.isPresent()) {
        if (f.start() > c.sentence().start()) {
          return Optional.of(before != null ? before : new Located(f, s.get()));
        }
        before = new Located(f, s.get());
      }
    }
    return Optional.ofNullable(before);
  }

  /**
   * The first figure of another article giving the corrected value as a count of the same thing:
   * of the dead when the correction counts the dead, else sharing a word of its subject.
   */
  private Optional<Placed> elsewhere(List<ArticleView> views, ArticleView view, Correction c) {
    String subject = c.stated().subject().orElse("");
    boolean ofDead = toll.in(subject);
    for (ArticleView other : views) {
      if (other == view) {
        continue;
      }
      for (Figure f : other.article().figures()) {
        String theirs = f.subject().orElse("");
        if (f.kind() == c.corrected().kind() && f.value().isPresent() && f.value().equals(c.corrected().value())
            && (ofDead ? toll.in(theirs) : !toll.in(theirs) && sharesAWord(subject, theirs))) {
          Optional<Sentence> s = other.article().text().sentenceAt(f.start());
          if (s.isPresent()) {
            return Optional.of(new Placed(other, new Located(f, s.get())));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Whether two figure subjects share a word's stem: "pupils freed" and "pupils held". */
  private static boolean sharesAWord(String a, String b) {
    return !a.isBlank() && !b.isBlank() && Texts.overlap(List.of(a.split(" ")), List.of(b.split(" "))) > 0;
  }

  /** A figure and its sentence. */
  private record Located(Figure figure, Sentence sentence) {}

  /** A located figure and the article it is in. */
  private record Placed(ArticleView view, Located located) {}

  private static Finding finding(ArticleView view, Correction c, ArticleView originalView, Located original) {
    String summary = Parties.capitalise(originalView.party(original.sentence())) + " gives " + original.figure().text() + "; "
        + view.party(c.sentence()) + " gives " + c.stated().text() + " and says " + c.corrected().text() + " is wrong";
    return new Finding("", FindingType.NUMERIC_CONFLICT, Severity.HIGH, summary,
        List.of(originalView.evidence(original.figure(), original.sentence()), view.evidence(c.stated(), c.sentence())));
  }
}
