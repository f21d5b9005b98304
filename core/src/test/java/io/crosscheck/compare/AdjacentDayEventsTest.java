package io.crosscheck.compare;

import static io.crosscheck.compare.EndToEnd.check;
import static io.crosscheck.compare.EndToEnd.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts of one counted noun a day apart, about one named event: compared only when nothing says it changed. */
class AdjacentDayEventsTest {
  private static final String FIRST_DAY = String.join("\n",
      "The ticket seller Farrow said on Monday that thieves had copied the details of about 800,000 buyers in a breach.",
      "",
      "The company said it was working with police.");

  @Test
  void flagsDisjointCountsOfOneBreachInArticlesADayApart() {
    List<Finding> findings = check("seller", "2025-09-01", FIRST_DAY, "analyst", "2025-09-02", String.join("\n",
        "An analyst who studied the breach said the leaked file was far larger.",
        "",
        "\"The copy I was shown lists at least 2 million buyer accounts,\" she said."));

    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "about 800,000 buyers", "2 million buyer accounts")).isTrue();
  }

  @Test
  void staysSilentWhenTheSecondCountStatesARise() {
    List<Finding> findings = check("seller", "2025-09-01", FIRST_DAY, "update", "2025-09-02",
        "The number of buyers hit by the breach rose to 2 million, the company said on Tuesday.");

    assertThat(findings.stream().filter(f -> f.type() == FindingType.NUMERIC_CONFLICT)).isEmpty();
  }

  @Test
  void staysSilentOnAChangeBetweenTwoStatedDays() {
    List<Finding> findings = check("seller", "2025-09-01", FIRST_DAY, "desk", "2025-09-02",
        "After the breach, complaints from buyers rose from 600 on Monday to more than 1,900 on Tuesday, the regulator said.");

    assertThat(findings.stream().filter(f -> f.type() == FindingType.NUMERIC_CONFLICT)).isEmpty();
  }

  @Test
  void staysSilentWhenArticlesAreDaysApart() {
    List<Finding> findings = check("seller", "2025-09-01", FIRST_DAY, "later", "2025-09-05", String.join("\n",
        "An analyst who studied the breach said the leaked file was far larger.",
        "",
        "\"The copy I was shown lists at least 2 million buyer accounts,\" she said."));

    assertThat(findings.stream().filter(f -> f.type() == FindingType.NUMERIC_CONFLICT)).isEmpty();
  }

  @Test
  void readsTheEventFromTheSentenceAfterTheCount() {
    List<Finding> findings = check("shop", "2025-09-01", String.join("\n",
        "The ticket seller Farrow said on Monday that thieves took the details of about 800,000 buyers.",
        "",
        "The company said it found the breach last week."),
        "analyst", "2025-09-02", String.join("\n",
        "\"The copy of the breach data I was shown lists at least 2 million buyer accounts,\" an analyst said."));

    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "about 800,000 buyers", "2 million buyer accounts")).isTrue();
  }

  @Test
  void flagsTwoSpeakersInOneArticleGivingDisjointCounts() {
    List<Finding> findings = check("seller", "2025-09-01", String.join("\n",
        "The ticket seller Farrow said on Monday that thieves had copied the details of about 800,000 buyers in a breach.",
        "",
        "Mira Osk, a researcher who examined the leaked file, said the seller was understating the breach.",
        "",
        "\"The copy I was shown lists at least 2 million buyer accounts,\" Osk said."));

    assertThat(pairs(findings, FindingType.NUMERIC_CONFLICT, "about 800,000 buyers", "2 million buyer accounts")).isTrue();
  }

  @Test
  void staysSilentWhenOneSpeakerGivesBothCountsInOneArticle() {
    List<Finding> findings = check("seller", "2025-09-01", String.join("\n",
        "The ticket seller Farrow said on Monday that thieves had copied the details of about 800,000 buyers in a breach.",
        "",
        "Farrow said later that a second file with at least 2 million buyer accounts had also been copied in the breach."));

    assertThat(findings.stream().filter(f -> f.type() == FindingType.NUMERIC_CONFLICT)).isEmpty();
  }
}
