package io.crosscheck.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.report.Reports;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPMS application that says only {@code requires io.crosscheck.core;} compiles against crosscheck
 * and its runtime dependencies on the module path, runs, and writes the same JSON as the library on
 * the class path.
 */
class ModularConsumerTest {
  private static final String CASE = "../testdata/cases/january-visit";
  /** Class-path entries that make up crosscheck-core and its runtime dependencies: "guava-33.4.8-jre.jar". */
  private static final Pattern RUNTIME_ENTRY =
      Pattern.compile("crosscheck-core[^" + Pattern.quote(File.separator) + "]*\\.jar$|core[/\\\\]target[/\\\\]classes$"
          + "|guava-[^/\\\\]*\\.jar$|failureaccess-[^/\\\\]*\\.jar$|jackson-core-[^/\\\\]*\\.jar$");

  @TempDir
  Path dir;

  @Test
  void moduleRequiringOnlyCrosscheckRunsAndWritesTheSameJson() throws Exception {
    List<String> modulePath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
      if (RUNTIME_ENTRY.matcher(entry).find()) {
        modulePath.add(entry);
      }
    }
    assertThat(modulePath).hasSize(4);
    Path src = Files.createDirectories(dir.resolve("src/consumer/app"));
    Files.writeString(dir.resolve("src/module-info.java"), "module consumer { requires io.crosscheck.core; }\n");
    Files.writeString(src.resolve("Main.java"), """
        package app;

        import io.crosscheck.Crosscheck;
        import io.crosscheck.report.Reports;
        import java.nio.file.Path;
        import java.util.List;

        public class Main {
          public static void main(String[] args) throws Exception {
            Reports.writeJson(Crosscheck.withDefaults().check(List.of(Path.of(args[0]))), System.out);
          }
        }
        """);
    Path out = dir.resolve("out");
    String mp = String.join(File.pathSeparator, modulePath);
    int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
        "--module-path", mp, dir.resolve("src/module-info.java").toString(), src.resolve("Main.java").toString());
    assertThat(compiled).as("javac exit code").isZero();

    Path stdout = dir.resolve("stdout.json");
    Path stderr = dir.resolve("stderr.txt");
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", out + File.pathSeparator + mp, "-m", "consumer/app.Main", CASE)
        .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    assertThat(java.waitFor(120, TimeUnit.SECONDS)).as("consumer finished").isTrue();
    assertThat(java.exitValue()).as(Files.readString(stderr)).isZero();
    String expected = Reports.toJson(Crosscheck.withDefaults().check(List.of(Path.of(CASE))));
    assertThat(Files.readString(stdout, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
