package io.crosscheck.figure;

import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Figure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names, labels, ids, clock times, positions and sequence words are not figures. */
class NonFigureFilterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      An unsourced Channel 14 report said the talks had stalled.         | 14
      Settlers blocked Route 60 near the junction.                       | 60
      The desk amended paragraph 7 of the story.                         | 7
      The F-35 squadron returned to base.                                | 35
      COVID-19 restrictions were lifted in the port.                      | 19
      Leaders of the G7 met in the spring.                               | 7
      The 2002 initiative was revived by the council.                    | 2002
      The treaty was signed in 1998 by both sides.                       | 1998
      Call the hotline on 555-0143 for details.                          | 555
      Update the tool to version 2.3.1 before Friday.                    | 2.3.1
      Read more at https://example.org/news/article-681313 today.        | 681313
      Story id 4471209 was filed by the desk.                            | 4471209
      The envoys held a one-on-one meeting.                              | one
      The council backed a two-state solution.                           | two
      Crews fired 155-millimeter shells at the ridge.                    | 155
      You can't have one without the other.                             | one
      Mayor Dana Pell, second from right, greets the delegation.         | second
      Colonel Arun Vey, third from left, salutes.                        | third
      The last quarter of the year was slow for the port.                | quarter
      She thanked them first privately and then in public.               | first
      The bloc might agree without first settling the border.            | first
      At first the crowd was calm.                                       | first
      The first we knew of the flood was the siren.                      | first
      The First Lady opened the exhibit.                                 | First
      Veterans of the Second World War gathered.                         | Second
      The photo was taken by Ivo Brandt/Lensgrid90.                      | 90
      The briefing began at 3 p.m. sharp.                                | 3
      The chief briefed the press at about 7.15 pm on the quay.          | 7.15
      The blaze reached the roof around 4 a.m. on Sunday.                | 4
      The train left at 10:30 in the morning.                            | 10
      Voters rejected Resolution 2334 on Tuesday.                        | 2334
      Turn to page 12 for the full story.                                | 12
      No one answered the door.                                          | one
      This one is different, she said.                                  | one
      The clinic opened in the 1990s.                                    | 1990
      Aid groups warned on Dec. 8 that stocks were low.                   | 8
      The pact was signed on January 9, 2024, in the capital.            | 9
      Protesters marched on MARCH 23 in the rain.                        | 23
      Talks resumed on 5 March after a pause.                            | 5
      The convoy arrived on October 7th at dawn.                         | 7
      The ceasefire began on 2024-01-09 at midnight.                     | 2024
      He spoke for years about the plan.                                 | years
      It took a day to clear the road.                                   | day
      Several weeks passed without news.                                 | weeks
      The deal, she wrote, is a first step.                              | step
      Talks stalled on the 9th.                                          | 9th
      The 82nd Airborne Division deployed.                               | 82nd
      The No. 2 official resigned.                                       | 2
      The vote opens at 5 o’clock.                                       | 5
      Test scores rose sharply in the district.                          | scores
      He said the 10-point plan would fail.                              | 10
      A 7-4 vote sank the motion.                                        | 7
      The two discussed the levy at length on Monday.                    | two
      The two had agreed to meet again, the envoy said.                  | two
      The council backed the levy by a 3-to-1 margin.                    | 3
      Ines Marr, 58, said the port would reopen.                         | 58
      At one point the convoy turned back.                               | one
      One day the bridge will reopen, she said.                          | One
      The guards searched the cars one by one.                           | one
      She was the only one who stayed behind.                            | one
      He is the only one.                                                | one
      The pilot, aged 34, was unhurt.                                    | 34
      '5 min read\nThe mayor spoke.'                                     | 5
      'Share\n12 Comments\nThe mayor spoke.'                             | 12
      'Image 1 of 5\nThe mayor spoke.'                                    | 5
      'Updated 10:45 GMT, 12 Jan 2024'                                   | 12
      'Police filed the case under sections 37 and 38 of the code.'     | 38
      'Police filed the case under sections 37 and 38 of the code.'     | 37
      'It cites sections 153 (reckless acts), 154 and 175 of the act.'  | 154
      'It cites sections 153 (reckless acts), 154 and 175 of the act.'  | 175
      'It cites sections 153 (reckless acts), 154 and 175 of the act.'  | 153
      'Charges fall under sections like 37 and 38.'                     | 37
      """)
  void isNotAFigure(String sentence, String number) {
    assertThat(FigureFixtures.nonDates(sentence.replace("\\n", "\n"))).extracting(Figure::text)
        .noneMatch(text -> text.matches("(?s).*(?<![\\w.])" + java.util.regex.Pattern.quote(number) + "(?![\\w]).*"));
  }

  /** "only" before "one" and a noun limits a count; it makes no pronoun of it as "no one" does. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Only one herder has returned to the camp.                          | herder
      The villagers said only one well still holds water.                | well
      """)
  void onlyOneBeforeANounCountsIt(String sentence, String noun) {
    assertThat(FigureFixtures.nonDates(sentence)).singleElement().satisfies(f -> {
      assertThat(f.text()).isEqualToIgnoringCase("one");
      assertThat(f.value()).hasValue(1.0);
      assertThat(f.subject()).hasValueSatisfying(s -> assertThat(s).contains(noun));
    });
  }
}
