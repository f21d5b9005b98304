package io.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Sentence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleViewTest {
  private final WordGroups groups = new WordGroups(Fixtures.LEXICON);
  private final Set<String> stopWords = Set.copyOf(Fixtures.LEXICON.entries("topic-stopwords"));

  @Test
  void stemBitsAreEachSentencesGroupedBitsInOrderReadOnce() {
    ArticleView view = new ArticleView(Fixtures.article("a1",
        "The ministry denied blocking the convoy. Police said 14 trucks were parked across the road. It rained."));
    List<Sentence> sentences = view.sentences();
    long[] bits = view.stemBits(stopWords, groups);

    assertThat(bits).hasSize(sentences.size()).hasSize(3);
    for (int i = 0; i < bits.length; i++) {
      assertThat(bits[i]).isEqualTo(view.groupedWords(sentences.get(i), stopWords, groups).stemBits());
    }
    assertThat(bits[1]).isNotZero();
    assertThat(view.stemBits(stopWords, groups)).isSameAs(bits);
  }
}
