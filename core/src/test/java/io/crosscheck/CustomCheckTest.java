package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.compare.Batch;
import io.crosscheck.compare.Check;
import io.crosscheck.compare.Checks;
import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Evidence;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Report;
import io.crosscheck.model.Severity;
import io.crosscheck.model.Span;
import io.crosscheck.report.Reports;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A user's own check: its own finding type, its name on each finding, and a failure that costs nothing else. */
class CustomCheckTest {
  private static final String FIRST = "---\nid: first\npublished: 2031-05-06\ntitle: Flood in Varnholm\n---\n"
      + "More than 40 people died in the flood in Varnholm, the regional council said on Tuesday.\n";
  private static final String SECOND = "---\nid: second\npublished: 2031-05-06\ntitle: Varnholm flood\n---\n"
      + "At least 12 people died in the flood in Varnholm, the harbour police said on Tuesday.\n";

  /** Flags every article whose title is shorter than 15 characters, under a kind of its own. */
  private static final class ShortTitleCheck implements Check {
    @Override
    public List<Finding> check(Batch batch) {
      List<Finding> out = new ArrayList<>();
      batch.articles().forEach(a -> a.article().title().filter(t -> t.length() < 15).ifPresent(t -> out.add(
          new Finding("", FindingType.of("SHORT_TITLE"), Severity.LOW, "short title: " + t,
              List.of(new Evidence(a.id(), a.article().body().substring(0, 10), new Span(0, 10),
                  Optional.empty(), Optional.empty()))))));
      return out;
    }
  }

  private static final Check BROKEN = batch -> {
    throw new IllegalStateException("boom in a user's check");
  };

  @Test
  void customTypeAndCheckNameAppearOnFindingsAndInJson() throws IOException {
    Crosscheck crosscheck = Crosscheck.builder().addCheck(new ShortTitleCheck()).build();
    Report report = crosscheck.checkTexts(Map.of("first.txt", FIRST, "second.txt", SECOND));

    List<Finding> custom = report.findings().stream().filter(f -> f.type().name().equals("SHORT_TITLE")).toList();
    assertThat(custom).hasSize(1);
    assertThat(custom.get(0).check()).contains("short-title");
    assertThat(custom.get(0).type().builtIn()).isFalse();
    assertThat(report.findings()).filteredOn(f -> f.type().builtIn())
        .allSatisfy(f -> assertThat(f.check()).isPresent());

    String json = Reports.toJson(report);
    assertThat(json).contains("\"type\" : \"SHORT_TITLE\"").contains("\"check\" : \"short-title\"");
    assertThat(Reports.readJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).findings())
        .isEqualTo(report.findings());
  }

  @Test
  void throwingCheckBecomesAnErrorAndOtherFindingsAreKept() {
    Report without = Crosscheck.withDefaults().checkTexts(Map.of("first.txt", FIRST, "second.txt", SECOND));
    List<Check> checks = new ArrayList<>(Checks.defaults(Lexicon.defaults()));
    checks.add(0, BROKEN);
    Report with = Crosscheck.builder().checks(checks).build().checkTexts(Map.of("first.txt", FIRST, "second.txt", SECOND));

    assertThat(with.findings()).isEqualTo(without.findings());
    assertThat(with.errors()).extracting(FileError::file).containsExactly("(check custom)");
    assertThat(with.errors().get(0).message()).contains("boom in a user's check").contains("failed on event");
  }
}
