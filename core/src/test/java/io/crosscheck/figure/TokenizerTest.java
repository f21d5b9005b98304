package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
      fined $17 000 now                | fined $ 17000 now
      in 2018 300 died                 | in 2018 300 died
      about 12 000 fans                | about 12 000 fans
      """)
  void splitsIntoTokens(String text, String expected) {
    assertThat(Tokenizer.tokenize(text, 0)).extracting(Token::text).containsExactlyElementsOf(Arrays.asList(expected.split(" ")));
  }

  /** The hand-written reader ends every token where the token pattern does, on testdata and on hostile text. */
  @Test
  void readingAgreesWithTheTokenPattern() throws IOException {
    List<String> texts = new ArrayList<>(List.of("x".repeat(61) + "’" + "y".repeat(70) + ":", "10:30/11:45 a/b/",
        "𝐀𝐁𝐂 ½-٣ \uD835 \uDC00 tail\uD835", "a,b,c,d,e,f,g,h,i,j,k", "\t\u000B\f\r\n\u00A0\u2003x", "22,000.5 St.",
        "a-", "-a", "..", "a" + "-1".repeat(20), ""));
    try (Stream<Path> files = Files.walk(Path.of("../testdata/cases"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    int tokens = 0;
    for (String text : texts) {
      List<int[]> byPattern = new ArrayList<>();
      Matcher m = Tokenizer.TOKEN.matcher(text);
      while (m.find()) {
        byPattern.add(new int[] {m.start(), m.end()});
      }
      List<int[]> byHand = new ArrayList<>();
      for (int i = 0; i < text.length(); ) {
        if (" \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0) {
          i++;
          continue;
        }
        int end = Tokenizer.tokenEnd(text, i);
        byHand.add(new int[] {i, end});
        i = end;
      }
      assertThat(byHand).as(text).usingElementComparator(Arrays::compare).containsExactlyElementsOf(byPattern);
      tokens += byPattern.size();
    }
    assertThat(tokens).isGreaterThan(5_000);
  }

  @Test
  void findsUrlsAsThePatternDoesOnRandomText() {
    String alphabet = "htpsw:/.HTPSWx )]\"ſé\uD835\uDC00";
    String long1 = "see https://" + "a\uD835\uDC00".repeat(1500) + " x";
    Matcher bounded = Tokenizer.URL.matcher(long1);
    assertThat(bounded.find()).isTrue();
    long first = Tokenizer.nextUrl(long1, 0);
    assertThat((int) (first >>> 32)).isEqualTo(bounded.start());
    assertThat((int) first).isEqualTo(bounded.end()); // 2,000 code points, not chars
    io.crosscheck.internal.RandomTexts random = new io.crosscheck.internal.RandomTexts(alphabet, "w", 11);
    for (int round = 0; round < 100_000; round++) {
      String drawn = random.next(24);
      String text = random.nextBoolean() ? "https://" + drawn : drawn;
      List<String> byPattern = new ArrayList<>();
      Matcher m = Tokenizer.URL.matcher(text);
      while (m.find()) {
        byPattern.add(m.start() + "-" + m.end());
      }
      List<String> byHand = new ArrayList<>();
      for (long url = Tokenizer.nextUrl(text, 0); url != Tokenizer.NO_URL; url = Tokenizer.nextUrl(text, (int) url)) {
        byHand.add((url >>> 32) + "-" + (int) url);
      }
      assertThat(byHand).as(text).isEqualTo(byPattern);
    }
  }
}
