package io.crosscheck.compare;

import static io.crosscheck.compare.Fixtures.article;
import static io.crosscheck.compare.Fixtures.covers;
import static io.crosscheck.compare.Fixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.crosscheck.model.Finding;
import io.crosscheck.model.FindingType;
import io.crosscheck.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.CsvSource;

class AccountDisputeRuleTest {
  private final AccountDisputeRule rule = new AccountDisputeRule(Fixtures.LEXICON);

  @Test
  void pairsAccuracyQuestionWithTheAccountBeforeIt() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Minister Orla Venn met envoy Tomas Brek in Halden on Thursday.",
        "A readout from the ministry said Brek called the border clash a “grave provocation” during the talks.",
        "Asked whether this account was accurate, an aide to Brek said he had called it “an unfortunate incident”.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(f.severity()).isEqualTo(Severity.HIGH);
      assertThat(covers(f, "grave provocation", "unfortunate incident")).isTrue();
      assertThat(f.summary()).contains("an aide to Brek disputes it");
    });
  }

  @Test
  void thatPointIsThePointMadeLast() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "“As Mara Voss’s partner for a decade, we were shocked by her false posts,” Korvel Records said in a Friday statement.",
        "“We never once told her she could not sing at the gala,” the statement went on. Yet a spokesperson for Voss "
            + "contradicted that point, explaining that “it was clear Korvel felt any televised song broke her contract.”"));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "We never once told her", "contradicted that point")).isTrue();
    });
  }

  @Test
  void sayingOnesWordsWereMisquotedDisputesTheReadoutBefore() {
    for (String denial : List.of("Renn had been misquoted", "the readout misrepresented his remarks")) {
      List<Finding> findings = EndToEnd.check("a", "2031-05-14",
          "The Orsk foreign ministry said in a readout that Kelm minister Ivo Renn had told Orsk envoy Lin Pao that "
              + "Tessel is a part of Orsk. People familiar with the talks said " + denial + ".");
      assertThat(findings).as(denial).anySatisfy(f -> {
        assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
        assertThat(covers(f, "Tessel is a part of Orsk", denial)).isTrue();
      });
    }
  }

  @Test
  void anAccusationOfLyingHoldsTheClaimItAnswers() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14",
        "Premier Ivo Marsh on Sunday said the Varnian envoy was lying when she stated that the harbour deal never "
            + "came up during their talks in Orsk.");
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "envoy was lying", "never came up")).isTrue();
      assertThat(f.summary()).startsWith("The Varnian envoy gives an account").contains("Ivo Marsh disputes it");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Orsk said two Varnian jets crossed into its airspace for 17 seconds (which Varnia denies) before one was shot down.",
      "Orsk said the jets were warned ten times in five minutes, a claim the Varnian ministry rejects.",
  })
  void aTrailingDenialDisputesTheStatementItFollows(String sentence) {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", sentence);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(f.summary()).startsWith("Orsk gives an account").contains("Varnia");
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Orsk said the guild offered a rise of up to 5%, which the union rejected.",
      "The guild said the pay claims, which were disputed by the board, were fair.",
  })
  void aRefusedOfferOrAPassiveIsNoTrailingDenial(String sentence) {
    assertThat(EndToEnd.check("a", "2031-05-14", sentence)).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void aLedeHintingAtUntruthPairsWithTheAccountItMeans() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "Premier Ivo Marsh hints the Varnian envoy was not being truthful about what happened at their talks in Orsk.",
        "",
        "Marsh was referring to comments by envoy Ola Brandt, who told reporters he did not hear Marsh raise the harbour "
            + "deal during their talks in Orsk.",
        "",
        "Marsh said he raised the harbour deal at the start of the talks."));
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "did not hear Marsh raise", "not being truthful")).isTrue();
    });
  }

  @Test
  void aCueThatTellsTheOwnersAccountHoldsBothSides() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "Foreign Minister Ola Brandt said on Tuesday the talks would be held in separate rooms in Orsk, contradicting "
            + "President Ivo Marsh's assertions about face-to-face negotiations.",
        "",
        "Officials in Orsk told the Tessel Courier that if the meetings went well, face-to-face negotiations could follow."));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(f.evidence()).hasSize(1);
      assertThat(covers(f, "separate rooms", "assertions about face-to-face negotiations")).isTrue();
      assertThat(f.summary()).startsWith("Marsh gives an account");
    });
  }

  @Test
  void twoPartiesAccusingEachOthersSideOfOneActDisagree() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "The Orsk rights league accused the border guards of using excessive force against the walkers at the fence.",
        "",
        "For its part, the Varnian interior ministry accused the walkers of using force against the guards."));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "accused the border guards", "accused the walkers")).isTrue();
    });
  }

  @Test
  void oneAccuserNamingTwoActsDisputesNothing() {
    List<Finding> findings = EndToEnd.check("a", "2031-05-14", String.join("\n",
        "The Orsk rights league accused the border guards of using excessive force at the fence.",
        "",
        "The Varnian interior ministry accused the smugglers of running the crossing."));
    assertThat(findings).noneMatch(f -> f.type() == FindingType.ACCOUNT_DISPUTE);
  }

  @Test
  void pairsUnassessedClaimWithTheSentenceMakingIt() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The council said the fire at the depot was sabotage by Norvish agents.",
        "Officials in Halden gave no further details.",
        "A spokeswoman for the port authority said it had not made any assessment of claims of Norvish sabotage.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "sabotage by Norvish agents", "not made any assessment")).isTrue();
      assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
    });
  }

  @Test
  void pairsDenialWithTheReportItAnswers() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Aides said Brek was pressed on reports that the army was running a so-called “Clearance Plan” in the valley.",
        "Those reports could not be verified.",
        "The defence ministry told him the practice was “categorically not part of its policy,” an aide said.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "Clearance Plan", "not part of its policy")).isTrue());
  }

  @Test
  void pairsAlreadyBegunWithNotYetImplementedAcrossArticles() {
    List<Finding> findings = run(rule,
        article("a", "Army spokesman Ivo Mardin said the force had already begun a slower, more targeted phase of the campaign."),
        article("b", String.join("\n",
            "Commanders have signalled a move to a slower and more targeted phase.",
            "A Halden diplomat said the move to this phase has not yet been implemented.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.evidence()).extracting(e -> e.article()).containsExactly("a", "b");
      assertThat(covers(f, "already begun", "not yet been implemented")).isTrue();
    });
  }

  @Test
  void pairsAgreedWithDidNotAgree() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The mediators said the rebels agreed to a three-day pause in the northern hills.",
        "A rebel commander said his fighters never agreed to any pause in the northern hills.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "agreed to a three-day", "never agreed")).isTrue());
  }

  @Test
  void staysSilentWhenProgressClaimsAreAboutDifferentThings() {
    assertThat(run(rule, article("a", String.join("\n",
        "The port had already begun loading grain for export.",
        "Separately, the new rail link has not yet been implemented, the transport office said.")))).isEmpty();
  }

  @Test
  void staysSilentOnOrdinaryReporting() {
    assertThat(run(rule, article("a", String.join("\n",
        "The minister said the talks were “useful and frank”.",
        "Critics rejected the plan as too slow, and the ministry dismissed their concerns.",
        "The aide did not say whether another meeting was planned.",
        "Contrary to the forecast, the rain held off until the evening.")))).isEmpty();
  }

  @Test
  void pairsARejectedApologyWithTheApology() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The Halden council said mayor Orla Venn “apologised to the residents of Brek for the flooding and pledged to rebuild the dikes.”",
        "Traffic was diverted around the square for most of the afternoon.",
        "Residents' groups rejected the apology, saying the council had ignored their warnings for years.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "apologised to the residents", "rejected the apology")).isTrue();
    });
  }

  @Test
  void aNamedOwnersStatementIsTheAccountItsDenialAnswers() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Brannock Ferries said its vessels had been moored for six hours before the pier collapsed, the operator said in a statement.",
        "“We believe the harbour board's complaint is reckless,” chief executive Orla Venn said in the statement.",
        "The Halden Harbour Board disputed Brannock Ferries’ statement on Tuesday.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "complaint is reckless", "disputed Brannock Ferries")).isTrue();
    });
  }

  @Test
  void statementsThatTurnedOutFalseAnswerTheStatementBefore() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "A lawyer for the tenants said Kellco had earlier issued a notice claiming it must keep the lifts running for the fire crews.",
        "“Kellco keeps issuing statements that have proved to be false,” Pell Arnst added.")));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "keep the lifts running", "proved to be false")).isTrue());
  }

  @Test
  void scepticismAtAnIdeaAnswersTheAccountThatStatesIt() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Warden Ivo Mardin said the bells were meant for floods and that, had they rung, people would have run down to the river.",
        "Traffic was diverted around the square for most of the afternoon.",
        "Villagers have expressed scepticism, and even anger, at the idea that the bells would have sent people down to the river.")));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "would have run down to the river", "expressed scepticism")).isTrue());
  }

  @Test
  void aLedeDisputingSomeonesClaimsThatPairsWithTheClaimStatedLater() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Premier Oda Venn disputed Governor Pell Arnst’s claims that grain quotas were used to win the river truce with Tarn.",
        "The two spoke for forty minutes on Tuesday, the premier's office said.",
        "Arnst has said that he used the grain quotas as a bargaining chip to secure the river truce.")));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "grain quotas as a bargaining chip", "disputed Governor Pell Arnst")).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"does not accept", "did not believe", "doesn’t buy"})
  void notBelievingSomeonesClaimThatDisputesIt(String disbelief) {
    List<Finding> findings = EndToEnd.check("a", "2031-09-26", EndToEnd.lines(
        "Trade Minister Ila Veyl said she " + disbelief + " Korvel’s claim that the company suffered a sophisticated attack on its network.",
        "Traffic was diverted around the square for most of the afternoon.",
        "Korvel chief Dana Orsk has said that the company was the victim of a sophisticated attack by a foreign group."));
    assertThat(findings).as(disbelief).anySatisfy(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "victim of a sophisticated attack", disbelief)).isTrue();
    });
  }

  @Test
  void pushingBackAgainstClaimsThatIsADenialOfThem() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Envoy Ivo Mardin said he had brokered the river truce between Norland and Tarn himself.",
        "Traffic was diverted around the square for most of the afternoon.",
        "Premier Oda Venn pushed back against the envoy’s repeated claims that he brokered the river truce.")));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "brokered the river truce between", "pushed back against")).isTrue());
  }

  @Test
  void aLedeDenialAnswersTheAccuserQuotedLaterInTheStory() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "A Norland official has denied allegations that villagers drowned by the dam burst had been ordered to remain indoors.",
        "Ivo Mardin, a spokesperson for the Kelm-based government, told the Herald that soldiers warned people in the town of Tarn to flee.",
        "Aid agencies are yet to arrive in Tarn.",
        "The roads to the coast were cut by the water on Sunday.",
        "Pell Arnst, a lecturer in Kelm, said the valley villages ought to have been cleared, "
            + "and that instead villagers \"were ordered to remain indoors and keep off the roads\"."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "keep off the roads", "denied allegations")).isTrue();
    });
  }

  @Test
  void aLedePushingBackAgainstANationsClaimsAnswersTheNationsAgencyLater() {
    // The claims' owner is written as an adjective and its long quoted claim outweighs the
    // minister's own words in the lede: the minister still disputes, and the agency still accuses.
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Minister Ilo Pask on Sunday pushed back against Varnian claims that Tarnia is using \"bully-like\" methods to end "
            + "its river dam programme, saying Tarnia had tabled a fair treaty.",
        "Aid agencies are yet to arrive in Kelm.",
        "The Varnian state news agency VNA on Saturday claimed Tarnia was using a \"bully-like mindset\" in pushing "
            + "Varnia to end its river dam programme."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "bully-like mindset", "pushed back against")).isTrue();
      assertThat(f.summary()).contains("Ilo Pask").doesNotContain("Varnian does not");
    });
  }

  @Test
  void aLedeDismissingANamedPartysAccusationPairsWithTheAccusationQuotedLater() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Minister Ilo Pask dismissed Varnia’s accusation of a \"bully-like mindset\" in the border talks, saying the two "
            + "nations had useful conversations that would go on.",
        "Aid agencies are yet to arrive in Kelm.",
        "Hours earlier, Varnia slammed what it called the \"bully-like mindset\" of Tarnia during the border talks, "
            + "according to a report by state radio."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "slammed what it called", "dismissed Varnia")).isTrue();
    });
  }

  @Test
  void aLedeDenialIsNotAnsweredByTheDeniersOwnLaterWords() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Ivo Mardin, a spokesperson for the Kelm government, has denied allegations that residents of Tarn were told to stay in their homes.",
        "Aid agencies are yet to arrive in Tarn.",
        "Mardin said the soldiers had gone from door to door telling residents of Tarn to leave their homes."));

    assertThat(findings).isEmpty();
  }

  @Test
  void aDeniersOwnOfficialIsNoAccuserOfItsDenial() {
    // The official is named as Ostria's in the other article only: his entity's names tell whose side he is on.
    List<Finding> findings = EndToEnd.check(
        "a", "2030-01-08", EndToEnd.lines(
            "Ostria denied claims that its border guards had turned back the aid convoy at Kelm.",
            "Traffic was diverted around the square for most of the afternoon.",
            "\"Our guards waved the aid convoy through at Kelm within the hour,\" Ivo Renn said."),
        "b", "2030-01-08", "Ostria's interior minister Ivo Renn said the border would stay open through March.");

    assertThat(findings).isEmpty();
  }

  @Test
  void denyingAllegationsBySomeoneThatIsADenialOfThem() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "The Kelm Herald on Wednesday cited a letter from Tarvo Media claiming that Kellco had hidden losses at its print works.",
        "Post owner Kellco Group on Wednesday denied allegations by rival owner E.W. Tarvo that it had hidden losses at its print works."));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "claiming that Kellco had hidden losses", "denied allegations")).isTrue());
  }

  @Test
  void contradictingClaimsBySomeoneThatIsADenialOfThem() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Herders in Dorvan have contradicted claims by the district council that 14 wells were repaired before the dry season.",
        "The herders said the council had sent no workers to the valley."));

    assertThat(findings).filteredOn(f -> f.type() == FindingType.ACCOUNT_DISPUTE)
        .singleElement().satisfies(f -> assertThat(covers(f, "claims by the district council", "14 wells were repaired")).isTrue());
  }

  @Test
  void aBareDayBetweenADenialAndItsClauseKeepsTheDenial() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Editors at the Kelm Herald denied Friday they had any warning that a man would heckle the envoy at the book fair.",
        "Traffic was diverted around the square for most of the afternoon.",
        "The envoy accused the Herald of working with the man to stage the heckling at the book fair."));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "stage the heckling at the book fair", "denied Friday")).isTrue());
  }

  @Test
  void thatIsSimplyNotTrueAnswersTheAccountBefore() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The Kelm Herald said Kellco had borrowed money from the port fund to pay its printers.",
        "“That is simply not true,” a Kellco spokeswoman said.")));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "borrowed money from the port fund", "simply not true")).isTrue());
  }

  @Test
  void aLedeDenialIsNotAnsweredByItsOwnLawyer() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Kellco denied claims that it was responsible for the harbour outage that lasted days and stranded ferries.",
        "Pell Arnst, Kellco lawyer and partner at Arnst Vell, wrote to the harbour board on Sunday.",
        "\"Within hours of the outage, Kellco offered the harbour its engineers and received no reply,\" Arnst said of the days of stranded ferries."));

    assertThat(findings).isEmpty();
  }

  @Test
  void aLawsuitsChargeIsTheAccountItsTargetCallsBaseless() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Velmart filed suit against Korrin on Tuesday after the two grocers gave up their merger.",
        "The lawsuit charges that Korrin failed to seek approval for the merger by refusing to sell stores.",
        "Velmart also said it had ended the merger deal with Korrin.",
        "On Wednesday Korrin called the allegations of the suit \"baseless\" and vowed to fight them."));

    assertThat(findings).anySatisfy(f ->
        assertThat(covers(f, "failed to seek approval", "vowed to fight them")).isTrue());
  }

  @Test
  void claimsCalledBaselessAnswerTheChargeNotThePlainStatementBetween() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "The lawsuit charges that Korrin failed to seek approval for the merger by refusing to sell stores.",
        "Velmart also said it had ended the merger deal with Korrin.",
        "In response, Korrin said Velmart's claims are baseless."));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "failed to seek approval", "claims are baseless")).isTrue());
  }

  @Test
  void aPartysFirstRebuttalIsNotTheAccountItsSecondRebuts() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Velmart said Korrin broke the merger deal by refusing to sell stores.",
        "Korrin said the allegations are baseless.",
        "\"Korrin rejects these allegations in the strongest terms,\" the company said in a statement."));

    assertThat(findings).isNotEmpty().noneMatch(f -> covers(f, "allegations are baseless", "strongest terms"));
  }

  @Test
  void disputingANamedPartysClaimsAnswersThatPartysAccount() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "The Tarvin union said the walkout drew 4,000 workers.",
        "Velmart's own staff were not involved.",
        "According to a police statement, two workers were detained at the depots.",
        "Velmart disputed Tarvin's claims, saying the depots worked normally."));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "drew 4,000 workers", "disputed Tarvin's claims")).isTrue());
  }

  @Test
  void breakingWithSomeonesStatementsDisputesTheStatementItNames() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Premier Ana Kovac appeared to break with Ivo Renn's statements that she had agreed to shut the Tarn pass, saying the pass would stay open.",
        "Lorries queued at the border post for most of the day.",
        "Renn, the Velmian envoy, wrote on Wednesday that Kovac had agreed to shut the Tarn pass to traders from the coast."));

    assertThat(findings).anySatisfy(f ->
        assertThat(covers(f, "break with Ivo Renn's statements", "Kovac had agreed to shut")).isTrue());
  }

  @Test
  void disputingThatFigureAnswersTheCountBefore() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Kellco said the walkout at its depots fizzled out, with only 50 drivers taking part.",
        "The Tarn Drivers Guild, which organised the walkout, disputed that figure.")));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "only 50 drivers", "disputed that figure")).isTrue());
  }

  @Test
  void hittingBackAtSomeonesClaimsDisputesThem() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Kellco said just one driver walked out during the strike at its Tarn depot.",
        "Traffic was diverted around the square for most of the afternoon.",
        "Guild leaders hit back at the company’s claims, saying it had moved the strikers off the rota.")));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "just one driver walked out", "hit back at")).isTrue());
  }

  @Test
  void aDenialIsNeverTheAccountAnotherDenialAnswers() {
    List<Finding> findings = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(
        "Norland on Monday rejected remarks by envoy Pell Arnst suggesting that premier Oda Venn had asked for talks, "
            + "and termed the claim “false and entirely baseless.”",
        "Arnst claimed that Venn had called him twice to ask for a meeting.",
        "Ministry spokesperson Ivo Mardin dismissed the comments as false."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "called him twice", "dismissed the comments")).isTrue();
      assertThat(covers(f, "rejected remarks")).isFalse();
    });
  }

  @Test
  void thereWasNoSuchAgreementAnswersTheAgreementClaimedBefore() {
    List<Finding> findings = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(
        "Premier Ivo Marsh called off the talks with his Kastani counterpart once his aides said both governments "
            + "had pledged that the visit would not be used to reopen old quarrels.",
        "A Kastani official, who asked not to be named, said there was no such agreement."));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "had pledged that the visit", "no such agreement")).isTrue());
  }

  @Test
  void claimsCalledUntrueInAnInvertedClauseAnswerTheChargeBefore() {
    List<Finding> findings = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(
        "In the suit, the singer Pell Arnst accuses the Korrin label of spreading a false story about him.",
        "“Not only are these claims untrue, it is absurd to think we would hurt an artist,” a Korrin spokesperson said."));

    assertThat(findings).singleElement().satisfies(f ->
        assertThat(covers(f, "spreading a false story", "claims untrue")).isTrue());
  }

  @Test
  void aBodysSpokespersonDoesNotDisputeAnotherSpokespersonOfTheSameBody() {
    List<Finding> findings = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(
        "In the suit, the singer Pell Arnst accuses the Korrin label of spreading a false story about him.",
        "The suit was filed hours after Arnst withdrew an earlier petition.",
        "A Korrin spokesman added that the company “will defend this suit to protect our artists.”",
        "“Not only are these claims untrue, it is absurd to think we would hurt an artist,” a Korrin spokesperson said."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "spreading a false story", "claims untrue")).isTrue();
      assertThat(f.summary()).doesNotContain("Korrin spokesman gives an account");
    });
  }

  @Test
  void aDenialDespiteAnotherPartyClaimingHoldsBothSides() {
    List<Finding> findings = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(
        "The row over the friezes deepened after Varnia denied promising not to raise them in public, "
            + "despite Premier Ivo Marsh claiming that the promise had been made and broken.",
        "The museum said the friezes would stay in Tarn."));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "denied promising", "promise had been made and broken")).isTrue();
      assertThat(f.summary()).startsWith("Premier Ivo Marsh gives an account");
    });
  }

  @Test
  void staysSilentWhenTheCueHasNoAccountToAnswer() {
    assertThat(run(rule, article("a", "Asked whether this account was accurate, an aide declined to comment."))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Asked whether this account was accurate, a palace aide said Venn called it “a misunderstanding”.",
      "“Outrageous” is not a word she would use, a palace aide said.",
      "Asked about the ministry's description of the call, a palace aide said “outrageous” was not a word the minister would use.",
      "A palace aide disputed that account of the call.",
      "A palace aide said that characterisation was inaccurate.",
      "A palace aide said that was not true.",
      "A palace aide said: “That claim simply isn’t true.”",
      "A palace aide said those reports were simply untrue.",
      "A palace aide called the report false.",
      "Contrary to the ministry's account, a palace aide said the minister never spoke of a delay.",
      "A palace aide rejected the ministry's explanation.",
      "A palace aide dismissed those remarks.",
  })
  void recognisesDisputeCue(String cue) {
    List<Finding> findings = run(rule, article("a",
        "The ministry said Venn called the delay “outrageous” in the call with Brek.\n" + cue));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "outrageous", cue)).isTrue());
  }

  @Test
  void mergesCuesAboutOneAccountIntoOneFinding() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The ministry said Venn had called the talks “a decisive breakthrough”.",
        "An aide who was in the room gave a different account.",
        "Venn “described the talks as useful and no more,” the aide said.",
        "“‘Decisive’ is not a word she would use.”")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "decisive breakthrough", "gave a different account", "useful and no more", "not a word she would use"))
          .isTrue();
      assertThat(f.evidence()).hasSize(4);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Voss said on Thursday: “It was a blunt exchange. Yet the suggestion that Renn cut the call short is simply wrong.”",
      "Voss said on Thursday that claims that Renn cut the call short were untrue.",
      "“We know what was said, and reports of Renn having cut the call short are untrue,” said Voss on Thursday.",
  })
  void aReportSaidToBeWrongIsDisputed(String denial) {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "President Ivo Renn cut short his call with Premier Mara Voss after ten minutes, the Velpress reported on Wednesday, citing senior officials.",
        denial));

    assertThat(findings).filteredOn(f -> f.type() == FindingType.ACCOUNT_DISPUTE)
        .singleElement().satisfies(f -> assertThat(covers(f, "cut short his call", "cut the call short")).isTrue());
  }

  @Test
  void aLedeThatDeniesWhileSayingMoreIsNoAccount() {
    List<Finding> findings = EndToEnd.check("a", "2030-01-08", EndToEnd.lines(
        "Premier Mara Voss denies President Ivo Renn cut short their call, saying she is dismayed that notes of the exchange reached the press.",
        "She spoke an hour after Renn wrote online that the pact was a poor one, and on the day that "
            + "a Velpress report said Renn cut short the call with Voss after ten minutes.",
        "“It was blunt. Yet the suggestion that Renn cut the call short is simply wrong,” Voss said."));

    assertThat(findings).filteredOn(f -> f.type() == FindingType.ACCOUNT_DISPUTE)
        .singleElement().satisfies(f -> {
          assertThat(covers(f, "a Velpress report said", "is simply wrong")).isTrue();
          assertThat(EndToEnd.has(f, "she is dismayed")).isFalse();
        });
  }

  @Test
  void looksAfterALedeThatOpensWithTheDenial() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Governor Venn's office denied that any deal on grazing rights had been reached.",
        "The Norvish ministry issued a readout saying Venn had “accepted a grazing rights deal” for the valley.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "denied that", "accepted a grazing rights deal")).isTrue());
  }

  @Test
  void countsASentenceWithBothCuesAsADenial() {
    List<Finding> findings = run(rule,
        article("a", "Norvish officials said Venn had agreed to the grazing plan for the valley."),
        article("b", "“She agreed to study the grazing plan for the valley. Nothing was agreed,” her spokesman said."));

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence()).extracting(e -> e.article()).containsExactly("a", "b"));
  }

  @Test
  void staysSilentWhenBothSidesSayItDidNotHappen() {
    assertThat(run(rule,
        article("a", "Her spokesman said nothing was agreed on the grazing plan for the valley."),
        article("b", "The grazing plan for the valley was presented, not agreed, the spokesman said."))).isEmpty();
  }

  @Test
  void staysSilentOnProgressClaimsMonthsApart() {
    assertThat(run(rule,
        article("a", java.time.LocalDate.of(2025, 1, 5), "The army had already begun a slower, more targeted phase of the campaign."),
        article("b", java.time.LocalDate.of(2025, 6, 5), "The slower, more targeted phase of the campaign has not yet begun, a diplomat said.")))
        .isEmpty();
  }

  @Test
  void pairsDenialOfAnActWithTheAccusation() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The rebels accused the army of shelling the Brenna bridge overnight.",
        "The army denied shelling the bridge.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "accused the army", "denied shelling")).isTrue());
  }

  @Test
  void ignoresPassiveDenied() {
    assertThat(run(rule, article("a", String.join("\n",
        "The rebels said the Brenna bridge was damaged.",
        "Aid convoys were denied access to the bridge for a week.")))).isEmpty();
  }

  @Test
  void looksJustAfterADenialWithNothingBeforeIt() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "The harbour crews met on Monday.",
        "Their leader, Dana Ruiz, denied that crews had blocked the ferry ramp on Sunday.",
        "Police said 14 boats were tied across the ferry ramp on Sunday morning.")));

    assertThat(findings).singleElement().satisfies(f -> assertThat(covers(f, "denied that crews", "14 boats")).isTrue());
  }

  @Test
  void pairsRefutationWithTheClaimItsCounterClaimAnswers() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Vantor Systems believes Orlek Air has not “upgraded its booking platform,” which caused a week of delays.",
        "Vantor also said its engineers phoned Orlek several times.",
        "Vantor chief Ilse Marten also wrote to Orlek chief Pavo Renn, but he did not reply, according to a letter from Vantor’s lawyer.",
        "Orlek refuted those allegations, saying it has spent heavily on its booking platform.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FindingType.ACCOUNT_DISPUTE);
      assertThat(covers(f, "upgraded its booking platform", "refuted those allegations")).isTrue();
      assertThat(covers(f, "did not reply")).isFalse();
    });
  }

  @Test
  void staysSilentWhenRefutedAnswersNoAccount() {
    List<Finding> findings = run(rule, article("a", String.join("\n",
        "Vantor Systems said its booking platform served two million travellers last year.",
        "In a lecture in Halden, Professor Ilse Marten refuted a famous proof, saying its second lemma was flawed.")));

    assertThat(findings).isEmpty();
  }

  @Test
  void readsTheCounterClaimWithinItsOwnArticleWhenTwoArticlesReportTheRow() {
    List<Finding> findings = run(rule,
        article("a", "Vantor Systems said its engineers offered Orlek Air help within hours of the crash."),
        article("b", String.join("\n",
            "Vantor believes Orlek has not “upgraded its booking platform,” according to a letter.",
            "Vantor chief Ilse Marten also wrote to Orlek chief Pavo Renn, but he did not reply, according to the letter.",
            "Orlek refuted those allegations, saying it has spent heavily on its booking platform.")));

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "upgraded its booking platform", "refuted those allegations")).isTrue();
      assertThat(f.evidence()).allSatisfy(e -> assertThat(e.article()).isEqualTo("b"));
    });
  }

  @Test
  void aProposalSaidNeverToHaveBeenDiscussedAnswersTheAccountOfIt() {
    String account = "After the call on Wednesday, palace spokeswoman Ana Kollar told reporters that Premier Ivo Marsh "
        + "had offered to buy and run the Kastani power plants.";
    List<Finding> noSuch = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(account,
        "According to the Kastani leader, though, no such offer was ever discussed during their talk."));
    assertThat(noSuch).singleElement().satisfies(f ->
        assertThat(covers(f, "had offered to buy", "no such offer")).isTrue());

    List<Finding> notRaised = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(account,
        "In Tarn on Thursday, President Olek Brand told reporters that the question of ownership was never raised."));
    assertThat(notRaised).singleElement().satisfies(f ->
        assertThat(covers(f, "had offered to buy", "never raised")).isTrue());

    List<Finding> contradicted = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(account,
        "Later that day, Brand contradicted the palace statement, saying the two men had talked only about one plant."));
    assertThat(contradicted).singleElement().satisfies(f ->
        assertThat(covers(f, "had offered to buy", "contradicted the palace statement")).isTrue());
  }

  @Test
  void claimsPushedBackAgainstAreTheirOwnersAccount() {
    List<Finding> findings = EndToEnd.check("a", "2031-01-07", EndToEnd.lines(
        "President Olek Brand is pushing back against White Palace claims that Premier Ivo Marsh offered to buy the Kastani plants.",
        "According to the Kastani leader, though, no such offer was ever discussed during their talk."));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(covers(f, "White Palace claims", "no such offer")).isTrue();
      assertThat(f.summary()).startsWith("White Palace gives an account");
    });
  }

  @Test
  void theDeniersOwnQuotedWordsAreNotTheAccountItDenies() {
    // Two quoted sentences of one spokesman deny one report: his first sentence is no account his second disputes.
    List<Finding> findings = EndToEnd.check("wire", "2031-08-05", EndToEnd.lines(
        "Premier Ivo Renn has not met the Orsk envoy, his office said on Monday, calling the story pure invention.",
        "The Velpress daily reported on Sunday that Renn met the Orsk envoy in secret and agreed to reopen the border. "
            + "“No meeting took place,” said the premier’s spokesman Ola Tarn. “This is simply untrue, every word of it.”",
        "Tarn said the report was the worst example of careless reporting he had seen."));

    assertThat(findings).noneMatch(f -> f.summary().startsWith("Ola Tarn gives an account"));
  }
  @Test
  void aDeniedReportIsTheOutletsReportInTheSameArticle() {
    // "denied a report that they held a phone call" answers the outlet's report just after it, however it words the call.
    List<Finding> findings = EndToEnd.check("wire", "2031-08-05", EndToEnd.lines(
        "A spokesman for the premier would not comment on the story.",
        "On Monday the Orsk government denied a report that Premier Ivo Renn held a phone call with the Varnian envoy last week.",
        "The Velpress daily reported on Sunday that the two men talked on Thursday and agreed to reopen the border.",
        "Renn has not travelled abroad since the spring."));

    assertThat(EndToEnd.pairs(findings, FindingType.ACCOUNT_DISPUTE, "Velpress daily reported on Sunday", "denied a report")).isTrue();
  }
  @Test
  void aLedeDenyingReportsAnswersTheReportNotALaterClaimOnItsTopic() {
    // The lede rejects "reports"; the outlet's report is its account, not a pledge that shares its words.
    List<Finding> findings = EndToEnd.check("wire", "2031-08-05", EndToEnd.lines(
        "The Orsk government has denied reports of a phone call between Premier Ivo Renn and the Varnian envoy about the border crossings.",
        "The daily Velpress had claimed on Sunday that the two men talked on Thursday.",
        "During the campaign, Renn had promised voters that the border crossings with Varnia would reopen."));

    assertThat(EndToEnd.pairs(findings, FindingType.ACCOUNT_DISPUTE, "daily Velpress had claimed", "denied reports")).isTrue();
  }
}
