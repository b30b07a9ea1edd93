package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.quote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import org.junit.jupiter.api.Test;

/** Quotes written with two apostrophes as quote marks, as newspaper archives do. */
class ArchiveQuoteRulesTest {

  private static final String INTRO = "Councillor Ines Rovira chairs the transport committee.\n\n";

  @Test
  void shouldReadTwoApostrophesAroundAReportedClauseAndTheQuoteAfterItsCue() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "''The trams will run on time by the spring,'' Rovira said."
                + " ''We owe the riders that much.''");

    Quote quote = quote(analysis, "The trams will run on time");
    assertThat(quote.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote(analysis, "We owe the riders").speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldTakeTheSpeakersOwnWordsBeforeTheOpeningPairIntoTheQuoteButNoAsideBeforeADash() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The city failed to repair the depot and ''should have acted sooner,'' Rovira"
                + " said.\n\nNeither rider liked the plan - ''a waste of money,'' Rovira said -"
                + " but both voted for it.");

    Quote quote = quote(analysis, "The city failed to repair the depot");
    assertThat(quote.text()).endsWith("should have acted sooner");
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote(analysis, "a waste of money").speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldAttributeAShortArchiveQuoteWithAPronounCue() {
    Analysis analysis =
        analyze("", INTRO + "''It works,'' she said. ''The trams are full every night.''");

    assertThat(quote(analysis, "It works").speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote(analysis, "The trams are full").speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldReadTheCueAfterTheQuotePastAnAppositionOrAParticiple() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "''The depot is not safe,'' one senior engineer said, speaking on condition of"
                + " anonymity.\n\n''The trams are late,'' Rovira, who chairs the committee, told"
                + " me.");

    assertThat(quote(analysis, "The depot is not safe").speaker().mention().text())
        .isEqualTo("one senior engineer");
    assertThat(quote(analysis, "The trams are late").speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldCreditTheArchiveQuoteAfterACueAndAColonToTheSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira said: ''Of course. The night trams will stay.''\n\n"
                + "Rovira said in an interview with the city paper: ''The buses stay too.''");

    assertThat(quote(analysis, "Of course").speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote(analysis, "The buses stay too").speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldCreditAParagraphOpeningArchiveQuoteToTheSpeakerOfTheParagraphBefore() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "''The night trams will stay,'' Rovira said.\n\n"
                + "''We owe the riders that much, and the budget allows it.''");

    assertThat(quote(analysis, "We owe the riders").speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldNotTakeATitleInTwoApostrophesForAQuote() {
    Analysis analysis =
        analyze("", INTRO + "Rovira watched ''Metropolis'' at the old cinema on Friday.");

    assertThat(analysis.quotes()).noneMatch(q -> q.text().contains("Metropolis"));
  }

  @Test
  void shouldReadTheClauseBeforeAnArchiveQuoteAndCreditTheQuoteToItsSpeaker() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "The depot cannot take more trams before the spring, Rovira said."
                + " ''So the night service waits.''");

    assertThat(quote(analysis, "The depot cannot take more trams").speaker().name())
        .isEqualTo("Ines Rovira");
    assertThat(quote(analysis, "So the night service waits").speaker().name())
        .isEqualTo("Ines Rovira");
  }

  @Test
  void shouldReadTheCueAfterAnArchiveQuoteThatEndsInANestedQuote() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "''I would call the plan 'bold,''' Rovira said."
                + " ''It is all about the riders.''");

    assertThat(quote(analysis, "I would call the plan").speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote(analysis, "It is all about the riders").speaker().name())
        .isEqualTo("Ines Rovira");
  }

  @Test
  void shouldCarryTheSpeakerPastAnAbbreviationThatEndsTheSentenceBefore() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "''The trams are late,'' said Peter Brandt, 41, of Portland, Ore."
                + " ''Nobody knows the timetable any more.''");

    assertThat(quote(analysis, "Nobody knows the timetable").speaker().name())
        .isEqualTo("Peter Brandt");
  }

  @Test
  void shouldCreditAnArchiveQuoteToItsCueNotToACueInsideIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "''The riders say the night trams are late and the depot is too small,'' said"
                + " Peter Brandt, who drives the night tram.");

    Quote quote = quote(analysis, "The riders say");
    assertThat(quote.speaker().name()).isEqualTo("Peter Brandt");
    assertThat(analysis.quotes()).noneMatch(q -> q.text().startsWith("the night trams are late"));
  }
}
