package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Sentence;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentDisputesTest {
  private final CommitmentDisputes commitments = new CommitmentDisputes(Fixtures.LEXICON);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Asked about the export ban, a spokesman said: \"No commitment was made.\"|ban export",
      "Pressed on the fuel subsidy, the minister said nothing was promised.|fuel subsidy",
      "Questioned over the harbour fees, she said there was no deal.|fees harbour",
      "A spokesman said: \"No commitment was made.\"|",
      "No agreement was reached on pay, asked about it later, she said.|pay",
  })
  void readsTheDeniedTopicFromTheDenialOrTheQuestionBeforeIt(String sentence, String expected) {
    ArticleView view = ArticleView.of(List.of(Fixtures.article("a", sentence))).get(0);
    Sentence s = view.sentences().get(0);
    Set<String> want = expected == null ? Set.of() : new TreeSet<>(Arrays.asList(expected.split(" ")));
    assertThat(new TreeSet<>(commitments.deniedTopic(view, s))).isEqualTo(want);
  }
}
