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
 * Rows for the fourth round: companies without a head word, campaigns, capitalised adjectives at a
 * sentence start, possessives in names, coordinated subjects. Names and sentences are invented.
 */
class AttributionRoundFourTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      # 1 companies the article calls "the company"
      Korvel Energy said on Monday that storms had cut power to 4,000 homes. | storms had cut power | Korvel | INSTITUTION
      Maresk Airways said its pilots would strike in May. The carrier said talks had failed. | pilots would strike | Maresk | INSTITUTION
      Tavrin said on Friday that a fire had closed its warehouse. The company said no one was hurt. | fire had closed its warehouse | Tavrin | INSTITUTION
      Tavrin said on Friday that a fire had closed its warehouse. The company said no one was hurt. | no one was hurt | company | INSTITUTION
      In a filing, Odrey said the leak had reached its payroll servers. The firm has 900 staff. | leak had reached its payroll | Odrey | INSTITUTION
      Korrin Mobile said on Monday that intruders had copied customer records. In a filing, Korrin said the intruders had reached its billing servers. The operator has 3 million customers. | copied customer records | Korrin | INSTITUTION
      Korrin Mobile said on Monday that intruders had copied customer records. In a filing, Korrin said the intruders had reached its billing servers. The operator has 3 million customers. | reached its billing servers | Korrin | INSTITUTION
      Ana Roth said the plant would close. The company has 200 staff.  | plant would close | Roth | NAMED_PERSON
      Korvel United said it had paid every wage due. The club added that talks had broken down. | talks had broken down | Korvel | INSTITUTION
      Morrow said on Tuesday that thieves had taken data. Chief executive Ana Roth said the firm would pay. | thieves had taken data | Morrow | INSTITUTION
      # 2 campaigns
      Lidia Marsh's campaign on Monday asked for a second count, saying ballots had gone missing. | ballots had gone missing | campaign | INSTITUTION
      The campaign says that the count was rigged.                       | count was rigged | campaign | INSTITUTION
      Turnout fell in the north, the campaign said.                      | Turnout fell in the north | campaign | INSTITUTION
      Lidia Marsh's campaign asked for a recount. Marsh told reporters the vote was stolen. | vote was stolen | Marsh | NAMED_PERSON
      # 3 a capitalised adjective before a noun is no antecedent
      Lidia Marsh lost by 300 votes. Absentee ballots made up half the total, the campaign said. She said her team would appeal. | team would appeal | Marsh | NAMED_PERSON
      Ana Roth won the seat. Foreign observers said the count was clean. She said the result would stand. | result would stand | Roth | NAMED_PERSON
      # 4 possessives leave the name
      According to the board’s latest count, 40 schools were shut.       | 40 schools were shut | board | INSTITUTION
      According to the board's latest count, 40 schools were shut.       | 40 schools were shut | board | INSTITUTION
      # 5 a new subject after "but"
      The town council on Friday approved the budget, but its treasurer, Edda Voss, refused to sign and accused members of hiding debts. | members of hiding debts | Voss | NAMED_PERSON
      The port board on Monday renewed the lease, but his rival, Edda Voss, would not accept it and accused the board of favouritism. | board of favouritism | Voss | NAMED_PERSON
      # 7 a spokesperson named only later
      The dam leaked for a week, a spokesman for the regulator said on Wednesday. The spokesman, Pieter Aalst, said repairs would take a month. | dam leaked for a week | Aalst | NAMED_SPOKESPERSON
      The dam leaked for a week, a spokeswoman for the regulator said. The spokesman, Pieter Aalst, said repairs would start. | dam leaked for a week | spokeswoman | ANONYMOUS
      # 6 capitalised adjective + plural noun at a sentence start
      Regional union organisers said they expected the strike to spread. | strike to spread | organisers | ANONYMOUS
      Rural doctors said clinics had run out of vaccine.                 | clinics had run out | doctors | ANONYMOUS
      # 8 a surname modifying a body stays a person's when the article gives a first name
      Tamsin Okoro lost the vote. The recount is the heart of the Okoro campaign's appeal. “We will not sign this,” Okoro told supporters. | will not sign this | Okoro | NAMED_PERSON
      The council backed the plan, but its critic, Tamsin Okoro, refused to vote. Roads are at the centre of the Okoro team's case. “We will fight on,” Okoro told reporters. | will fight on | Okoro | NAMED_PERSON
      The board declared the result, but its critic, Tamsin Okoro, refused to concede. A written statement did not mention the roads at the centre of the Okoro campaign's appeal. “We will not sign this,” Okoro told supporters outside the hall. She said her lawyers would appeal on Friday. | lawyers would appeal | Okoro | NAMED_PERSON
      # 9 an appositive after a credited quotation is no speaker
      Tamsin Okoro lost. “We will not sign a deal written in secret,” Okoro said on Friday night, a line her supporters repeated on banners outside the hall. | deal written in secret | Okoro | NAMED_PERSON
      Edda Voss lost. “The count was a farce,” Voss said, a phrase her supporters repeated outside the council's offices on Saturday. | count was a farce | Voss | NAMED_PERSON
      """)
  void findsAttribution(String text, String anchor, String sourceWord, String kind) {
    List<Attribution> found = NewsAttributionFinderTest.find(text);
    Optional<Attribution> hit = NewsAttributionFinderTest.holding(found, anchor);
    assertThat(hit).as("attribution holding '%s' in %s", anchor, found).isPresent();
    Attribution a = hit.get();
    assertThat(a.source().name() + " | " + a.sourceText()).containsIgnoringCase(sourceWord);
    assertThat(a.source().kind()).as("kind of %s", a.source()).isEqualTo(SourceKind.valueOf(kind));
    assertThat(a.source().name()).doesNotContain("’s").doesNotEndWith("'s");
  }

  @Test
  void endsTheFirstClauseWhereTheCoordinatedSubjectStarts() {
    List<Attribution> found = NewsAttributionFinderTest.find("The town's vote board on Monday declared the mayor "
        + "re-elected, but his challenger, Edda Voss, refused to concede and accused officials of hiding ballots.");
    assertThat(found).allSatisfy(a -> {
      if (!a.source().name().contains("Voss")) {
        assertThat(a.content()).doesNotContain("Voss");
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      The company said.
      the firm
      Postal
      Postal ballots
      , but and said
      , but his rival, Edda Voss, and accused
      a spokesman said. The spokesman, said
      According to the board’s
      """)
  void neverThrowsOnFragments(String text) {
    assertThat(NewsAttributionFinderTest.find(text)).isNotNull();
  }
}
