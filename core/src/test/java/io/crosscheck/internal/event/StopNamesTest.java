package io.crosscheck.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A name most of a large batch uses tells no event apart; a small batch keeps every name. */
class StopNamesTest {
  private static final LocalDate DAY = LocalDate.of(2031, 4, 2);

  /** Article {@code i} of event {@code i / 2}: its own two names, plus the column title "Harbourwatch". */
  private static ArticleKeys article(int i) {
    String a = "vell" + (i / 2);
    String b = "orn" + (i / 2);
    EventSignature s = new EventSignature(Optional.of("DISASTER"), Optional.of(DAY), List.of(a, b, "harbourwatch"),
        Set.of(a, b, "harbourwatch"), Set.of(), Set.of("flood", "dam"));
    return new ArticleKeys("a" + i, s, List.of("name:" + a, "name:" + b, "name:harbourwatch"));
  }

  private static List<ArticleKeys> batch(int size) {
    List<ArticleKeys> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      out.add(article(i));
    }
    return out;
  }

  @Test
  void aNameInMostOfALargeBatchJoinsNoEvents() {
    EventClusterer clusterer = new EventClusterer();
    assertThat(clusterer.cluster(batch(120))).hasSize(60).allSatisfy(e -> assertThat(e.articles()).hasSize(2));
    assertThat(EventClusterer.blocks(EventClusterer.withoutStopNames(batch(120)))).doesNotContainKey("name:harbourwatch");
  }

  @Test
  void aSmallBatchKeepsEveryName() {
    assertThat(EventClusterer.withoutStopNames(batch(20))).isEqualTo(batch(20));
    assertThat(new EventClusterer().cluster(batch(20))).hasSize(1); // "harbourwatch" plus the kind and story join them
  }
}
