package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.assertKindAndSpeaker;
import static dev.newsflow.enrich.nlp.Analyses.quote;
import static dev.newsflow.enrich.nlp.Analyses.quotesContaining;
import static dev.newsflow.enrich.nlp.quotes.QuoteRulesTest.INTRO;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import org.junit.jupiter.api.Test;

/** Cues the speaker rules read beside the reporting verbs: inversions, colons, signatures. */
class SpeakerCueRulesTest {

  @Test
  void shouldTakeAnyVerbRightAfterAQuoteAsTheCueOfTheNameAfterIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“Who could have planned a budget like this one?” reacted Brandt.\n\n"
                + "“The harbour will be rebuilt within two years,” read the statement.");

    Quote reacted = quote(analysis, "Who could have planned");
    assertThat(assertKindAndSpeaker(reacted, QuoteKind.DIRECT, "Peter Brandt").cue().text())
        .isEqualTo("reacted");
    Quote read = quote(analysis, "The harbour will be rebuilt");
    assertThat(read.speaker().mention().text()).isEqualTo("the statement");
    assertThat(read.cue().text()).isEqualTo("read");
  }

  @Test
  void shouldNotTakeAVerbAfterQuotedWordsInsideASentenceAsAnInvertedCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Her promise to keep the tax rate “as low as it is today, or lower,” drew"
                + " criticism.");

    assertThat(quotesContaining(analysis, "as low as it is today"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.cue() == null ? "" : q.cue().text()).isNotEqualTo("drew"));
  }

  @Test
  void shouldTakeANameAloneBeforeAColonAsTheSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Both promised to keep rates low. Kessler: “Rates will stay where they are"
                + " for the rest of the year.” Brandt: “We see no reason to move before"
                + " the summer.”");

    Quote kessler = quote(analysis, "Rates will stay");
    assertThat(assertKindAndSpeaker(kessler, QuoteKind.DIRECT, "Laura Kessler").cue().text())
        .isEqualTo(":");
    assertKindAndSpeaker(quote(analysis, "We see no reason"), QuoteKind.DIRECT, "Peter Brandt");
  }

  @Test
  void shouldTakeANameOnALineOfItsOwnAfterADashAsTheSpeakerOfTheQuoteAbove() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "\"We will balance the budget by the spring, whatever the unions say.\"\n\n"
                + "- Laura Kessler.\n\n"
                + "The minister has said so before.");

    assertKindAndSpeaker(
        quote(analysis, "We will balance the budget"), QuoteKind.DIRECT, "Laura Kessler");
  }

  @Test
  void shouldSkipAnAppositionWithCommasOfItsOwnBetweenSpeakerAndCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The harbour needs work before the winter storms,” Jonas Ekberg, 54, of"
                + " Linz, Austria, who runs a ferry there, said on Tuesday.");

    Quote quote = quote(analysis, "The harbour needs work");
    assertThat(quote.speaker().mention().text()).contains("Jonas Ekberg");
    assertThat(quote.cue().text()).isEqualTo("said");
  }

  @Test
  void shouldCreditQuotedWordsThatRunOnToACueAtTheSentenceEndToItsSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The new bridge pays for itself” within ten years, said Peter Brandt, who"
                + " chairs the central bank's board in Vienna.\n\n"
                + "“Rates will stay where they are” for the rest of the year, Kessler"
                + " believes.");

    Quote bridge = quotesContaining(analysis, "The new bridge pays").get(0);
    assertThat(bridge.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(bridge.cue().text()).isEqualTo("said");
    assertThat(bridge.text()).endsWith("within ten years");
    Quote rates = quotesContaining(analysis, "Rates will stay").get(0);
    assertThat(rates.speaker().name()).isEqualTo("Laura Kessler");
    assertThat(rates.text()).contains("for the rest of the year");
  }

  @Test
  void shouldCreditAQuoteToTheSourceThatReportsItsCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“We will not raise taxes this year,” Kessler said on Monday, according to the"
                + " Vienna Gazette.");

    Quote quote = quotesContaining(analysis, "We will not raise taxes").get(0);
    assertThat(quote.speaker().mention().text()).contains("Vienna Gazette");
    assertThat(quote.cue().text()).isEqualTo("according to");
    assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(quote.text()).endsWith("Kessler said on Monday");
  }

  @Test
  void shouldGiveAVerbAfterAndOrButTheSubjectOfTheVerbBeforeIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Brandt thanked the staff for their work but said, “The hard part is still"
                + " ahead of us.”\n\n"
                + "Kessler said the plan was ready and added, “We start in March.”");

    assertKindAndSpeaker(quote(analysis, "The hard part"), QuoteKind.DIRECT, "Peter Brandt");
    assertKindAndSpeaker(quote(analysis, "We start in March"), QuoteKind.DIRECT, "Laura Kessler");
  }

  @Test
  void shouldSkipAnAppositionWithAPlaceOfItsOwnBeforeTheCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler, during a meeting in Graz, Austria, said: “The budget is ready for a"
                + " vote.”");

    Quote quote = quote(analysis, "The budget is ready");
    assertThat(quote.speaker().mention().text()).isEqualTo("Kessler");
  }

  @Test
  void shouldCreditACueInsideSomeonesReportedClauseToTheReporter() {
    Analysis analysis =
        analyze("", INTRO + "Brandt said he told the board: “Nobody here will lose a job.”");

    Quote quote = quote(analysis, "Nobody here will lose a job");
    assertThat(quote.speaker().mention().text()).isEqualTo("Brandt");
    assertThat(quote.cue().text()).isEqualTo("said");
  }

  @Test
  void shouldTakeANameAfterADashBeforeAColonOverAVerbBeforeIt() {
    Analysis analysis =
        analyze(
            "", INTRO + "Markets have calmed since then - Peter Brandt: “The worst is behind us.”");

    Quote quote = quote(analysis, "The worst is behind us");
    assertThat(quote.speaker().mention().text()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldTakeAPhrasalVerbNextToAQuoteAsItsCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“That is simply not true!” Brandt shot back.\n\n"
                + "Kessler fired back, “We never promised a tax cut.”");

    assertKindAndSpeaker(
        quote(analysis, "That is simply not true"), QuoteKind.DIRECT, "Peter Brandt");
    assertKindAndSpeaker(quote(analysis, "We never promised"), QuoteKind.DIRECT, "Laura Kessler");
  }

  @Test
  void shouldTakeTheCueAfterAQuoteEndingInACommaOverAVerbBeforeIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler looked at the figures once more: “These numbers do not add up,”"
                + " Brandt said.");

    assertKindAndSpeaker(quote(analysis, "These numbers"), QuoteKind.DIRECT, "Peter Brandt");
  }

  @Test
  void shouldTakeOneAsTheSpeakerAfterSaid() {
    Analysis analysis =
        analyze("", INTRO + "“Nobody saw the crash coming,” said one trader at the exchange.");

    assertThat(quote(analysis, "Nobody saw the crash").speaker().mention().text())
        .startsWith("one");
  }

  @Test
  void shouldCreditAnInfinitiveCueToTheSubjectOfTheVerbBeforeIt() {
    Analysis analysis =
        analyze("", INTRO + "Brandt went on to say, “Nobody in this room wants higher rates.”");

    assertKindAndSpeaker(quote(analysis, "Nobody in this room"), QuoteKind.DIRECT, "Peter Brandt");
  }

  @Test
  void shouldCreditAQuoteToTheSubjectOfACueSentenceRightBeforeIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler, the finance minister, said in a statement on Tuesday. “The budget"
                + " will be balanced by the spring.”");

    Quote quote = quote(analysis, "The budget will be balanced");
    assertThat(quote.speaker().mention().text()).isEqualTo("Kessler");
  }

  @Test
  void shouldMentionTheRelativePronounRightBeforeTheCueAndNameItsAntecedent() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The talks went on late, and Kessler met Brandt, who said, “Nobody here wants"
                + " higher rates.”");

    Quote quote = quote(analysis, "Nobody here wants");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.speaker().mention().text()).isEqualTo("who");
  }

  @Test
  void shouldContinueAQuoteWithTheNameARelativePronounBeforeItStandsFor() {
    String body =
        "“The budget is late,” said Kessler, who said the ministry had warned the board in May."
            + " “Nobody listened to us.”";

    Quote continued = quote(analyze("", INTRO + body), "Nobody listened");
    assertThat(continued.speaker().name()).isEqualTo("Laura Kessler");
    assertThat(continued.speaker().mention().text()).isEqualTo("Kessler");
  }

  @Test
  void shouldGiveAVerbAfterAClosedRelativeClauseTheNameTheClauseDescribes() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Brandt, who has run the bank since 2019, arrived late and said, “The rates will"
                + " stay low.”\n\n"
                + "Kessler, who signed the tax law last year, interjected to say: “Nobody will pay"
                + " more.”\n\n"
                + "Kessler, who has both praised the bank and criticized its rates, said on Monday"
                + " that it was “too slow.”");

    assertThat(quote(analysis, "The rates will stay low").speaker().mention().text())
        .isEqualTo("Brandt");
    assertThat(quote(analysis, "Nobody will pay more").speaker().mention().text())
        .isEqualTo("Kessler");
    assertThat(quote(analysis, "its rates").speaker().mention().text()).isEqualTo("who");
  }

  @Test
  void shouldTakeAQuoteVerbTheTaggerReadAsANounAfterAQuoteEndingInAComma() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The harbour will be rebuilt,” the ministry's new ad states.\n\n"
                + "“Our banks have done more than anyone to fight fraud,” the bankers state in"
                + " the report.");

    Quote ad = quote(analysis, "The harbour will be rebuilt");
    assertThat(ad.speaker().mention().text()).isEqualTo("the ministry's new ad");
    assertThat(ad.cue().text()).isEqualTo("states");
    Quote bankers = quote(analysis, "Our banks have done more");
    assertThat(bankers.speaker().mention().text()).isEqualTo("the bankers");
    assertThat(bankers.cue().text()).isEqualTo("state");
  }

  @Test
  void shouldTakeTheSourceAfterFromBeforeAColonAsTheSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The ministry published its figures. From the report: “Prices rose faster than"
                + " wages in every region.”\n\n"
                + "Growth slowed in the spring - more from Brandt: “We expect a weak summer.”");

    Quote report = quote(analysis, "Prices rose faster");
    assertThat(report.speaker().mention().text()).isEqualTo("the report");
    assertThat(report.cue().text()).isEqualTo("From");
    assertKindAndSpeaker(quote(analysis, "We expect a weak"), QuoteKind.DIRECT, "Peter Brandt");
  }

  @Test
  void shouldPassOverAnObjectInsideTheSubjectsModifierToTheSubject() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Another harbour source speaking to Radio Linz said, “The agents are looking at"
                + " the accounts.”\n\n"
                + "A ministry official who spoke anonymously to discuss internal strategy said"
                + " Wednesday, “There are talks between the two teams.”");

    assertThat(quote(analysis, "The agents are looking").speaker().mention().text())
        .isEqualTo("Another harbour source");
    assertThat(quote(analysis, "There are talks").speaker().mention().text())
        .isEqualTo("A ministry official");
  }

  @Test
  void shouldPassOverATimePhraseEndingInAgoBeforeTheVerb() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Brandt less than two weeks ago said that the bank “will not raise rates before"
                + " the summer.”");

    assertKindAndSpeaker(quote(analysis, "the bank"), QuoteKind.MIXED, "Peter Brandt");
  }

  @Test
  void shouldNotTakeAParticipleAfterADeterminerAsTheCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler told the Harbour Gazette in a written statement, “I do not want the"
                + " money, because the plan is weak.”");

    Quote quote = quote(analysis, "I do not want the money");
    assertThat(assertKindAndSpeaker(quote, QuoteKind.DIRECT, "Laura Kessler").cue().text())
        .isEqualTo("told");
  }

  @Test
  void shouldReadASurnameThatIsAlsoAWordAsANameBeforeItsVerb() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Harbour planner Al From helped found the council.\n\n"
                + "“Our challenge was the harbour,” From said.\n\n"
                + "Columnist George Will has long opposed the plan.\n\n"
                + "“The candidates are weak and the harbour is empty,” Will wrote.");

    assertKindAndSpeaker(quote(analysis, "Our challenge"), QuoteKind.DIRECT, "Al From");
    assertKindAndSpeaker(
        quote(analysis, "The candidates are weak"), QuoteKind.DIRECT, "George Will");
  }

  @Test
  void shouldJoinTwoDescriptionsUnderOneDeterminerIntoOneSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The harbour is a paranoid, isolated place,” the independent Tyrol senator and"
                + " Democratic presidential candidate told the Harbour Gazette.\n\n"
                + "“The harbour must be rebuilt while the ministry stands idly by,” the veteran"
                + " senator and Republican presidential candidate said in a statement.\n\n"
                + "At one point, a docker asked for a photo and Kessler said, “as long as we are"
                + " not breaking any harbour rules.”");

    assertThat(quote(analysis, "The harbour is a paranoid").speaker().mention().text())
        .isEqualTo("the independent Tyrol senator and Democratic presidential candidate");
    assertThat(quote(analysis, "The harbour must be rebuilt").speaker().mention().text())
        .isEqualTo("the veteran senator and Republican presidential candidate");
    assertKindAndSpeaker(quote(analysis, "as long as"), QuoteKind.DIRECT, "Laura Kessler");
  }

  @Test
  void shouldReachTheVerbAfterASpeakerWithALongPrepositionalPhrase() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“They can rebuild only the northern pier,” harbour experts Anna Lind and Jo Ray"
                + " of Vienna's Institute for Science and Harbour Security wrote in September.");

    Quote quote = quote(analysis, "They can rebuild");
    assertThat(assertKindAndSpeaker(quote, QuoteKind.DIRECT, "Jo Ray").cue().text())
        .isEqualTo("wrote");
  }

  @Test
  void shouldCreditAQuoteAfterAColonToTheSubjectOfTheClauseBeforeIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“Rates will stay low,” Brandt said.\n\n"
                + "The harbour board, in a long letter to the city, was clear about the delays:"
                + " “Nothing will open before the spring.”\n\n"
                + "Stated Kessler:\n\n"
                + "“Nobody will pay more for the harbour.”");

    Quote board = quote(analysis, "Nothing will open");
    assertThat(board.speaker().mention().text()).isEqualTo("The harbour board");
    assertThat(board.confidence()).isLessThan(quote(analysis, "Rates will stay").confidence());
    assertKindAndSpeaker(
        quote(analysis, "Nobody will pay more"), QuoteKind.DIRECT, "Laura Kessler");
  }

  @Test
  void shouldCreditAGerundAfterTheObjectOfAVerbToTheSubjectOfThatVerb() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The harbour board put out a statement saying the new quay “will not open"
                + " before the spring.”");

    assertThat(quote(analysis, "the new quay").speaker().mention().text())
        .isEqualTo("The harbour board");
  }

  @Test
  void shouldCreditAGerundToTheSubjectOfTheMainClauseNotOfASubordinateOne() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Even before Brandt took the stage, the harbour board sent out a note to"
                + " reporters saying: “The quay will open in May.”");

    assertThat(quote(analysis, "The quay will open").speaker().mention().text())
        .isEqualTo("the harbour board");
  }

  @Test
  void shouldCreditAGerundAfterAPastTenseTheTaggerReadAsAParticipleToItsSubject() {
    Analysis analysis =
        analyze("", INTRO + "The minister continued by saying, “Nobody will pay more.”");

    assertThat(quote(analysis, "Nobody will pay").speaker().mention().text())
        .isEqualTo("The minister");
  }

  @Test
  void shouldNotTakeAThingCalledByAQuotedNameAsASpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Brandt shared a report called “Harbour Figures” on his website, writing"
                + " “Nobody will pay more for the new quay.”");

    assertThat(quotesContaining(analysis, "Nobody will pay more"))
        .singleElement()
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Peter Brandt"));
  }

  @Test
  void shouldCreditAQuoteOpeningAParagraphToTheSubjectOfACueSentenceEndingTheOneBefore() {
    Analysis analysis =
        analyze(
            "",
            INTRO + "Brandt continued his remarks.\n\n“Nobody will pay more for the new quay.”");

    assertKindAndSpeaker(quote(analysis, "Nobody will pay more"), QuoteKind.DIRECT, "Peter Brandt");
  }

  @Test
  void shouldNameThePersonAfterADescriptionThatEndsTheSentence() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The new quay will carry twice the load,” said the harbour's chief engineer,"
                + " Samira Haddad.");

    Quote quote = quote(analysis, "The new quay will carry");
    assertThat(assertKindAndSpeaker(quote, QuoteKind.DIRECT, "Samira Haddad").speaker().entityId())
        .isNotNull();
  }

  @Test
  void shouldTakeTheFirstQuoteVerbInTheSentenceWhenTheWordsBeforeItAreNoPlainPhrase() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The bank needs a plan for the coming winter,” Brandt, the economist who"
                + " founded the Vienna institute tweeted on Monday. “Nobody has one yet.”");

    Quote quote = quote(analysis, "The bank needs a plan");
    assertThat(assertKindAndSpeaker(quote, QuoteKind.DIRECT, "Peter Brandt").cue().text())
        .isEqualTo("tweeted");
    assertKindAndSpeaker(quote(analysis, "Nobody has one yet"), QuoteKind.DIRECT, "Peter Brandt");
  }

  @Test
  void shouldTakeASaidThatOpensTheSentenceAsTheCueOfTheNameAfterIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The bank will not move. Said Kessler, “Nobody will pay more for the new quay.”");

    Quote quote = quote(analysis, "Nobody will pay more");
    assertThat(assertKindAndSpeaker(quote, QuoteKind.DIRECT, "Laura Kessler").cue().text())
        .isEqualTo("Said");
  }

  @Test
  void shouldReadALowercaseParticleAsPartOfTheSpeakersName() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Carla dos Santos, the union's lawyer, joined them later.\n\n"
                + "The union will watch the case closely, dos Santos says. “If the bank can pick"
                + " our words, nobody is safe.”");

    assertThat(quote(analysis, "If the bank can pick").speaker().name())
        .isEqualTo("Carla dos Santos");
  }

  @Test
  void shouldPreferAnOrganizationToAPlaceInTheWordsBeforeALaterQuoteVerb() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“We estimate the gap at about 30 billion euros,” the Washington-based"
                + " independent think-tank The Brookings Institution says.");

    Quote quote = quote(analysis, "We estimate the gap");
    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(quote.speaker().name()).isEqualTo("Brookings Institution");
  }

  @Test
  void shouldReadAnAgeAfterTheAsTheSpeakerNamedLastBeforeIt() {
    Analysis analysis =
        analyze(
            "", INTRO + "“Who could have planned a budget like this one?” the 58-year-old asked.");

    Quote quote = quote(analysis, "Who could have planned");
    assertThat(quote.speaker().mention().text()).isEqualTo("the 58-year-old");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldNotGiveQuotedWordsEndingAReportedClauseTheCueOfTheNextSentence() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler called the budget a \"reckless gamble.\" Brandt said the bank"
                + " \"will not pay for it.\"");

    assertThat(quotesContaining(analysis, "reckless gamble"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Laura Kessler"));
  }

  @Test
  void shouldReachTheSubjectPastAnAsideAdverbAndALongRelativeClause() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Brandt, meanwhile, who runs the bank, said the vote \"was never in doubt.\"\n\n"
                + "Kessler, who had questioned for months whether the central bank's plan to"
                + " raise rates twice before the summer would hurt the exporters of the north,"
                + " said that the plan \"was the right one after all.\"");

    assertThat(quotesContaining(analysis, "was never in doubt"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Peter Brandt"));
    assertThat(quotesContaining(analysis, "was the right one"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Laura Kessler"));
  }

  @Test
  void shouldCreditAParticipleAfterWithToTheNounBeforeIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The bank denied the report, with Brandt taking to Twitter to call it “a"
                + " fairy tale for children.”\n\n"
                + "The vote went ahead, with Kessler reportedly shouting: “Count them again!”\n\n"
                + "The square filled, with farmers and teachers chanting “No cuts, no cuts,"
                + " no more cuts at all.”");

    assertThat(quotesContaining(analysis, "a fairy tale"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Peter Brandt"));
    assertThat(quote(analysis, "Count them again!").speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quotesContaining(analysis, "no more cuts"))
        .isNotEmpty()
        .allSatisfy(
            q -> assertThat(q.speaker().mention().text()).isEqualTo("farmers and teachers"));
  }

  @Test
  void shouldTakeAnotherAsTheSpeakerOfTheNextInARow() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The bank is too slow,” one trader said. Yet another said, “The bank is"
                + " right to wait for the spring.”");

    Quote quote = quote(analysis, "The bank is right");
    assertThat(quote.speaker().mention().text()).isEqualTo("another");
  }

  @Test
  void shouldCreditAQuoteAfterACueSentenceToTheNameBeforeAnUnclosedApposition() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Peter Brandt, the governor of the Austrian central bank said in a statement."
                + " “There will be no second vote on the plan.”");

    assertThat(quote(analysis, "There will be no second vote").speaker().name())
        .isEqualTo("Peter Brandt");
  }

  @Test
  void shouldEndTheSpeakersNameAtAPartyTagFollowedByAComma() {
    Analysis analysis =
        analyze(
            "",
            "Speaking in Berea, OH, after the primary, Gov. John Kasich (R-OH), said, “We are"
                + " ready to go west.”");

    assertThat(quote(analysis, "We are ready to go west.").speaker().name())
        .isEqualTo("John Kasich");
  }
}
