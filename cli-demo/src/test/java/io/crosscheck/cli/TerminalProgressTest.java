package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  private final AtomicLong now = new AtomicLong(10_000);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private TerminalProgress progress(boolean enabled) {
    return new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), enabled, now::get);
  }

  private String shown() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void shortRunsStaySilent() {
    TerminalProgress p = progress(true);
    p.articlesRead(3);
    now.addAndGet(TerminalProgress.QUIET_MILLIS - 1);
    p.articleAnalysed(3, 3);
    p.finish();
    assertThat(shown()).isEmpty();
  }

  @Test
  void longRunsShowArticlesChecksAndTimeLeftThenClearTheLine() {
    TerminalProgress p = progress(true);
    p.articlesRead(40);
    now.addAndGet(2_000);
    p.articleAnalysed(10, 40);
    assertThat(shown()).contains("articles 10/40").contains("0:02 elapsed").contains("about 0:06 left");
    now.addAndGet(7_000);
    p.checkFinished("NumericConflictRule", 1, 4);
    assertThat(shown()).contains("checks 1/4");
    p.finish();
    assertThat(shown()).endsWith("\r");
  }

  @Test
  void disabledProgressWritesNothing() {
    TerminalProgress p = progress(false);
    now.addAndGet(5_000);
    p.articleAnalysed(1, 2);
    p.finish();
    assertThat(shown()).isEmpty();
  }
}
