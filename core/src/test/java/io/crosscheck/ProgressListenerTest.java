package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crosscheck.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class ProgressListenerTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();
  private static final Map<String, String> TWO = Map.of(
      "a.txt", "“We will stay,” Tilda Mervane said. Some 300 people attended.\n",
      "b.txt", "About 250 people attended, the Orvane council said.\n");

  @Test
  void listenerHearsArticlesThenEveryEventChecked() {
    List<String> heard = new ArrayList<>();
    Report r = CROSSCHECK.checkTexts(TWO, new ProgressListener() {
      @Override
      public void articlesRead(int total) {
        heard.add("read " + total);
      }

      @Override
      public void articleAnalysed(int done, int total) {
        heard.add("article " + done + "/" + total);
      }

      @Override
      public void checkFinished(String name, int done, int total) {
        heard.add("check " + done + "/" + total);
      }
    });
    int events = r.events().size();
    assertThat(events).isPositive();
    List<String> expected = new ArrayList<>(List.of("read 2", "article 1/2", "article 2/2"));
    for (int i = 1; i <= events; i++) {
      expected.add("check " + i + "/" + events);
    }
    assertThat(heard).containsExactlyElementsOf(expected);
    assertThat(r).isEqualTo(CROSSCHECK.checkTexts(TWO));
  }

  @Test
  void cancellingStopsTheRunBetweenArticles() {
    List<Integer> analysed = new ArrayList<>();
    ProgressListener stopAfterFirst = new ProgressListener() {
      @Override
      public void articleAnalysed(int done, int total) {
        analysed.add(done);
      }

      @Override
      public boolean isCancelled() {
        return !analysed.isEmpty();
      }
    };
    assertThatThrownBy(() -> CROSSCHECK.checkTexts(TWO, stopAfterFirst)).isInstanceOf(CancellationException.class);
    assertThat(analysed).containsExactly(1);
  }
}
