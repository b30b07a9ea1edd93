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
        .allSatisfy(q -> assertThat(q.speaker().mention()).isNull());
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
}
