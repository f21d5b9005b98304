package io.crosscheck.compare;

import io.crosscheck.internal.Literals;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two parties in one article accusing each other's side of one act: "The rights league accused
 * the guards of using excessive force against the walkers" and "The ministry accused the walkers
 * of using force". The act shares a content word; the accused share none; the accusers differ.
 * One finding per pair of sentences. Cost: one pattern run per sentence holding "accus", then the
 * article's accusations in pairs (an article holds a handful).
 */
final class CrossAccusations {
  /** "accused the guards of using force": the accused (group 1) and the act (group 2), within one clause. */
  private static final Pattern ACCUSATION = Pattern.compile(
      "(?i)\\baccus(?:ed|es|ing)\\s{1,3}([^,;:.]{2,80}?)\\s{1,3}of\\s{1,3}([^,;:.]{3,120})");
  /** A literal every accusation holds: most sentences hold none, and are not searched further. */
  private static final Literals ACCUSING = Literals.anyOf("accus");

  private final Set<String> stopWords;

  CrossAccusations(Set<String> stopWords) {
    this.stopWords = stopWords;
  }

  /** One accusation: its sentence, who makes it, whom it accuses and of what (content words). */
  private record Accusation(Sentence sentence, String accuser, String accusedText, Set<String> accused, Set<String> act) {}

  List<Finding> find(List<ArticleView> views, Set<Sentence> alreadyDisputed) {
    List<Finding> out = new ArrayList<>();
    for (ArticleView view : views) {
      List<Accusation> accusations = new ArrayList<>();
      for (Sentence s : view.sentences()) {
        if (ACCUSING.inSentence(s.text())) {
          read(view, s).ifPresent(accusations::add);
        }
      }
      for (int i = 0; i < accusations.size(); i++) {
        for (int j = i + 1; j < accusations.size(); j++) {
          Accusation a = accusations.get(i);
          Accusation b = accusations.get(j);
          if (a.accuser().equalsIgnoreCase(b.accuser()) || Texts.overlap(a.accused(), b.accused()) > 0
              || Texts.overlap(a.act(), b.act()) == 0
              || alreadyDisputed.contains(a.sentence()) && alreadyDisputed.contains(b.sentence())) {
            continue;
          }
          out.add(finding(view, a, b));
        }
      }
    }
    return out;
  }

  private Optional<Accusation> read(ArticleView view, Sentence s) {
    Matcher m = ACCUSATION.matcher(s.text());
    if (!m.find()) {
      return Optional.empty();
    }
    Set<String> accused = Texts.contentWords(m.group(1), stopWords);
    Set<String> act = new java.util.HashSet<>(Texts.contentWords(m.group(2), stopWords));
    act.removeAll(accused);
    if (accused.isEmpty() || act.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Accusation(s, view.party(s), m.group(1).strip(), accused, act));
  }

  private static Finding finding(ArticleView view, Accusation a, Accusation b) {
    String summary = Parties.capitalise(a.accuser()) + " accuses " + a.accusedText() + " ("
        + Texts.clip(a.sentence().text(), 80) + "); " + b.accuser() + " accuses " + b.accusedText()
        + " (" + Texts.clip(b.sentence().text(), 80) + ")";
    List<Evidence> evidence = List.of(view.evidence(a.sentence()), view.evidence(b.sentence()));
    return new Finding("", FindingType.ACCOUNT_DISPUTE, Severity.MEDIUM, summary, evidence);
  }
}
