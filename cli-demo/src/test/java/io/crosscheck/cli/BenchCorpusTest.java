package io.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.Finding;
import io.crosscheck.model.Report;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated corpus of many unrelated events: findings stay inside events and add up event by event. */
class BenchCorpusTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  @Test
  void neverPairsClaimsOfTwoEvents() {
    BenchCorpus.EventCorpus corpus = BenchCorpus.events(0, 24);
    Report report = CROSSCHECK.checkTexts(corpus.texts());
    assertThat(report.findings()).isNotEmpty();
    for (Finding f : report.findings()) {
      Set<Integer> events = new HashSet<>();
      for (Evidence e : f.evidence()) {
        events.add(corpus.eventOf().get(e.article()));
      }
      assertThat(events).as(f.summary()).hasSize(1);
    }
  }

  @Test
  void numericConflictsArePairedOnlyInsideOneEvent() {
    BenchCorpus.EventCorpus corpus = BenchCorpus.events(0, 24);
    Report report = CROSSCHECK.checkTexts(corpus.texts());
    java.util.List<Finding> numeric = report.findings().stream()
        .filter(f -> f.type() == io.crosscheck.model.FindingType.NUMERIC_CONFLICT).toList();
    assertThat(numeric).as("the generated outlets' tolls drift, so some conflict").isNotEmpty();
    for (Finding f : numeric) {
      Set<Integer> events = new HashSet<>();
      for (Evidence e : f.evidence()) {
        events.add(corpus.eventOf().get(e.article()));
      }
      assertThat(events).as(f.summary()).hasSize(1);
    }
  }

  @Test
  void findingsGrowWithTheNumberOfEventsAndNoFaster() {
    int first = CROSSCHECK.checkTexts(BenchCorpus.events(0, 12).texts()).findings().size();
    int second = CROSSCHECK.checkTexts(BenchCorpus.events(12, 24).texts()).findings().size();
    int both = CROSSCHECK.checkTexts(BenchCorpus.events(0, 24).texts()).findings().size();
    assertThat(first).isPositive();
    assertThat(both).isEqualTo(first + second);
  }

  @Test
  void readsOneEventPerGeneratedEventThoughDaysAndKindsRepeat() {
    BenchCorpus.EventCorpus corpus = BenchCorpus.events(0, 16);
    Report report = CROSSCHECK.checkTexts(corpus.texts());
    assertThat(report.events().stream().filter(e -> !e.referenced())).as(report.events().toString()).hasSize(16);
  }
}
