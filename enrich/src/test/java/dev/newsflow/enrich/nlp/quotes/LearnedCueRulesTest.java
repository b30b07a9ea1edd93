package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.findQuote;
import static dev.newsflow.enrich.nlp.Analyses.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import org.junit.jupiter.api.Test;

/** Attributions cued by the learned lexicon ({@code attribution-cues.tsv}) beyond speech verbs. */
class LearnedCueRulesTest {

  private static final String INTRO = "Councillor Ines Rovira chairs the transport committee.\n\n";

  @Test
  void shouldAttributeWhatFollowsALearnedCueToItsSubject() {
    Analysis analysis =
        analyze("", INTRO + "Rovira criticized the new tram timetable at the Monday meeting.");

    Quote quote = quote(analysis, "the new tram timetable");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("criticized");
    assertThat(quote.confidence()).isLessThan(QuoteExtractor.DIRECT);
  }

  @Test
  void shouldTrustALearnedCueAsFarAsItWasRightInTraining() {
    Quote wants =
        quote(analyze("", INTRO + "Rovira wants to extend the night trams."), "to extend");
    Quote criticized =
        quote(analyze("", INTRO + "Rovira criticized the night trams."), "the night trams");

    assertThat(wants.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(wants.cue().text()).isEqualTo("wants");
    assertThat(wants.confidence()).isLessThan(criticized.confidence());
  }

  @Test
  void shouldReadACueWhoseAttributionsWereRightOftenEnoughInTraining() {
    Analysis analysis =
        analyze("", INTRO + "Rovira will support the fare deal if the council funds night trams.");

    Quote quote = quote(analysis, "the fare deal");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("support");
  }

  @Test
  void shouldJudgeARareFormOfAVerbByAllItsForms() {
    Analysis analysis =
        analyze("", INTRO + "Rovira dismisses the new tram timetable as a half measure.");

    Quote quote = quote(analysis, "the new tram timetable");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("dismisses");
  }

  @Test
  void shouldNotReadACueWhoseAttributionsWereMostlyWrongInTraining() {
    Analysis analysis =
        analyze("", INTRO + "Rovira spoke about the tram budget at the Monday meeting.");

    assertThat(findQuote(analysis, "about the tram budget")).isEmpty();
  }

  @Test
  void shouldNotLendTheSpeakerOfAnUnsureAttributionToTheQuotedWordsAfterIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira resisted a shared timetable, but the council is divided over the fare"
                + " deal. The deal is actually a “pre-agreement” because some members did not agree.");

