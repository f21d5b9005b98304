package io.crosscheck.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A text's pairs never rule out a literal that stands in it, in either case or lower-cased. */
class BigramsTest {
  private static final List<String> LITERALS = List.of("is", "ski", "kiss", "sir", "a k", "r’s", "k", "");

  @Test
  void missingPairRulesOut() {
    assertThat(Bigrams.of("the toll rose").mayHold(Bigrams.pairs("denied"))).isFalse();
    assertThat(Bigrams.of("He DENIED it").mayHold(Bigrams.pairs("denied"))).isTrue();
    assertThat(Bigrams.of("d").mayHold(Bigrams.pairs("d"))).isTrue();
    assertThat(Bigrams.of("a \u212Aing").mayHold(Bigrams.pairs("denied"))).isTrue(); // a Kelvin sign lets any literal stand
  }

  @Test
  void commonEnglishPairsComeLast() {
    // "denied": "de", "ni", "ie" first, then the common "en" and "ed"
    int[] pairs = Bigrams.pairs("Denied");
    assertThat(pairs).hasSize(5);
    assertThat(pairs[0]).isEqualTo(Bigrams.pairs("de")[0]);
    assertThat(pairs[1]).isEqualTo(Bigrams.pairs("ni")[0]);
    assertThat(pairs[3]).isEqualTo(Bigrams.pairs("en")[0]);
    assertThat(pairs[4]).isEqualTo(Bigrams.pairs("ed")[0]);
  }

  @Test
  void neverRulesOutALiteralThatStands() {
    RandomTexts texts = new RandomTexts("aiksrKSIR ’\u0130\u0131\u017F\u212A\uD83D\uDE00", "x", 10);
    for (int n = 0; n < 5_000; n++) {
      String text = texts.next(12);
      Bigrams held = Bigrams.of(text);
      for (String literal : LITERALS) {
        if (standsBlind(text, literal) || text.toLowerCase(Locale.ROOT).contains(literal)) {
          assertThat(held.mayHold(Bigrams.pairs(literal))).as("%s in %s", literal, text).isTrue();
        }
      }
    }
  }

  private static boolean standsBlind(String text, String literal) {
    for (int i = 0; i <= text.length(); i++) {
      if (text.regionMatches(true, i, literal, 0, literal.length())) {
        return true;
      }
    }
    return false;
  }
}
