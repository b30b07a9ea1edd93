package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.assertKindAndSpeaker;
import static dev.newsflow.enrich.nlp.Analyses.findQuote;
import static dev.newsflow.enrich.nlp.Analyses.quote;
import static dev.newsflow.enrich.nlp.Analyses.quotesContaining;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import org.junit.jupiter.api.Test;

class QuoteRulesTest {

  /** An opening paragraph that names the people the rule tests quote. */
  static final String INTRO =
      "Finance Minister Laura Kessler met central banker Peter Brandt in Vienna on Monday.\n\n";

  @Test
  void shouldAttributeAQuoteFollowedByNameAndCue() {
    Analysis analysis = analyze("", INTRO + "“We will not back down,” Kessler said.");

    Quote quote = quote(analysis, "We will not back down,");
    assertThat(quote.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(quote.speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quote.speaker().mention().text()).isEqualTo("Kessler");
    assertThat(quote.cue().text()).isEqualTo("said");
    assertThat(quote.confidence()).isGreaterThan(0.8);
  }

  @Test
  void shouldReadAPossessiveApostropheInsideAnAppositionAsNoQuoteMark() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The deal is done,” Peter Brandt, the Lindqvists’ banker, said on Monday."
                + " “Now we wait.”");

    Quote first = quote(analysis, "The deal is done,");
    assertThat(assertKindAndSpeaker(first, QuoteKind.DIRECT, "Peter Brandt").cue().text())
        .isEqualTo("said");
    assertKindAndSpeaker(quote(analysis, "Now we wait."), QuoteKind.DIRECT, "Peter Brandt");
  }

  @Test
  void shouldCreditATitledSpeakerToThePersonRatherThanANameInTheTitle() {
    Analysis analysis =
        analyze(
            "",
            INTRO + "“We expect a vote soon,” Kessler campaign spokeswoman Maria Lindqvist said.");

    Quote quote = quote(analysis, "We expect a vote soon,");
    assertThat(quote.speaker().name()).isEqualTo("Maria Lindqvist");
    assertThat(quote.speaker().mention().text()).endsWith("Maria Lindqvist");
  }

  @Test
  void shouldNotTakeAVerbBeforeTheNextQuoteAsTheCueOfTheQuoteBefore() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler says her “old friend” Peter Brandt ran “a careful and honest bank"
                + " for a decade.”");

    assertThat(quotesContaining(analysis, "a careful and honest bank"))
        .isNotEmpty()
        .allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Laura Kessler"));
    assertThat(quotesContaining(analysis, "old friend"))
        .allSatisfy(q -> assertThat(q.speaker().name()).isNotEqualTo("Peter Brandt"));
  }

  @Test
  void shouldNeverTakeTheOneToldAsTheSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "After the meeting, telling reporters outside, “The talks were hard and long.”");

    assertThat(quotesContaining(analysis, "The talks were hard and long"))
        .allSatisfy(q -> assertThat(q.speaker().name()).isNotEqualTo("reporters"));
  }

  @Test
  void shouldJoinTheQuotedPiecesOfOneStatementIntoOneQuote() {
    Analysis analysis =
        analyze(
            "",
            INTRO + "Kessler called the plan “reckless” and “unfair to every saver” on Monday.");

    assertThat(quotesContaining(analysis, "reckless"))
        .singleElement()
        .satisfies(q -> assertThat(q.text()).contains("unfair to every saver"))
        .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Laura Kessler"));
  }

  @Test
  void shouldKeepAPieceWithItsOwnCueApart() {
    Analysis analysis =
        analyze("", INTRO + "“We will wait,” Kessler said, “and then we will decide.”");

    assertThat(quote(analysis, "We will wait,").speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quote(analysis, "and then we will decide.").speaker().name())
        .isEqualTo("Laura Kessler");
  }

  @Test
  void shouldAttributeSaidFollowedByTheSpeaker() {
    Analysis analysis =
        analyze("", "\"Prices will rise again,\" said Daniel Hartley, an economist at Northbank.");

    Quote quote = quote(analysis, "Prices will rise again,");
    assertThat(quote.speaker().name()).isEqualTo("Daniel Hartley");
    assertThat(quote.cue().text()).isEqualTo("said");
  }

  @Test
  void shouldAttributeAQuoteAfterTheCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler stated after the talks, “We remain committed to the plan.”\n\n"
                + "Brandt told reporters: “The figures are clear.”");

    assertThat(quote(analysis, "We remain committed").speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quote(analysis, "We remain committed").cue().text()).isEqualTo("stated");
    assertThat(quote(analysis, "The figures are clear").speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldAttributeSheSaidToTheMostRecentWoman() {
    Analysis analysis =
        analyze("", INTRO + "“We need more time,” she said. “The talks were hard.”");

    Quote first = quote(analysis, "We need more time,");
    assertThat(first.speaker().name()).isEqualTo("Laura Kessler");
    assertThat(first.speaker().mention().text()).isEqualTo("she");
    Quote second = quote(analysis, "The talks were hard.");
    assertThat(second.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(second.speaker().name()).isEqualTo("Laura Kessler");
  }

  @Test
  void shouldAttributeHeSaidToTheMostRecentManOutsideTheQuote() {
    Analysis analysis = analyze("", INTRO + "“Ask Laura Kessler about the budget,” he said.");

    assertThat(quote(analysis, "Ask Laura Kessler").speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldContinueASpeakerIntoTheNextQuotedParagraph() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“We had a long night,” Brandt said.\n\n"
                + "“In the end, everybody agreed on the numbers.”");

    assertThat(quote(analysis, "In the end").speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote(analysis, "In the end").cue()).isNull();
  }

  @Test
  void shouldCarryAQuoteOpenAtParagraphEndIntoTheNextParagraph() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler said: “The first part of the statement goes on here.\n\n"
                + "“And the second part ends here.”");

    assertThat(quote(analysis, "The first part").speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quote(analysis, "And the second part").speaker().name()).isEqualTo("Laura Kessler");
  }

  @Test
  void shouldContinueTheSpeakerPastAReportedClauseInsideTheCueSentence() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“There is a real change in the markets,” Brandt said, referring to the"
                + " falling price of oil.\n\n"
                + "“So I think that rates will stay where they are for a year.”");

    assertThat(quote(analysis, "So I think").speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldGiveAQuotedParagraphAfterReportedSpeechThatSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Brandt argued that the bank had kept its promise to savers.\n\n"
                + "“Nobody lost a cent of their deposits in those years.”");

    assertThat(quote(analysis, "Nobody lost a cent").speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldGiveAQuoteAfterACueThatCueSpeakerWhenItRunsIntoAParagraphWithACueOfItsOwn() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "“The stereotyping is still strong here,” Kessler said. “They think every"
                + " banker is a gambler.\n\n"
                + "“And they still believe that we like it,” Brandt said with a grin.");

    assertThat(quote(analysis, "They think every").speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quote(analysis, "And they still believe").speaker().name())
        .isEqualTo("Peter Brandt");
  }

  @Test
  void shouldMarkQuotedWordsInReportedSpeechAsMixed() {
    Analysis analysis =
        analyze("", INTRO + "Kessler warned that the plan was “a recipe for disaster.”");

    assertThat(quotesContaining(analysis, "recipe for disaster")).hasSize(1);
    Quote quote = quotesContaining(analysis, "recipe for disaster").get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(quote.speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quote.text()).startsWith("the plan was");
  }

  @Test
  void shouldNotCreditScareQuotesToAnyone() {
    Analysis analysis =
        analyze("", INTRO + "The two banks announced a “strategic partnership” last year.");

    assertThat(quotesContaining(analysis, "strategic partnership"))
        .allSatisfy(q -> assertThat(q.speaker().name()).isNull());
  }

  @Test
  void shouldGuessTheSubjectOfTheClauseAroundQuotedWordsNoCueClaims() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler thought some of the “Pension For All” talk was staged, a tribute to"
                + " “the careful political skills of her rival.”\n\n"
                + "The bank's main worry is “the slow and steady loss of trust in the currency.”");

    Quote guessed = quote(analysis, "the careful political skills");
    assertThat(guessed.speaker().name()).isEqualTo("Laura Kessler");
    assertThat(guessed.cue().text()).isEqualTo("thought");
    assertThat(guessed.confidence()).isLessThan(0.5);
    assertThat(quote(analysis, "the slow and steady loss").speaker().name()).isNull();
  }

  @Test
  void shouldGiveUncuedQuotedWordsInAPassiveClauseToTheAgentOrToNobody() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Kessler was asked by Brandt at the end of the meeting, “Will the budget hold"
                + " until the end of the year?”\n\n"
                + "Brandt was asked, “Would you have raised the rates in the spring?”");

    assertThat(quote(analysis, "Will the budget hold").speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote(analysis, "Would you have raised").speaker().name()).isNull();
  }

  @Test
  void shouldPassOverHimselfOrHerselfBetweenTheSpeakerAndTheCue() {
    Analysis analysis =
        analyze("", INTRO + "Kessler herself said on Tuesday that the bank had failed its savers.");

    assertKindAndSpeaker(
        quote(analysis, "the bank had failed its savers"), QuoteKind.INDIRECT, "Laura Kessler");
  }

  @Test
  void shouldFindIndirectSpeechWithAToldObject() {
    Analysis analysis =
        analyze(
            "",
            "A spokesperson for the Finance Ministry told Reuters that the budget was balanced.");

    Quote quote = quote(analysis, "the budget was balanced");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().mention().text())
        .isEqualTo("A spokesperson for the Finance Ministry");
    assertThat(quote.cue().text()).isEqualTo("told");
  }

  @Test
  void shouldFindIndirectSpeechWithTheCueAtTheEnd() {
    Analysis analysis =
        analyze("", INTRO + "The budget will be balanced by next year, Kessler said.");

    Quote quote = quote(analysis, "The budget will be balanced by next year");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().name()).isEqualTo("Laura Kessler");
  }

  @Test
  void shouldNotDuplicateADirectQuoteAsIndirect() {
    Analysis analysis = analyze("", INTRO + "Kessler said, “We are ready for the vote.”");

    assertThat(quotesContaining(analysis, "ready for the vote"))
        .singleElement()
        .extracting(Quote::kind)
        .isEqualTo(QuoteKind.DIRECT);
  }

  @Test
  void shouldCountOffsetsInUtf16CodeUnits() {
    String body = "Peter Brandt 😀 arrived.\n\n“Fine 😀 weather,” Brandt said.";
    Analysis analysis = analyze("", body);

    Quote quote = quote(analysis, "Fine 😀 weather,");
    assertThat(quote.start()).isEqualTo(body.indexOf("Fine"));
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
  }

  @Test
  void shouldNumberQuotesInTextOrder() {
    Analysis analysis =
        analyze("", INTRO + "“First words,” Kessler said. “Second words,” Brandt said.");

    assertThat(analysis.quotes()).extracting(Quote::id).containsExactly("q1", "q2");
    assertThat(findQuote(analysis, "Second words").orElseThrow().speaker().name())
        .isEqualTo("Peter Brandt");
  }

  @Test
  void shouldAttributeQuotesSignedWithADash() {
    Analysis analysis =
        analyze(
            "", "Readers wrote in.\n\n“A great show.” ― Maria Lopez\n“Far too long.” ― Tom Reed");

    assertThat(quote(analysis, "A great show.").speaker().name()).isEqualTo("Maria Lopez");
    assertThat(quote(analysis, "Far too long.").speaker().name()).isEqualTo("Tom Reed");
  }

  @Test
  void shouldAttributeAQuoteIntroducedByAccordingTo() {
    Analysis analysis = analyze("", INTRO + "According to Brandt, “the worst is over.”");

    Quote quote = quote(analysis, "the worst is over.");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(quote.cue().text()).isEqualTo("According to");
  }

  @Test
  void shouldCreditAQuoteAfterSayingToTheSubjectOfTheSentence() {
    Analysis analysis =
        analyze("", INTRO + "Kessler criticised the plan on Monday, saying, “It will not work.”");

    assertThat(quote(analysis, "It will not work.").speaker().name()).isEqualTo("Laura Kessler");
  }

  @Test
  void shouldTakeAnyVerbBeforeAColonAsTheCue() {
    Analysis analysis = analyze("", INTRO + "Kessler scolded him: “You are late again.”");

    Quote quote = quote(analysis, "You are late again.");
    assertThat(quote.speaker().name()).isEqualTo("Laura Kessler");
    assertThat(quote.cue().text()).isEqualTo("scolded");
  }

  @Test
  void shouldSkipABracketedAsideAfterTheSpeakersName() {
    Analysis analysis =
        analyze("", "“We will vote no,” Rep. Anna Fields (D-Ohio) said on Thursday.");

    assertThat(quote(analysis, "We will vote no,").speaker().name()).isEqualTo("Anna Fields");
  }

  @Test
  void shouldCreditWhatSomeoneCalledSomethingAsMixed() {
    Analysis analysis = analyze("", INTRO + "Brandt called the proposal “a fantasy.”");

    Quote quote = quotesContaining(analysis, "a fantasy").get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
  }
}