    assertThat(quote(analysis, "a shared timetable").confidence()).isLessThan(0.3);
    assertThat(findQuote(analysis, "pre-agreement")).isEmpty();
  }

  @Test
  void shouldReadAProgressiveCueAsActive() {
    Analysis analysis = analyze("", INTRO + "Rovira is criticizing the new tram timetable again.");

    Quote quote = quote(analysis, "the new tram timetable");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("criticizing");
  }

  @Test
  void shouldEndTheContentBeforeAFurtherVerbOfTheSameSubject() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira criticized the timetable and said the trams would run late all winter.");

    assertThat(quote(analysis, "the timetable").text()).isEqualTo("the timetable");
    assertThat(quote(analysis, "the trams would run late").speaker().name())
        .isEqualTo("Ines Rovira");
  }

  @Test
  void shouldNotTakeThePatientOfAPassiveAsTheSource() {
    Analysis analysis =
        analyze("", INTRO + "The timetable was criticized by several residents of the harbour.");

    assertThat(analysis.quotes()).noneMatch(q -> q.text().contains("several residents"));
  }

  @Test
  void shouldGiveAGerundAfterANameThatNameAsItsSubject() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The hearing ran late, with Councillor Ines Rovira urging the board to"
                + " publish the costs.");

    Quote quote = quote(analysis, "the board to publish the costs");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldNameTheRelativePronounAsTheMentionOfItsAntecedent() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The plan was backed by Rovira, who praised the drivers for their patience"
                + " during the strike.");

    Quote quote = quote(analysis, "the drivers for their patience");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.speaker().mention().text()).isEqualTo("who");
  }

  @Test
  void shouldLeaveAScareQuoteAfterALearnedCueUnattributed() {
    Analysis analysis =
        analyze("", INTRO + "Rovira praised the “silent giant” of a tram at the opening.");

    assertThat(analysis.quotes()).noneMatch(q -> "Ines Rovira".equals(q.speaker().name()));
  }

  @Test
  void shouldSplitAStatementAroundACueBetweenCommasIntoTwoPieces() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The new timetable, Rovira said on Monday, will add two trams an hour at night.");

    assertThat(quote(analysis, "The new timetable").text()).isEqualTo("The new timetable");
    Quote rest = quote(analysis, "will add two trams");
    assertThat(rest.speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldCreditWhatALearnedCueAttributesToTheNounWhichStandsFor() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The motion came from the Tram Users Association, "
                + "which criticized the new timetable in a letter.");

    Quote quote = quote(analysis, "the new timetable");
    assertThat(quote.speaker().mention().text()).isEqualTo("which");
    assertThat(quote.speaker().name()).isEqualTo("Tram Users Association");
  }

  @Test
  void shouldAttributeWhatFollowsALearnedNounAndItsPrepositionToTheNounsOwner() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Peter Brandt's attacks on the tram budget drew a rebuke from the council. "
                + "Her support for the fare deal surprised him.");

    Quote attacks = quote(analysis, "the tram budget");
    assertThat(attacks.text()).isEqualTo("the tram budget");
    assertThat(attacks.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(attacks.cue().text()).isEqualTo("attacks");
    assertThat(attacks.speaker().name()).isEqualTo("Peter Brandt");
    Quote support = quote(analysis, "the fare deal");
    assertThat(support.text()).isEqualTo("the fare deal");
    assertThat(support.speaker().mention().text()).isEqualTo("Her");
    assertThat(support.speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldLeaveANounCueInsideWhatAVerbAttributesToThatVerb() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira dismissed the complaint, saying her refusal to use the word “closure”"
                + " was a “manufactured” issue.");

    Quote quote = quote(analysis, "her refusal to use the word");
    assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(quote.speaker().mention().text()).isEqualTo("Rovira");
  }

  @Test
  void shouldReadWhatIsReportedlySoAsAttributedToNoOneNamed() {
    Analysis analysis =
        analyze("", INTRO + "The transport committee is reportedly planning a second night line.");

    Quote reported = quote(analysis, "planning a second night line");
    assertThat(reported.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(reported.cue().text()).isEqualTo("reportedly");
    assertThat(reported.speaker().mention()).isNull();
    assertThat(quote(analysis, "The transport committee").cue()).isEqualTo(reported.cue());
  }

  @Test
  void shouldGiveACueThatNamesNoSourceNoSpeaker() {
    Analysis analysis =
        analyze("", INTRO + "The committee is expected to approve the night trams in March.");

    Quote quote = quote(analysis, "to approve the night trams");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().name()).isNull();
    assertThat(quote.speaker().mention()).isNull();
  }

  @Test
  void shouldGiveTheSubjectOfACueThatNamesNoSourceAsTheOtherPieceOfWhatIsAttributed() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The fare deal for the night trams is widely expected to pass in March. "
                + "It seems likely that the council will fund night trams.");

    Quote subject = quote(analysis, "The fare deal");
    Quote rest = quote(analysis, "to pass in March");
    assertThat(subject.text()).isEqualTo("The fare deal for the night trams");
    assertThat(subject.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(subject.speaker().mention()).isNull();
    assertThat(subject.cue()).isEqualTo(rest.cue());
    assertThat(analysis.quotes()).noneMatch(q -> q.text().equals("It"));
  }

  @Test
  void shouldReadAnImpressionTheWriterGivesAsAnAttributionWithNoSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira appeared in court on Monday. "
                + "Rovira seemed to rule out a second vote on the fares.");

    Quote quote = quote(analysis, "to rule out a second vote");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.cue().text()).isEqualTo("seemed");
    assertThat(quote.speaker().name()).isNull();
    assertThat(findQuote(analysis, "in court")).isEmpty();
  }

  @Test
  void shouldNotReportTheAdjunctAfterASpeechVerbAsWhatWasSaid() {
    Analysis analysis =
        analyze("", INTRO + "“The trams are full,” Rovira said at the depot on Monday.");

    assertThat(analysis.quotes()).noneMatch(q -> q.text().contains("at the depot"));
  }

  @Test
  void shouldReadWhatASpeechVerbIsAboutOrRespondsToButNotWhomItWasSaidTo() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira agreed with the drivers' union on the night fares. Rovira did not"
                + " respond to a request for comment. “The trams are full,” Rovira said to the"
                + " drivers.");

    assertThat(quote(analysis, "with the drivers' union").speaker().name())
        .isEqualTo("Ines Rovira");
    assertThat(quote(analysis, "to a request for comment").cue().text()).isEqualTo("respond");
    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("to the drivers"));
  }

  @Test
  void shouldNotReportWhomSomethingWasToldAsWhatWasSaid() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The trams are full,” Rovira told reporters at the depot. Rovira told the drivers"
                + " to slow down near schools. “The night trams will stay,” Rovira told Laura"
                + " Kessler of the Harbour Gazette.");

    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("reporters"));
    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("Laura Kessler"));
    assertThat(quote(analysis, "the drivers to slow down").speaker().name())
        .isEqualTo("Ines Rovira");
  }

  @Test
  void shouldNotReportWhomSomethingWasAskedAsWhatWasAsked() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“Will the trams run all night?” Rovira asked reporters at the depot on Monday."
                + " “Do you want the trams to run all night?” asked Peter Brandt of the drivers'"
                + " union. Rovira asked the drivers whether the night trams were full.");

    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("reporters at the depot"));
    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("Peter Brandt"));
    assertThat(quote(analysis, "Do you want the trams").speaker().name()).isEqualTo("Peter Brandt");
    assertThat(findQuote(analysis, "the drivers whether")).isPresent();
  }

  @Test
  void shouldStartTheContentAfterATimePhraseAndReportNoTimeAlone() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira announced Sunday she will step down in the spring.\n\n"
                + "\"The trams are full,\" Rovira said Monday night.");

    assertThat(quote(analysis, "she will step down").text()).startsWith("she will step down");
    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("Monday"));
  }

  @Test
  void shouldReadACueWithAnAdverbAfterHave() {
    Analysis analysis =
        analyze("", INTRO + "Rovira has even likened the new timetable to a lottery.");

    Quote quote = quote(analysis, "the new timetable to a lottery");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("likened");
  }

  @Test
  void shouldReadACueAfterARelativeClauseBetweenCommas() {
    Analysis analysis =
        analyze(
            "", INTRO + "Rovira, who has seen her lead evaporate, criticized Brandt for the ban.");

    Quote quote = quote(analysis, "Brandt for the ban");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("criticized");
  }

  @Test
  void shouldEndTheContentOfACueInAnOpeningSubordinateClauseAtItsComma() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "While Rovira has pushed for new night trams, the mayor talked about the budget"
                + " at the meeting.");

    Quote quote = quote(analysis, "for new night trams");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.text()).isEqualTo("for new night trams");
  }

  @Test
  void shouldReadAPastTenseTaggedAsAParticipleInASentenceWithNoOtherVerb() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Many transport experts viewed Rovira's challenge to the mayor as a long shot.");

    Quote quote = quote(analysis, "Rovira's challenge");
    assertThat(quote.speaker().mention().text()).isEqualTo("Many transport experts");
    assertThat(quote.cue().text()).isEqualTo("viewed");
  }

  @Test
  void shouldCreditThePassiveSubjectToTheAgentAfterBy() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The new timetable was sharply criticized by Rovira. Brandt was asked by"
                + " reporters about the delays.");

    Quote quote = quote(analysis, "The new timetable");
    assertThat(quote.text()).isEqualTo("The new timetable");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("criticized");
    assertThat(findQuote(analysis, "Brandt")).isEmpty();
  }

  @Test
  void shouldKeepAListOfGerundsAndAnIncludingPhraseInTheContent() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira supported extending the night trams, opening two stations and cutting"
                + " fares. Rovira cited several reasons for the delay, including the strike.");

    assertThat(quote(analysis, "extending the night trams").text()).endsWith("cutting fares");
    assertThat(quote(analysis, "several reasons").text()).endsWith("including the strike");
  }

  @Test
  void shouldReadTheClauseAfterANounCueAndThat() {
    Analysis analysis =
        analyze("", INTRO + "Rovira's claim that the trams run on time drew laughter.");

    Quote quote = quote(analysis, "the trams run on time");
    assertThat(quote.text()).isEqualTo("the trams run on time");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("claim");
  }

  @Test
  void shouldReadATextThatOpensWithAPassiveParticipleAndItsAgent() {
    Analysis analysis =
        analyze("", "Criticized by the union, the tram plan was dropped on Monday.");

    assertThat(analysis.quotes()).noneMatch(q -> q.text().contains("Criticized"));
  }

  @Test
  void shouldReadAPastTenseTaggedAsAParticipleAfterAnAppositionBeforeItsPreposition() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira, a member of the transport committee, called on the mayor to extend"
                + " the night trams.");

    Quote quote = quote(analysis, "on the mayor to extend");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("called");
  }
}
