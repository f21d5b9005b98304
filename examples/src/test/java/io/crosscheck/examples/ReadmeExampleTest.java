package io.crosscheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippet is {@code src/main/java/Example.java} word for word, so it compiles as
 * written, and running it writes the same JSON as {@code crosscheck check --format json}.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("../README.md");
  private static final Path EXAMPLE = Path.of("src/main/java/Example.java");
  private static final String CASE = "../testdata/cases/january-visit";

  @Test
  void readmeHoldsTheCompiledExampleWordForWord() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
    assertThat(readme).contains("```java\n" + example + "```\n");
  }

  @Test
  void exampleWritesTheSameJsonAsTheCli() throws Exception {
    String fromExample = stdout(() -> {
      Method main = Class.forName("Example").getMethod("main", String[].class);
      main.invoke(null, (Object) new String[] {CASE});
    });
    assertThat(fromExample).startsWith("{\n  \"schemaVersion\" : 1,");
    assertThat(fromExample).isEqualTo(cliJson());
  }

  private static String cliJson() throws Exception {
    return stdout(() -> {
      Method run = io.crosscheck.cli.Main.class.getDeclaredMethod("run", String[].class);
      run.setAccessible(true);
      int code = (int) run.invoke(null, (Object) new String[] {"check", "--format", "json", CASE});
      assertThat(code).isZero();
    });
  }

  private interface Action {
    void run() throws Exception;
  }

  private static String stdout(Action action) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
