package io.crosscheck.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.lexicon.Lexicon;
import io.crosscheck.model.Article;
import io.crosscheck.model.Attribution;
import io.crosscheck.model.SourceKind;
import io.crosscheck.text.NewsSegmenter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who the source is and what kind, on shapes of real published news: organisations without a head
 * word, outlets, organising bodies, appositives, press roles, statements issued for someone. Names
 * and sentences are invented.
 */
class SourceTypingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # a plain agent noun with its article opens a sentence as its speaker; a withheld name makes a person of it
      An anonymous trader claimed to have sold 9,000 forged tickets. | sold 9,000 forged tickets | anonymous trader | ANONYMOUS
      A self-styled broker said that he held the ledgers.          | held the ledgers | self-styled broker | ANONYMOUS
      A smuggler said he had crossed the Orsk pass twice. | crossed the Orsk pass | smuggler | ANONYMOUS
      An unnamed company said it would close 40 depots. | close 40 depots | unnamed company | INSTITUTION
      # a participle opening a sentence with its preposition is no company "the company" points back to
      Orsk Telecom said 9,000 files were taken. Based on a first review, the company said 40 servers were hit. | 40 servers | Orsk Telecom | INSTITUTION
      # a name that reports its own results is a body, not an outlet, wherever it speaks in the article
      Orsk Mobile reported its results of the audit on Tuesday.     | its results | Orsk Mobile | INSTITUTION
      The breach at telecoms firm V-Tel was revealed on Sunday. V-Tel reported its findings on Tuesday. V-Tel said 40 million records were taken. | 40 million records | V-Tel | INSTITUTION
      Velpress reported that 40 people had died in the blast.        | 40 people had died | Velpress | MEDIA
      # a name that "who" refers back to is a person's, though the article never gives a first name
      Varek (who has a different name) spoke on Monday. Varek told the paper the car had stopped. According to Varek, the driver was dazed. | the driver was dazed | Varek | NAMED_PERSON
      # an outlet's own count is the outlet's; a quantifier standing for people is unnamed people
      Velpress reported on Monday that ferries had stopped. The count climbed to 612 by Friday, a Velpress tally showed. | count climbed to 612 | Velpress | MEDIA
      The number of stranded drivers stood at 612, according to an AFP count of the queues. | stranded drivers stood | AFP | MEDIA
      The BBC said many of the pilgrims were missing.                | pilgrims were missing | BBC | MEDIA
      According to a report by Reuters, Korvel Systems had ignored repeated warnings. | Korvel Systems had ignored | Reuters | MEDIA
      Norway reported 183 deaths among its pilgrims, compared to 313 last year. | 183 deaths | Norway | INSTITUTION
      Oslo previously reported a drone strike in January.           | drone strike | Oslo | INSTITUTION
      # a plural cue noun before its own verb is the subject: "Early estimates put …", "Initial reports said …"
      Early estimates put the Orsk toll at about 100 people.         | Orsk toll at about 100 | Early estimates | INSTITUTION
      Initial reports said the Orsk depot had been hit.             | depot had been hit | Initial reports | MEDIA
      # two plain words before the noun, after "of": the whole group speaks
      The Orsk depot had been hit, a group of civil rights activists said. | depot had been hit | group of civil rights activists | ANONYMOUS
      # a capitalised run before a role and a name is whom the role serves, so the run alone is a body
      Korvel said talks had failed. Korvel Jets chief Ana Pell said the union had refused. Korvel had raised its offer. | talks had failed | Korvel | INSTITUTION
      Two sources not authorised to comment said the Orsk depot had been hit. | depot had been hit | Two sources | ANONYMOUS
      Two sources, not authorised to comment, said the Orsk depot had been hit. | depot had been hit | Two sources | ANONYMOUS
      Officials not authorized to discuss the raid said the Orsk depot had been hit. | depot had been hit | Officials | ANONYMOUS
      The Varden Post and Courier reported that the Orsk depot had been hit. | depot had been hit | Varden Post and Courier | MEDIA
      The official Varnian Press Agency said the Orsk depot had been hit. | depot had been hit | official Varnian Press Agency | MEDIA
      The Kelm press service said the Orsk depot had been hit.      | depot had been hit | Kelm press service | INSTITUTION
      Initial reports after the Orsk blast cited claims by Kelm health officials that 500 died. | 500 died | Kelm health officials | ANONYMOUS
      The Kremlin reported that the call lasted two hours.          | call lasted | Kremlin | INSTITUTION
      Others said the vote was a win for the dockers.                | vote was a win | Others | ANONYMOUS
      # "both" opens no name; a role written in capitals is still a role
      Both Orsk and the army blamed each other, with Orsk saying 471 people were killed. | 471 people | Orsk | INSTITUTION
      Korvel's CEO said it might take weeks to resume work.          | take weeks | CEO | NAMED_PERSON
      # a coastguard and a navy are bodies
      The coastguard said 40 people had been pulled from the water.   | pulled from the water | coastguard | INSTITUTION
      The Varnian navy said its frigate had left the strait.           | left the strait | navy | INSTITUTION
      # a name with an inner "for" between capitalised words is a body's
      Transport for Varnia said it has not renewed the ferry licence. | not renewed the ferry licence | Transport for Varnia | INSTITUTION
      # a bare name that relays words carrying their own speaker is the outlet that carried them
      The port office said two of the ferries had been logged twice, according to Kelwire. | logged twice | Kelwire | MEDIA
      Ana Tarvel spoke on Monday. The port office said two of the ferries had been logged twice, according to Tarvel. | logged twice | Tarvel | NAMED_PERSON
      # a capitalised list inside a role's appositive does not end the appositive
      Ana Kovac, Director of Ports, Roads and Rail at the Varnian ministry, said: “We will not renew the licence.” | not renew the licence | Kovac | NAMED_PERSON
      # verbs of labelling report speech with a quotation in their clause
      Harbour chief Ana Kovac branded the ruling “extraordinary and wrong” on Monday. | extraordinary and wrong | Kovac | NAMED_PERSON
      # 1 a name written again and again, never with a first name or title, is no person's
      Tarvel said on Monday that a fault had grounded its fleet. Tarvel's rivals were unaffected. | fault had grounded | Tarvel | INSTITUTION
      Ana Kovac lost the vote. Kovac said she would appeal. Kovac's aides agreed. | she would appeal | Kovac | NAMED_PERSON
      Medics in the Orvex-ruled province counted 40 dead. Orvex has accused an air strike of the killings. | air strike | Orvex | INSTITUTION
      "The talks failed," Kovac said. | talks failed | Kovac | NAMED_PERSON
      Varn Systems chief Olek Brand met Dovan officials. Dovan said the deal was off. Dovan's board agreed. | deal was off | Dovan | INSTITUTION
      # a speaker whose name ends in ’s possesses nothing: a firm named so
      Tarvell’s said on Monday that its stores were open.                | stores were open | Tarvell | INSTITUTION
      Osko’s claims just one driver walked out.                            | one driver walked out | Osko | INSTITUTION
      # 0 collective nouns of people are unnamed sources; a number word opening a sentence names no one
      Emergency personnel said six of the injured were in critical condition. | critical condition | personnel | ANONYMOUS
      Documents allege that Orvex paid the guild twice.                   | paid the guild | Documents | INSTITUTION
      One father drove to the hospital after she informed him that she was on board. | on board | she | ANONYMOUS
      # 0a a name a role is held with is a body, not a person; an unnamed source at a body is a person
      Orsk-based UNDA spokeswoman Lia Dorvan said: "We count what the centre gives us." | count what the centre | Lia Dorvan | NAMED_SPOKESPERSON
      "Ten were found," another source at the Orsk Forensic Department said. | Ten were found | source | ANONYMOUS
      The Varnian Ministry of Ports and Fisheries announced on Wednesday that the toll was 60. | toll was 60 | Ministry of Ports and Fisheries | INSTITUTION
      Kelm Water says the reservoir is low. “The dam holds,” said Ivo Renn, a division chief with Kelm Water. | reservoir is low | Kelm Water | INSTITUTION
      # 0b a capital city standing alone speaks for its government; a person of that surname stays a person
      Tehran rejected the charge on Monday, calling it baseless.         | baseless | Tehran | INSTITUTION
      Ana Lima said the ward was full. Lima added that the staff were worn out. | staff were worn out | Lima | NAMED_PERSON
      # 1a a name set off after a title that ends in a role is the person's
      “The root cause was a power fault,” Velmar Air CEO, Ana Kovac, said in a video. | root cause | Ana Kovac | NAMED_PERSON
      # 1b "the Tarnian leader" is the leader of that nation the article names, not the latest leader
      VELM: Hours after Prime Minister Ivo Renn told Tarnian President Ola Brandt that the truce held, the Tarnian leader again claimed that he had “ended a war”. | ended a war | Brandt | NAMED_PERSON
      VELM: Hours after Prime Minister Ivo Renn told US President Ola Brandt that the truce held, the American leader again claimed that he had “ended a war”. | ended a war | Brandt | NAMED_PERSON
      US President, Ola Brandt has said he will visit Tarnia. The US president said he had returned an invite to the palace. | returned an invite | Brandt | NAMED_PERSON
      # 2 outlets, known by the grammar around their names
      The dam cracked overnight, VTN reported. According to VTN, 40 homes were flooded. | 40 homes were flooded | VTN | MEDIA
      The pier closed, according to the weekly magazine Tarnow. Tarnow said the ferry was late. | ferry was late | Tarnow | MEDIA
      Fuel ran short, the Velpress news agency said.                          | Fuel ran short | Velpress | MEDIA
      # a person's name in the possessive stays a person's; a role "of" a body is an unnamed holder of it
      The Varnian rights commission dismissed President Ana Kovac’s claims on Sunday evening accusing the publicly funded watchdog of publishing misleading figures to the public. | watchdog of publishing | Kovac | NAMED_PERSON
      Twenty-two people were killed in the protests on Tuesday, the chairwoman of the rights body told AFP on Wednesday. | Twenty-two people were killed | chairwoman | ANONYMOUS
      # an "-ing" cue after a possessed claim noun goes back to the clause's subject, not the claim's owner
      Commission chair Ivo Tarn refuted Kovac’s claims, asserting that the commission issued no such statement. | issued no such statement | Ivo Tarn | NAMED_PERSON
      # a document the article has in view is its maker's; reports in general are the press's
      “We judge that Varnia was not responsible,” said the unclassified Tarnian intelligence report. | Varnia was not responsible | intelligence report | INSTITUTION
      The report said only light damage was seen at the depot.            | only light damage | report | INSTITUTION
      Reports said only light damage was seen at the depot.               | only light damage | Reports | MEDIA
      A Tarnian intelligence report estimated that a stray rocket hit the depot. | stray rocket hit | intelligence report | INSTITUTION
      An Ostrian TV report estimated that a stray rocket hit the depot.  | stray rocket hit | TV report | MEDIA
      According to information from the Tessel Harbour Police, the toll is 78. | the toll is 78 | Harbour Police | INSTITUTION
      # a listed plural of people gives its singular: one survivor speaks as survivors do
      One Varnian survivor said the crew had pulled the boat too fast.   | pulled the boat | survivor | ANONYMOUS
      A relative said the boat sank fast.                                | boat sank fast | relative | ANONYMOUS
      A survivor of the sinking said the boat turned over fast.          | boat turned over | survivor | ANONYMOUS
      # an appositive that names the person described ("identified as", "named only as") gives the name
      Another Varnian man, identified as Tomas, also believes the patrol caused it. “They pulled us too fast,” he said. | pulled us too fast | Tomas | NAMED_PERSON
      A survivor, named only as Ilse, said the boat turned over.         | boat turned over | Ilse | NAMED_PERSON
      “The ward is short of beds again,” said one nurse, who gave his first name as Oren. | short of beds | Oren | NAMED_PERSON
      “We will stay,” said a third protester, identified only as Dara.   | We will stay | Dara | NAMED_PERSON
      # a possessive or a preposition inside a capitalised name makes it a body's: no person is named so
      Organisers Defend Our Orchards said 600 people took part.          | 600 people took part | Defend Our Orchards | INSTITUTION
      Campaign group Save Our Harbour said the pier in Orsk was unsafe.  | pier in Orsk | Save Our Harbour | INSTITUTION
      # a capital speaks for its government; a national body's name ends in its country's; "the … of …" is no person
      Oslo said the talks would go on.                                     | talks would go on | Oslo | INSTITUTION
      Transport Norway said the pier had been closed.                      | pier had been closed | Transport Norway | INSTITUTION
      Mara Jordan said the pier had been closed.                           | pier had been closed | Mara Jordan | NAMED_PERSON
      The Orsk Orthodox Patriarchy of Kelm said it would stay.             | it would stay | Patriarchy | INSTITUTION
      # a single name after "the" is a body's: people do not take "the"
      The Vardenhof reported that the two leaders had agreed a truce.      | agreed a truce | Vardenhof | INSTITUTION
      The Vardenhof, however, said the two leaders had agreed a truce.     | agreed a truce | Vardenhof | INSTITUTION
      # a descriptor of an organisation before a name makes it one
      Ahead of the poll, the regional body Ecowan said the vote would not be fair. | not be fair | Ecowan | INSTITUTION
      # a record label, a studio or an airline is named with its own head word; "her former label" describes one
      Tarrow Records denied that it had blocked the show.                  | blocked the show | Tarrow Records | INSTITUTION
      Halden Air said the flight had been delayed by fog.                  | delayed by fog | Halden Air | INSTITUTION
      Tarrow, her former label, said the tour had been approved.           | tour had been approved | Tarrow | INSTITUTION
      # the leading words of an organisation's full name are its short name; a person's name stays a person's
      Tarrow Sound Label Group denied the claim. Tarrow Sound said it had approved every request. | approved every request | Tarrow Sound | INSTITUTION
      Senator Mara Voss set up the Mara Voss Trust. Mara Voss said she had approved every request. | approved every request | Mara Voss | NAMED_PERSON
      # a club named with its head word in front ("FC", "AC"), and the club by its place name alone
      FC Tarrow said the clause had expired in June.                      | clause had expired | FC Tarrow | INSTITUTION
      The league sided with FC Tarrow. Tarrow said the deal was valid until 2031. | deal was valid | Tarrow | INSTITUTION
      # a speaker whose statement opens with its own "its" is no person
      Kelm Ferries says its ballot showed that only a tenth of crews backed the strike. | ballot showed | Kelm Ferries | INSTITUTION
      # a body that reports figures of its own is no outlet, and its other statements are the body's too
      In 2030, Dorvan Rail reported over half of its drivers earned more than $50,000. | drivers earned | Dorvan Rail | INSTITUTION
      Dorvan Rail says its drivers are well paid. Dorvan Rail told the Post that it had sent an offer. | sent an offer | Dorvan Rail | INSTITUTION
      # a name in -s that "reports" is an outlet, not a plural of people ("Nurses say")
      Some ferries may have been counted twice, Velders reports.              | counted twice  | Velders  | MEDIA
      Velders reports that some ferries may have been counted twice.          | counted twice  | Velders  | MEDIA
      A Kestrel reporter saw the convoy. Kestrel said 12 trucks had crossed. | 12 trucks had crossed | Kestrel | MEDIA
      # a body that reports is no outlet: its acronym spelled out with "of", or its name's head an institution word
      The Kelm Union of Rail Staff (KURS) rejected the deal. KURS reports unpaid labour also includes drills. | unpaid labour | KURS | INSTITUTION
      The Tarnian General Authority for Census reports that 2.3 million people took part. | 2.3 million people | Authority | INSTITUTION
      # 3 an organisation named with its acronym in parentheses
      A statement from the Harbour Safety Directorate (HSD) said the pier was unsafe. | pier was unsafe | Harbour Safety Directorate | INSTITUTION
      # 4 the organisers of an event speak as its organising body
      Organisers said 90,000 people marched on Sunday.                        | 90,000 people marched | Organisers | INSTITUTION
      Nearly 90,000 joined, march organizers estimated.                       | Nearly 90,000 joined | organizers | INSTITUTION
      Local party organisers said the turnout would rise.                     | turnout would rise | organisers | ANONYMOUS
      # 5 appositives that locate or describe a named person
      “We had 50,000 people,” Joss Arlen, from the Harbour Workers Front, told reporters. | We had 50,000 people | Arlen | NAMED_PERSON
      Mira Tanz, a Velorian academic and head of the Renewal Party, said the vote was rigged. | vote was rigged | Tanz | NAMED_PERSON
      A doctor at the clinic, Ivo Marsk, said the blast came at dusk.      | blast came at dusk | Marsk | NAMED_PERSON
      The spokesman for the Velorian Red Lantern, Ivo Pesh, said 300 had died. | 300 had died | Pesh | NAMED_SPOKESPERSON
      Deputy spokesman for the Council of Elders, Ivo Pesh, said the toll was checked. Pesh said it would rise. | it would rise | Pesh | NAMED_SPOKESPERSON
      # 6 press roles of two words, or with a qualifier before them
      Palace press secretary Lina Gorse said the king would visit. Gorse said he would stay a day. | would stay a day | Gorse | NAMED_SPOKESPERSON
      Nina Varsk, KPTU senior communications officer, said the union had never seen the offer. Varsk said the firm should bargain. | firm should bargain | Varsk | NAMED_SPOKESPERSON
      Ivo Pesh, Velorian presidential spokesman, defended the strikes. Pesh said the drones were shot down. | drones were shot down | Pesh | NAMED_SPOKESPERSON
      # 7 a title after a possessive place still names the person
      Veloria’s Foreign Secretary Anil Varma spoke to reporters. Varma said the call lasted an hour. | call lasted an hour | Varma | NAMED_PERSON
      # 8 a statement issued on someone's behalf is their office's
      A statement issued Sunday on behalf of Governor Ana Kovac said the plan was paused. | plan was paused | Kovac | INSTITUTION
      # 9 bodies named by an administrative or industry head word
      Harlow County said 40 roads were closed.                                | 40 roads were closed | Harlow County | INSTITUTION
      Velorian Electric said the lines had been cut.                          | lines had been cut | Velorian Electric | INSTITUTION
      # 10 a person's party in parentheses is no acronym of the person; a titled person's initials name the person
      Orsk President Ivo Dorvan Marsh (IDM) spoke on Monday. IDM said the march was a failure. | march was a failure | IDM | NAMED_PERSON
      Their joint statement, read by Mina Olsen (TUV), said the strike would go on. “We will not stop,” she said. | We will not stop | Olsen | NAMED_SPOKESPERSON
      # 11 a possessive and a role one person holds name one person
      With hundreds still missing, Tarnby's mayor has warned that the toll could reach 2,000. | toll could reach 2,000 | mayor | NAMED_PERSON
      The talks failed, according to Veloria’s senior-most diplomat.         | talks failed | diplomat | NAMED_PERSON
      Mayor Ola Brun toured the dam. The flood was foreseen, Tarnby’s mayor said. | flood was foreseen | Ola Brun | NAMED_PERSON
      The firm offered help, Korvel's lawyer said.                            | firm offered help | lawyer | ANONYMOUS
      # 12 a capitalised title one named person holds points back to that person
      Prime Minister Ana Kovac met the envoy. The Prime Minister said a deal was close. | deal was close | Kovac | NAMED_PERSON
      # 12a a body seated somewhere, a company's legal suffix and a plural role before one name make no person
      Ostbury-based Velmart said it had ended the merger with Korrin.     | ended the merger | Velmart | INSTITUTION
      Ostbury-based Velmart sued Korrin. Velmart said it had ended the merger. | ended the merger | Velmart | INSTITUTION
      The Korrin Co. filed its reply on Monday. Korrin said the claims were false. | claims were false | Korrin | INSTITUTION
      Grocery leaders Velmart and Korrin met in court. Velmart said it would appeal the ruling. | appeal the ruling | Velmart | INSTITUTION
      # 12b "the company", "the chain": the latest body that spoke under its own name, not a country
      Korrin called the claims baseless. The chain said it would seek damages. | seek damages | Korrin | INSTITUTION
      Varnia dismissed the figures as lies. The rights group said 300 people had died. | 300 people | rights group | INSTITUTION
      # 12c a title's initials after "the" stand for the one person holding that title
      Chief Minister Ana Kovac toured the fairground. The CM dismissed the reports as lies. | reports as lies | Kovac | NAMED_PERSON
      # 12d initials of a hyphenated title before "of" stand for its holder
      The Inspector-General of Police, Olek Barrow, rejected the claims. The IG stated that four deaths occurred in the north. | four deaths occurred | Barrow | NAMED_PERSON
      # 12e an address speaks for whoever sits there; no person's name holds a number
      Earlier, Harrow Street said the Premier ruled out any plan to sell the port. | ruled out any plan | Harrow Street | INSTITUTION
      Number 12 said the museum was the right place for the friezes.      | right place | Number 12 | INSTITUTION
      No10 leaked to the Evening Herald that the premier would refuse the request. | premier would refuse | No10 | INSTITUTION
      # 12f only a person is "himself" or "his": a name written alone is no firm's then
      Velko says the label knew the claims were false. The label said that Velko himself had feuded with rivals for years. | label knew | Velko | NAMED_PERSON
      Some saw Velko as backing away from his claims on Tuesday. Velko says the label knew the claims were false. | label knew | Velko | NAMED_PERSON
      Tarvel said on Monday that its fleet was grounded. Tarvel says the label knew the claims were false. | label knew | Tarvel | INSTITUTION
      # 12g an outlet's reporter or photographer makes the name an outlet; so does a dateline's agency
      Tarn Bhaskar’s reporter saw 20 corpses in a clinic and added that 20 more were returned to relatives. | returned to relatives | Tarn Bhaskar | MEDIA
      TARN, Jan 30 (Velters) - The toll rose on Thursday. Velters tallied 39 corpses in a morgue, and said three officers had put the toll near 40. | three officers | Velters | MEDIA
      # 12h a press title however worded makes a named spokesperson, and "the spokesman" points back to it
      However, the Police Public Relations Officer, Supt. Olek Barrow, said only seven people were killed. | only seven people | Barrow | NAMED_SPOKESPERSON
      Reacting in a statement, Olek Barrow, the Harbour Press Officer (HPO), refuted the report. The spokesman stressed that no shots were fired. | no shots were fired | Barrow | NAMED_SPOKESPERSON
      Harbour Press Officer Ana Kollar said three boats were lost.         | three boats | Ana Kollar | NAMED_SPOKESPERSON
      # 12j a sentence about "he" keeps him the one a later "he" means; a name in its passive is no new antecedent
      Olek Brand was cheered by the delegates. He said he had only been comforting Velma after her shot was saved by Mara Oskin. “Velma lifted me up,” he said. | Velma lifted me up | Brand | NAMED_PERSON
      # 12k verbs of how words were spoken report them; so do sport's positions as roles
      “I will not go,” shouted Olek Brand at the meeting of the league.  | I will not go | Brand | NAMED_PERSON
      “I never agreed,” said the forward of the Kelm club.                | I never agreed | forward | ANONYMOUS
      # 12l a plural noun, its place, then a reporting verb: the noun is the subject, not a name and its cue
      Widespread reports in Varnia suggested Brand would quit on Friday.  | Brand would quit | reports | MEDIA
      # 12l2 claims a preposition governs are their modifier's, not the subject's
      President Olek Brand is pushing back against White Palace claims that Premier Ivo Marsh offered to buy the plants. | offered to buy | White Palace | INSTITUTION
      Reporters asked the minister about Varnian Grid Authority claims that the line had failed twice. | line had failed | Grid Authority | INSTITUTION
      # 12l3 the participle after such claims is the subject's; a place's adjective standing for its nation is the nation
      Minister Ilo Pask pushed back against Varnian claims that Tarnia was stalling, saying Tarnia had tabled a treaty. | had tabled a treaty | Pask | NAMED_PERSON
      Minister Ilo Pask pushed back against Upper Varnian claims that Tarnia was stalling. Upper Varnia has closed its border. | Tarnia was stalling | Upper Varnian | INSTITUTION
      # 12l4 a document by an outlet is the outlet's
      Varnia slammed the talks as a failure, according to a report by state radio. | slammed the talks | state radio | MEDIA
      # 12m "the" and capitalised words alone make a body, even with an acronym for a head
      The Varnian FA said the league would sue.                           | league would sue | Varnian FA | INSTITUTION
      # 12n a relative clause after a leading phrase belongs to it
      Jenni Velma left the pitch. In a statement from the players’ guild Kelpro, which represents the 30-year-old Velma, she was quoted as saying “at no point did I agree” as they hugged. | at no point | Velma | NAMED_PERSON
      # 12o straight single quotes quote, in an article with no double quotation mark
      Jenni Velma left the pitch. 'At no point did I agree to it,' Velma said. | At no point | Velma | NAMED_PERSON
      # 12p a country standing alone speaks for its government; a name's possessive opens a body's description
      South Africa said more than 900 visitors had been treated for heat stroke. | 900 visitors | South Africa | INSTITUTION
      Temperatures in Kelm climbed as high as 51 degrees, according to Varnia’s national weather centre. | climbed as high | weather centre | INSTITUTION
      # 13 an unnamed role holder named right after
      A spokesperson for one agency said the roads were a maze. “The valley was hard to reach,” said Ana Kovac from the Harbour Relief League. | roads were a maze | Kovac | NAMED_SPOKESPERSON
      A spokesperson for one agency said the roads were a maze. “The valley was hard to reach,” said Ana Kovac from the Harbour Relief League. | valley was hard to reach | Kovac | NAMED_SPOKESPERSON
      """)
  void typesTheSource(String text, String anchor, String sourceWord, String kind) {
    List<Attribution> found = NewsAttributionFinderTest.find(text);
    Optional<Attribution> hit = NewsAttributionFinderTest.holding(found, anchor);
    assertThat(hit).as("attribution holding '%s' in %s", anchor, found).isPresent();
    Attribution a = hit.get();
    assertThat(a.source().name() + " | " + a.sourceText()).containsIgnoringCase(sourceWord);
    assertThat(a.source().kind()).as("kind of %s", a.source()).isEqualTo(SourceKind.valueOf(kind));
  }

  @Test
  void aNounBeforeAPrepositionIsNoModifierOfTheSourceAfterIt() {
    List<Attribution> found = NewsAttributionFinderTest.find("Kelm police had refused to block the march, saying there "
        + "would be no violence. The scuffles between police and the marchers took place by the memorial, where some of "
        + "the marchers chanted: \u201cGive us the square.\u201d");
    assertThat(found).noneMatch(a -> a.content().contains("Give us the square") && a.source().name().contains("police"));
  }

  @Test
  void aSentenceAdverbIsNoSpeaker() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Obviously, this move upset the cabinet, saying that the cancellation was a foul.");
    assertThat(found).noneMatch(a -> a.source().name().contains("Obviously"));
  }

  @Test
  void aOneWordNameInTheOutletHeaderIsAnOutlet() {
    String body = "Velters tallied 39 corpses in a morgue, and said three officers had put the toll near 40.";
    Article article = new Article("t", Optional.of("The Tarn Star (Velters)"), Optional.empty(), Optional.empty(),
        Map.of(), body, "t");
    List<Attribution> found = Attributions.defaultFinder(Lexicon.defaults()).find(new NewsSegmenter().segment(article));
    assertThat(found).isNotEmpty().allMatch(a -> a.source().kind() == SourceKind.MEDIA);
  }

  @Test
  void aCapitalisedPluralInsideASentenceIsAName() {
    List<Attribution> found = NewsAttributionFinderTest.find("The mayor said the dam held, according to Pellers. "
        + "A Pellers reporter saw no flooding.");
    assertThat(NewsAttributionFinderTest.holding(found, "dam held")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.MEDIA));
    List<Attribution> nurses = NewsAttributionFinderTest.find("Nurses say the ward is short of staff.");
    assertThat(NewsAttributionFinderTest.holding(nurses, "short of staff")).get()
        .satisfies(a -> assertThat(a.source().kind()).isEqualTo(SourceKind.ANONYMOUS));
  }

  @Test
  void aDocumentOfAnotherNationIsNoBackReference() {
    List<Attribution> found = NewsAttributionFinderTest.find("The Tarnian statement said the two leaders discussed the "
        + "river treaty. The Velorian statement repeated the treaty portion of that talk.");
    assertThat(NewsAttributionFinderTest.holding(found, "treaty portion")).get()
        .satisfies(a -> assertThat(a.source().name()).isEqualTo("Velorian statement"));
  }

  @Test
  void aDeputyIsNotTheHolderOfTheRole() {
    List<Attribution> found = NewsAttributionFinderTest.find(
        "Deputy mayor Ola Brun toured the dam. The flood was foreseen, Tarnby’s mayor said.");
    Attribution a = NewsAttributionFinderTest.holding(found, "flood was foreseen").orElseThrow();
    assertThat(a.source().name()).doesNotContain("Brun");
    assertThat(a.source().kind()).isEqualTo(SourceKind.NAMED_PERSON);
  }
}
