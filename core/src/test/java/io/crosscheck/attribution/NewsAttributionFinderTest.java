package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.Mode;
import io.crosscheck.model.SourceKind;
import io.crosscheck.model.Stance;
import io.crosscheck.text.NewsSegmenter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per news syntax: the text (paragraphs split by {@code \n}), a piece of the expected
 * content, a word of the expected source name, its kind and the mode. Names are invented.
 */
class NewsAttributionFinderTest {
  private static final AttributionFinder FINDER = Attributions.defaultFinder(Lexicon.defaults());

  static List<Attribution> find(String text) {
    String body = text.replace("\\n", "\n");
    return FINDER.find(new NewsSegmenter().segment(Article.of("t", body)));
  }

  static Optional<Attribution> holding(List<Attribution> found, String anchor) {
    return found.stream().filter(a -> a.content().contains(anchor)).findFirst();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # direct quotations
      “We will not leave the valley,” Ana Kovac said.                      | leave the valley      | Kovac    | NAMED_PERSON       | DIRECT
      “The border stays open,” said Tomas Brenner.                         | border stays open     | Brenner  | NAMED_PERSON       | DIRECT
      Ana Kovac said: “We are ready to talk.”                              | ready to talk         | Kovac    | NAMED_PERSON       | DIRECT
      “We will not,” Ana Kovac said, “accept foreign troops.”              | accept foreign troops | Kovac    | NAMED_PERSON       | DIRECT
      “We will not,” Ana Kovac said, “accept foreign troops.”              | We will not           | Kovac    | NAMED_PERSON       | DIRECT
      "The talks failed," Kovac said.                                      | The talks failed      | Kovac    | NAMED_PERSON       | DIRECT
      “I told him, ‘Never again,’” Tomas Brenner said.                     | Never again           | Brenner  | NAMED_PERSON       | DIRECT
      “We buried our neighbours in the fields.\\n“Nobody came,” said Lena Varga.  | buried our neighbours | Varga | NAMED_PERSON     | DIRECT
      Ana Kovac arrived in Orvath on Monday. “The valley needs water,” she said.  | valley needs water | Kovac   | NAMED_PERSON       | DIRECT
      “We stay,” Kovac said. “Nobody will move us from this land.”         | Nobody will move us   | Kovac    | NAMED_PERSON       | DIRECT
      Tomas Brenner spoke outside the town hall.\\n“The shelling has stopped for now, but nobody trusts it.” | nobody trusts it | Brenner | NAMED_PERSON | DIRECT
      “No deal was signed,” Foreign Ministry spokeswoman Mira Oduya said.  | No deal was signed    | Oduya    | NAMED_SPOKESPERSON | DIRECT
      “The plan is dead,” a senior Velorian official said.                 | The plan is dead      | official | ANONYMOUS          | DIRECT
      “The corridor opens at dawn,” the Interior Ministry said in a statement. | corridor opens    | Ministry | INSTITUTION        | DIRECT
      Brenner pushed back, saying: “We owe them nothing.”                  | owe them nothing      | Brenner  | NAMED_PERSON       | DIRECT
      Brenner pushed back, saying, “We owe them nothing.”                  | owe them nothing      | Brenner  | NAMED_PERSON       | DIRECT
      “We need more trucks,” said Lena Varga, a senior fellow at the Orvath Institute. | more trucks | Varga | NAMED_PERSON    | DIRECT
      A senior Kastani official said the talks were useful. “We expect progress next week,” the official added. | progress next week | official | ANONYMOUS | DIRECT
      Ana Kovac toured the camp on Sunday. “Conditions here are unacceptable,” she told reporters. | Conditions here | Kovac | NAMED_PERSON | DIRECT
      “The vote was clean,” an election monitor said. He spoke on condition of anonymity. | vote was clean | monitor | ANONYMOUS | DIRECT
      Kovac, who met the envoy on Friday, told the crowd: “We will rebuild every house.” | rebuild every house | Kovac | NAMED_PERSON | DIRECT
      “This crisis has taught us a lesson,” Brenner continued.             | taught us a lesson    | Brenner  | NAMED_PERSON       | DIRECT
      # reported speech
      Ana Kovac said the talks would resume in March.                      | talks would resume    | Kovac    | NAMED_PERSON       | INDIRECT
      He raised the need to act against all smugglers, the statement issued by the Varnian Foreign Ministry said. | act against all smugglers | Ministry | INSTITUTION | INDIRECT
      Pask raised the need to act against all smugglers, a readout from the palace said. | act against all smugglers | palace | INSTITUTION | INDIRECT
      Ana Kovac said that the talks would resume.                          | the talks would       | Kovac    | NAMED_PERSON       | INDIRECT
      Tomas Brenner told reporters that the border would stay closed.      | border would stay     | Brenner  | NAMED_PERSON       | INDIRECT
      According to Radio Meridian, the convoy reached Dravik on Friday.    | convoy reached Dravik | Meridian | MEDIA              | INDIRECT
      The convoy reached Dravik on Friday, according to a senior Velorian official. | convoy reached Dravik | official | ANONYMOUS | INDIRECT
      “This offer is not enough,” dock union officials said in a note to staff on Monday. | offer is not enough | union officials | ANONYMOUS | DIRECT
      “This offer is short,” officials leading the talks with the company’s board said in a letter. | offer is short | officials leading | ANONYMOUS | DIRECT
      As we previously told you, Mara Voss went public about her feud with Korvel, claiming they barred her from the gala. | barred her from the gala | Voss | NAMED_PERSON | INDIRECT
      Ilse Marten said, “I heard the toll might reach 50.” To this, Renn interrupted her and said, “By the state's data the toll is 23.” | the toll is 23 | Renn | NAMED_PERSON | DIRECT
      The march drew 9,000 people according to the city delegation and 20,000 according to its organisers. | 9,000 people | delegation | INSTITUTION | INDIRECT
      Kovac said in a statement that the ceasefire had collapsed.          | ceasefire had collapsed | Kovac  | NAMED_PERSON       | INDIRECT
      In a readout, the Velorian Foreign Ministry said the ministers discussed grain exports. | grain exports | Ministry | INSTITUTION | INDIRECT
      A statement from the Interior Ministry said 40 people had been detained. | had been detained | Ministry | INSTITUTION      | INDIRECT
      A statement issued by Kovac’s office said the president had a cold. | president had a cold  | Kovac    | INSTITUTION        | INDIRECT
      Kovac warned that the reservoir could fail within days.              | reservoir could fail  | Kovac    | NAMED_PERSON       | INDIRECT
      Veloria claimed the strike on the Velorian border hit only soldiers. | hit only soldiers     | Veloria  | INSTITUTION        | INDIRECT
      Brenner insisted that no civilians had been hurt.                    | no civilians          | Brenner  | NAMED_PERSON       | INDIRECT
      The army denied that its troops had crossed the river.               | crossed the river     | army     | INSTITUTION        | INDIRECT
      Kovac confirmed that the loan had been approved.                     | loan had been approved | Kovac   | NAMED_PERSON       | INDIRECT
      The ministry announced that schools would reopen on Monday.          | schools would reopen  | ministry | INSTITUTION        | INDIRECT
      Kovac stressed that the corridor must stay open.                     | corridor must stay    | Kovac    | NAMED_PERSON       | INDIRECT
      Kovac emphasized the need for more aid trucks.                       | more aid trucks       | Kovac    | NAMED_PERSON       | INDIRECT
      Kovac urged both sides to return to the table.                       | return to the table   | Kovac    | NAMED_PERSON       | INDIRECT
      Brenner wrote on social media that the vote had been rigged.         | vote had been rigged  | Brenner  | NAMED_PERSON       | INDIRECT
      Kovac’s office said the president would travel to Orvath.            | president would travel | Kovac   | INSTITUTION        | INDIRECT
      It was reported by Radio Meridian that the dam had been damaged.     | dam had been damaged  | Meridian | MEDIA              | INDIRECT
      Kovac told Brenner that the offer was final.                         | offer was final       | Kovac    | NAMED_PERSON       | INDIRECT
      Kovac expressed concern that the fighting could spread.              | fighting could spread | Kovac    | NAMED_PERSON       | INDIRECT
      Kovac has publicly acknowledged that mistakes were made.             | mistakes were made    | Kovac    | NAMED_PERSON       | INDIRECT
      Kovac described the proposal as a trap.                              | proposal as a trap    | Kovac    | NAMED_PERSON       | INDIRECT
      Kovac said the offer was “an insult to the families.”                | insult to the families | Kovac   | NAMED_PERSON       | MIXED
      The bridge will reopen next week, the Transport Ministry said.       | bridge will reopen    | Ministry | INSTITUTION        | INDIRECT
      The bridge, the ministry said, will reopen next week.                | will reopen next week | ministry | INSTITUTION        | INDIRECT
      Kovac left the summit early, adding that the talks had failed.       | talks had failed      | Kovac    | NAMED_PERSON       | INDIRECT
      The Velorian government says the dam is safe, while Kastani officials say it is cracking. | dam is safe | government | INSTITUTION | INDIRECT
      The Velorian government says the dam is safe, while Kastani officials say it is cracking. | it is cracking | officials | ANONYMOUS | INDIRECT
      Korvel United allege that Dorvan agreed to forgo the payments. | Dorvan agreed to forgo | United | INSTITUTION | INDIRECT
      The Velorian Press Agency saw a transcript. Renn threatened to send troops, according to the VPA. | Renn threatened | VPA | MEDIA | INDIRECT
      The Harbour Board met. Renn threatened to send troops, the HB said. | Renn threatened | HB | INSTITUTION | INDIRECT
      Korvel Rovers, meanwhile, maintain that Dorvan waived the fee in August. | Dorvan waived the fee | Rovers | INSTITUTION | INDIRECT
      The Orvath Courier reported that the minister had resigned.          | minister had resigned | Courier  | MEDIA              | INDIRECT
      According to an unsourced Channel 9 report, the minister will resign. | minister will resign | report   | MEDIA              | INDIRECT
      People familiar with the talks said a deal was close.                | deal was close        | People   | ANONYMOUS          | INDIRECT
      A source told Radio Meridian that the minister would resign.         | minister would resign | source   | ANONYMOUS          | INDIRECT
      Velorian officials said the corridor would open.                     | corridor would open   | officials | ANONYMOUS         | INDIRECT
      Aid workers say food stocks will run out in May.                     | food stocks           | workers  | ANONYMOUS          | INDIRECT
      Kovac called the offer “a generous first step” and said talks would go on. | generous first step | Kovac | NAMED_PERSON     | MIXED
      Kovac called the offer “a generous first step” and said talks would go on. | talks would go on | Kovac  | NAMED_PERSON       | INDIRECT
      # sources and back-references
      Defense Minister Ana Kovac visited the front. The defense minister said the line would hold. | line would hold | Kovac | NAMED_PERSON | INDIRECT
      Foreign Minister Tomas Brenner arrived in Orvath. The top Velorian diplomat said talks would continue. | talks would continue | Brenner | NAMED_PERSON | INDIRECT
      A senior Kastani official said the talks were useful. The official added that a second round was planned. | second round | official | ANONYMOUS | INDIRECT
      Ana Kovac said the talks were useful. She added that a second round was planned. | second round | Kovac | NAMED_PERSON | INDIRECT
      Foreign Ministry spokesman Aurel Fenn said the visit was off. Mr. Fenn said no new date had been set. | no new date | Fenn | NAMED_SPOKESPERSON | INDIRECT
      Ana Kovac, the Velorian health minister, said the clinics were full. | clinics were full     | Kovac    | NAMED_PERSON       | INDIRECT
      Kovac’s spokesperson, Mira Oduya, said the president was resting.    | president was resting | Oduya    | NAMED_SPOKESPERSON | INDIRECT
      Army spokesperson Edvin Sarro said the shelling had stopped.         | shelling had stopped  | Sarro    | NAMED_SPOKESPERSON | INDIRECT
      Army spokesperson Edvin Sarro said the shelling had stopped. The spokesman said no soldiers were hurt. | no soldiers | Sarro | NAMED_SPOKESPERSON | INDIRECT
      Two diplomats in Dravik, speaking on condition of anonymity, said the offer was rejected. | offer was rejected | diplomats | ANONYMOUS | INDIRECT
      Radio Meridian, the public broadcaster, reported that the minister had resigned. | minister had resigned | Meridian | MEDIA | INDIRECT
      The Northern Farmers Union said prices had doubled.                  | prices had doubled    | Union    | INSTITUTION        | INDIRECT
      Radio Meridian reported on Monday that the dam was leaking. The report said engineers had left. | engineers had left | Meridian | MEDIA | INDIRECT
      The Interior Ministry said the road was shut. It said repairs would take a week. | repairs would take | Ministry | INSTITUTION | INDIRECT
      Izzat al-Marouf, a member of the movement’s council, wrote that the offer was late. | offer was late | al-Marouf | NAMED_PERSON | INDIRECT
      “We have run out of fuel.” The official added that the generators would stop. | run out of fuel | official | ANONYMOUS | DIRECT
      A spokesman for the ministry, who declined to be named, said the report was false. | report was false | spokesman | ANONYMOUS | INDIRECT
      “Talks were productive,” according to a statement from the presidency. | Talks were productive | statement | INSTITUTION | DIRECT
      In Kellen, near the front, the mayor, Petra Lind, spoke by telephone.\\n“We buried neighbours in the orchards,” she said. | buried neighbours | Lind | NAMED_PERSON | DIRECT
      Aid, the official said, dominated the talks.                          | dominated the talks   | official | ANONYMOUS          | INDIRECT
      The Velorian Foreign Ministry issued a readout saying the envoy had “agreed to the plan.” | agreed to the plan | Ministry | INSTITUTION | MIXED
      The Velorian readout of the call said that Kovac raised the grain quotas. | raised the grain quotas | readout | INSTITUTION | INDIRECT
      The ministry's summary does not reflect what was said on the call, Velpress reported quoting unnamed sources. | does not reflect what was said | Velpress | MEDIA | INDIRECT
      This contradicted the ministry statement released after the call which read, “Kovac urged calm on the border.” | urged calm on the border | statement | INSTITUTION | DIRECT
      Kovac on Monday called the offer “extraordinarily generous” and said talks would go on. | extraordinarily generous | Kovac | NAMED_PERSON | MIXED
      Forty people died in the valley, according to the territory’s Health Ministry, which gave no names. | Forty people died | Ministry | INSTITUTION | INDIRECT
      ORVATH — Ana Kovac left the talks on Friday, telling reporters that nothing had been agreed. | nothing had been agreed | Kovac | NAMED_PERSON | INDIRECT
      But a senior official travelling with Kovac told reporters that the loan was ready. | loan was ready | official | ANONYMOUS | INDIRECT
      “The wells are dry,” Lena Varga, the mayor of Kellen, said on Monday. | wells are dry     | Varga    | NAMED_PERSON       | DIRECT
      Kastan’s Channel 9, citing no sources, reported that the envoy had quit. | envoy had quit   | Channel  | MEDIA              | INDIRECT
      The plan was opposed by Ana Kovac.\\n“It would empty the valley,” she said. | empty the valley | Kovac   | NAMED_PERSON       | DIRECT
      “Who will pay for this?” Kovac asked.                                | Who will pay          | Kovac    | NAMED_PERSON       | DIRECT
      A person briefed on the talks said the deal was close.               | deal was close        | person   | ANONYMOUS          | INDIRECT
      Kovac was quoted as saying that the army would withdraw.             | army would withdraw   | Kovac    | NAMED_PERSON       | INDIRECT
      Ana Kovac took office in 2019. The 54-year-old said she would run again. | run again         | Kovac    | NAMED_PERSON       | INDIRECT
      Ana Kovac, 36, lost the final. Her coach Ivo Marsh said he had waved. “I was coaching,” he said. The 36-year-old was stunned, saying they never used signals. | never used signals | Kovac | NAMED_PERSON | INDIRECT
      Ana Kovac lost the final. Kovac denied being coached. Her coach Ivo Marsh said he had waved. “I was coaching,” he said. The 36-year-old was stunned, saying they never used signals. | never used signals | Kovac | NAMED_PERSON | INDIRECT
      “We did everything we could,” Kovac said, adding that the army was “overstretched.” | army was | Kovac | NAMED_PERSON   | MIXED
      Dara Vell, 61, a former judge, said the court had been captured.    | court had been captured | Vell   | NAMED_PERSON       | INDIRECT
      The umpire warned Kovac after saying her coach, Ivo Marsh, was signalling. Her coach later admitted that he had waved. | he had waved | Marsh | NAMED_PERSON | INDIRECT
      The board defended its chair, Ada Lenz, on Monday. Its chair said that the vote was fair. | the vote was fair | Lenz | NAMED_PERSON | INDIRECT
      Kovac’s coach, Ivo Marsh, and Brun’s coach, Ola Dane, watched. Her coach later admitted that he had waved. | he had waved | coach | ANONYMOUS | INDIRECT
      President Ivo Brun said the talks failed. Vice Minister Ada Lenz said the offer was rejected. Her characterization of the talks contradicts Brun’s account — he said the talks collapsed after the envoys asked for total relief. | talks collapsed | Brun | NAMED_PERSON | INDIRECT
      Vice Foreign Minister Ada Lenz spoke on Friday. North Kastan’s vice foreign minister said the talks had stalled. | talks had stalled | Lenz | NAMED_PERSON | INDIRECT
      Kovac was held at the airport. Kovac was angry. Kovac’s father, Velan, accused the guards of holding his daughter captive. | holding his daughter captive | Velan | NAMED_PERSON | INDIRECT
      Kovac’s mother, Ada Brun, said the guards had lied. The mother later said that the airport was cold. | the airport was cold | Brun | NAMED_PERSON | INDIRECT
      The Border Agency confirmed the visa had been revoked, while the appeal was listed for a hearing at 4pm, according to court documents. | the appeal was listed | documents | INSTITUTION | INDIRECT
      The Border Agency confirmed the visa had been revoked, while the appeal was listed for a hearing at 4pm, according to court documents. | the visa had been revoked | Agency | INSTITUTION | INDIRECT
      Ana Kovac toured the farms. Kovac earlier Saturday, in remarks to farmers at the depot, said that the plan was dead. | plan was dead | Kovac | NAMED_PERSON | INDIRECT
      Ana Kovac, in a speech at the depot in Tarnby, Va., said: “The plan is dead.” | The plan is dead | Kovac | NAMED_PERSON | DIRECT
      The newspaper reported that three ministers had resigned.            | ministers had resigned | newspaper | MEDIA            | INDIRECT
      Many Velorians believe the war is over.                              | war is over           | Velorians | ANONYMOUS         | INDIRECT
      President Anton Kovac met the envoy. The Kastani president said the border would stay shut. | border would stay shut | Anton Kovac | NAMED_PERSON | INDIRECT
      The Ministry of Defence said two soldiers had been wounded.          | soldiers had been wounded | Defence | INSTITUTION     | INDIRECT
      Orvath Rights Watch said the strikes may amount to war crimes.       | amount to war crimes  | Watch    | INSTITUTION        | INDIRECT
      A government spokesman said the curfew would be lifted.              | curfew would be lifted | spokesman | ANONYMOUS        | INDIRECT
      Forty people died, according to the Orvath Ministry of Health.       | Forty people died     | Ministry of Health | INSTITUTION | INDIRECT
      Veloria’s foreign minister, Ilse Marrant, left on Tuesday claiming a breakthrough, but within hours Kovac’s office denied that any deal existed. | a breakthrough | Marrant | NAMED_PERSON | INDIRECT
      Veloria’s foreign minister, Ilse Marrant, left on Tuesday claiming a breakthrough, but within hours Kovac’s office denied that any deal existed. | any deal existed | Kovac | INSTITUTION | INDIRECT
      The strike drew a sharp warning from President Dara Vell that aid would be cut. | aid would be cut | Dara Vell | NAMED_PERSON | INDIRECT
      The weather service had issued a warning. It said winds had reached 140 kilometres an hour. | winds had reached | weather service | INSTITUTION | INDIRECT
      Opposition politicians accused the government of failing to invest. | failing to invest     | politicians | ANONYMOUS        | INDIRECT
      Doctors in Kellen say the hospital is running out of insulin.        | running out of insulin | Doctors | ANONYMOUS         | INDIRECT
      But two aid workers who reached Kellen last week said soldiers had turned back a convoy. | turned back a convoy | aid workers | ANONYMOUS | INDIRECT
      Two aid workers said the road was closed. One of them said the soldiers had laughed. | soldiers had laughed | aid workers | ANONYMOUS | INDIRECT
      Dusk backed the plan, which he said would "protect savers," but business groups warned that costs would rise. | costs would rise | business groups | INSTITUTION | INDIRECT
      Radio Meridia reported the vote. The broadcaster quoted one analyst, Ivo Stern, as saying the bank had lost patience. | lost patience | Meridia | MEDIA | INDIRECT
      DRAVIK — The crossing will reopen on Monday, officials from both countries said. | crossing will reopen | officials | ANONYMOUS | INDIRECT
      The talks joined two ministers, Ilse Marrant and Petar Hollis.\\n“This is a good day,” Hollis said. | good day | Petar Hollis | NAMED_PERSON | DIRECT
      Veloria’s liaison agency for Orvath, VLA, said that 40 trucks had crossed. | 40 trucks had crossed | VLA | INSTITUTION      | INDIRECT
      “It is a disaster,” one farmer, Jon Eke, said of the harvest.        | It is a disaster      | Eke      | NAMED_PERSON       | DIRECT
      The talks, officials said, were “frank.”                             | were “frank.”         | officials | ANONYMOUS         | MIXED
      The Korvel League – led by its chief executive, Ivo Renn – said the rules would stand. | rules would stand | Korvel League | INSTITUTION | INDIRECT
      The tribunal - in a 90-page ruling - said the loans were lawful.      | loans were lawful     | tribunal | INSTITUTION        | INDIRECT
      Dorvan City said its appeal had succeeded.                           | appeal had succeeded  | Dorvan City | INSTITUTION     | INDIRECT
      Orsk United claimed a landmark victory over the league.              | landmark victory      | Orsk United | INSTITUTION     | INDIRECT
      The arbitration panel ruled that the loans fall under the rules.     | loans fall under      | panel    | INSTITUTION        | INDIRECT
      Opposition leader Ivo Renn continues to claim that the count was rigged. | count was rigged  | Ivo Renn | NAMED_PERSON       | INDIRECT
      Ana Kovac went on to say that the harbour would stay shut.           | harbour would stay shut | Kovac  | NAMED_PERSON       | INDIRECT
      The Velpress daily said the harbour had reopened.                    | harbour had reopened  | Velpress | MEDIA              | INDIRECT
      Halden Air sued Korvel. In a statement, Korvel called the airline’s claims “reckless” and “false.” | reckless | Korvel | INSTITUTION | MIXED
      Ana Kovac publicly said the harbour had reopened.                    | harbour had reopened  | Kovac    | NAMED_PERSON       | INDIRECT
      Rebels counted 61 dead, according to a Korvel Watch report published Wednesday. | counted 61 dead | Korvel Watch | INSTITUTION | INDIRECT
      Figures from the Korvel health ministry show that 48 civilians were killed. | 48 civilians were killed | Korvel health ministry | INSTITUTION | INDIRECT
      Korvel troops killed 48 civilians, according to figures shared with Velpress on Tuesday by two Orsk sources. | killed 48 civilians | Orsk sources | ANONYMOUS | INDIRECT
      The executives said the player had asked for a transfer.             | asked for a transfer  | executives | ANONYMOUS        | INDIRECT
      Dorvan’s representatives said the player had asked for a transfer.   | asked for a transfer  | Dorvan’s representatives | ANONYMOUS | INDIRECT
      The player’s representatives said he had asked for a transfer.       | asked for a transfer  | representatives | ANONYMOUS   | INDIRECT
      The voters said the mayor had misled them about the harbour.         | misled them           | voters   | ANONYMOUS          | INDIRECT
      Their investors said the fund had lost half its value.               | lost half its value   | investors | ANONYMOUS         | INDIRECT
      According to Dorvan’s representatives, the player asked for a transfer. | asked for a transfer | representatives | ANONYMOUS  | INDIRECT
      According to a statement from Dorvan’s representatives, the player asked for a transfer. | asked for a transfer | representatives | ANONYMOUS | INDIRECT
      A report by Varnian publication Le Veyl states that the pact had failed. | pact had failed   | Le Veyl  | MEDIA              | INDIRECT
      “This harbour plan is a disgrace,” Renn fumed as Voss tried to confirm that the pact would stand. | harbour plan is a disgrace | Renn | NAMED_PERSON | DIRECT
      “We are done with this pact,” Renn quipped.                           | done with this pact   | Renn     | NAMED_PERSON       | DIRECT
      “This harbour plan is a disgrace,” Renn went on to say.               | harbour plan is a disgrace | Renn | NAMED_PERSON       | DIRECT
      """)
  void findsAttribution(String text, String anchor, String sourceWord, SourceKind kind, Mode mode) {
    List<Attribution> found = find(text);
    Optional<Attribution> hit = holding(found, anchor);
    assertThat(hit).as("attribution holding '%s' in %s", anchor, found).isPresent();
    Attribution a = hit.get();
    assertThat(a.source().name() + " | " + a.sourceText()).containsIgnoringCase(sourceWord);
    assertThat(a.source().kind()).as("kind of %s", a.source()).isEqualTo(kind);
    assertThat(a.mode()).isEqualTo(mode);
  }

  @Test
  void aClauseWithItsOwnVerbAndASubordinatorIsNoSpeaker() {
    // "grimaced" tags nothing; "as Voss tried to confirm" is another clause, and "to confirm" an infinitive.
    List<Attribution> found = find("“This harbour plan is a disgrace,” Renn grimaced as Voss tried to confirm that the pact would stand.");
    assertThat(found).noneMatch(a -> a.source().name().contains("grimaced") || a.cue().equals("confirm"));
  }

  @Test
  void aDocumentReadOutByAPersonIsNotItsSpeaker() {
    // "read" after "and then" has Kovac for its subject; the statement is only what she read first.
    List<Attribution> found = find("Kovac read the statement aloud and then read, “We will not leave the valley.”");
    assertThat(found).noneMatch(a -> a.source().name().contains("statement"));
  }

  @Test
  void aDocumentSubjectDoesNotTakeACueInARelativeClause() {
    // "who … told" is Kovac's cue, past the comma; the statements only contradicted her.
    List<Attribution> found = find("The ferry statements contradicted the account given by Kovac, who hours earlier told "
        + "the harbour board that the quay was shut.");
    assertThat(found).noneMatch(a -> a.source().name().contains("statements"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Kovac met Brenner in Orvath on Monday.
      Kovac visited the camp and held talks with aid workers.
      Brenner plans to travel to Dravik next week.
      The minister held talks with her Kastani counterpart on the border.
      Kovac’s claim was widely doubted by observers.
      The Velorian state has owned the mine since 1990.
      Asked whether Kovac had warned the army, nobody answered.
      The United States sent three planes of flour to the port.
      The minister asked the envoy to stay for another week.
      Lena Varga reported from the border town of Kellen.
      That said, the talks will continue next week.
      The warning from the coast guard came too late for the fishermen.
      Kovac declined to say whether she would run.
      The crowd was twice what Velpress reported, standing at 80,000 entries.
      The day Kovac ruled out resigning ended with a letter from the league to answer that of the union.
      The Korvel claim that Dorvan waived the fee was rejected by the panel.
      The publication of the report showed that the mayor had lied.
      The numbers suggest that the pact with Orsk has failed.
      Renn fumed at the delay.
      Renn snapped a photo of the “Golden Gate” sign.
      Korvel Records called her claims baseless on Friday.
      As we reported on Monday, the gala was cancelled.
      The league met their claims with silence on Friday.
      """)
  void ignoresNonSpeechVerbs(String text) {
    assertThat(find(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Veloria claimed the strike on the Velorian border hit only soldiers.  | DISTANCING
      Kovac confirmed that the loan had been approved.                      | AFFIRMING
      The army denied that its troops had crossed the river.                | DENYING
      Ana Kovac said the talks would resume in March.                       | NEUTRAL
      """)
  void readsStanceFromCue(String text, Stance stance) {
    assertThat(find(text)).extracting(Attribution::stance).containsExactly(stance);
  }

  @Test
  void aNameThatReportsWhatOthersCountIsNoOutlet() {
    List<Attribution> found = find("“The figures were right,” Tarvel said. The crowd was twice what Tarvel reported, at 80,000.");
    assertThat(found).extracting(a -> a.source().kind()).isNotEmpty().doesNotContain(SourceKind.MEDIA);
  }

  @Test
  void aQuotedNameBeforeAVerbIsNoQuotationItsVerbReports() {
    List<Attribution> found = find("The memo issued by Orsk's \u201cSecurity Office\u201d reported 64 deaths from burns.");
    assertThat(found).noneMatch(a -> a.source().name().contains("64"));
  }

  @Test
  void stopsContentWhereTheNextSpeakerStarts() {
    List<Attribution> found = find("The Velorian government says the dam is safe, while Kastani officials say it is cracking.");
    assertThat(found).hasSize(2);
    assertThat(found.get(0).content()).doesNotContain("cracking");
  }

  @Test
  void aSpeakerBetweenDashesSpeaksUpToTheClosingDash() {
    List<Attribution> found = find("Pask got no audience with the king — Pask said afterward he had not expected one — "
        + "and Varnia issued a statement on Saturday calling the visit \u201ca failure of manners.\u201d");
    assertThat(holding(found, "had not expected one")).hasValueSatisfying(a -> {
      assertThat(a.source().name()).isEqualTo("Pask");
      assertThat(a.content()).doesNotContain("Varnia");
    });
  }

  @Test
  void givesReportedSpeechInsideReportedSpeechToTheOuterSource() {
    List<Attribution> found = find("The official said Kovac told him that the offer was final.");
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.content()).contains("Kovac told him that the offer was final");
      assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS);
    });
  }

  @Test
  void keepsSplitQuotationAsOneAttribution() {
    List<Attribution> found = find("“We will not,” Ana Kovac said, “accept foreign troops.”");
    assertThat(found).singleElement().satisfies(a -> {
      assertThat(a.content()).contains("We will not").contains("accept foreign troops").doesNotContain("said");
      assertThat(a.sourceText()).isEqualTo("Ana Kovac");
    });
  }

  @Test
  void aSentenceAdverbIsNoPartOfTheSpeakersText() {
    List<Attribution> found = find("The Tarn council, however, said the bridge would stay shut.");
    assertThat(found).singleElement().satisfies(a -> assertThat(a.sourceText()).isEqualTo("The Tarn council"));
  }

  @Test
  void keepsPronounAsSourceTextButResolvesName() {
    List<Attribution> found = find("Ana Kovac said the talks were useful. She added that a second round was planned.");
    assertThat(found).extracting(Attribution::sourceText).containsExactly("Ana Kovac", "She");
    assertThat(found).extracting(a -> a.source().name()).containsExactly("Ana Kovac", "Ana Kovac");
  }

  @Test
  void fillsRoleAffiliationAndSeniority() {
    Attribution a = find("“The plan is dead,” a senior Velorian official said.").get(0);
    assertThat(a.source().senior()).isTrue();
    assertThat(a.source().affiliation()).contains("Velorian");
    Attribution b = find("Foreign Ministry spokesman Aurel Fenn said the visit was off.").get(0);
    assertThat(b.source().role()).hasValueSatisfying(r -> assertThat(r).contains("spokesman"));
  }
}
