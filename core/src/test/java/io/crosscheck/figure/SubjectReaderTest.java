package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The subject names what is counted and the event it belongs to, read from the grammar around the figure. */
class SubjectReaderTest {

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      The militia has killed more than 900 villagers, officials said.            | more than 900  | villagers killed
      The regulator gave the bank 30 days to repay the loan.                      | 30 days        | days to repay loan
      The envoy met Premier Sato for around two hours.                           | around two hours | met
      Talks between the unions and the board ran for about three hours.           | about three hours | Talks
      It was the envoy's sixth trip to the islands.                              | sixth          | trip to islands
      Millions have been displaced by the floods.                                | Millions       | displaced
      The raiders burst into the depot, seizing over 240, mostly rifles.          | over 240       | seizing
      The county bought 13,000 helmets for its police.                           | 13,000         | helmets
      The ministry approved $12 million in medical supplies.                     | $12 million    | medical supplies
      Clinics received 400 generators worth $8 million.                          | $8 million     | generators
      The Harbour Accord that Norland backed more than 20 years ago collapsed.    | more than 20 years | Accord
      The agency said 310 miners had died, up from 290 a week earlier.           | 290            | miners
      Officials say 75 hostages are held and that more than two dozen of them are dead. | more than two dozen | hostages
      The mission has an initial mandate of six months.                          | six months     | mandate
      The deadline for repairs is three weeks away.                              | three weeks    | deadline
      Thousands of farmers blocked the highway.                                  | Thousands      | farmers
      A meeting of the board, which lasted about 40 minutes, ended early.         | about 40 minutes | meeting
      Five of whose sons were conscripted.                                       | Five           | sons
      Of the 240 captives, 105 were released during the pause.                   | 105            | captives released
      Only 12 of the 36 clinics are open.                                        | 12             | clinics
      Auditors found that 70% of those hired were relatives.                     | 70%            | hired
      The two leaders spoke for 45 minutes on Sunday.                            | 45 minutes     | spoke
      The ministry says the levy will raise about €90 million a year.            | about €90 million | levy
      The command said 120 Varnish drones were shot down over the coast.         | 120            | drones shot down
      Organisers said 14 concerts had been called off because of the storm.      | 14             | concerts called off
      Wardens put the number of marchers at 21,000.                               | 21,000         | marchers
      However, warden estimates put the marchers' numbers at just 21,000.         | 21,000         | marchers
      The bureau pegged the crowd at 9,000.                                        | 9,000          | crowd
      Some 40 boats sank on June 8 and 12 trawlers were lost.                      | 12             | trawlers
      The cabinet put the death toll from last week's raid at Tarn by rebels at 150. | 150          | death toll
      The relief agency gave the death toll as 212, lowering its first count.        | 212          | death toll
      A fire chief said 80 huts were burned, while officials put the figure at 130.  | 130          | huts burned
      The carrier said 9.2 million past, present and future clients were exposed.    | 9.2 million  | future clients
      The lender said 3.1 million current and lapsed members were exposed.          | 3.1 million  | lapsed members
      The number of pickers hurt in the fall at the Veyl orchard has risen to 14.   | 14           | pickers hurt
      The number of ferry passengers was 750.                                        | 750          | ferry passengers
      The death toll from the blast at the Orsk coal pit was 38.                      | 38           | toll
      The pit toll was at least 64 miners, as divers searched the Orsk shaft.         | at least 64  | toll
      Officials estimate over 200 dead, but herders think the true tally is nearer to 60. | nearer to 60 | dead
      """)
  void readsSubject(String sentence, String text, String expectedPart) {
    Figure f = FigureFixtures.nonDates(sentence).stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
    assertThat(f.subject()).hasValueSatisfying(s -> assertThat(s).containsIgnoringCase(expectedPart));
  }

  @org.junit.jupiter.api.Test
  void upToAfterAParticipleBoundsWhatFollowsAndIsNoParticle() {
    Figure f = FigureFixtures.nonDates("Officials said 30 stalls were burned up to the river wall.").stream()
        .filter(x -> x.text().equals("30")).findFirst().orElseThrow();
    assertThat(f.subject()).hasValueSatisfying(s -> assertThat(s).contains("burned").doesNotContain("up"));
  }

  @org.junit.jupiter.api.Test
  void twoPluralNounsAfterACountAreNoModifierList() {
    Figure f = FigureFixtures.nonDates("The patrol met 40 herders and road builders near the pass.").get(0);
    assertThat(f.subject()).hasValueSatisfying(s -> assertThat(s).startsWith("herders"));
  }

  @org.junit.jupiter.api.Test
  void aListOfNounsAfterACountIsNoModifierList() {
    Figure f = FigureFixtures.nonDates("They met 40 farmers, traders and bankers on Monday.").get(0);
    assertThat(f.subject()).hasValueSatisfying(s -> assertThat(s).startsWith("farmers"));
  }
}
