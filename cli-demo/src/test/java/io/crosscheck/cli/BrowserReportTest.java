package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens the HTML report of every {@code testdata/} case (and of a hostile article) in headless
 * Chromium from the system's packages, reads back the DOM through a small harness script appended
 * to the page, and saves a screenshot under {@code target/browser/}.
 *
 * <p>Without Chromium the test is skipped on a developer's machine and fails in CI ({@code CI=true});
 * {@code .ci/run} installs it. Set {@code CROSSCHECK_CHROMIUM} to use another binary.
 */
class BrowserReportTest {
  private static final Path CASES = Path.of("../testdata/cases");
  private static final Path OUT = Path.of("target/browser");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String HOSTILE = "hostile";
  /** {@code <pre id="harness-result">{…}</pre>} in the dumped DOM. */
  private static final Pattern RESULT = Pattern.compile("<pre id=\"harness-result\">([^<]{0,10000000})</pre>");
  /** A line Chromium logs for a page's console message: {@code INFO:CONSOLE(12)] "boom", source: …}. */
  private static final Pattern CONSOLE = Pattern.compile(":CONSOLE[:(]");

  /**
   * Runs after the page's own script: records each finding's id and side texts, whether the page's
   * title or body was changed by anything else, and whether the severity filter hides and shows.
   */
  static final String HARNESS = """
      (function () {
        var out = { title: document.title, findings: [], live: [], filter: null };
        document.querySelectorAll('article.finding').forEach(function (f) {
          out.findings.push({ id: f.id, hidden: f.hidden,
            sides: Array.prototype.map.call(f.querySelectorAll('.side blockquote.evidence'), function (q) { return q.textContent; }) });
        });
        document.querySelectorAll('main img, main iframe, main object, main embed, main a[href^="javascript"], main [onerror], main [onclick]')
          .forEach(function (e) { out.live.push(e.outerHTML.slice(0, 80)); });
        var high = document.querySelector('#filters input[value=HIGH]');
        high.checked = false; high.dispatchEvent(new Event('change'));
        var visibleHigh = document.querySelectorAll('article.finding[data-severity=HIGH]:not([hidden])').length;
        high.checked = true; high.dispatchEvent(new Event('change'));
        out.filter = { visibleHighWhenOff: visibleHigh, hiddenAfter: document.querySelectorAll('article.finding[hidden]').length };
        out.scripts = document.scripts.length;
        var pre = document.createElement('pre');
        pre.id = 'harness-result';
        pre.textContent = JSON.stringify(out);
        document.body.appendChild(pre);
      })();
      """;

  private static Path chromium;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found = locate();
    if (found.isEmpty()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("chromium is not installed; in CI .ci/run installs it (apt-get install chromium)");
      }
      Assumptions.abort("chromium not installed; skipped outside CI");
    }
    chromium = found.get();
  }

  static Stream<String> pages() throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(CASES)) {
      dirs.filter(Files::isDirectory).sorted().forEach(d -> names.add(d.getFileName().toString()));
    }
    names.add(HOSTILE);
    return names.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void everyFindingShowsWithItsEvidenceAndNoArticleScriptRuns(String name) throws Exception {
    Report report = HOSTILE.equals(name)
        ? CheckCommand.CROSSCHECK.checkTexts(HostileArticleTest.hostileTexts())
        : CheckCommand.CROSSCHECK.check(List.of(CASES.resolve(name)));
    String html = HtmlReport.write(ReportView.of(report, CheckCommand.CROSSCHECK.options().segmenter()), HARNESS);
    Files.createDirectories(OUT);
    Path page = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, html, StandardCharsets.UTF_8);
    Path shot = OUT.resolve(name + ".png").toAbsolutePath();
    Files.deleteIfExists(shot);

    Rendered r = render(page, shot);

    assertThat(r.code()).as("chromium exit code; stderr:\n" + r.err()).isZero();
    assertThat(r.err().lines().filter(l -> CONSOLE.matcher(l).find()).toList())
        .as("console messages (errors, CSP refusals) from the page").isEmpty();
    Matcher m = RESULT.matcher(r.dom());
    assertThat(m.find()).as("harness result in the DOM (did the page's scripts run?)").isTrue();
    JsonNode result = MAPPER.readTree(unescape(m.group(1)));
    assertThat(result.path("title").asText()).isEqualTo("crosscheck report");
    assertThat(result.path("live")).as("live elements from article text").isEmpty();
    assertThat(result.path("scripts").asInt()).as("the page's script and the harness only").isEqualTo(2);
    assertThat(result.path("filter").path("visibleHighWhenOff").asInt()).isZero();
    assertThat(result.path("filter").path("hiddenAfter").asInt()).isZero();

    JsonNode shown = result.path("findings");
    assertThat(shown.size()).isEqualTo(report.findings().size());
    for (Finding f : report.findings()) {
      JsonNode node = null;
      for (JsonNode n : shown) {
        if (n.path("id").asText().equals(f.id())) {
          node = n;
        }
      }
      assertThat(node).as("finding " + f.id() + " on the page").isNotNull();
      assertThat(node.path("hidden").asBoolean()).isFalse();
      assertThat(node.path("sides").size()).as("sides of " + f.id()).isEqualTo(f.evidence().size());
      for (int i = 0; i < f.evidence().size(); i++) {
        Evidence e = f.evidence().get(i);
        assertThat(flat(node.path("sides").get(i).asText())).as("side " + (i + 1) + " of " + f.id())
            .contains(flat(Escape.terminal(e.text())));
      }
    }
    assertThat(shot).as("screenshot").isNotEmptyFile();
  }

  private record Rendered(int code, String dom, String err) {}

  private static Rendered render(Path page, Path shot) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(OUT, "profile-");
    Path out = OUT.resolve(page.getFileName() + ".dom");
    Path err = OUT.resolve(page.getFileName() + ".log");
    List<String> cmd = List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
        "--window-size=1280,1800", "--screenshot=" + shot, "--dump-dom", page.toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 180 s on " + page);
    }
    deleteTree(profile);
    return new Rendered(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static Optional<Path> locate() {
    String configured = System.getenv("CROSSCHECK_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(BrowserReportTest::isProgram);
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : path.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (isProgram(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isProgram(Path p) {
    return Files.isRegularFile(p) && Files.isExecutable(p);
  }

  /** Text as Chromium serialises it inside an element: only &amp;, &lt;, &gt; and &nbsp; are escaped. */
  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00A0").replace("&amp;", "&");
  }

  private static String flat(String s) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (char c : s.toCharArray()) {
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      }
    }
    return out.toString();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A profile Chromium still holds is left for mvn clean; the test result does not depend on it.
    }
  }
}
