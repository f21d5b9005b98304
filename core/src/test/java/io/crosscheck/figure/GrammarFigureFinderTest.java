package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Figure;
import io.crosscheck.model.FigureKind;
import io.crosscheck.model.Qualifier;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One row per number expression: the sentence, the figure text expected, and its normalised reading. */
class GrammarFigureFinderTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      # digits, separators, decimals
      Rescuers pulled 129 people from the river.                 | 129                  | COUNT    | 129        | EXACT       | 129        | 129        | people
      Officials counted 22,000 ballots by noon.                  | 22,000               | COUNT    | 22000      | EXACT       | 22000      | 22000      | ballots
      The herd grew to 1,204,500 animals.                        | 1,204,500            | COUNT    | 1204500    | EXACT       | 1204500    | 1204500    | animals
      The river rose 3.75 metres overnight.                      | 3.75                 | COUNT    | 3.75       | EXACT       | 3.75       | 3.75       | metres
      Some 0.5 tonnes of grain spoiled.                          | Some 0.5             | COUNT    | 0.5        | APPROXIMATE | 0.45       | 0.55       | tonnes
      # scale words and suffixes
      The city of Orvan has 1.7 million residents.               | 1.7 million          | COUNT    | 1700000    | EXACT       | 1700000    | 1700000    | residents
      Nearly 2.4 billion viewers tuned in.                       | Nearly 2.4 billion   | COUNT    | 2400000000 | UPPER_BOUND | -inf       | 2400000000 | viewers
      The census found 3 thousand nomads.                        | 3 thousand           | COUNT    | 3000       | EXACT       | 3000       | 3000       | nomads
      The wall stands 5 m tall.                                  | 5                    | COUNT    | 5          | EXACT       | 5          | 5          | -
      The fund raised 3.4 bn dollars.                            | 3.4 bn dollars       | MONEY    | 3400000000 | EXACT       | 3400000000 | 3400000000 | USD
      Vendors sold 12k tickets.                                  | 12k                  | COUNT    | 12000      | EXACT       | 12000      | 12000      | tickets
      # number words
      Seven climbers reached the summit.                         | Seven                | COUNT    | 7          | EXACT       | 7          | 7          | climbers
      The band hired twenty-four drummers.                       | twenty-four          | COUNT    | 24         | EXACT       | 24         | 24         | drummers
      The school enrolled twenty four pupils.                    | twenty four          | COUNT    | 24         | EXACT       | 24         | 24         | pupils
      The village lost two hundred goats.                        | two hundred          | COUNT    | 200        | EXACT       | 200        | 200        | goats
      They built two hundred and fifty huts.                     | two hundred and fifty | COUNT   | 250        | EXACT       | 250        | 250        | huts
      The choir had two hundred fifty four singers.              | two hundred fifty four | COUNT  | 254        | EXACT       | 254        | 254        | singers
      The fair drew one thousand two hundred visitors.           | one thousand two hundred | COUNT | 1200      | EXACT       | 1200       | 1200       | visitors
      The fleet counted three thousand boats.                    | three thousand       | COUNT    | 3000       | EXACT       | 3000       | 3000       | boats
      Over a million pilgrims arrived.                           | Over a million       | COUNT    | 1000000    | LOWER_BOUND | 1000000    | inf        | pilgrims
      Half a million people fled the coast.                      | Half a million       | COUNT    | 500000     | EXACT       | 500000     | 500000     | people
      Half a dozen boats capsized.                               | Half a dozen         | COUNT    | 6          | EXACT       | 6          | 6          | boats
      A dozen envoys signed the letter.                          | A dozen              | COUNT    | 12         | EXACT       | 12         | 12         | envoys
      The mayor invited a hundred guests.                        | a hundred            | COUNT    | 100        | EXACT       | 100        | 100        | guests
      Eleven ferries stopped running.                            | Eleven               | COUNT    | 11         | EXACT       | 11         | 11         | ferries
      The court heard twelve witnesses.                          | twelve               | COUNT    | 12         | EXACT       | 12         | 12         | witnesses
      Ninety volunteers cleaned the beach.                       | Ninety               | COUNT    | 90         | EXACT       | 90         | 90         | volunteers
      One ranger was injured in the blaze.                       | One                  | COUNT    | 1          | EXACT       | 1          | 1          | ranger
      Two people familiar with the plan confirmed it.            | Two                  | COUNT    | 2          | EXACT       | 2          | 2          | people
      Three senior officials briefed reporters.                  | Three                | COUNT    | 3          | EXACT       | 3          | 3          | officials
      # qualifiers: approximate
      About 300 families left the valley.                        | About 300            | COUNT    | 300        | APPROXIMATE | 270        | 330        | families
      Around 40 boats joined the flotilla.                       | Around 40            | COUNT    | 40         | APPROXIMATE | 36         | 44         | boats
      The storm damaged roughly 1,000 homes.                     | roughly 1,000        | COUNT    | 1000       | APPROXIMATE | 900        | 1100       | homes
      The militia held some 1,200 prisoners.                     | some 1,200           | COUNT    | 1200       | APPROXIMATE | 1080       | 1320       | prisoners
      An estimated 5,000 people marched.                         | An estimated 5,000   | COUNT    | 5000       | APPROXIMATE | 4500       | 5500       | people
      Approximately 80 clinics closed.                           | Approximately 80     | COUNT    | 80         | APPROXIMATE | 72         | 88         | clinics
      Herders put the dead closer to 60 cattle.                  | closer to 60         | COUNT    | 60         | APPROXIMATE | 54         | 66         | cattle
      # qualifiers: lower bound
      Police detained more than 60 fans.                         | more than 60         | COUNT    | 60         | LOWER_BOUND | 60         | inf        | fans
      The blast injured over 45 workers.                         | over 45              | COUNT    | 45         | LOWER_BOUND | 45         | inf        | workers
      The number of dead has exceeded 125 people.                | exceeded 125         | COUNT    | 125        | LOWER_BOUND | 125        | inf        | people
      Duties there run as high as 25% on machinery.              | as high as 25%       | PERCENT  | 25         | UPPER_BOUND | -inf       | 25         | percent
      Fares could fall as low as 12 percent of income.           | as low as 12 percent | PERCENT  | 12         | LOWER_BOUND | 12         | inf        | percent
      The tariffs will be phased out over three years.           | three years          | DURATION | 3          | EXACT       | 3          | 3          | years
      The talks resumed after over five months of silence.       | over five months     | DURATION | 5          | LOWER_BOUND | 5          | inf        | months
      At least 17 miners are missing.                            | At least 17          | COUNT    | 17         | LOWER_BOUND | 17         | inf        | miners
      Upwards of 900 runners entered.                            | Upwards of 900       | COUNT    | 900        | LOWER_BOUND | 900        | inf        | runners
      The plant employs in excess of 4,000 staff.                | in excess of 4,000   | COUNT    | 4000       | LOWER_BOUND | 4000       | inf        | staff
      Well over 200 farms flooded.                               | Well over 200        | COUNT    | 200        | LOWER_BOUND | 200        | inf        | farms
      No fewer than 30 ships waited offshore.                    | No fewer than 30     | COUNT    | 30         | LOWER_BOUND | 30         | inf        | ships
      # qualifiers: upper bound
      The deal frees up to 33 detainees.                         | up to 33             | COUNT    | 33         | UPPER_BOUND | -inf       | 33         | detainees
      Fewer than 50 voters turned out.                           | Fewer than 50        | COUNT    | 50         | UPPER_BOUND | -inf       | 50         | voters
      Less than 10 trucks crossed.                               | Less than 10         | COUNT    | 10         | UPPER_BOUND | -inf       | 10         | trucks
      Nearly 700 students protested.                             | Nearly 700           | COUNT    | 700        | UPPER_BOUND | -inf       | 700        | students
      Almost 2,000 tents were raised.                            | Almost 2,000         | COUNT    | 2000       | UPPER_BOUND | -inf       | 2000       | tents
      As many as 40 drones were launched.                        | As many as 40        | COUNT    | 40         | UPPER_BOUND | -inf       | 40         | drones
      The hall seats at most 90 delegates.                       | at most 90           | COUNT    | 90         | UPPER_BOUND | -inf       | 90         | delegates
      Under 20 lawmakers voted against.                          | Under 20             | COUNT    | 20         | UPPER_BOUND | -inf       | 20         | lawmakers
      No more than 15 reporters were allowed in.                 | No more than 15      | COUNT    | 15         | UPPER_BOUND | -inf       | 15         | reporters
      The toll did not exceed 30 people.                         | not exceed 30        | COUNT    | 30         | UPPER_BOUND | -inf       | 30         | people
      The count had not reached 80 boats.                        | not reached 80       | COUNT    | 80         | UPPER_BOUND | -inf       | 80         | boats
      Rescuers found 30 or more survivors.                       | 30 or more           | COUNT    | 30         | LOWER_BOUND | 30         | inf        | survivors
      The camp holds 200 or so families.                         | 200 or so            | COUNT    | 200        | APPROXIMATE | 180        | 220        | families
      The app has 100+ reviewers.                                | 100+                 | COUNT    | 100        | LOWER_BOUND | 100        | inf        | reviewers
      # ranges
      Between 20 and 30 guards were posted.                      | Between 20 and 30    | COUNT    | 20         | RANGE       | 20         | 30         | guards
      Organisers expect 15-20 speakers.                          | 15-20                | COUNT    | 15         | RANGE       | 15         | 20         | speakers
      The raid left 10 to 12 houses empty.                       | 10 to 12             | COUNT    | 10         | RANGE       | 10         | 12         | houses
      The two injured guards were flown to Tarn.                 | two                  | COUNT    | 2          | EXACT       | 2          | 2          | guards
      Surveyors counted 40-to-60 wrecks off the cape.            | 40-to-60             | COUNT    | 40         | RANGE       | 40         | 60         | wrecks
      Two or three cars were torched.                            | Two or three         | COUNT    | 2          | RANGE       | 2          | 3          | cars
      From 40 to 60 boats may sail.                              | From 40 to 60        | COUNT    | 40         | RANGE       | 40         | 60         | boats
      # vague magnitudes
      Tens of thousands rallied in the square.                   | Tens of thousands    | COUNT    | -          | RANGE       | 10000      | 99999      | -
      Hundreds of thousands lost power.                          | Hundreds of thousands | COUNT   | -          | RANGE       | 100000     | 999999     | -
      Dozens of rockets were fired.                              | Dozens               | COUNT    | -          | RANGE       | 24         | 99         | rockets
      Hundreds gathered outside.                                 | Hundreds             | COUNT    | -          | RANGE       | 200        | 999        | -
      Thousands of refugees crossed.                             | Thousands            | COUNT    | -          | RANGE       | 2000       | 9999       | refugees
      Millions were left without water.                          | Millions             | COUNT    | -          | RANGE       | 2000000    | 9999999    | -
      The war caused hundreds of millions of dollars in losses.  | hundreds of millions of dollars | MONEY | - | RANGE    | 100000000  | 999999999  | USD
      Scores of homes flooded overnight.                         | Scores of            | COUNT    | -          | RANGE       | 40         | 99         | homes
      The ministry admitted several dozen deaths.                | several dozen        | COUNT    | -          | RANGE       | 24         | 99         | deaths
      Several hundred people marched.                            | Several hundred      | COUNT    | -          | RANGE       | 200        | 999        | people
      Bids ranged between $1 billion and $2 billion.             | between $1 billion and $2 billion | MONEY | 1000000000 | RANGE | 1000000000 | 2000000000 | USD
      The lender wired 5 million US dollars.                     | 5 million US dollars | MONEY    | 5000000    | EXACT       | 5000000    | 5000000    | USD
      Turnout was 20 to 30 percent.                              | 20 to 30 percent     | PERCENT  | 20         | RANGE       | 20         | 30         | percent
      # fractions of a whole
      Rebels lost the remaining four-fifths.                     | four-fifths          | PERCENT  | 80         | EXACT       | 80         | 80         | -
      Half of the crew quit.                                     | Half                 | PERCENT  | 50         | EXACT       | 50         | 50         | -
      A third of the orchards burned.                            | A third              | PERCENT  | 33.33      | EXACT       | 33.33      | 33.33      | -
      The final fifth of the fee was never paid.                 | fifth                | PERCENT  | 20         | EXACT       | 20         | 20         | -
      Three-quarters of the votes were counted.                  | Three-quarters       | PERCENT  | 75         | EXACT       | 75         | 75         | -
      Two-thirds of members agreed.                              | Two-thirds           | PERCENT  | 66.67      | EXACT       | 66.67      | 66.67      | -
      A quarter of the budget went unspent.                      | A quarter            | PERCENT  | 25         | EXACT       | 25         | 25         | -
      Nearly half the wells ran dry.                             | Nearly half          | PERCENT  | 50         | UPPER_BOUND | -inf       | 50         | -
      The harvest shrank by more than half.                      | more than half       | PERCENT  | 50         | LOWER_BOUND | 50         | inf        | -
      Roughly one in five homes was uninsured.                   | Roughly one in five  | PERCENT  | 20         | APPROXIMATE | 18         | 22         | percent
      Three out of four voters agreed.                           | Three out of four    | PERCENT  | 75         | EXACT       | 75         | 75         | percent
      One in every five homes was uninsured.                     | One in every five    | PERCENT  | 20         | EXACT       | 20         | 20         | percent
      # percentages
      Turnout reached 40%.                                       | 40%                  | PERCENT  | 40         | EXACT       | 40         | 40         | percent
      Prices rose 12 percent.                                    | 12 percent           | PERCENT  | 12         | EXACT       | 12         | 12         | percent
      Unemployment fell to 6.5 per cent.                         | 6.5 per cent         | PERCENT  | 6.5        | EXACT       | 6.5        | 6.5        | percent
      About 30 percent of the fleet was idle.                    | About 30 percent     | PERCENT  | 30         | APPROXIMATE | 27         | 33         | percent
      The party gained 4 percentage points.                      | 4 percentage points  | PERCENT  | 4          | EXACT       | 4          | 4          | percentage points
      Support dropped below 20%.                                 | below 20%            | PERCENT  | 20         | UPPER_BOUND | -inf       | 20         | percent
      # money
      The bridge cost $147.5 million.                            | $147.5 million       | MONEY    | 147500000  | EXACT       | 147500000  | 147500000  | USD
      The fund holds $3.4 billion.                               | $3.4 billion         | MONEY    | 3400000000 | EXACT       | 3400000000 | 3400000000 | USD
      The city borrowed €120m.                                   | €120m                | MONEY    | 120000000  | EXACT       | 120000000  | 120000000  | EUR
      The club was sold for £2.5bn.                              | £2.5bn               | MONEY    | 2500000000 | EXACT       | 2500000000 | 2500000000 | GBP
      The mill earned 1.2bn dollars.                             | 1.2bn dollars        | MONEY    | 1200000000 | EXACT       | 1200000000 | 1200000000 | USD
      The player was fined $17 000 on Sunday.                    | $17 000              | MONEY    | 17000      | EXACT       | 17000      | 17000      | USD
      The port spent €1 250 000 on cranes.                       | €1 250 000           | MONEY    | 1250000    | EXACT       | 1250000    | 1250000    | EUR
      Fuel worth more than 106 million dollars arrived.          | more than 106 million dollars | MONEY | 106000000 | LOWER_BOUND | 106000000 | inf   | USD
      Grants of up to 500 million euros were offered.            | up to 500 million euros | MONEY | 500000000  | UPPER_BOUND | -inf       | 500000000  | EUR
      Rifles worth $34 million were ordered.                     | $34 million          | MONEY    | 34000000   | EXACT       | 34000000   | 34000000   | USD
      The port lost an estimated $12.5 million.                  | an estimated $12.5 million | MONEY | 12500000 | APPROXIMATE | 11250000   | 13750000   | USD
      The fine was $500.                                         | $500                 | MONEY    | 500        | EXACT       | 500        | 500        | USD
      Donors pledged US$ 40 million.                             | US$ 40 million       | MONEY    | 40000000   | EXACT       | 40000000   | 40000000   | USD
      The toll road earned 900 million shekels.                  | 900 million shekels  | MONEY    | 900000000  | EXACT       | 900000000  | 900000000  | ILS
      The port paid 2.1 billion kroner.                          | 2.1 billion kroner   | MONEY    | 2100000000 | EXACT       | 2100000000 | 2100000000 | NOK
      Tickets raised 3 million euros.                            | 3 million euros      | MONEY    | 3000000    | EXACT       | 3000000    | 3000000    | EUR
      Insurers expect losses of $3 billion to $4 billion.        | $3 billion to $4 billion | MONEY | 3000000000 | RANGE      | 3000000000 | 4000000000 | USD
      # durations
      The board has 30 days to respond.                          | 30 days              | DURATION | 30         | EXACT       | 30         | 30         | days
      The talks ran for around two and a half hours.             | around two and a half hours | DURATION | 2.5 | APPROXIMATE | 2.25       | 2.75       | hours
      The siege lasted seven months.                             | seven months         | DURATION | 7          | EXACT       | 7          | 7          | months
      They met in a 90-minute session.                           | 90-minute            | DURATION | 90         | EXACT       | 90         | 90         | minutes
      The call took half an hour.                                | half an hour         | DURATION | 0.5        | EXACT       | 0.5        | 0.5        | hours
      A 24-hour truce began.                                     | 24-hour              | DURATION | 24         | EXACT       | 24         | 24         | hours
      After more than five months of drought the rain came.      | more than five months | DURATION | 5        | LOWER_BOUND | 5          | inf        | months
      The pact was drafted more than 20 years ago.               | more than 20 years   | DURATION | 20         | LOWER_BOUND | 20         | inf        | years
      Shelling went on for three nights.                         | three nights         | DURATION | 3          | EXACT       | 3          | 3          | nights
      He waited 45 minutes.                                      | 45 minutes           | DURATION | 45         | EXACT       | 45         | 45         | minutes
      The strike entered its 2 weeks yesterday.                  | 2 weeks              | DURATION | 2          | EXACT       | 2          | 2          | weeks
      The feud lasted two decades.                               | two decades          | DURATION | 2          | EXACT       | 2          | 2          | decades
      The ban lasts one year.                                    | one year             | DURATION | 1          | EXACT       | 1          | 1          | years
      A seven-month inquiry ended.                               | seven-month          | DURATION | 7          | EXACT       | 7          | 7          | months
      The vote took an hour and a half.                          | an hour and a half   | DURATION | 1.5        | EXACT       | 1.5        | 1.5        | hours
      The call lasted 2 1/2 hours, the Orsk office said.         | 2 1/2 hours          | DURATION | 2.5        | EXACT       | 2.5        | 2.5        | hours
      The hearing ran for 1 3/4 hours.                           | 1 3/4 hours          | DURATION | 1.75       | EXACT       | 1.75       | 1.75       | hours
      The crossing took 2½ hours.                                | 2½ hours             | DURATION | 2.5        | EXACT       | 2.5        | 2.5        | hours
      Dorn chaired the two-and-a-half hour session with Vell.   | two-and-a-half hour  | DURATION | 2.5        | EXACT       | 2.5        | 2.5        | hours
      They sat through a three-and-a-quarter-hour hearing.       | three-and-a-quarter-hour | DURATION | 3.25   | EXACT       | 3.25       | 3.25       | hours
      It was a 40 minute call between the two.                   | 40 minute            | DURATION | 40         | EXACT       | 40         | 40         | minutes
      Two-and-a-half thousand marched.                           | Two-and-a-half thousand | COUNT  | 2500       | EXACT       | 2500       | 2500       | 
      The donors sent Kestria 500 tents.                         | 500                  | COUNT    | 500        | EXACT       | 500        | 500        | tents
      Villagers dug for bodies in the mud but have so far found only seven. | seven   | COUNT    | 7          | EXACT       | 7          | 7          | bodies
      Boats saved 12, 14 and 15 people on three days.            | 14                   | COUNT    | 14         | EXACT       | 14         | 14         | people
      The march drew 9,000 people according to the city delegation and up to 20,000 according to its organisers. | up to 20,000 | COUNT | 20000 | UPPER_BOUND | -inf | 20000 | people
      The drill lasted 30 seconds.                               | 30 seconds           | DURATION | 30         | EXACT       | 30         | 30         | seconds
      # "within" bounds a period from above; business-day units are days
      The insurer must reply within 96 hours of a claim.         | within 96 hours      | DURATION | 96         | UPPER_BOUND | -inf       | 96         | hours
      Tenants get their deposit back within eight working days.  | within eight working days | DURATION | 8     | UPPER_BOUND | -inf       | 8          | days
      The clinic answers letters in four business days.          | four business days   | DURATION | 4          | EXACT       | 4          | 4          | days
      Envoys urged for guards to be posted within 60 days.       | 60 days              | DURATION | 60         | EXACT       | 60         | 60         | days
      # a size on a scale measures one thing, it counts nothing
      A magnitude 6.4 quake shook the Kelm valley.               | 6.4                  | OTHER    | 6.4        | EXACT       | 6.4        | 6.4        | magnitude
      A tremor of magnitude 5.8 followed at dawn.                | 5.8                  | OTHER    | 5.8        | EXACT       | 5.8        | 5.8        | magnitude
      The 6.1 magnitude quake cut the Orsk road.                 | 6.1 magnitude        | OTHER    | 6.1        | EXACT       | 6.1        | 6.1        | magnitude
      # ordinals that count occurrences
      It was her fourth trip to Velmora.                         | fourth               | ORDINAL  | 4          | EXACT       | 4          | 4          | -
      The governor is chasing a third term next spring.          | third                | ORDINAL  | 3          | EXACT       | 3          | 3          | -
      A third of the ferries sat idle.                           | A third              | PERCENT  | 33.33      | EXACT       | 33.33      | 33.33      | -
      Crews reached the ridge for the first time.                | first                | ORDINAL  | 1          | EXACT       | 1          | 1          | -
      It was the second such strike this year.                   | second               | ORDINAL  | 2          | EXACT       | 2          | 2          | -
      The army began the third phase.                            | third                | ORDINAL  | 3          | EXACT       | 3          | 3          | -
      This is his 7th visit.                                     | 7th                  | ORDINAL  | 7          | EXACT       | 7          | 7          | -
      The 11th day of the walkout passed quietly.                | 11th                 | ORDINAL  | 11         | EXACT       | 11         | 11         | -
      It is the twenty-first round of talks.                     | twenty-first         | ORDINAL  | 21         | EXACT       | 21         | 21         | -
      The envoy made his fifth visit since spring.               | fifth                | ORDINAL  | 5          | EXACT       | 5          | 5          | -
      Governor Lund first signed an emergency order in May.      | first                | ORDINAL  | 1          | EXACT       | 1          | 1          | -
      She began her seventh term.                                | seventh              | ORDINAL  | 7          | EXACT       | 7          | 7          | -
      Voters went to the polls for the 3rd time.                 | 3rd                  | ORDINAL  | 3          | EXACT       | 3          | 3          | -
      It was the first-ever visit by a premier.                  | first-ever           | ORDINAL  | 1          | EXACT       | 1          | 1          | -
      The 22nd convoy left at dawn.                              | 22nd                 | ORDINAL  | 22         | EXACT       | 22         | 22         | -
      """)
  void readsFigure(String sentence, String text, FigureKind kind, String value, Qualifier qualifier, String low, String high,
      String unit) {
    List<Figure> figures = FigureFixtures.nonDates(sentence);
    assertThat(figures).extracting(Figure::text).contains(text);
    Figure f = figures.stream().filter(x -> x.text().equals(text)).findFirst().orElseThrow();
    assertThat(f.kind()).isEqualTo(kind);
    assertThat(f.qualifier()).isEqualTo(qualifier);
    if (value == null) {
      assertThat(f.value()).isEmpty();
    } else {
      assertThat(f.value().getAsDouble()).isCloseTo(Double.parseDouble(value), org.assertj.core.data.Offset.offset(0.01));
    }
    assertThat(f.interval().low()).isCloseTo(bound(low), org.assertj.core.data.Offset.offset(0.01));
    assertThat(f.interval().high()).isCloseTo(bound(high), org.assertj.core.data.Offset.offset(0.01));
    if (unit == null) {
      assertThat(f.unit()).isEmpty();
    } else {
      assertThat(f.unit()).contains(unit);
    }
  }

  private static double bound(String s) {
    return switch (s) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(s);
    };
  }

  @org.junit.jupiter.api.Test
  void aSlashFractionAfterAYearIsNoPartOfIt() {
    assertThat(FigureFixtures.nonDates("In 2031 1/3 of the Orsk voters stayed home.")).extracting(Figure::text)
        .doesNotContain("2031 1/3");
  }

  @org.junit.jupiter.api.Test
  void aNumberAfterAClauseWithItsOwnSubjectTakesNoEarlierNoun() {
    Figure seven = FigureFixtures.nonDates("The storm destroyed homes in Orsk and rescuers found seven.").stream()
        .filter(f -> f.text().equals("seven")).findFirst().orElseThrow();
    assertThat(seven.unit()).isEmpty();
  }
}

