package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where reported content starts after its cue. Each row: the words after the cue, the cue, the first content word. */
class ReportedContentTest {
  private static final CueLexicon LEXICON = new CueLexicon(Lexicon.defaults());
  private static final ReportedContent CONTENT = new ReportedContent(LEXICON, new SpeakerLocator(LEXICON));

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource(delimiter = '|', textBlock = """
      the Coastal Herald that the water was brown | told   | the
      reporters that the harvest was lost          | told   | the
      reporters the road would stay closed         | told   | the
      the Evening Post the plan was dead           | told   | the
      in a statement that it would cut jobs        | said   | it
      in an email to customers that all flights would resume | said | all
      on Monday that the reservoir was full        | said   | the
      that any workers had been exposed            | denied | any
      that could take months                       | said   | that
      that no permits had been issued              | said   | that
      the driver had fled                          | said   | the
      the committee that no permits were issued    | told   | that
      to Velpress that 40 people had died          | confirmed | 40
      to the Evening Herald that the premier would stay | leaked | the
      to represent 7,000 workers                   | claim  | to
      """)
  void startsAfterAudienceAndThat(String after, String cue, String first) {
    List<Words.Word> w = Words.of(after, Span.of(0, after.length()));
    int start = CONTENT.start(w, 0, cue);
    assertThat(start).isLessThan(w.size());
    assertThat(w.get(start).text()).isEqualTo(first);
    if (first.equals("the") && after.contains(" that ")) {
      assertThat(w.subList(0, start)).anyMatch(x -> x.is("that")); // the "the" after "that"
    }
  }
}
