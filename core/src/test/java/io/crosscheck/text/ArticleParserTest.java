package io.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.model.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleParserTest {
  private final ArticleParser parser = new ArticleParser();

  @Test
  void readsHeaderWhenPresent() throws Exception {
    Article a = parser.parse("dir/x.txt", "---\nID: harbor-1\noutlet: The Harbor Ledger\npublished: 2024-01-09\n"
        + "title: Talks end\nurl: https://example.org/a\n---\nBody line one.\nBody two.").article();
    assertThat(a.id()).isEqualTo("harbor-1");
    assertThat(a.outlet()).contains("The Harbor Ledger");
    assertThat(a.published()).contains(LocalDate.of(2024, 1, 9));
    assertThat(a.title()).contains("Talks end");
    assertThat(a.metadata()).containsEntry("url", "https://example.org/a");
    assertThat(a.body()).isEqualTo("Body line one.\nBody two.");
    assertThat(a.file()).isEqualTo("dir/x.txt");
  }

  @Test
  void usesFileNameAsIdWithoutHeader() throws Exception {
    Article a = parser.parse("seeds/003_abc.txt", "Raw scraped text: no header.").article();
    assertThat(a.id()).isEqualTo("003_abc");
    assertThat(a.outlet()).isEmpty();
    assertThat(a.published()).isEmpty();
    assertThat(a.body()).isEqualTo("Raw scraped text: no header.");
  }

  @Test
  void acceptsBomAndCrlf() throws Exception {
    Article a = parser.parse("b.txt", "\uFEFF---\r\nid: bom\r\n---\r\nFirst.\r\nSecond.\r\n").article();
    assertThat(a.id()).isEqualTo("bom");
    assertThat(a.body()).isEqualTo("First.\nSecond.\n");
  }

  @ParameterizedTest
  @CsvSource({
      "2024-01-09, 2024-01-09",
      "2024-01-09T10:15:00Z, 2024-01-09",
      "2024-01-09T10:15:00+02:00, 2024-01-09",
      "2024-01-09T10:15, 2024-01-09"})
  void readsPublishedAsDateOrDateTime(String value, LocalDate expected) throws Exception {
    assertThat(parser.parse("d.txt", "---\npublished: " + value + "\n---\nBody").article().published()).contains(expected);
  }

  @Test
  void warnsAndKeepsArticleWhenDateIsNotIso() throws Exception {
    ArticleParser.Parsed p = parser.parse("d.txt", "---\npublished: last Tuesday\n---\nBody");
    assertThat(p.article().published()).isEmpty();
    assertThat(p.warning()).hasValueSatisfying(w -> assertThat(w).contains("not an ISO date"));
  }

  @Test
  void rejectsUnterminatedHeader() {
    assertThatThrownBy(() -> parser.parse("u.txt", "---\nid: open\ntitle: never closed\nBody text"))
        .hasMessageContaining("never closed");
  }

  @Test
  void rejectsHeaderLineWithoutColon() {
    assertThatThrownBy(() -> parser.parse("h.txt", "---\nid: ok\nthis line is wrong\n---\nBody"))
        .hasMessageContaining("header line 3");
  }

  @Test
  void rejectsBlankText() {
    assertThatThrownBy(() -> parser.parse("e.txt", "  \n\n ")).hasMessageContaining("empty");
  }

  @Test
  void rejectsHeaderWithoutBody() {
    assertThatThrownBy(() -> parser.parse("e.txt", "---\nid: x\n---\n\n")).hasMessageContaining("no body");
  }
}
