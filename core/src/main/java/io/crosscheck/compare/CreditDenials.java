package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.internal.Splits;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Sentence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A party denying what another account credits to it (ACCOUNT_DISPUTE): "The relief agency put the
 * toll at 900, citing the Varno Aid Society." against "The Varno Aid Society denied that the toll had
 * reached 900." Within one article the credit and the denial lie a few sentences apart and share a
 * number or a topic word (or follow each other, the denial naming the party back: "a spokesman for
 * the aid group rejected them"). Across two articles of one event, the party's own statement of a
 * figure ("The Varno Aid Society said the toll had reached 900") is paired with its later denial of
 * that same figure; a denial that names no figure ("denied any contradictions") is never paired
 * with the party's own account.
 */
final class CreditDenials {
  /** Sentences between a credit and the denial that answers it, in either order. */
  static final int WINDOW = 4;

  /**
   * A claim credited to a named party: "citing the Varno Aid Society", "citing Varno Aid figures",
   * "attributed the figures to the Varno Aid Society", "attributing these numbers to Varno Aid".
   */
  private static final Pattern CREDIT = Pattern.compile(
      "\\b(?:citing|attribut(?:ed|ing|es)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?to)\\s+(?:the\\s+)?"
          + "(?<party>\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,4})");
  /** Literals one of which every match of {@link #CREDIT} holds: most sentences near a denial credit nobody. */
  private static final Literals CREDIT_WORDS = Literals.anyOf("citing", "attribut");
  /** A party named back by its kind: "the aid group", "the organisation", "the society". */
  private static final Pattern BACK_REFERENCE = Pattern.compile(
      "\\b(?:the|this|that)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:group|organi[sz]ation|agency|society|charity|company|firm|body|institute)\\b");
  /** A capitalised name of one to five words: "Varno Aid Society", "Ilse Marten". */
  private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,4}");
  /** Capitalised words that open a sentence or clause rather than a name: "The", "In", "But". */
  private static final Set<String> OPENERS = Set.of("The", "A", "An", "In", "On", "At", "But", "However", "And",
      "Earlier", "Later", "Meanwhile", "After", "Asked", "When", "While");
  /** A number of two digits or more: "900", "11,300", "2.5". */
  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d");

  private final CuePatterns denials;
  private final Set<String> stopWords;
  private final WordGroups groups;

  CreditDenials(Lexicon lexicon, WordGroups groups) {
    this.denials = CuePatterns.from(lexicon, "denial-cues");
    this.stopWords = new HashSet<>(lexicon.entries("topic-stopwords"));
    this.groups = groups;
  }

  /** One credited claim and the denial that answers it. */
  record Denial(Side credit, List<Side> denial, String party) {}

  /** Every denial of a credited claim, within one article and across articles of one event. */
  List<Denial> find(List<ArticleView> views, ArticleEvents events) {
    List<Denial> out = new ArrayList<>();
    for (ArticleView view : views) {
      List<Sentence> sentences = view.sentences();
      // The other articles of this one's event, read at its first denial that names a figure: which
      // articles report one event depends on the two articles only, not on the denial.
      List<ArticleView> sameEvent = null;
      for (int d = 0; d < sentences.size(); d++) {
        Sentence denial = sentences.get(d);
        Optional<CuePatterns.Hit> hit = denials.find(denial.text());
        if (hit.isEmpty()) {
          continue;
        }
        String before = denial.text().substring(0, hit.get().start());
        String after = denial.text().substring(hit.get().end());
        if (Proposals.turnedDown(denial.text().substring(hit.get().start(), hit.get().end()), after)) {
          continue; // "rejected the league's offer to mediate …": a proposal turned down, no claim denied
        }
        List<Side> denying = denying(view, d);
        credited(view, d, before, after).ifPresent(c -> out.add(new Denial(new Side(view, c.sentence()), denying, c.party())));
        Set<String> numbers = numbers(after);
        List<String> names = numbers.isEmpty() ? List.of() : names(before);
        if (names.isEmpty()) {
          continue; // a denial that names no figure, or no party before its cue, is never paired with an account of its own
        }
        if (sameEvent == null) {
          sameEvent = othersOfEvent(views, view, events);
        }
        for (ArticleView other : sameEvent) {
          ownFigure(other, names, numbers).ifPresent(s -> out.add(new Denial(s, denying, Parties.label(denial.text()))));
        }
      }
    }
    return out;
  }

  /** The articles other than {@code view} that report its event ({@link ArticleEvents#sameEvent}), in batch order. */
  private static List<ArticleView> othersOfEvent(List<ArticleView> views, ArticleView view, ArticleEvents events) {
    List<ArticleView> out = new ArrayList<>();
    for (ArticleView other : views) {
      if (other != view && events.sameEvent(view, other)) {
        out.add(other);
      }
    }
    return out;
  }

  /** A credit and the party it names. */
  private record Credit(Sentence sentence, String party) {}

  /** The nearest sentence that credits a claim to the party named before the denial cue. */
  private Optional<Credit> credited(ArticleView view, int d, String before, String after) {
    List<Sentence> sentences = view.sentences();
    Set<String> topic = Texts.contentWords(after, stopWords);
    Set<String> numbers = numbers(after);
    for (int k = 1; k <= WINDOW; k++) {
      for (int i : new int[] {d - k, d + k}) {
        if (i < 0 || i >= sentences.size()) {
          continue;
        }
        Sentence s = sentences.get(i);
        if (!CREDIT_WORDS.inSentence(s.text()) || denials.matches(s.text())) {
          continue;
        }
        Matcher credit = CREDIT.matcher(s.text());
        while (credit.find()) {
          String party = credit.group("party");
          boolean named = namesAll(before, party);
          boolean backReference = i == d - 1 && BACK_REFERENCE.matcher(before).find();
          if (!named && !backReference) {
            continue;
          }
          Set<String> words = Texts.contentWords(s.text(), stopWords);
          words.removeAll(Texts.contentWords(party, Set.of()));
          boolean sameTopic = !Collections.disjoint(numbers, numbers(s.text())) || groups.overlap(topic, words) > 0;
          if (sameTopic || i == d - 1) {
            return Optional.of(new Credit(s, party));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * In another article, the party's own statement of the figure it now denies: an attribution whose
   * source carries every word of a name standing before the denial cue, and whose content holds a
   * number the denial names after its cue. {@code names}: the names before the cue ({@link #names});
   * {@code numbers}: the numbers after it, never empty. Both are read once per denial.
   */
  private Optional<Side> ownFigure(ArticleView other, List<String> names, Set<String> numbers) {
    for (Attribution a : other.article().attributions()) {
      boolean sameParty = names.stream().anyMatch(n -> namesAll(a.source().name(), n));
      if (sameParty && !Collections.disjoint(numbers, numbers(a.content())) && !denials.matches(a.content())) {
        Optional<Sentence> s = other.article().text().sentenceAt(a.start());
        if (s.isPresent() && !denials.matches(s.get().text())) {
          return Optional.of(new Side(other, s.get()));
        }
      }
    }
    return Optional.empty();
  }

  /** A sentence that opens with a quotation mark; compiled once, where {@code String.matches} compiled it per call. */
  private static final Pattern OPENS_WITH_QUOTE = Pattern.compile("(?s)^\\s*[“\"‘].*");

  /** The denial sentence, and the quote that carries it on when the next sentence opens with one. */
  private static List<Side> denying(ArticleView view, int d) {
    List<Side> out = new ArrayList<>();
    out.add(new Side(view, view.sentences().get(d)));
    if (d + 1 < view.sentences().size() && OPENS_WITH_QUOTE.matcher(view.sentences().get(d + 1).text()).matches()) {
      out.add(new Side(view, view.sentences().get(d + 1)));
    }
    return out;
  }

  /** Names of two words or more, openers dropped: "In reply, the Varno Aid Society" gives [Varno Aid Society]. */
  private static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      List<String> words = new ArrayList<>(List.of(Splits.onSpaces(m.group())));
      while (!words.isEmpty() && OPENERS.contains(words.get(0))) {
        words.remove(0);
      }
      if (words.size() >= 2) {
        out.add(String.join(" ", words));
      }
    }
    return out;
  }

  /** True when every word of {@code name} stands in {@code text} as a whole word. */
  private static boolean namesAll(String text, String name) {
    Set<String> words = new HashSet<>(Texts.words(text));
    List<String> wanted = Texts.words(name);
    return !wanted.isEmpty() && words.containsAll(wanted);
  }

  private static Set<String> numbers(String text) {
    Set<String> out = new HashSet<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group().replace(",", ""));
    }
    return out;
  }
}
