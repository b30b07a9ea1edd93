package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.assertKindAndSpeaker;
import static dev.newsflow.enrich.nlp.Analyses.findQuote;
import static dev.newsflow.enrich.nlp.Analyses.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import org.junit.jupiter.api.Test;

class ReportedSpeechRulesTest {

  @Test
  void shouldReadALongAccordingToTailAsIndirectSpeech() {
    Analysis analysis =
        analyze(
            "",
            "The harbour authority is reviewing every permit issued since March, according to"
                + " two inspectors who spoke on condition of anonymity.");

    Quote quote = quote(analysis, "The harbour authority is reviewing");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.text()).endsWith("since March");
    assertThat(quote.speaker().mention().text()).startsWith("two inspectors");
  }

  @Test
  void shouldReadANameBeforeAColonAsTheSourceOfWhatFollowsItInItsParagraph() {
    Analysis analysis =
        analyze(
            "",
            "Ingrid Solberg: Harbour tolls will rise next year.\n\n"
                + "SOLBERG: We have waited too long. The ferries need new engines.\n\n"
                + "The council meets again on Monday.");

    Quote headline = quote(analysis, "Harbour tolls will rise");
    assertThat(headline.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(headline.speaker().name()).isEqualTo("Ingrid Solberg");
    assertThat(headline.cue().text()).isEqualTo(":");
    Quote turn = quote(analysis, "We have waited too long");
    assertThat(turn.text()).endsWith("The ferries need new engines");
    assertThat(turn.speaker().mention().text()).isEqualTo("SOLBERG");
  }

  @Test
  void shouldReadASurnameBeforeAColonAsASourceWhenTheTextNamesThePersonElsewhere() {
    Analysis analysis =
        analyze(
            "",
            "Lindqvist: Harbour tolls will rise next year.\n\n"
                + "Mayor Karin Lindqvist told the council on Monday that the ferries need new"
                + " engines.");

    Quote headline = quote(analysis, "Harbour tolls will rise");
    assertThat(headline.text()).isEqualTo("Harbour tolls will rise next year");
    assertThat(headline.speaker().mention().text()).isEqualTo("Lindqvist");
  }

  @Test
  void shouldNotReadANameBeforeAColonAsASourceWithoutAVerbAfterIt() {
    Analysis analysis =
        analyze("", "Ingrid Solberg: The mayor of the harbour town.\n\nShe was elected in May.");

    assertThat(findQuote(analysis, "The mayor of the harbour town")).isEmpty();
  }

  @Test
  void shouldStartABareReportedClauseAfterTheAddresseeOrAtItsCondition() {
    Analysis analysis =
        analyze(
            "",
            "Mayor Ingrid Solberg told the council her office would review the permits."
                + " Solberg told reporters the ferry would run every hour."
                + " Solberg said if the fares rose she would ask for a new vote.");

    assertThat(quote(analysis, "her office would review").speaker().name())
        .isEqualTo("Ingrid Solberg");
    assertThat(quote(analysis, "the ferry would run").kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote(analysis, "if the fares rose").text())
        .isEqualTo("if the fares rose she would ask for a new vote");
  }

  @Test
  void shouldPassOverAnAsideBetweenDashesToTheSubject() {
    Analysis analysis =
        analyze(
            "",
            "The harbour master -- who has run the port since 2009 -- said the quay would close."
                + " Mayor Ingrid Solberg — never one to wait — said the ferry would stay.");

    assertThat(quote(analysis, "the quay would close").speaker().mention().text())
        .isEqualTo("The harbour master");
    assertThat(quote(analysis, "the ferry would stay").speaker().name())
        .isEqualTo("Ingrid Solberg");
  }

  @Test
  void shouldShareASubjectWithAnAppositionAcrossAndButNotAListOfClauses() {
    Analysis analysis =
        analyze(
            "",
            "Peter Brandt, a retired ferry captain, stood up and said the quay was unsafe."
                + " When I asked Laura Kessler about it, he looked at the water, shrugged and said"
                + " the tide would decide.");

    assertThat(quote(analysis, "the quay was unsafe").speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote(analysis, "the tide would decide").speaker().mention().text()).isEqualTo("he");
  }

  @Test
  void shouldTakeHowAnUnnamedSourceKnowsIntoItsMention() {
    Analysis analysis =
        analyze(
            "",
            "The ferry line is preparing a bid for its rival, people familiar with the matter"
                + " said. The harbour will close in May, a source close to the port board said.");

    assertThat(quote(analysis, "The ferry line is preparing").speaker().mention().text())
        .isEqualTo("people familiar with the matter");
    assertThat(quote(analysis, "The harbour will close").speaker().mention().text())
        .isEqualTo("a source close to the port board");
  }

  @Test
  void shouldReadTheClauseBeforeATellCueWithItsAddressee() {
    Analysis analysis =
        analyze(
            "",
            "The quay will need new piles within a decade, Mayor Ingrid Solberg told a council"
                + " hearing on Monday.");

    Quote quote = quote(analysis, "The quay will need new piles");
    assertThat(quote.speaker().name()).isEqualTo("Ingrid Solberg");
    assertThat(quote.cue().text()).isEqualTo("told");
  }

  @Test
  void shouldReadATellCueWhoseAddresseeIsAnAcronymTheTaggerCallsACommonNounAndATimePhrase() {
    Analysis analysis =
        analyze(
            "",
            "The union will sit out the election, Peter Brandt told POLITICO earlier this month.");

    Quote quote = quote(analysis, "The union will sit out the election");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.cue().text()).isEqualTo("told");
  }

  @Test
  void shouldShareTheSubjectAcrossQuotedWordsInTheClauseBeforeAnd() {
    Analysis analysis =
        analyze(
            "",
            "Peter Brandt called the harbour plan “a disgrace” and said the council should"
                + " resign.");

    Quote quote = quote(analysis, "the council should resign");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.cue().text()).isEqualTo("said");
  }

  @Test
  void shouldReadABareClauseAfterTheMediumOfTheCueButNoConditionAfterIt() {
    Analysis analysis =
        analyze(
            "",
            "The ferry company said in a statement on Thursday it would cut two routes. “We will"
                + " win,” Laura Kessler said in an interview before the polls closed.");

    Quote quote = quote(analysis, "it would cut two routes");
    assertThat(quote.speaker().name()).isEqualTo("The ferry company");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(findQuote(analysis, "before the polls closed")).isEmpty();
  }

  @Test
  void shouldTakeAShareOfThoseAskedAsTheSpeaker() {
    Analysis analysis =
        analyze(
            "",
            "The harbour survey asked 900 residents. Two in three said the ferry was too slow."
                + " About 4 in 10 say they would pay more for a faster boat.");

    assertThat(quote(analysis, "the ferry was too slow").speaker().mention().text())
        .isEqualTo("Two in three");
    assertThat(quote(analysis, "they would pay more").speaker().mention().text())
        .isEqualTo("About 4 in 10");
  }

  @Test
  void shouldCreditWhatAPollFoundToThePollCitedWithIn() {
    Analysis analysis =
        analyze(
            "",
            "In a Harbour Institute poll released Monday, Peter Brandt led Laura Kessler 48"
                + " percent to 40 percent. Kessler gained four points in the latest Coastal Times"
                + " poll. Brandt is rising in the polls and Kessler trails him in poll numbers."
                + " Ferry use grew in an in-depth study by the Coastal Institute.");

    assertThat(quote(analysis, "Peter Brandt led Laura Kessler").speaker().mention().text())
        .isEqualTo("a Harbour Institute poll released Monday");
    Quote gained = quote(analysis, "Kessler gained four points");
    assertThat(gained.speaker().mention().text()).isEqualTo("the latest Coastal Times poll");
    assertThat(gained.cue().text()).isEqualTo("in");
    assertThat(findQuote(analysis, "Brandt is rising")).isEmpty();
    assertThat(findQuote(analysis, "Ferry use grew")).isEmpty();
  }

  @Test
  void shouldEndAReportedClauseWhereTheSpeakerGoesOnWithAPronounAndAnotherCue() {
    Analysis analysis =
        analyze(
            "",
            "Mayor Ingrid Solberg said the quay would close if the council agreed, and she added"
                + " that the ferry would run from the old pier.");

    assertThat(quote(analysis, "the quay would close").text())
        .isEqualTo("the quay would close if the council agreed");
    assertThat(quote(analysis, "the ferry would run").speaker().name()).isEqualTo("Ingrid Solberg");
  }

  @Test
  void shouldReadATailSourceThatIsOneOfAGroupOrTwoJoinedByAnd() {
    Analysis analysis =
        analyze(
            "",
            "The ferry will stop in winter, a number of harbour pilots said. The quay needs new"
                + " piles, engineers and port officials told the council.");

    assertThat(quote(analysis, "The ferry will stop").speaker().mention().text())
        .isEqualTo("a number of harbour pilots");
    assertThat(quote(analysis, "The quay needs new piles").speaker().mention().text())
        .isEqualTo("engineers and port officials");
  }

  @Test
  void shouldReadAReportedClauseAfterAColonThatFollowsTheCue() {
    Analysis analysis =
        analyze("", "Many harbour pilots say: the new quay is too short for the winter ferries.");

    assertThat(quote(analysis, "the new quay is too short").kind()).isEqualTo(QuoteKind.INDIRECT);
  }

  @Test
  void shouldTakeGroupsAndNounsWithAParticipleAsSubjectsOfSaid() {
    Analysis analysis =
        analyze(
            "",
            "A harbour report published Wednesday said the quay will cost twice as much."
                + " Most of them said they had loved working at the docks."
                + " Those surveyed said the ferry should run every hour.");

    assertThat(quote(analysis, "the quay will cost").speaker().mention().text())
        .isEqualTo("A harbour report");
    assertThat(quote(analysis, "they had loved working").speaker().mention().text())
        .isEqualTo("Most of them");
    assertThat(quote(analysis, "the ferry should run").speaker().mention().text())
        .isEqualTo("Those surveyed");
  }

  @Test
  void shouldReadTheClauseBeforeACueThatAParticipleClauseFollows() {
    Analysis analysis =
        analyze(
            "",
            "The ferry will run every hour from May, Marta Olsen said, adding that the fares"
                + " would stay the same.");

    assertKindAndSpeaker(quote(analysis, "The ferry will run"), QuoteKind.INDIRECT, "Marta Olsen");
    assertKindAndSpeaker(
        quote(analysis, "the fares would stay"), QuoteKind.INDIRECT, "Marta Olsen");
  }

  @Test
  void shouldReadAccordingToWithALongSourceALeadingButAndAClauseTheTaggerMisread() {
    Analysis analysis =
        analyze(
            "",
            "According to early results of a survey conducted by the harbour board for the city"
                + " council, most passengers want an hourly ferry. But, according to the survey,"
                + " few would pay more for it. Sanders trails Clinton in California by 4"
                + " percentage points, according to the board's polling average.");

    assertThat(quote(analysis, "most passengers want").speaker().mention().text())
        .isEqualTo("early results of a survey conducted by the harbour board for the city council");
    assertThat(quote(analysis, "few would pay more").speaker().mention().text())
        .isEqualTo("the survey");
    assertThat(quote(analysis, "Sanders trails Clinton").kind()).isEqualTo(QuoteKind.INDIRECT);
  }

  @Test
  void shouldCreditTheNounBeforeToRatherThanTheNameAfterIt() {
    Analysis analysis =
        analyze(
            "",
            "Finance Minister Laura Kessler met central banker Peter Brandt in Vienna."
                + " A longtime adviser to Kessler said the budget would be balanced by May.");

    Quote quote = quote(analysis, "the budget would be balanced");
    assertThat(quote.speaker().mention().text()).isEqualTo("A longtime adviser");
    assertThat(quote.speaker().entityId()).isNull();
  }

  @Test
  void shouldFindTheCueAfterAnEarlierCommaInTheTail() {
    Analysis analysis =
        analyze(
            "",
            "The ferry service has carried 40,000 passengers this year, said Marta Olsen,"
                + " its operations director.");

    Quote quote = quote(analysis, "The ferry service has carried");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().name()).isEqualTo("Marta Olsen");
  }

  @Test
  void shouldReadABareReportedClauseWhoseVerbStandsInsideQuoteMarksAsMixed() {
    Analysis analysis =
        analyze(
            "",
            "Marta Olsen said the ferry crews “did a remarkable job in the storm” last winter.");

    assertThat(
            assertKindAndSpeaker(
                quote(analysis, "the ferry crews"), QuoteKind.MIXED, "Marta Olsen"))
        .extracting(Quote::text)
        .asString()
        .contains("“did a remarkable job in the storm”");
  }

  @Test
  void shouldReadACueThatOpensTheSentenceBeforeACommaAsReportedSpeech() {
    Analysis analysis =
        analyze(
            "",
            "As Marta Olsen noted on Monday, the ferry service has never missed a crossing"
                + " in winter.");

    Quote quote = quote(analysis, "the ferry service has never missed");
    assertThat(assertKindAndSpeaker(quote, QuoteKind.INDIRECT, "Marta Olsen").cue().text())
        .isEqualTo("noted");
  }

  @Test
  void shouldEndAClauseReportedInsideARelativeClauseAtItsClosingComma() {
    Analysis analysis =
        analyze(
            "",
            "Councillor Ines Rovira chairs the transport committee.\n\nRovira, who thinks the"
                + " city made a grab for power with its budget, called the new plan “much, much"
                + " better” than the old one.");

    assertThat(quote(analysis, "the city made a grab").text())
        .isEqualTo("the city made a grab for power with its budget");
    Quote called = quote(analysis, "the new plan");
    assertThat(assertKindAndSpeaker(called, QuoteKind.MIXED, "Ines Rovira").cue().text())
        .isEqualTo("called");
  }

  @Test
  void shouldEndAReportedClauseBeforeACoordinatedReportingVerb() {
    Analysis analysis =
        analyze(
            "",
            "Marta Olsen said the ferries ran on time all winter and warned that the bridge"
                + " would close in May.");

    assertThat(quote(analysis, "the ferries ran").text())
        .isEqualTo("the ferries ran on time all winter");
    Quote warned = quote(analysis, "the bridge would close");
    assertThat(assertKindAndSpeaker(warned, QuoteKind.INDIRECT, "Marta Olsen").cue().text())
        .isEqualTo("warned");
  }

  @Test
  void shouldCreditAShareOfRespondentsToThePollThatOpensTheSentence() {
    Analysis analysis =
        analyze(
            "",
            "In a Vienna Daily poll released Monday, 61 percent of voters said the harbour tax"
                + " should be cut.");

    assertThat(quote(analysis, "the harbour tax should be cut").speaker().mention().text())
        .isEqualTo("a Vienna Daily poll released Monday");
  }

  @Test
  void shouldReadATailThatCitesItsSourceAfterAs() {
    Analysis analysis =
        analyze(
            "",
            "The ferry fares rose faster than wages last year, as Ingrid Solberg noted in her"
                + " column. The harbour tax is a tax on the poor, as David Berg puts it. The"
                + " permits were issued in a hurry, as first reported by the Harbour Post.");

    Quote noted = quote(analysis, "The ferry fares rose faster than wages");
    assertThat(assertKindAndSpeaker(noted, QuoteKind.INDIRECT, "Ingrid Solberg").cue().text())
        .isEqualTo("noted");
    assertThat(quote(analysis, "The harbour tax is a tax").cue().text()).isEqualTo("puts it");
    assertThat(quote(analysis, "The permits were issued").speaker().mention().text())
        .endsWith("Harbour Post");
  }

  @Test
  void shouldTakeNoDayForTheSpeakerOfAnInvertedTailNorTheAddresseeOfTold() {
    Analysis analysis =
        analyze(
            "",
            "''The ferries will run all winter,'' the harbour master, Ines Rovira, said Sunday."
                + " ''The tax pays for them.''\n\n"
                + "''The bridge stays closed,'' the spokesman, David Berg, told Harbour Radio."
                + " ''It is not safe.''");

    assertThat(quote(analysis, "The ferries will run").speaker().mention().text())
        .startsWith("the harbour master");
    assertThat(quote(analysis, "The bridge stays closed").speaker().mention().text())
        .startsWith("the spokesman");
  }

  @Test
  void shouldReadTheWritersOwnFirstPersonOutsideQuotedParagraphs() {
    Analysis analysis =
        analyze(
            "",
            "Q: Will the ferry survive the winter?\n\n"
                + "A: I think the harbour tax will keep it running until the spring.\n\n"
                + "\"I think the tax is fair,\" Ingrid Solberg said.");

    assertThat(quote(analysis, "the harbour tax will keep it running").speaker().mention().text())
        .isEqualTo("I");
    assertThat(analysis.quotes()).noneMatch(q -> q.text().equals("the tax is fair"));
  }

  @Test
  void shouldTakeAQuantifierStandingForPeopleAsTheSpeaker() {
    Analysis analysis =
        analyze(
            "",
            "The harbour board asked twelve ferry captains about the new timetable. Most said the"
                + " winter crossings were too tight, and some argued the night ferry should stop.");

    assertThat(quote(analysis, "the winter crossings were too tight").speaker().mention().text())
        .isEqualTo("Most");
    assertThat(quote(analysis, "the night ferry should stop").speaker().mention().text())
        .isEqualTo("some");
  }

  @Test
  void shouldTakeTheNounARelativeClauseModifiesAsTheSpeaker() {
    Analysis analysis =
        analyze(
            "",
            "The captains who run the night crossings said the timetable was too tight. Residents"
                + " whose homes flooded said the harbour wall had failed.");

    assertThat(quote(analysis, "the timetable was too tight").speaker().mention().text())
        .isEqualTo("The captains");
    assertThat(quote(analysis, "the harbour wall had failed").speaker().mention().text())
        .isEqualTo("Residents");
  }

  @Test
  void shouldKeepAPronounAfterTheWordThatSaysHowAnUnnamedSourceKnows() {
    Analysis analysis =
        analyze(
            "",
            "Mayor Ingrid Solberg will review how she works with the council, a source close to"
                + " her said.");

    assertThat(quote(analysis, "Mayor Ingrid Solberg will review").speaker().mention().text())
        .isEqualTo("a source close to her");
  }

  @Test
  void shouldReadAQuestionPutByNoOneNamedAsAttributedWithNoSpeaker() {
    Analysis analysis =
        analyze(
            "",
            "Asked at a briefing on Monday about the ferry tolls, Mayor Ingrid Solberg declined to"
                + " comment. David Berg was asked whether the harbour wall would hold.");

    Quote opening = quote(analysis, "about the ferry tolls");
    assertThat(opening.text()).isEqualTo("about the ferry tolls");
    assertThat(opening.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(opening.cue().text()).isEqualTo("Asked");
    assertThat(opening.speaker().mention()).isNull();
    Quote passive = quote(analysis, "whether the harbour wall would hold");
    assertThat(passive.cue().text()).isEqualTo("asked");
    assertThat(passive.speaker().mention()).isNull();
  }

  @Test
  void shouldReadAQuestionSomeoneAsksAsTheirs() {
    Analysis analysis =
        analyze("", "David Berg asked whether the harbour wall would hold through the winter.");

    Quote quote = quote(analysis, "whether the harbour wall would hold");
    assertThat(quote.speaker().mention().text()).isEqualTo("David Berg");
    assertThat(quote.cue().text()).isEqualTo("asked");
  }

  @Test
  void shouldReadAccordingToWithoutACommaOrInsideParentheses() {
    Analysis analysis =
        analyze(
            "",
            "The ferry fleet grew by a third last year according to a count by the harbour"
                + " office. (According to the harbour office, two ferries will be retired in May.)");

    Quote count = quote(analysis, "The ferry fleet grew by a third last year");
    assertThat(count.text()).isEqualTo("The ferry fleet grew by a third last year");
    assertThat(count.speaker().mention().text()).startsWith("a count");
    Quote bracketed = quote(analysis, "two ferries will be retired");
    assertThat(bracketed.text()).isEqualTo("two ferries will be retired in May");
    assertThat(bracketed.cue().text()).isEqualTo("According to");
    assertThat(bracketed.speaker().mention().text()).contains("harbour office");
  }

  @Test
  void shouldReadAClauseBeforeATailThatAParticipleWithAQuoteFollows() {
    Analysis analysis =
        analyze(
            "",
            "The harbour wall will hold through the winter, Peter Brandt said, adding, “We have"
                + " checked every stone.”");

    Quote clause = quote(analysis, "The harbour wall will hold");
    assertThat(clause.text()).isEqualTo("The harbour wall will hold through the winter");
    assertThat(clause.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(clause.speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldEndAReportedClauseInAnOpeningSubordinateClauseAtItsComma() {
    Analysis analysis =
        analyze(
            "",
            "Although Peter Brandt said the harbour wall would hold, the council closed the quay"
                + " on Monday.");

    Quote quote = quote(analysis, "the harbour wall would hold");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.text()).isEqualTo("the harbour wall would hold");
  }

  @Test
  void shouldReadAClauseWithoutThatAfterAnyVerbThatTakesAThatClause() {
    Analysis analysis =
        analyze("", "Peter Brandt hinted six ferries would miss their slots on Monday.");

    Quote quote = quote(analysis, "six ferries would miss");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.cue().text()).isEqualTo("hinted");
  }

  @Test
  void shouldReadAClauseBeforeItsCueWhenTheTaggerReadItsVerbAsAParticiple() {
    Analysis analysis = analyze("", "Hackers compromised 12 workstations, Peter Brandt said.");

    Quote quote = quote(analysis, "Hackers compromised 12 workstations");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldReadATailWithAPerfectSpeechVerbOrALearnedCue() {
    Analysis analysis =
        analyze(
            "",
            "The ferries ran late all winter, as critics have noted. The fares rose by a third"
                + " in two years, harbour records show.");

    assertThat(quote(analysis, "The ferries ran late").speaker().mention().text())
        .isEqualTo("critics");
    Quote records = quote(analysis, "The fares rose");
    assertThat(records.speaker().mention().text()).isEqualTo("harbour records");
    assertThat(records.cue().text()).isEqualTo("show");
  }

  @Test
  void shouldReadASourceWithAnAppositiveBeforeItsCueInATail() {
    Analysis analysis =
        analyze(
            "",
            "The ferry timetable will change in May, Peter Brandt, the harbour master, said on"
                + " Monday.");

    Quote quote = quote(analysis, "The ferry timetable will change");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.cue().text()).isEqualTo("said");
  }

  @Test
  void shouldNotReadARelativeClauseAboutTheSourceAsAPieceOfTheStatement() {
    Analysis analysis =
        analyze("", "The harbour wall will hold, said Peter Brandt, who leads the port authority.");

    assertThat(quote(analysis, "The harbour wall will hold").speaker().name())
        .isEqualTo("Peter Brandt");
    assertThat(findQuote(analysis, "who leads")).isEmpty();
  }

  @Test
  void shouldReadAThatClauseAfterAPredicateNoSpeechVerbOpens() {
    Analysis analysis =
        analyze(
            "",
            "Peter Brandt remains confident that the council will fund the harbour wall. The"
                + " problem is that the tides are rising. The queue was so long that nobody"
                + " waited.");

    Quote quote = quote(analysis, "the council will fund");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.cue().text()).isEqualTo("remains confident");
    assertThat(findQuote(analysis, "the tides are rising")).isEmpty();
    assertThat(findQuote(analysis, "nobody waited")).isEmpty();
  }

  @Test
  void shouldReadAThatClauseAfterAnExpletivePassiveAsUnsourced() {
    Analysis analysis =
        analyze("", "It was widely reported that the ferry company paid two million for the quay.");

    Quote quote = quote(analysis, "the ferry company paid");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().mention()).isNull();
    assertThat(quote.cue().text()).isEqualTo("was widely reported");
  }

  @Test
  void shouldReadAHeadlineWithQuotedWordsAfterANameAndColonAsOneMixedQuote() {
    Analysis analysis =
        analyze(
            "",
            "Ingrid Solberg: Harbour Tolls ‘Will Rise Again’ Next Year.\n\n"
                + "Mayor Ingrid Solberg spoke to the council on Monday.");

    Quote headline = quote(analysis, "Harbour Tolls");
    assertKindAndSpeaker(headline, QuoteKind.MIXED, "Ingrid Solberg");
    assertThat(headline.text()).isEqualTo("Harbour Tolls ‘Will Rise Again’ Next Year");
    assertThat(headline.cue().text()).isEqualTo(":");
  }

  @Test
  void shouldReadAReportBeforeAHeadlineColonAsTheSource() {
    Analysis analysis =
        analyze("", "Report: Harbour tolls will rise next year.\n\nThe council meets on Monday.");

    Quote headline = quote(analysis, "Harbour tolls will rise");
    assertThat(headline.speaker().mention().text()).isEqualTo("Report");
    assertThat(headline.text()).isEqualTo("Harbour tolls will rise next year");
  }

  @Test
  void shouldReadAPartyAndStateTagBetweenCommasAsPartOfTheSpeakersName() {
    Analysis analysis =
        analyze(
            "",
            "Sen. Laura Kessler, R-S.C., a member of the harbour committee, said the tolls would"
                + " rise in May.");

    Quote quote = quote(analysis, "the tolls would rise");
    assertKindAndSpeaker(quote, QuoteKind.INDIRECT, "Laura Kessler");
    assertThat(quote.speaker().mention().text()).isEqualTo("Sen. Laura Kessler");
  }

  @Test
  void shouldFindTheSubjectPastAQuotedTermInItsApposition() {
    Analysis analysis =
        analyze(
            "",
            "Peter Brandt, citing “the magic of the harbour,” said the tolls could fall next"
                + " year.");

    assertKindAndSpeaker(
        quote(analysis, "the tolls could fall"), QuoteKind.INDIRECT, "Peter Brandt");
    assertThat(findQuote(analysis, "Peter Brandt, citing")).isEmpty();
  }

  @Test
  void shouldReadAClauseWhoseSubjectOpensWithAHyphenatedModifier() {
    Analysis analysis =
        analyze("", "Harbour officials said down-river towns can also expect higher tolls.");

    assertThat(quote(analysis, "down-river towns can").speaker().mention().text())
        .isEqualTo("Harbour officials");
  }

  @Test
  void shouldShareTheSubjectOfAPastTenseTaggedAsAParticipleAfterAnApposition() {
    Analysis analysis =
        analyze(
            "",
            "Peter Brandt, a spokesman for the harbour board, called on the mayor to resign and"
                + " said she had misled the council.");

    assertKindAndSpeaker(
        quote(analysis, "she had misled the council"), QuoteKind.INDIRECT, "Peter Brandt");
  }

  @Test
  void shouldFindTheSubjectPastLongAndATimePhraseWithPast() {
    Analysis analysis =
        analyze(
            "",
            "Peter Brandt has long complained that the ferries run late. Ines Rovira this past"
                + " week said the harbour would close in May.");

    assertThat(quote(analysis, "the ferries run late").speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote(analysis, "the harbour would close").speaker().name())
        .isEqualTo("Ines Rovira");
  }

  @Test
  void shouldCreditAParticipleInAnOpeningPhraseToTheSubjectOfTheMainClause() {
    Analysis analysis =
        analyze(
            "",
            "After suggesting on Monday that the tolls were too high, Mayor Karin Lindqvist"
                + " voted for them.");

    assertKindAndSpeaker(
        quote(analysis, "the tolls were too high"), QuoteKind.INDIRECT, "Karin Lindqvist");
  }

  @Test
  void shouldReadTheRestOfTheSentenceAfterACueBetweenCommasThatFollowsOneWord() {
    Analysis analysis = analyze("", "That, harbour master Peter Brandt explained, is by design.");

    Quote quote = quote(analysis, "is by design");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.cue().text()).isEqualTo("explained");
  }

  @Test
  void shouldReadASourceTailThatASemicolonEnds() {
    Analysis analysis =
        analyze(
            "",
            "The ferries will run every hour from May, Ingrid Solberg said; the council has not"
                + " voted yet.");

    Quote quote = quote(analysis, "The ferries will run every hour");
    assertKindAndSpeaker(quote, QuoteKind.INDIRECT, "Ingrid Solberg");
    assertThat(quote.text()).isEqualTo("The ferries will run every hour from May");
  }

  @Test
  void shouldNotReadAnAppositionToTheSourceAfterATailAsAPieceOfTheStatement() {
    Analysis analysis =
        analyze(
            "",
            "Whether the night trams pay will be part of the budget review, said Peter Brandt,"
                + " head of the drivers' union. The ferries lost money last year, according to"
                + " Ingrid Solberg, a harbour official.");

    assertThat(quote(analysis, "Whether the night trams pay").speaker().name())
        .isEqualTo("Peter Brandt");
    assertThat(quote(analysis, "The ferries lost money").speaker().name())
        .isEqualTo("Ingrid Solberg");
    assertThat(analysis.quotes())
        .noneMatch(q -> q.text().startsWith("head of") || q.text().startsWith("a harbour"));
  }

  @Test
  void shouldNotReadAClauseBetweenCommasAsAnAppositionToASubjectBeforeIt() {
    Analysis analysis =
        analyze(
            "",
            "As complaints against the new fares are spreading among commuters, drivers have more"
                + " reasons to stay off the ferries, said Peter Brandt, a harbour official now"
                + " working for the council.");

    assertThat(quote(analysis, "As complaints against").speaker().name()).isEqualTo("Peter Brandt");
    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("Peter Brandt"));
  }
}
