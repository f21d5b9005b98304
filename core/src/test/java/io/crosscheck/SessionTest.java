package io.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.FileError;
import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  private static String article(String id, String body) {
    return "---\nid: " + id + "\npublished: 2031-05-06\ntitle: Dam breach in Ostrava Vale\n---\n" + body + "\n";
  }

  private static final String COUNCIL = article("council",
      "Exactly 41 people died when the dam at Ostrava Vale broke on Tuesday, the regional council said.");
  private static final String POLICE = article("police",
      "Exactly 17 people died when the dam at Ostrava Vale broke on Tuesday, the river police said.");
  private static final String WEATHER = article("weather",
      "Rain will ease over the Brindle hills by Friday, the weather office said.");

  @Test
  void eachAddReturnsOnlyTheFindingsItBrings() {
    Session session = CROSSCHECK.session();
    assertThat(session.addTexts(Map.of("council.txt", COUNCIL)).findings()).isEmpty();

    List<Finding> added = session.addTexts(Map.of("police.txt", POLICE)).findings();
    assertThat(added).isNotEmpty().allSatisfy(f -> assertThat(f.type()).isEqualTo(FindingType.NUMERIC_CONFLICT));

    assertThat(session.addTexts(Map.of("weather.txt", WEATHER)).findings()).isEmpty();
    assertThat(session.report().findings()).hasSameSizeAs(added);
  }

  @Test
  void sessionReportEqualsOneBatchCheckAndIdsDoNotShift() {
    Session session = CROSSCHECK.session();
    session.addTexts(Map.of("police.txt", POLICE));
    List<Attribution> before = session.report().attributions();
    session.addTexts(Map.of("council.txt", COUNCIL, "weather.txt", WEATHER));

    assertThat(session.report().findings())
        .isEqualTo(CROSSCHECK.checkTexts(Map.of("council.txt", COUNCIL, "police.txt", POLICE, "weather.txt", WEATHER)).findings());
    // Entity ids are numbered over the batch; attribution ids, spans and content stay put.
    assertThat(session.report().attributions()).filteredOn(a -> a.article().equals("police"))
        .extracting(Attribution::id, Attribution::span, Attribution::content)
        .isEqualTo(before.stream().map(a -> org.assertj.core.groups.Tuple.tuple(a.id(), a.span(), a.content())).toList());
  }

  @Test
  void duplicateArticleIdIsAnErrorNamingBothFiles() {
    Session session = CROSSCHECK.session();
    session.addTexts(Map.of("council.txt", COUNCIL));
    Session.Update again = session.addTexts(Map.of("copy.txt", COUNCIL));
    assertThat(again.errors()).extracting(FileError::file).containsExactly("copy.txt");
    assertThat(again.errors().get(0).message()).contains("council").contains("council.txt");
    assertThat(session.report().articles()).hasSize(1);
  }

  @Test
  void unreadableTextIsReportedAndTheRestJoins() {
    Session session = CROSSCHECK.session();
    Session.Update update = session.addTexts(Map.of("empty.txt", "", "council.txt", COUNCIL));
    assertThat(update.errors()).extracting(FileError::file).containsExactly("empty.txt");
    assertThat(session.report().articles()).extracting(a -> a.id()).containsExactly("council");
  }
}
