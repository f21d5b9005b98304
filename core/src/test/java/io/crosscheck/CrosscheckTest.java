package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CrosscheckTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();
  private static final Path SEEDS = Path.of("../../shared/seeds");

  private static final String STORY = "---\nid: story\npublished: 2024-03-05\n---\n"
      + "“We will not leave the valley,” Ana Kovac said on Tuesday.\n"
      + "More than 1,200 people have fled, according to the regional council.\n";

  @Test
  void givesSameReportForSameInput() {
    Report first = CROSSCHECK.checkTexts(Map.of("story.txt", STORY));
    Report second = CROSSCHECK.checkTexts(Map.of("story.txt", STORY));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void numbersAttributionsAndFiguresByArticleAndPosition() {
    Report r = CROSSCHECK.checkTexts(Map.of("story.txt", STORY, "other.txt", STORY.replace("id: story", "id: other")));
    assertThat(r.attributions()).extracting(Attribution::id).containsExactly("other:a1", "other:a2", "story:a1", "story:a2");
    assertThat(r.figures()).extracting(f -> f.id()).containsExactly("other:f1", "other:f2", "story:f1", "story:f2");
    assertThat(r.articles()).extracting(a -> a.id()).containsExactly("other", "story");
  }

  @Test
  void addingAnArticleChangesNoExistingId() {
    Report alone = CROSSCHECK.checkTexts(Map.of("story.txt", STORY));
    Report withEarlier = CROSSCHECK.checkTexts(Map.of("story.txt", STORY, "aaa.txt", STORY.replace("id: story", "id: aaa")));
    List<Attribution> kept = withEarlier.attributions().stream().filter(a -> a.article().equals("story")).toList();
    assertThat(kept).isEqualTo(alone.attributions());
    assertThat(withEarlier.figures().stream().filter(f -> f.article().equals("story")).toList()).isEqualTo(alone.figures());
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < 6; i++) {
      texts.put("s" + i + ".txt", STORY.replace("id: story", "id: s" + i));
    }
    Report expected = CROSSCHECK.checkTexts(texts);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        futures.add(pool.submit(() -> CROSSCHECK.checkTexts(texts)));
      }
      for (Future<Report> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Lucene's checkRandomData idea: seeds plus junk through the front door, never an exception. */
  @Test
  void survivesSeedsAndJunk() throws Exception {
    Map<String, String> texts = new LinkedHashMap<>();
    if (Files.isDirectory(SEEDS)) {
      try (Stream<Path> files = Files.list(SEEDS)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          texts.put(p.getFileName().toString(), Files.readString(p));
        }
      }
    }
    texts.put("empty.txt", "");
    texts.put("quotes.txt", "\"".repeat(5000) + "“”‘’".repeat(2000));
    texts.put("digits.txt", "1,2,3,4.5.6 $$$ 99% -- 1st 2nd 3rd million billion ".repeat(500));
    texts.put("header-only.txt", "---\nid: h\n---\n");
    Random random = new Random(7);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      noise.append((char) (32 + random.nextInt(0x2100)));
    }
    texts.put("noise.txt", noise.toString());
    Report r = CROSSCHECK.checkTexts(texts);
    // Junk is analysed in windows or beyond the checks' budget (notes, the article kept); only two are unreadable.
    assertThat(r.errors()).filteredOn(e -> !e.message().contains("analysed in windows")
            && !e.message().startsWith("article too complex"))
        .extracting(e -> e.file()).containsExactlyInAnyOrder("empty.txt", "header-only.txt");
    assertThat(r.articles()).extracting(a -> a.file()).contains("digits.txt", "noise.txt", "quotes.txt");
    assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).doesNotContain("internal error"));
  }

  @Test
  void checksEverySeedWhenPresent() {
    assumeThat(Files.isDirectory(SEEDS)).as("../shared/seeds is missing: the seeds live in ../shared beside this clone, so this test is skipped").isTrue();
    Report r = CROSSCHECK.check(List.of(SEEDS));
    assertThat(r.errors()).isEmpty();
    assertThat(r.articles()).hasSize(5);
    assertThat(r.attributions()).isNotEmpty();
    assertThat(r.figures()).isNotEmpty();
  }

  @Test
  void builderAddsLexiconEntriesWithoutTouchingDefaults() {
    Crosscheck custom = Crosscheck.builder().addLexiconEntries("speech-verbs", List.of("quipped")).build();
    assertThat(custom.options().lexicon().entries("speech-verbs")).contains("quipped");
    assertThat(CROSSCHECK.options().lexicon().entries("speech-verbs")).doesNotContain("quipped");
  }
}
