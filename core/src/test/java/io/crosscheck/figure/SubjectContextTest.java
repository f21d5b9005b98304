package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.AnalysedArticle;
import io.crosscheck.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Subjects that need more than the words right after the figure: an earlier figure repeated,
 * the noun before "of", the clause a "worth" or "up 14%" belongs to, verbs after auxiliaries,
 * tolls that rose, appositive durations, headlines, possessive ordinals.
 */
class SubjectContextTest {

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The guild said the owners had accepted an 11 percent raise. "They shook on eleven percent," she said. | eleven percent | raise
      The guild wants an 11 percent raise. Eleven percent, fewer late rotas and a pension, she said. | Eleven percent | raise
      The board's pay offer stands at 7 percent. "I would sign for seven percent tomorrow," a porter said. | seven percent | offer
      Our proposal of 8% is still available, the director said. | 8% | proposal
      The crew was promised a raise of 15%. | 15% | raise
      The storm left a toll of 65 across the coast. | 65 | toll
      Brenmark threatened tariffs of up to 30% on steel. | up to 30% | tariffs
      The court imposed a fine of $4m on the miller. | $4m | fine
      Bilateral commerce between the two states was worth €6.2bn last year, up 11%. | €6.2bn | commerce
      Bilateral commerce between the two states was worth €6.2bn last year, up 11%. | 11% | commerce
      Exports from the port were valued at $9m in May, a rise of 4%. | 4% | Exports
      According to the agency, 118 people had died by Friday evening. | 118 | died
      Officials said 40 workers were killed in the blast. | 40 | killed
      Some 3,000 residents have been displaced by the fires. | Some 3,000 | displaced
      Grain shipments were worth $3.1bn in 2023, down 6% from a year earlier. | 6% | shipments
      Harbour toll rises to 58 | 58 | toll
      The official toll stood at 72 on Tuesday night. | 72 | killed
      The embargo, in effect for two years, hurt growers. | two years | embargo
      Its curfew, which has lasted nine days, was lifted. | nine days | curfew
      Toddler pulled alive from debris after three and a half days | three and a half days | pulled alive from debris
      The hospital treated a family of four after the crash. | four | family
      It was Dorvik’s first visit to the capital since the election. | first | visit
      The company will pay a penalty of €2.5m. | €2.5m | penalty
      The visit, Dorvik’s first to the capital, ended. | first | visit
      The tour is her second this year. | second | tour
      The officials agreed to phase out the duties over three years. | three years | phase out duties
      Two-way commerce between the nations was worth €4.1bn last year, up 9%. | 9% | commerce
      Freight between the two ports reached €2.2bn last year, a 5% increase on the year before. | 5% | Freight
      The ban, which has been in place for three years, hurt farmers. | three years | ban
      The curfew has been in force for nine days. | nine days | curfew
      The regional death toll of 80 is expected to rise. | 80 | killed
      The toll rose to 241 people, the coastguard said. | 241 | toll
      Rescuers said 12 miners remain trapped underground. | 12 | trapped
      The confirmed toll rose to 188 on Monday. | 188 | toll
      Flood toll climbs to 77 | 77 | toll
      The death toll climbed to 93 earlier, the agency said. | 93 | killed
      Its embargo on Varnish timber, in place for four years, ended. | four years | embargo
      Its levy on imports, in force for six months, expires soon. | six months | levy
      Boy pulled alive from wreckage after three and a half days | three and a half days | pulled
      The rescuers found a family of five in the cellar. | five | family
      Police stopped five people in a van near the border. | five | people
      It was Halvard's second visit to the island. | second | visit
      She is on her first trip abroad since the vote. | first | trip
      The pact would phase out the levies over four years. | four years | phase out
      Eleven porters, including two cooks, were injured in the slide. | Eleven | injured
      Nine others, among them a ferryman, were missing after the storm. | Nine | missing
      The death toll from the storm in the northern town of Varesk has climbed to 212. | 212 | toll
      The death toll from the fall of an old rope bridge across the Kelm river in the Orsk district of Varnia late on Friday has climbed to 163. | 163 | toll
      The official toll from the storm that swept through the islands on May 3 remained at 418. | 418 | toll
      The count of the dead in the flood which hit Varesk on Friday now stands at 96. | 96 | count
      """)
  void readsSubjectFromContext(String sentence, String text, String expectedPart) {
    List<Figure> found = FigureFixtures.nonDates(sentence).stream().filter(x -> x.text().equals(text)).toList();
    assertThat(found).as("figure %s in %s", text, sentence).isNotEmpty();
    Figure f = found.get(found.size() - 1);
    assertThat(f.subject()).as(f.toString()).hasValueSatisfying(s -> assertThat(s).containsIgnoringCase(expectedPart));
  }

  @Test
  void timePhraseAfterAFigureIsItsScope() {
    Figure f = FigureFixtures.nonDates("Ferry revenue was worth €3.3bn last year, the operator said.").get(0);
    assertThat(f.scope()).hasValue("last year");
    assertThat(f.subject()).hasValueSatisfying(s -> assertThat(s).containsIgnoringCase("revenue").doesNotContain("year"));
  }

  @Test
  void quoteParagraphRepeatsTheFigureBefore() {
    String body = "Negotiators for the nurses said the trust had agreed to a 6 percent raise.\n"
        + "“We shook on six percent and then they walked away,” said one of them.\n"
        + "The trust did not respond to questions.\n"
        + "Six percent was later described as unaffordable.";
    List<Figure> found = FigureFixtures.nonDates(body);
    assertThat(found).hasSize(3);
    assertThat(found.get(1).subject()).hasValueSatisfying(s -> assertThat(s).containsIgnoringCase("raise"));
    assertThat(found.get(2).subject().orElse("")).doesNotContainIgnoringCase("raise");
  }

  @Test
  void shareRepeatedInTheNextParagraphKeepsItsSubject() {
    String body = "The drivers want a pay rise of 7 percent, the union said.\n"
        + "Its chair, Ola Brandt, told members: “They will not go to seven percent without a strike.”";
    List<Figure> found = FigureFixtures.nonDates(body);
    assertThat(found.get(found.size() - 1).subject()).hasValueSatisfying(s -> assertThat(s).containsIgnoringCase("rise"));
  }

  @ParameterizedTest(name = "{1} not {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The board's pay offer stands at 7 percent. "I would sign for seven percent tomorrow," a porter said. | seven percent | tomorrow
      Bilateral commerce between the two states was worth €6.2bn last year, up 11%. | €6.2bn | last year
      It was Halvard's second visit to the island. | second | Halvard
      The tour is her second this year. | second | year
      The death toll climbed to 93 earlier, the agency said. | 93 | earlier
      Grain shipments were worth $3.1bn in 2023, down 6% from a year earlier. | $3.1bn | 2023
      """)
  void keepsTimeAndOwnersOut(String sentence, String text, String unexpected) {
    Figure f = FigureFixtures.nonDates(sentence).stream().filter(x -> x.text().equals(text)).reduce((a, b) -> b)
        .orElseThrow();
    assertThat(f.subject().orElse("")).doesNotContainIgnoringCase(unexpected);
  }
  /** A noun quoted right after its number is still what the number counts. */
  @Test
  void aQuotedNounAfterANumberIsWhatItCounts() {
    assertThat(FigureFixtures.nonDates("Organisers said there were over 900 “sign-holders” at the Orsk rally.")).singleElement()
        .satisfies(f -> {
          assertThat(f.unit()).hasValue("sign-holders");
          assertThat(f.subject().orElse("")).contains("sign-holders");
        });
  }

  /** A headline line with no full stop ends where the segmenter ends it: its toll names no count below it. */
  @Test
  void aHeadlineLineLendsNoWordsToTheSentenceBelowIt() {
    AnalysedArticle a = io.crosscheck.Crosscheck.withDefaults().analyse(
        io.crosscheck.model.Article.of("t", "Pit toll climbs in Orsk\nRescuers said 17 others were still trapped."));
    assertThat(a.figures()).filteredOn(f -> f.text().equals("17")).singleElement()
        .satisfies(f -> assertThat(f.subject().orElse("")).contains("trapped").doesNotContain("toll"));
  }

}
