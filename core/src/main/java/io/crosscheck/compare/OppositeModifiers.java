package io.crosscheck.compare;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Sentence;
import io.crosscheck.model.Severity;
import io.crosscheck.model.SourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two parties in one article calling one thing by opposite forms of one modifier: "direct talks"
 * against "indirect high-level talks", "armed men" against "unarmed protesters", "a lawful order"
 * against "an unlawful order". English negates an adjective with a prefix; the same noun after both
 * forms, within {@link #MAX_GAP} words, makes the two claims describe one thing two ways.
 *
 * <p>Only pairs within one article are read: an article setting the two versions side by side has
 * made the dispute, and other articles repeat it. A claim holding both forms ("contradicting the
 * envoy's account of direct talks, she said they were indirect") is a cue's business, not this
 * rule's. Cost: one pass over each claim's words and a map from (modifier, noun) to claims.
 */
final class OppositeModifiers {
  /** Prefixes that negate an adjective: "indirect", "unarmed", "non-binding", "illegal", "improper", "irregular", "dishonest". */
  private static final List<String> NEGATING_PREFIXES = List.of("non-", "non", "un", "in", "il", "im", "ir", "dis");
  /** The shortest modifier read: "armed", "legal"; not "do" of "undo". */
  private static final int MIN_MODIFIER = 5;
  /** How many words may stand between the modifier and its noun: "indirect high-level talks". */
  private static final int MAX_GAP = 2;
  /** The most words of a claim read: a page quoted whole is not one description. */
  private static final int MAX_WORDS = 80;

  private final Set<String> functionWords;
  private final WordGroups groups;

  OppositeModifiers(Set<String> functionWords, WordGroups groups) {
    this.functionWords = functionWords;
    this.groups = groups;
  }

  /** One modifier and its noun in a claim: "direct" and "talk" (word-group form). */
  private record Described(String modifier, String noun) {}

  /** A negated modifier as written ("indirect") and the statement that uses it. */
  private record Negated(Described described, String written, Attribution by) {}

  /** The findings of one batch's articles, at most one per pair of parties in one article. */
  List<Finding> find(List<ArticleView> views, Set<Sentence> alreadyDisputed) {
    List<Finding> out = new ArrayList<>();
    for (ArticleView view : views) {
      Map<Described, List<Attribution>> plain = new LinkedHashMap<>();
      Map<Described, List<Negated>> negated = new LinkedHashMap<>();
      for (Attribution a : view.article().attributions()) {
        if (a.source().kind() == SourceKind.MEDIA) {
          continue;
        }
        Set<Described> plainHere = new LinkedHashSet<>();
        Map<Described, String> negatedHere = new LinkedHashMap<>();
        read(a.content(), plainHere, negatedHere);
        if (holdsBothForms(plainHere, negatedHere.keySet())) {
          continue; // "indirect talks, contradicting claims of direct ones": it sets the two against each other itself
        }
        plainHere.forEach(d -> plain.computeIfAbsent(d, k -> new ArrayList<>()).add(a));
        negatedHere.forEach((d, written) -> negated.computeIfAbsent(d, k -> new ArrayList<>()).add(new Negated(d, written, a)));
      }
      for (Map.Entry<Described, List<Negated>> e : negated.entrySet()) {
        opposed(view, plain.getOrDefault(e.getKey(), List.of()), e.getValue(), alreadyDisputed).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * One finding for every statement in an article that uses a modifier and every one that uses its
   * negation on the same noun, when two of them come from different sides; empty otherwise.
   */
  private static Optional<Finding> opposed(ArticleView view, List<Attribution> plain, List<Negated> negated,
      Set<Sentence> alreadyDisputed) {
    for (Attribution p : plain) {
      for (Negated n : negated) {
        Attribution q = n.by();
        if (ContraryClaims.sameSide(party(p), p.source(), party(q), q.source())) {
          continue;
        }
        Optional<Sentence> sp = view.article().text().sentenceAt(p.start());
        Optional<Sentence> sq = view.article().text().sentenceAt(q.start());
        if (sp.isEmpty() || sq.isEmpty() || sp.get() == sq.get()
            || alreadyDisputed.contains(sp.get()) && alreadyDisputed.contains(sq.get())) {
          continue;
        }
        java.util.TreeMap<Integer, Sentence> sentences = new java.util.TreeMap<>();
        plain.forEach(a -> view.article().text().sentenceAt(a.start()).ifPresent(x -> sentences.put(x.index(), x)));
        negated.forEach(m -> view.article().text().sentenceAt(m.by().start()).ifPresent(x -> sentences.put(x.index(), x)));
        String summary = Parties.capitalise(p.source().name()) + " says \"" + n.described().modifier() + "\" ("
            + Texts.clip(p.content(), 80) + "); " + q.source().name() + " says \"" + n.written() + "\" ("
            + Texts.clip(q.content(), 80) + ")";
        List<Evidence> evidence = new ArrayList<>();
        sentences.values().forEach(x -> evidence.add(view.evidence(x)));
        return Optional.of(new Finding("", FindingType.ACCOUNT_DISPUTE, Severity.MEDIUM, summary, evidence));
      }
    }
    return Optional.empty();
  }

  /** Whether a statement uses a modifier and its negation both, on whatever nouns. */
  private static boolean holdsBothForms(Set<Described> plain, Set<Described> negated) {
    for (Described p : plain) {
      for (Described n : negated) {
        if (p.modifier().equals(n.modifier())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Who makes a statement: its source's entity, or its name. */
  private static String party(Attribution a) {
    return a.source().entity().orElse(a.source().name());
  }

  /**
   * Each modifier of {@code content} with a noun after it, plain or negated by a prefix (keyed by
   * the modifier without it, with the word as written). A plain modifier that a negation just
   * before denies ("will not hold direct talks", "rejects direct talks") or leaves open ("would be
   * open to direct talks") calls nothing so.
   */
  private void read(String content, Set<Described> plain, Map<Described, String> negated) {
    List<String> words = Texts.words(content);
    int n = Math.min(words.size(), MAX_WORDS);
    for (int i = 0; i < n; i++) {
      String w = words.get(i);
      if (w.length() < MIN_MODIFIER || functionWords.contains(w)) {
        continue;
      }
      String base = withoutNegation(w);
      if (base == null && deniedBefore(words, i)) {
        continue;
      }
      if (base != null) {
        negated.putIfAbsent(new Described(base, ""), w); // "“indirect” though …": the form is used, on no noun
      }
      for (int k = i + 1; k < n && k <= i + 1 + MAX_GAP; k++) {
        String noun = words.get(k);
        if (functionWords.contains(noun)) {
          break; // "direct, they said": the modifier describes nothing after it
        }
        Described d = new Described(base == null ? w : base, groups.canonical(singular(noun)));
        if (base == null) {
          plain.add(d);
        } else {
          negated.putIfAbsent(d, w);
        }
      }
    }
  }

  /**
   * "direct" for "indirect", "armed" for "unarmed"; null when no negating prefix opens an adjective
   * long enough. The adjective is known by its ending ({@link #ADJECTIVE_ENDINGS}): "immigration" is
   * no negated "migration", nor "discover" a negated "cover".
   */
  private static String withoutNegation(String w) {
    for (String prefix : NEGATING_PREFIXES) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= MIN_MODIFIER && isAdjective(w)) {
        return w.substring(prefix.length());
      }
    }
    return null;
  }

  /** Endings of English adjectives: "formal", "direct", "lawful", "armed", "binding" is left out (a verb's too). */
  private static final List<String> ADJECTIVE_ENDINGS = List.of("al", "ect", "ful", "ed", "ive", "ent", "ant", "ar",
      "ible", "able", "ate", "ous", "ic", "est");

  private static boolean isAdjective(String w) {
    for (String ending : ADJECTIVE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** Words that deny a modifier a few words after them: "not", "rejects", "opposition to". */
  private static final Set<String> DENYING = Set.of("not", "no", "never", "without", "reject", "rejects", "rejected",
      "rejecting", "oppose", "opposes", "opposed", "opposition", "against", "instead", "refuse", "refuses", "refused");
  /** Words that leave a modifier open rather than assert it: "could be open to direct meetings", "whether". */
  private static final Set<String> OPEN = Set.of("open", "if", "whether", "would", "could", "might");
  /** How many words before a modifier a denial bears on it: "will not hold direct". */
  private static final int DENIAL_REACH = 3;

  private static boolean deniedBefore(List<String> words, int i) {
    for (int k = Math.max(0, i - DENIAL_REACH); k < i; k++) {
      if (DENYING.contains(words.get(k)) || OPEN.contains(words.get(k)) || words.get(k).endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /** "talks" and "talk" name one thing. */
  private static String singular(String noun) {
    return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
  }


}
