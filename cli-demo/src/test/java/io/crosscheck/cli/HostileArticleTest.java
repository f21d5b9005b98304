package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Report;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Articles written to attack a reader's screen or browser come out as text in every format. */
class HostileArticleTest {
  /** {@code <script>} as an element in the page, not as text. */
  private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b");
  /** {@code href="javascript:…"}: a live HTML link to code. */
  private static final Pattern HTML_CODE_LINK = Pattern.compile("(?i)href\\s{0,3}=\\s{0,3}[\"']?\\s{0,3}javascript:");
  /** {@code ](javascript:…)} or {@code <javascript:…>}: a live Markdown link to code. */
  private static final Pattern MARKDOWN_CODE_LINK = Pattern.compile("(?i)(\\]\\(javascript:|<javascript:)");

  /** Two articles that disagree (a count and a quotation) with attacks inside and around the evidence. */
  static Map<String, String> hostileTexts() {
    String header = "---\nid: %s\noutlet: %s\npublished: 2026-04-02\n---\n";
    String a = "VORNHOLT — Mayor Edda Vornholt said on Tuesday that 40 fishing boats were lost in the storm."
        + " “We will never leave this harbour <script>document.title='pwned'</script> to the \u202Esharks,”"
        + " Vornholt said.\n\n"
        + "She added <img src=x onerror=\"document.body.innerHTML='pwned'\"> and [details](javascript:alert(1)).\n\n"
        + "<a href=\"javascript:alert(2)\">Click</a> The harbour office said 12 boats \u202Egnissim\u202C were"
        + " damaged \u001b[31mred\u001b[0m \u0007 today.\n\n"
        + "\"".repeat(10_000) + "\n";
    String b = "The harbour office said on Tuesday that 12 fishing boats were lost in the storm. “We will not ever"
        + " leave the harbour <script>document.title='pwned'</script> to the sharks,” Mayor Edda Vornholt said.\n";
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("hostile-a.txt", header.formatted("hostile-a", "The <b>Bold</b> Gazette") + a);
    texts.put("hostile-b.txt", header.formatted("hostile-b", "Harbour\u202E Wire") + b);
    return texts;
  }

  static ReportView hostileView() {
    Report report = CheckCommand.CROSSCHECK.checkTexts(hostileTexts());
    return ReportView.of(report, CheckCommand.CROSSCHECK.options().segmenter());
  }

  @Test
  void theHostileArticlesStillDisagreeSoTheirEvidenceIsRendered() {
    assertThat(hostileView().findings()).extracting(f -> f.finding().type().name())
        .contains("NUMERIC_CONFLICT", "QUOTE_MISMATCH");
  }

  @Test
  void htmlShowsArticleMarkupAsTextAndRunsOnlyItsOwnScript() {
    String html = HtmlReport.write(hostileView());
    Matcher scripts = SCRIPT_TAG.matcher(html);
    int count = 0;
    while (scripts.find()) {
      count++;
    }
    assertThat(count).as("only the page's own script element").isEqualTo(1);
    assertThat(HTML_CODE_LINK.matcher(html).find()).isFalse();
    assertThat(html).doesNotContain("<img", "<b>Bold", "\u202E", "\u001b", "\u0007")
        .contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
        .contains("[U+202E]")
        .contains("The &lt;b&gt;Bold&lt;/b&gt; Gazette");
  }

  @Test
  void markdownEscapesLinksTagsAndTableBars() {
    String md = MarkdownReport.write(hostileView());
    assertThat(SCRIPT_TAG.matcher(md).find()).isFalse();
    assertThat(MARKDOWN_CODE_LINK.matcher(md).find()).isFalse();
    assertThat(md).doesNotContain("<img", "<b>", "\u202E", "\u001b");
  }

  @Test
  void textShowsControlAndBidiCharactersAsCodePoints() {
    String text = TextReport.write(hostileView());
    assertThat(text).doesNotContain("\u202E", "\u001b", "\u0007").contains("[U+202E]");
  }

  @Test
  void escapersTurnEveryActingCharacterVisible() {
    assertThat(Escape.terminal("a\u202Eb\u2066c\u200Bd")).isEqualTo("a[U+202E]b[U+2066]c[U+200B]d");
    assertThat(Escape.html("<a href='javascript:x'>\"&")).isEqualTo("&lt;a href=&#39;javascript:x&#39;&gt;&quot;&amp;");
    assertThat(Escape.markdown("[x](javascript:y) | *b* <i>")).isEqualTo("\\[x\\](javascript:y) \\| \\*b\\* &lt;i&gt;");
  }
}
