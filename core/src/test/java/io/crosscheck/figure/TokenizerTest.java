package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokens keep numbers, hyphenated words and possessives whole, and drop URLs. */
class TokenizerTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      some $1,200.50 now               | some $ 1,200.50 now
      twenty-four U.S. envoys          | twenty-four U.S . envoys
      Okafor’s 90-minute talk          | Okafor’s 90-minute talk
      40% at 10:30                     | 40 % at 10:30
      see https://example.org/a-1 now  | see now
      """)
  void splitsIntoTokens(String text, String expected) {
    assertThat(Tokenizer.tokenize(text, 0)).extracting(Token::text).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
  }
}
