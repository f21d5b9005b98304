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
 * Shapes of reporting that published news uses and the first rounds missed: estimating and
 * counting cues, progressive cues, bracketed asides, plural source nouns, judgement verbs with a
 * quotation. Names, places and figures are invented.
 */
class ReportingShapesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # estimating and counting: the figure is the statement
      The Tellport ministry put the figure at 1.2 million.                 | 1.2 million       | ministry   | INSTITUTION
      Health authorities had previously put the death toll in Kellen at 5,500. | Kellen at 5,500 | authorities | INSTITUTION
      Varnish police put the number at 81,000.                              | 81,000            | police     | INSTITUTION
      Ostra's chief pegged the damage at “half a billion crowns”.   | half a billion    | Ostra      | NAMED_PERSON
      The Tellport police counted 80,000 marchers.                          | 80,000 marchers   | police     | INSTITUTION
      # "per" after a comma or at the sentence's start credits as "according to" does
      The two envoys walked the palace grounds alone, per the Kelm Times.  | walked the palace grounds | Kelm Times | MEDIA
      Per a senior Orsk official, the two envoys walked the grounds alone. | walked the grounds alone | official | ANONYMOUS
      # progressive cues are active, not passive
      The Ostra firm is denying claims that it caused the outage.          | it caused the outage | Ostra   | INSTITUTION
      Kellco's lawyers are arguing that the outage was caused by Ostra.    | caused by Ostra   | lawyers    | ANONYMOUS
      # a document "reads" its quotation; a version, a summary, a transcript are documents
      “It was agreed to widen the river talks,” the Velorian statement read. | widen the river talks | Velorian statement | INSTITUTION
      “It was agreed to widen the river talks,” the English translation of the Velorian statement read. | widen the river talks | Velorian statement | INSTITUTION
      The Velorian version left the dam out, calling for “talks on the river”. | talks on the river | Velorian version | INSTITUTION
      The palace summary said the two rulers had spoken of the dam.       | spoken of the dam | palace summary | INSTITUTION
      # a name placed by "in" after a phrase that is no source is where, not who
      Peacekeepers deployed in Kelm said that two clinics had closed.      | two clinics had closed | Peacekeepers | ANONYMOUS
      Rescue teams in Kelm say aid agencies are yet to arrive.             | yet to arrive | Rescue teams | ANONYMOUS
      The owner denied that the paper had broken the deal.                 | broken the deal | owner | ANONYMOUS
      Officials stationed in Kelm said that two clinics had closed.        | two clinics had closed | Officials | ANONYMOUS
      # "with X reporting that …" is an absolute phrase whose noun speaks, past a co-subject set off by commas
      Drones hit the port, with the ministry reporting that 337 drones were downed. | 337 drones | ministry | INSTITUTION
      Drones hit the port, with the Tarn Relief Fund, and several charities, claiming that 90 homes burned. | 90 homes | Relief Fund | INSTITUTION
      # a sentence adverb between commas stands between the subject and its verb
      The Tarn party, however, said only 38 percent had voted.             | 38 percent had voted | Tarn party | INSTITUTION
      The Tarn party, however, rejected the official figures, saying only 38 percent had voted. | 38 percent had voted | Tarn party | INSTITUTION
      The Tarn party, for its part, said only 38 percent had voted.        | 38 percent had voted | Tarn party | INSTITUTION
      # a name after "of" and a plain noun belongs to that noun; an office of a name speaks for it
      Organisers of the protest against the visit of Premier Ivo Renn claimed that 9,000 people joined. | 9,000 people | Organisers | INSTITUTION
      The office of Premier Ivo Renn said the visit would go ahead.        | visit would go ahead | Renn | NAMED_PERSON
      On Saturday, organisers of the Kelm Folk March in Tarn estimated that 9,000 people took part. | 9,000 people | organisers | INSTITUTION
      # a denial takes an account, a story or a count as its object, coordinated or short
      The Orsk dock guild disputed the account.                           | the account       | dock guild | INSTITUTION
      The Orsk dock guild has disputed the harbour board's timeline and version. | timeline and version | dock guild | INSTITUTION
      The dock guild rejected the figures as inflated.                    | as inflated       | dock guild | INSTITUTION
      # a passive denial with its agent denies its subject
      Claims that the ferry was towed before it sank have been denied by the Varnian coastguard. | ferry was towed | coastguard | INSTITUTION
      # an adverbial with "in" between a subject and its verb
      The Varnian ministry in turn said the figures were wrong.           | figures were wrong | ministry  | INSTITUTION
      # a figure credited by a participle and its agent is the agent's, inside another speaker's words too
      The levy raised 9,400 crowns, short of the 12,000 crowns previously estimated by the Orsk finance ministry. | 12,000 crowns | ministry | INSTITUTION
      The spill is larger than the 4,100 barrels (650,000 litres) calculated on Monday by the Varnian ministry. | 4,100 barrels | ministry | INSTITUTION
      # after a subordinate clause, a role qualified by a plain noun opens the main clause
      Although the organisers said that 90,000 marched, the city secretary said that there were only 9,000. | only 9,000 | city secretary | ANONYMOUS
      While the organisers affirmed that 90,000 marched, the city secretary, Mara Voss, assured that there were only 9,000. | only 9,000 | Voss | NAMED_PERSON
      # a name of several words before a possessive stays whole
      The Kelm Valley march's organisers claimed a turnout of 9,000.       | turnout of 9,000 | Kelm Valley march | ANONYMOUS
      # names joined by an ampersand are one word; a participle phrase between a subject and its cue
      AT&T said on Monday that the outage was fixed.                      | outage was fixed | AT&T | INSTITUTION
      A steel company facing a strike said the union was spreading false figures. | union was spreading | steel company | INSTITUTION
      # "said is" after a relative pronoun keeps its cue
      Kelm wants both corridors, which the Varnian council has previously said is a non-starter. | non-starter | Varnian council | INSTITUTION
      # a hyphenated participle modifies the speaker's noun: the outlet that reports the official owns the sentence
      A senior official said the toll had passed 1,200, state-run news agency Velpress reported. | toll had passed | Velpress | MEDIA
      # a participle after a postposed cue is no part of what was said
      At least 4,800 people remained buried in Tarn, 100 kilometres from the river, the Velpress agency said, citing local authorities. | remained buried | Velpress agency | INSTITUTION
      # the outlets in brackets before a story are no speaker
      (KBS/AP) With about 12,000 people already confirmed dead, state media said on Tuesday that 10,000 were still buried. | still buried | state media | MEDIA
      # the one who quotes reports the words; a cue word before a source noun modifies it
      “They could hear people calling for help,” state television quoted Ona Lin as saying. | calling for help | state television | MEDIA
      # a cue whose object is a short addressee ending the sentence stands after what was said
      Only 58 people were pulled out alive, spokesman Ivo Mardin told the official Velpress. | pulled out alive | Mardin | NAMED_SPOKESPERSON
      Only 58 people were pulled out alive, spokesman Ivo Mardin told the Velpress news agency. | pulled out alive | Mardin | NAMED_SPOKESPERSON
      # a coordinated cue past a time phrase keeps the clause's subject; a passive's agent is no subject
      The Tarn plant had been inspected after the complaints, but last night said it had done nothing wrong. | done nothing wrong | Tarn plant | INSTITUTION
      Kellco Airlines, which had been accused by the ministry of hiding losses, reopened on Monday and yesterday said it “had never hidden anything”. | never hidden anything | Kellco Airlines | INSTITUTION
      The Varn council was fined in May and on Tuesday said that it would appeal. | it would appeal | Varn council | INSTITUTION
      # a passive cue in a relative clause reports up to the clause's closing comma
      Kellco Airlines, which had been accused by the ministry of hiding losses, reopened on Monday. | hiding losses | ministry | INSTITUTION
      # a denial takes a claim noun as its object without its "as"
      The ruling Kelm Union dismissed the allegations by the opposition.  | allegations by the opposition | Kelm Union | INSTITUTION
      Spokesperson Ivo Mardin dismissed the comments as false and reckless. | false and reckless | Mardin | NAMED_SPOKESPERSON
      The Kelm council rejected the envoy's remarks as baseless.          | baseless          | Kelm council | INSTITUTION
      # a cue ending in "-s" followed by a phrase is still a cue
      The ministry says in a statement that the quay was flooded.         | quay was flooded | ministry | INSTITUTION
      # a bracketed aside or a bare time word between the speaker and the cue
      The Varnish Office for Harbours (VOH) said that 300 boats sank.      | 300 boats sank    | Office     | INSTITUTION
      The Ministry of Harbours (MOH) yesterday said the quays were flooded. | quays were flooded | Ministry  | INSTITUTION
      # plural institution nouns are heads too
      Looking to raise the pressure, the Varnish unions said there would be rolling strikes. | rolling strikes | unions | INSTITUTION
      The unions promise new marches from March 11 across the country.     | new marches       | unions     | INSTITUTION
      # verbs of judgement report speech when a quotation follows
      Hours after the raid, the palace slammed Ostra for targeting “homes and schools.” | homes and schools | palace | INSTITUTION
      Lena Orsk hailed the day as a “historic turnout” for the dockers.    | historic turnout  | Orsk       | NAMED_PERSON
      # a two-word cue wins over its first word's own requirement
      Meanwhile, Olek Marsh, head of the Varnish defence committee, called for retaliatory strikes on Ostra. | retaliatory strikes | Marsh | NAMED_PERSON
      # "known as" opens an appositive
      The humanitarian office, known as HOCA, estimated that 884,000 people live in flooded areas. | 884,000 people | office | INSTITUTION
      # whoever sends or issues a document speaks through its "saying"
      Kellco Airlines sent a letter to Ostra saying it would not pay the damages. | would not pay the damages | Kellco | INSTITUTION
      The palace issued a more muted readout saying that the king spoke of a need to mend ties. | mend ties | palace | INSTITUTION
      # a possessed role after the content
      The raid involved 74 drones, the city's mayor, Olek Marsh, said in a series of posts. | 74 drones | Marsh | NAMED_PERSON
      # a figure alone is a statement, and "while" opens the next speaker's clause
      Organisers estimated the march drew one million while police said 240,000. | 240,000   | police     | INSTITUTION
      # a connective before "according to" is no content; "as per" opens no time clause
      However, according to the Varnish Ministry of Health, three people died in the region. | three people died | Ministry | INSTITUTION
      As per the updated report, over 900 people are still missing, according to Radio Kellen. | 900 people are still missing | Radio Kellen | MEDIA
      # an addressed outlet or person after the cue: “…?” Name asked DPA
      The bureau credited the toll to the guild. “Where do these numbers come from?” Tarik Olen asked VRN. | these numbers come from | Olen | NAMED_PERSON
      “We will not sign,” Mira Dask warned Ostra.                            | We will not sign  | Dask       | NAMED_PERSON
      # a lower-case name particle: "al-Olen" is "Olen" at the next mention
      Guild spokesman Tarik al-Olen spoke on Monday. Olen said the guild never published a toll. | never published a toll | al-Olen | NAMED_SPOKESPERSON
      # a sentence adverb set off by a comma is no speaker
      The Kellco board met on Monday. Instead, it said the merger would go ahead. | merger would go ahead | board | INSTITUTION
      The Kellco board met on Monday. Instead, the board said the merger would go ahead. | merger would go ahead | board | INSTITUTION
      Mira Dask, the harbour mayor, said the port was shut.                 | port was shut     | Dask       | NAMED_PERSON
      # a list of places inside a relative clause does not end the clause
      Mira Dask, who toured Varnia, the Orsk delta and the Tessel coast on her first trip there as mayor, later told reporters the port was shut. | port was shut | Dask | NAMED_PERSON
      # "hints" reports speech
      Mayor Mira Dask hints the port authority was hiding the repair bill. | hiding the repair bill | Dask | NAMED_PERSON
      The Kellco board met on Monday. Besides, the letter continued, claiming that the mayor had "turned down every request." | turned down every request | letter | INSTITUTION
      # "X said as Y insisted that …": two statements, the first before its speaker
      The truce includes a timetable of troop withdrawals, Foreign Minister Ola Brandt said as Premier Ivo Renn insisted that the army must stay. | timetable of troop withdrawals | Brandt | NAMED_PERSON
      The truce includes a timetable of troop withdrawals, Foreign Minister Ola Brandt said as Premier Ivo Renn insisted that the army must stay. | the army must stay | Renn | NAMED_PERSON
      Officials said as many as 40 boats sank off Kellen.                   | 40 boats sank     | Officials  | ANONYMOUS
      # a cue that needs "that" also takes a clause without it, never a plain object
      In a filing on Thursday, Kellco Airlines reiterated the cancellations would cost it 40 million crowns. | would cost it 40 million | Kellco | INSTITUTION
      # a span of time between the subject and its cue
      Tarvo Systems over the past week has claimed the outage lasted longer than its rivals'. | outage lasted longer | Tarvo Systems | INSTITUTION
      # a leading clause before the statement is no circumstance
      While on the island, the governor will meet the crews, the palace said. | will meet the crews | palace | INSTITUTION
      # a document's maker, named after it, is the source; a bare document belongs to the subject
      Nearly half the valley turned out, according to estimates by march organizers. | half the valley | organizers | INSTITUTION
      The march drew 1.2 million people according to a count made by the Ministry of Sport. | 1.2 million | Ministry of Sport | INSTITUTION
      The Tarl Rescue Service reported damage in Velm, but no casualties, according to a statement. | no casualties | Rescue Service | INSTITUTION
      # a second count joined by "and" has its own "according to"
      The march drew 1.2 million people according to a count by the Ministry of Sport and 3.1 million according to the Tarl union. | 3.1 million | Tarl union | INSTITUTION
      # a leading "Soon after …," adverbial is no speaker
      Kellair cancelled 700 flights. Soon after that outage, Kellair threatened legal action against Orvex, claiming the fiasco cost it 50 million crowns. | 50 million crowns | Kellair | INSTITUTION
      # "a letter Orvex’s lawyer sent": the document noun introduces no person
      Orvex believes Kellair has not modernized its fleet. Talks failed, according to a letter Orvex’s lawyer sent to Kellair. | modernized its fleet | Orvex | INSTITUTION
      # a relative pronoun after a comma is the cue's subject: its antecedent speaks
      Tarnia released a video featuring foreign secretary Vilem Marsk, who stated that Orlo had rejected the account. | rejected the account | Marsk | NAMED_PERSON
      The council thanked the Red Cord, which said it was alarmed by the toll. | alarmed by the toll | Red Cord | INSTITUTION
      # a quotation after the cue's time phrase is what was said, not the opening participle clause
      Responding to a question on the lunch, Brandt said on Wednesday morning, “I spoke to him last night.” | spoke to him last night | Brandt | NAMED_PERSON
      # an abbreviation's full stop and a long appositive between a quotation and its cue
      “By laying out the facts, Premier Orlo set the record straight,” Harsh Vel Sangra, former Tarnian foreign secretary and envoy to the U.S. said. | set the record straight | Sangra | NAMED_PERSON
      # the people around someone are unnamed, whoever they surround
      “The gate has always stayed open,” said the entourage of Oskar Vell when questioned on the request. | gate has always stayed open | entourage | ANONYMOUS
      Allies of Oskar Vell said the gate stayed open.                       | gate stayed open  | Allies     | ANONYMOUS
      # a verb of promising reports its to-infinitive
      The dockers' union vowed to keep the port shut until Friday.          | keep the port shut | union     | INSTITUTION
      # "said it took …": a pronoun opening the reported clause is its subject, not the cue's object
      Orvex said it took the blame for the outage.                          | took the blame    | Orvex      | NAMED_PERSON
      # a subordinate clause's statement is kept beside the main clause's, and its subordinator is no name
      Although Orvex said it took responsibility for the outage, it has said Kellair was to blame. | took responsibility | Orvex | NAMED_PERSON
      Orvex shares fell. Although Orvex said it took responsibility for the outage, it has said Kellair was to blame. | Kellair was to blame | Orvex | INSTITUTION
      # a measured time before the comma is no speaker, so a later "she" finds the named person
      Fears over the law have grown. Seven hours into the march, Mrs. Vell apologized to the city. She promised to accept criticism with humility. | accept criticism | Vell | NAMED_PERSON
      # "for" inside an institution's name: "the Office for …", "the Office for the Coordination of …"
      The toll has risen to 11,300, the Office for Relief Affairs said.     | risen to 11,300   | Office for Relief Affairs | INSTITUTION
      The United Nations Office for the Coordination of Relief Affairs (ORA) said that the toll continues to mount. | continues to mount | Coordination of Relief Affairs | INSTITUTION
      # ", X said, but Y …": the cue is no parenthesis, the content ends at the speaker
      The toll has risen to about 11,300, the Office for Relief Affairs said, but other officials disputed the figure. | risen to about 11,300 | Relief Affairs | INSTITUTION
      # a qualifier may run long before its cue: the unnamed official speaks, not a name inside it
      A Tarnian official familiar with the meeting between Premier Ivo Renn and Foreign Minister Ola Tarn tells The Velm Times that “the Orvathians did not reject our logic.” | did not reject our logic | official | ANONYMOUS
      # the reporting source owns a second-hand statement, even when the phrase scan leaves its last word out
      According to an X post by a Velpress reporter, Renn told a gathering that Tarnia would not withdraw forces. | would not withdraw forces | Velpress | MEDIA
      # a reduced passive of judgement: "described as “…” by X"
      Tarn and Premier Ivo Renn held a long meeting, described as “positive and held in a good spirit” by the premier's office. | good spirit | office | INSTITUTION
      # an inverted cue with a short phrase before its subject; a hyphenated compound ending in a source noun heads
      “The mayor's silence is a grave problem”, complained in a short communique the inter-guild that wants a march. | grave problem | inter-guild | INSTITUTION
      “The silence of the mayor is a grave problem,” said on Tuesday the Velt federation. | grave problem | Velt federation | INSTITUTION
      # a document as source: "an earlier statement", "the statement read", a maker after "from" before the opening comma
      According to an earlier statement, Foreign Minister Ivo Renn will hold a meeting with Tarn in Velm on Tuesday. | will hold a meeting | earlier statement | INSTITUTION
      According to an earlier statement, Renn will meet Tarn. A wide range of topics will be discussed during the talks, the statement read. | wide range of topics | statement | INSTITUTION
      According to the amended report released on Monday evening from the ORA, the agency has now pegged the count at 2,410. | pegged the count | ORA | INSTITUTION
      # "with X claiming …": an absolute construction's subject speaks
      A drone attack hit Velm on Tuesday, with Tarnia's Defense Ministry claiming it shot down 337 drones. | shot down 337 drones | Defense Ministry | INSTITUTION
      # an adjective before the source noun after "according to"
      The two chambers will try to agree on the bill, most likely on the 15th, according to parliamentary sources. | on the 15th | parliamentary sources | ANONYMOUS
      # a claim's to-infinitive is the claim; a name and a plain noun qualify an institution
      The army claimed to have killed 30 fighters.                          | killed 30 fighters | army    | INSTITUTION
      The UN refugee agency said more than 10,000 people had fled.          | 10,000 people     | UN refugee agency | INSTITUTION
      # verbs of finding report a conclusion when "that" follows; a "that" the content start took still counts
      The report found that 30 percent of schools were damaged.            | 30 percent of schools | report | INSTITUTION
      Investigators found that the pilot had ignored the warning.          | ignored the warning | Investigators | ANONYMOUS
      Investigators found evidence that the pilot had ignored the warning. | ignored the warning | Investigators | ANONYMOUS
      The union demanded that 30 dockers be rehired.                        | 30 dockers be rehired | union | INSTITUTION
      # a two-word cue with a time between its words
      The dock guild called Friday night for three more days of pickets.   | three more days   | dock guild | INSTITUTION
      """)
  void findsTheStatement(String text, String anchor, String sourceWord, String kind) {
    List<Attribution> found = NewsAttributionFinderTest.find(text);
    Optional<Attribution> hit = NewsAttributionFinderTest.holding(found, anchor);
    assertThat(hit).as("attribution holding '%s' in %s", anchor, found).isPresent();
    assertThat(hit.get().source().name() + " | " + hit.get().sourceText()).containsIgnoringCase(sourceWord);
    assertThat(hit.get().source().kind()).as("kind of %s", hit.get().source()).isEqualTo(SourceKind.valueOf(kind));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      KELLEN, Varnia (AP) — Drones hit 40 homes overnight, officials said.
      Kellen/Tarn: Drones hit 40 homes overnight, officials said.
      (Kellen) Drones hit 40 homes overnight, officials said.
      """)
  void leavesTheDatelineOutOfAPostposedContent(String text) {
    List<Attribution> found = NewsAttributionFinderTest.find(text);
    assertThat(NewsAttributionFinderTest.holding(found, "40 homes")).get()
        .satisfies(a -> assertThat(a.content()).startsWith("Drones hit"));
  }

  @Test
  void aPassiveAgentInARelativeClauseSaysOnlyWhatTheClauseHolds() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Kellco Airlines, which had been accused by the ministry of hiding losses, reopened on Monday and yesterday said it “had never hidden anything”.");
    assertThat(NewsAttributionFinderTest.holding(found, "hiding losses")).get()
        .satisfies(a -> assertThat(a.content()).doesNotContain("reopened"));
    assertThat(NewsAttributionFinderTest.holding(found, "never hidden anything")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Kellco Airlines"));
  }

  @Test
  void aRelativeDenialTakesNoContentAfterIt() {
    // "(which Varnia denies)": what is denied is the antecedent, not the clause after the parenthesis.
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Even if two jets did cross into Orsk airspace (which Varnia denies), the intrusion lasted just 17 seconds, the Orsk letter said.");
    assertThat(found).noneMatch(a -> a.source().name().contains("Varnia"));
  }

  @Test
  void aParticipleAfterAnArticleIsNoCue() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "“Disregarding these warnings, both planes violated Orsk airspace for 17 seconds,” the leaked document said.");
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.cue()).isEqualTo("said");
      assertThat(a.source().name()).contains("document");
    });
  }

  @Test
  void splitsTwoCountsJoinedByAnd() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "The march drew 1.2 million people according to a count by the Ministry of Sport and 3.1 million according to the Tarl union.");
    assertThat(NewsAttributionFinderTest.holding(found, "3.1 million")).get()
        .satisfies(a -> assertThat(a.content()).doesNotContain("1.2 million"));
  }

  @Test
  void endsAPostposedContentBeforeItsSpeakerWhenAClauseFollows() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "The toll has risen to about 11,300, the Office for Relief Affairs said, but other officials disputed the figure.");
    assertThat(NewsAttributionFinderTest.holding(found, "11,300")).get()
        .satisfies(a -> assertThat(a.content()).doesNotContain("said"));
  }

  @Test
  void splitsTwoCountsAtWhile() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Organisers estimated the march drew one million while police said 240,000.");
    assertThat(NewsAttributionFinderTest.holding(found, "one million")).get()
        .satisfies(a -> assertThat(a.content()).doesNotContain("240,000"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The army put troops at the border on Monday.                         | troops
      Asked whether unarmed observers counted as soldiers, Kovac did not answer. | soldiers
      Lena Orsk welcomed the offer but said the dockers had “heard promises before.” | the offer
      The ministry praised the rescue crews for their work in the flood.   | rescue crews
      The anger focused on the mayor, Petra Lind, who insisted on pushing the bill through despite an outcry that grew. | grew
      The anger focused on the mayor, Petra Lind, who insisted on pushing the bill through despite an outcry that grew. | anger focused
      The port stayed shut and the union continued to block the gates.   | block the gates
      Shrugging off the fear of fatigue, the dock guild, which stands united, called on Friday night for three more days of pickets. | Shrugging
      He found the keys in the car.                                         | keys
      Original estimates in the capital were in the 20,000 range.           | 20,000 range
      At the main “Kelm Women's March” organisers told Velpress they expected 9,000. | Kelm Women's March
      Police reports are due on Friday.                                     | due on Friday
      Prosecutors in the Kelm state have charged the mayor's son with fraud. | charged the mayor
      Authorities in Orla, Tarn and Velm states declared a curfew to stop the marches. | declared a curfew
      The club dismissed the coach after the defeat.                        | the coach
      Divers cut through the hull until they found gaps that allowed air in. | gaps that allowed
      Crews searched the ward and found beds that were still warm.          | still warm
      Orvex said it again on Monday.                                        | again
      Orvex said so in a statement.                                         | statement
      Varnia's president on Wednesday was officially declared the winner of the vote. | winner
      The Varnish phrasing suggested a wider truce on the river.          | wider truce
      Results announced late Saturday by the harbour board indicate that Ana Vell won. | Ana Vell won
      """)
  void leavesNonStatementsAlone(String text, String notContent) {
    List<Attribution> found = NewsAttributionFinderTest.find(text);
    assertThat(found).noneMatch(a -> a.content().contains(notContent));
  }

  @Test
  void aCueThatNeedsThatTakesNoPlainObject() {
    List<Attribution> found = NewsAttributionFinderTest.find("Kellco reiterated its support for the harbour plan on Thursday.");
    assertThat(found).isEmpty();
  }

  @Test
  void aCreditedFigureInsideAnotherSpeakersWordsKeepsItsAgent() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Wardens put the crowd at 8,000, well below the 90,000 estimated by the organisers.");
    assertThat(found).anySatisfy(a -> {
      assertThat(a.content()).isEqualTo("90,000");
      assertThat(a.source().name()).isEqualTo("organisers");
    });
    assertThat(found).anySatisfy(a -> assertThat(a.source().name()).isEqualTo("Wardens"));
  }

  @Test
  void aParticipleAfterAPhraseWithNoNumberCreditsNothing() {
    List<Attribution> found = NewsAttributionFinderTest.find("Results announced by the Orsk board showed a narrow win.");
    assertThat(found).noneSatisfy(a -> assertThat(a.cue()).isEqualTo("announced"));
  }

  @Test
  void aShortObjectOfADenialIsNoClause() {
    List<Attribution> found = NewsAttributionFinderTest.find("It gave him a chance to change, which the player rejected, it said.");
    assertThat(found).noneSatisfy(a -> assertThat(a.cue()).isEqualTo("rejected"));
  }

  @Test
  void aPassiveDenialDeniesItsSubject() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Claims that the ferry was towed before it sank have been denied by the Varnian coastguard.");
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.stance()).isEqualTo(io.crosscheck.model.Stance.DENYING);
      assertThat(a.content()).isEqualTo("Claims that the ferry was towed before it sank");
    });
    assertThat(NewsAttributionFinderTest.find("It was reported by Radio Orsk that 40 people died.")).singleElement()
        .satisfies(a -> assertThat(a.content()).isEqualTo("40 people died."));
  }
}
