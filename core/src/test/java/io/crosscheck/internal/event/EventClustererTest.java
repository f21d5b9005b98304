package io.crosscheck.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.Crosscheck;
import io.crosscheck.model.Claim;
import io.crosscheck.model.Event;
import io.crosscheck.model.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Articles into events, in invented words. */
class EventClustererTest {
  private static final Crosscheck CROSSCHECK = Crosscheck.withDefaults();

  private static Report run(String... idsHeadersBodies) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < idsHeadersBodies.length; i += 3) {
      String header = idsHeadersBodies[i + 1].isEmpty() ? ""
          : "---\nid: " + idsHeadersBodies[i] + "\npublished: " + idsHeadersBodies[i + 1] + "\n---\n";
      texts.put(idsHeadersBodies[i] + ".txt", header + idsHeadersBodies[i + 2]);
    }
    return CROSSCHECK.checkTexts(texts);
  }

  private static List<Event> own(Report r) {
    return r.events().stream().filter(e -> !e.referenced()).toList();
  }

  @Test
  void articlesNamingOnePlaceAndPeopleAreOneEvent() {
    Report r = run(
        "a", "2025-04-02", "Floods swept through Valmora on Tuesday. Mayor Ilse Tarrant said Valmora had lost its bridge.",
        "b", "2025-04-03", "Rescuers in Valmora searched for survivors, Tarrant said, a day after the floods.");
    assertThat(own(r)).singleElement().satisfies(e -> assertThat(e.articles()).containsExactly("a", "b"));
  }

  @Test
  void aPlaceTheHeadlineNamesJoinsAStoryWhoseBodyNamesItNever() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a.txt", "---\nid: a\npublished: 2025-06-15\ntitle: Shipwreck in Tessel: crews search among the rescued\n---\n"
        + "Doctors in the harbour town of Kalvo said many survivors were in shock. Volunteers in Kalvo gave them blankets.");
    texts.put("b.txt", "---\nid: b\npublished: 2025-06-16\n---\n"
        + "A fishing boat sank off Tessel on Wednesday. Survivors were taken to Kalvo. Divers near Tessel searched the wreck.");
    assertThat(own(CROSSCHECK.checkTexts(texts))).singleElement().satisfies(e -> assertThat(e.articles()).containsExactly("a", "b"));
  }

  @Test
  void twoFloodsOnOneDayInDifferentValleysAreTwoEvents() {
    Report r = run(
        "a", "2025-04-02", "Floods swept through Valmora on Tuesday. Mayor Ilse Tarrant said Valmora had lost its bridge.",
        "b", "2025-04-02", "Floods swept through Osterbrook on Tuesday. Mayor Deniz Halloway said Osterbrook had lost its bridge.");
    assertThat(own(r)).hasSize(2);
  }

  @Test
  void oneSharedNameJoinsOnlyStoriesDaysApartNotWeeks() {
    String first = "Floods swept through Valmora on Tuesday. Mayor Ilse Tarrant said the bridge had gone.";
    String sameWeek = "Water rose through Osterbrook. Tarrant said the floods had swept the bridge away.";
    assertThat(own(run("a", "2025-04-02", first, "b", "2025-04-04", sameWeek))).hasSize(1);
    assertThat(own(run("a", "2025-04-02", first, "b", "2025-04-16", sameWeek))).hasSize(2);
  }

  @Test
  void anUndatedArticleJoinsByItsNamesNotByLackOfADate() {
    Report r = run(
        "a", "2025-04-02", "Floods swept through Valmora on Tuesday. Mayor Ilse Tarrant said Valmora had lost its bridge.",
        "b", "2025-04-02", "Floods swept through Osterbrook on Tuesday. Mayor Deniz Halloway said Osterbrook had lost its bridge.",
        "c", "", "Tarrant asked for boats as water rose again in Valmora.");
    assertThat(own(r)).hasSize(2);
    assertThat(own(r).get(0).articles()).containsExactly("a", "c");
  }

  @Test
  void aSentenceAboutAnEarlierDayGoesToThatEvent() {
    Report r = run("a", "2025-03-08", "Marchers filled Castellan on Tuesday, the Verdan union said. "
        + "The Verdan union said 40,000 marched in Castellan on January 31.");
    Claim earlier = r.claims().stream().filter(c -> c.figures().stream().anyMatch(f -> f.text().contains("40,000")))
        .filter(c -> c.measure().isPresent()).findFirst().orElseThrow();
    Event its = r.events().stream().filter(e -> e.id().equals(earlier.event().orElseThrow())).findFirst().orElseThrow();
    assertThat(its.referenced()).isTrue();
    assertThat(its.date()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-01-31"));
  }

  @Test
  void anOutletNamingItselfNamesNoOneInTheEvent() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("a.txt", "---\nid: a\noutlet: Kelder Wire\npublished: 2025-04-02\n---\n"
        + "Kelder Wire/ Kelder Wire agency obtained a memo that Pell Anders wrote on the fire at Dorvan Hospital in Orsk. "
        + "The memo seen by Kelder Wire put the dead at 64, Pell Anders wrote. Kelder Wire could not reach the Orsk "
        + "health office about the Dorvan Hospital fire, Kelder Wire said.");
    texts.put("b.txt", "---\nid: b\noutlet: Daily\npublished: 2025-04-02\n---\n"
        + "A fire at Dorvan Hospital in Orsk killed 60 people, the Orsk health office said. Orsk mourned the dead of Dorvan Hospital.");
    assertThat(own(CROSSCHECK.checkTexts(texts))).singleElement()
        .satisfies(e -> assertThat(e.articles()).containsExactly("a", "b"));
  }
}
