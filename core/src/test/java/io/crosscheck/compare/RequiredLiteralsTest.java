package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Article;
import io.crosscheck.model.Sentence;
import io.crosscheck.text.NewsSegmenter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RequiredLiteralsTest {
  @Test
  void alternativesOfAGroupAreEachNeeded() {
    assertThat(RequiredLiterals.of("(denied|denies) (the )?claims?")).contains(List.of("denied", "denies"));
  }

  @Test
  void anOptionalPartIsNeverNeeded() {
    assertThat(RequiredLiterals.of("(the )?claims?")).contains(List.of("claim"));
    assertThat(RequiredLiterals.of("(absolutely )?(x|y)")).isEmpty();
  }

  @Test
  void theLongestWordOfASequenceIsChosen() {
    assertThat(RequiredLiterals.of("(?<![\\p{L}])did[\\s“”]{1,4}not[\\s“”]{1,4}mention(?![\\p{L}])"))
        .contains(List.of("mention"));
  }

  @Test
  void aBranchWithoutALiteralMakesTheAlternationUnknown() {
    assertThat(RequiredLiterals.of("grumbled|[\\p{L}]++ account")).contains(List.of("grumbled", " account"))
        .as("a space is literal in a raw expression");
    assertThat(RequiredLiterals.of("grumbled|\\p{L}{3}")).isEmpty();
  }

  @Test
  void aLookAroundNeedsNothingInsideTheMatch() {
    assertThat(RequiredLiterals.of("(?<!(?:was|were) )(denied|denies)")).contains(List.of("denied", "denies"));
    assertThat(RequiredLiterals.of("(?=zorble)")).isEmpty();
  }

  @Test
  void everyRequiredPartOfASequenceIsListed() {
    assertThat(RequiredLiterals.allOf("(denied|disputed) (the )?(account|claim)s?"))
        .as("a lone space is too common to test").containsExactly(List.of("denied", "disputed"), List.of("account", "claim"));
    assertThat(RequiredLiterals.allOf("(?<![\\p{L}])did[\\s“”]{1,4}not[\\s“”]{1,4}mention(?![\\p{L}])"))
        .containsExactly(List.of("did"), List.of("not"), List.of("mention"));
    assertThat(RequiredLiterals.allOf("grumbled|[\\p{L}]++ account")).containsExactly(List.of("grumbled", " account"));
    assertThat(RequiredLiterals.allOf("(?i)zorble")).isEmpty();
  }

  @Test
  void aCueSkipsATextMissingOneOfItsRequirements() {
    CuePatterns cues = CuePatterns.from(Lexicon.of(Map.of("c", List.of("(denied|disputed) the (account|claim)"))), "c");
    assertThat(cues.mayMatch(0, "the account was read out")).isFalse();
    assertThat(cues.mayMatch(0, "she denied it")).isFalse();
    assertThat(cues.mayMatch(0, "she denied the account")).isTrue();
  }

  @Test
  void aMatchStartsWithTheFirstLiteralsAfterItsLookArounds() {
    assertThat(RequiredLiterals.firstOf("(?<![\\p{L}])(?<!(?:was|were) )(denied|denies) that")).containsExactly("denied", "denies");
    assertThat(RequiredLiterals.firstOf("(the |these )?(claims?|stor(y|ies)) that")).containsExactly("the ", "these ", "claim", "stor")
        .as("a space is literal in a raw expression");
    assertThat(RequiredLiterals.firstOf("\\bgrumbl(ed|es)|snarfs+")).containsExactly("grumbl", "snarfs");
  }

  @Test
  void aMatchThatMayStartAnywhereHasNoFirstLiteral() {
    assertThat(RequiredLiterals.firstOf("[\\p{L}-]++ account")).isEmpty();
    assertThat(RequiredLiterals.firstOf("(absolutely )?[a-z]+")).isEmpty();
    assertThat(RequiredLiterals.firstOf("s?narf")).isEmpty();
    assertThat(RequiredLiterals.firstOf("grumbled|")).isEmpty();
    assertThat(RequiredLiterals.firstOf("(?i)zorble")).isEmpty();
  }

  @Test
  void aCueIsTriedWhereItsFirstLiteralsStand() {
    CuePatterns.Cue cue = CuePatterns.from(Lexicon.of(Map.of("c", List.of("(denied|disputed) the (account|claim)"))), "c")
        .cues().get(0);
    assertThat(cue.starts()).isNotNull();
    java.util.regex.Matcher m = cue.lowered().matcher("undenied the claim; she denied the account");
    assertThat(cue.find(m, "undenied the claim; she denied the account")).isTrue();
    assertThat(m.start()).as("a look-behind still sees the letters before a place").isEqualTo(24);
  }

  @Test
  void anUnknownConstructNeedsNothing() {
    assertThat(RequiredLiterals.of("(?i)zorble")).isEmpty();
    assertThat(RequiredLiterals.of("\\u0041zorble(")).isEmpty();
  }

  /**
   * The soundness the skip relies on: whenever a lower-cased cue pattern matches a lower-cased
   * sentence, the sentence holds one of the cue's needed literals. Checked for every cue list the
   * checks compile, over every sentence of the testdata articles and invented hostile text.
   */
  @Test
  void aCueThatMatchesAlwaysFindsOneOfItsLiterals() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "They had not yet been implemented, a senior aide said.", "-".repeat(500),
        "The pro-government account was inaccurate, he said; the statement did not mention aid.",
        "“No,” she said. “There was no readout of the call from the palace.”"));
    NewsSegmenter segmenter = new NewsSegmenter();
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        for (Sentence s : segmenter.segment(Article.of("t", Files.readString(file))).sentences()) {
          texts.add(s.text());
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(500);
    int withNeeds = 0;
    int skipped = 0;
    for (String list : List.of("dispute-cues", "claim-markers", "omission-cues", "missing-readout-cues",
        "denial-cues", "change-cues", "maximum-cues", "progress-cues", "accusation-cues", "exclusion-cues",
        "presence-cues", "expectation-cues", "readout-nouns", "commitment-cues")) {
      CuePatterns patterns = CuePatterns.from(Fixtures.LEXICON, list);
      for (int k = 0; k < patterns.cues().size(); k++) {
        CuePatterns.Cue cue = patterns.cues().get(k);
        if (cue.lowered() == null) {
          continue;
        }
        withNeeds += cue.needs().isEmpty() ? 0 : 1;
        for (String text : texts) {
          String lower = text.toLowerCase(Locale.ROOT);
          java.util.regex.Matcher all = cue.lowered().matcher(lower);
          boolean matches = all.find();
          assertThat(!matches || patterns.mayMatch(k, lower)).as("%s on %s", cue.lowered(), text).isTrue();
          // the match tried only where a first literal stands is the match found by trying every place
          java.util.regex.Matcher first = cue.lowered().matcher(lower);
          assertThat(cue.find(first, lower)).as("%s on %s", cue.lowered(), text).isEqualTo(matches);
          if (matches) {
            assertThat(List.of(first.start(), first.end())).as("%s on %s", cue.lowered(), text)
                .isEqualTo(List.of(all.start(), all.end()));
          }
          skipped += patterns.mayMatch(k, lower) ? 0 : 1;
        }
      }
    }
    assertThat(withNeeds).as("cues with a known literal").isGreaterThan(100);
    assertThat(skipped).as("pattern runs spared").isGreaterThan(0);
  }
}
