package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows for news syntax that the first round missed on unseen articles: appositive spokespeople,
 * organisation names, time words, common nouns at a sentence start, name particles. Names are invented.
 */
class AttributionGeneralisationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # spokesperson in an apposition
      Mara Lindqvist, a spokeswoman for the river council, denied that any permit had been issued. | any permit had been issued | Lindqvist | NAMED_SPOKESPERSON
      Mara Lindqvist, the council's spokeswoman, insisted that the permit was lawful. | permit was lawful | Lindqvist | NAMED_SPOKESPERSON
      Mara Lindqvist, a spokeswoman for the river council, said the site was closed. Lindqvist said no date had been set. | no date had been set | Lindqvist | NAMED_SPOKESPERSON
      Mara Lindqvist, a spokeswoman for the river council, said the site was closed. She said no date had been set. | no date had been set | Lindqvist | NAMED_SPOKESPERSON
      Oren Talbot, a spokesman for the ministry, said 60 buses had reached the depot. | buses had reached | Talbot | NAMED_SPOKESPERSON
      Transport ministry spokeswoman Ysolde Brandt said the tunnel would reopen. | tunnel would reopen | Brandt | NAMED_SPOKESPERSON
      # organisations with proper names
      The Kelmouth Chamber of Commerce estimates that sales fell by a third. | sales fell | Chamber | INSTITUTION
      Ostrava Freight confirmed in an email that its lorries were idle. | lorries were idle | Freight | INSTITUTION
      Ostrava Holdings said the plant would close in June. | plant would close | Holdings | INSTITUTION
      The bakery chain Pellam's has warned of empty shelves by Friday. | empty shelves | Pellam | INSTITUTION
      The shipping firm Corvell said its vessels had been diverted. | vessels had been diverted | Corvell | INSTITUTION
      The Olive Growers' Federation said the harvest was the worst in decades. | harvest was the worst | Federation | INSTITUTION
      The Upland Tenants Movement said rents had risen again. | rents had risen | Movement | INSTITUTION
      # time words
      On Tuesday, the river burst its banks near Kellen.\\n“Keep away from the embankment,” he said. | Keep away | - | -
      # common plural nouns at the start of a sentence
      Nurses say they hope to reopen the ward by spring. | hope to reopen | Nurses | ANONYMOUS
      Farmers said feed prices had doubled.              | feed prices had doubled | Farmers | ANONYMOUS
      Residents said the water had turned brown.         | water had turned brown | Residents | ANONYMOUS
      Managers at a bottling plant said glass prices had risen. | glass prices had risen | Managers | ANONYMOUS
      # name particles
      Joost van Amstel, president of the Potato Federation, said yields were down. | yields were down | Joost van Amstel | NAMED_PERSON
      # an office owned by a person
      Governor Selim Adeyemi's office said 112 people had been rescued. | had been rescued | office | INSTITUTION
      Governor Selim Adeyemi's office said 112 people had been rescued. | had been rescued | Adeyemi | INSTITUTION
      # documents and bare institution nouns
      The ministry published its own account of the meeting. It said the country had offered a loan. | had offered a loan | ministry | INSTITUTION
      The harbour authority said 19 ships were waiting offshore.   | ships were waiting | authority | INSTITUTION
      The harbour authority met on Monday. The authority said the berths were full. | berths were full | authority | INSTITUTION
      The water board said the reservoir was at half capacity. | reservoir was at half | board | INSTITUTION
      # relative clauses and postposed sources
      A person familiar with the planning, who asked not to be named because the plans are private, said engineers feared a collapse. | engineers feared a collapse | person | ANONYMOUS
      The union, which represents nearly 2,000 drivers, says its members will stay out until pay rises. | its members will stay out | union | INSTITUTION
      Dock workers unloaded 14 barges on Friday, the Dock Workers’ Association said. | unloaded 14 barges | Association | INSTITUTION
      The trucks carried frozen fish that customs agents said would soon spoil. | would soon spoil | agents | ANONYMOUS
      Ana Kovac spoke at the rally. She repeated the council's claim that the budget had been cut. | the budget had been cut | Kovac | NAMED_PERSON
      The ministry denied that any ferry had been stopped. “No ferry has been turned back at any port,” transport ministry spokeswoman Ysolde Brandt said on Monday. | No ferry has been turned back | Brandt | NAMED_SPOKESPERSON
      Two officials described the talks. Neither official would be named because the talks are private. One of them said the other side had offered a truce. | offered a truce | officials | ANONYMOUS
      Ivo Renn, who chairs the water council, said the pipes were old.  | pipes were old | Renn | NAMED_PERSON
      Joost van Amstel, president of the Potato Federation, said yields were down. Van Amstel said growers were angry. | growers were angry | Amstel | NAMED_PERSON
      Lena Orsk, the port's spokeswoman, said the quay was shut.\\nOrsk added that cranes had been damaged. | cranes had been damaged | Orsk | NAMED_SPOKESPERSON
      The harbour board spokeswoman, Lena Orsk, said the quay was shut.  | quay was shut | Orsk | NAMED_SPOKESPERSON
      Fares rose by a fifth in April, the Delmar Commuters’ Union said.  | Fares rose by a fifth | Union | INSTITUTION
      The Wexmoor Institute for Policy said growth would slow.           | growth would slow | Institute | INSTITUTION
      Brandt Logistics Ltd said its depots were full.                    | depots were full | Logistics | INSTITUTION
      Economists say the currency is overvalued.                         | currency is overvalued | Economists | ANONYMOUS
      Shopkeepers said sales had halved since the flood.                 | sales had halved | Shopkeepers | ANONYMOUS
      “Nobody was hurt,” coast guard spokesman Piet Umber said, “and the tanker is stable.” | tanker is stable | Umber | NAMED_SPOKESPERSON
      The mayor's office published a report. It said 30 homes had been condemned. | homes had been condemned | office | INSTITUTION
      Three engineers inspected the dam. Neither engineer would be named because the report is secret. One of them said the spillway had cracked. | spillway had cracked | engineers | ANONYMOUS
      Neither official would be named because they were not allowed to speak. One of them said the offer was final. | offer was final | official | ANONYMOUS
      Residents of the flooded valley say the river has never been this high. | never been this high | Residents | ANONYMOUS
      Pickers in the southern orchards said the fruit had rotted.       | fruit had rotted | Pickers | ANONYMOUS
      Investors said the lender had been too slow to act.               | too slow to act | Investors | ANONYMOUS
      Stalls closed early, the market traders' association said on Friday. | Stalls closed early | association | INSTITUTION
      “We will keep the quay open,” Pia Moll, the authority’s spokeswoman, told reporters. | keep the quay open | Moll | NAMED_SPOKESPERSON
      Pia Moll, who speaks for the authority, said the quay would stay open. | quay would stay open | Moll | NAMED_PERSON
      The Velmar Shipping Company said its boats were late. Velmar said the quay was shut. | quay was shut | Velmar | INSTITUTION
      The bus operator Tarnley said fares would rise. Tarnley added that routes would be cut. | routes would be cut | Tarnley | INSTITUTION
      Jan van der Berg said the dyke held. Van der Berg added that the pumps were running. | pumps were running | Jan van der Berg | NAMED_PERSON
      Femke ter Horst, head of the Bulb Growers Union, spoke in Tarn. “We are at breaking point,” ter Horst said. | breaking point | Femke ter Horst | NAMED_PERSON
      Clinic staff said they had treated 40 people. The clinic said in a statement that six were in a critical condition. | six were in a critical | clinic | INSTITUTION
      Clinic staff said they had treated 40 people.                     | treated 40 people | staff | ANONYMOUS
      “No lorry was turned back,” said Irina Vass, the agency’s chief spokeswoman, adding that convoys were moving. | No lorry was turned back | Vass | NAMED_SPOKESPERSON
      The carrier, whose barges move most of the valley's grain, said it would stop sailing. | stop sailing | carrier | INSTITUTION
      The carrier, based in Tarn, said it would stop sailing.            | stop sailing | carrier | INSTITUTION
      A woman who asked not to be named because she feared losing her job said the mill had closed. | mill had closed | woman | ANONYMOUS
      According to the Tarn Herald, the mayor had quit.                  | the mayor had quit | Herald | MEDIA
      The broadcaster TVK said the mayor had quit.                       | the mayor had quit | TVK | MEDIA
      Velpress, the state news agency, said the mayor had quit.          | the mayor had quit | Velpress | MEDIA
      The news agency Velpress said the mayor had quit.                  | the mayor had quit | Velpress | MEDIA
      Barges queued below the lock for two days, said the River Skippers’ Guild. | Barges queued below the lock | Guild | INSTITUTION
      Barges queued below the lock for two days, according to the River Skippers’ Guild. | Barges queued below the lock | Skippers’ Guild | INSTITUTION
      Governor Selim Adeyemi toured the coast. His office said 112 people had been rescued. | had been rescued | Adeyemi | INSTITUTION
      # people of a body speak as people; a town or city names its council
      Members of the harbour council said the berths were full.          | berths were full | Members | ANONYMOUS
      Employees of the mill said the looms had stopped.                  | looms had stopped | Employees | ANONYMOUS
      The town of Velmar said 40 homes had been condemned.               | homes had been condemned | town | INSTITUTION
      The city of Orsk on Friday night said the bridge was shut.         | bridge was shut | Orsk | INSTITUTION
      # a holder named with an office, referred to again by the office
      Ivo Renn, the governor of Orsk, said the bridge was shut. The governor of Orsk said 40 homes were damaged. | homes were damaged | Renn | NAMED_PERSON
      Ivo Renn, the governor of Veyl, spoke first. The governor of Orsk said 40 homes were damaged. | homes were damaged | Orsk | ANONYMOUS
      # an office over a place with its unit ("the Orsk region"), then the holder's name in apposition
      “The ferry held 750,” said the governor of the Orsk region, Talan Veyduk, on the radio. | ferry held 750 | Veyduk | NAMED_PERSON
      “The ferry held 750,” said the governor of the Orsk region.      | ferry held 750 | Orsk region | ANONYMOUS
      # a title of an office names its holder, not the body it holds
      The Director of the Port Agency said the quay was shut.           | quay was shut | Director | NAMED_PERSON
      The Minister of the Presidency said the strike was small.         | strike was small | Minister | NAMED_PERSON
      """)
  void findsAttribution(String text, String anchor, String sourceWord, String kind) {
    List<Attribution> found = NewsAttributionFinderTest.find(text);
    Optional<Attribution> hit = NewsAttributionFinderTest.holding(found, anchor);
    assertThat(hit).as("attribution holding '%s' in %s", anchor, found).isPresent();
    Attribution a = hit.get();
    if (sourceWord.equals("-")) {
      assertThat(a.source().name()).isNotIn("Tuesday", "On Tuesday");
      return;
    }
    assertThat(a.source().name() + " | " + a.sourceText()).containsIgnoringCase(sourceWord);
    assertThat(a.source().kind()).as("kind of %s", a.source()).isEqualTo(SourceKind.valueOf(kind));
  }

  @Test
  void keepsSplitQuotationWithRoleAndNameAsOne() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "“Nothing was promised,” ministry spokesman Dorian Vell said, “and nothing will be decided before June.”");
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.content()).contains("Nothing was promised").contains("decided before June");
      assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_SPOKESPERSON);
    });
  }

  @Test
  void leavesALeadingTimeWordOutOfTheSource() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Yesterday the water board said the pipes were safe. The board said repairs would end soon.");
    assertThat(found).extracting(a -> a.source().name()).noneMatch(n -> n.contains("Yesterday"));
  }

  @Test
  void neverTakesATimeWordForASpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "The storm hit by Friday. On Friday, crews cleared the road.\n“Stay away from the bridge,” he said.");
    assertThat(found).allSatisfy(a -> assertThat(a.source().name()).doesNotContain("Friday"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Ivo Renn, who chairs the council, said on Tuesday at the meeting.
      The plan was shelved, the council said, at Tuesday’s meeting.
      Kovac said so on Monday.
      Kovac said this publicly during a visit to the port.
      """)
  void ignoresCircumstancesAfterTheCue(String text) {
    assertThat(NewsAttributionFinderTest.find(text)).noneMatch(a -> a.content().startsWith("at ")
        || a.content().startsWith("on ") || a.content().startsWith("so ") || a.content().startsWith("this "));
  }
}
