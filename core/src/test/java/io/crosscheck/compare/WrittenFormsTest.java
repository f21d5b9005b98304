package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenFormsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "I’m too old|I am too old",
      "we didn't know|we did not know",
      "they can't and won't pay|they can not and will not pay",
      "it cannot last|it can not last",
      "it's over, and that’s fine|it is over, and that is fine",
      "we've said, you'll see, she'd go|we have said, you will see, she would go",
      "let's go|let us go",
      "Veyl & Marsh|Veyl and Marsh",
      "a loss of £758m and $1.2bn|a loss of £758 million and $1.2 billion",
      "40% or 40 per cent or 40 percent|40 percent or 40 percent or 40 percent",
      // a possessive and a closing quote mark stay as written
      "Orsk's port|Orsk's port",
      "‘go now,’ he said|‘go now,’ he said",
  })
  void writesOutShortForms(String written, String plain) {
    assertThat(WrittenForms.plain(written)).isEqualTo(plain);
  }
}
