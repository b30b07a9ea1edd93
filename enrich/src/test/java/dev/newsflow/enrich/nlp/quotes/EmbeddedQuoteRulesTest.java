package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.assertKindAndSpeaker;
import static dev.newsflow.enrich.nlp.Analyses.quotesContaining;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import org.junit.jupiter.api.Test;

class EmbeddedQuoteRulesTest {

  private static final String INTRO =
      "Mayor Ines Rovira opened the new tram line in Valdoria on Tuesday.\n\n";

  @Test
  void shouldMakeQuotedWordsAfterAStatementVerbAMixedQuoteOfItsSubject() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira says the old buses “shook the whole street awake every morning” for years.");

    Quote quote = quotesContaining(analysis, "shook the whole street").get(0);
    assertThat(quote.kind()).isEqualTo(QuoteKind.MIXED);
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
    assertThat(quote.text()).startsWith("the old buses").endsWith("for years");
  }

  @Test
  void shouldCreditQuotedWordsInAReportedClauseToTheReporterNotToTheClauseSubject() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira says her rival Tomas Berg ran “a campaign of fear and little else” in"
                + " the spring.");

    Quote quote =
        assertKindAndSpeaker(
            quotesContaining(analysis, "a campaign of fear").get(0),
            QuoteKind.MIXED,
            "Ines Rovira");
    assertThat(quote.cue().text()).isEqualTo("says");
    assertThat(quote.text()).startsWith("her rival");
  }

  @Test
  void shouldCreditQuotedWordsAfterSayingToTheSubjectOfTheSentence() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira defended the budget on Monday, saying the new line “pays for itself"
                + " within a decade.”");

    Quote quote = quotesContaining(analysis, "pays for itself").get(0);
    assertKindAndSpeaker(quote, QuoteKind.MIXED, "Ines Rovira");
    assertThat(quote.text()).startsWith("the new line");
  }

  @Test
  void shouldLeaveAShortQuotedTermInsideANounPhraseUnattributed() {
    Analysis analysis =
        analyze("", INTRO + "Rovira praised the “silent giant” of a tram at the opening.");

    assertThat(quotesContaining(analysis, "silent giant"))
        .allSatisfy(q -> assertThat(q.speaker().name()).isNull());
  }

  @Test
  void shouldFindTheSpeakerBehindAPhraseOfTime() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira, who has run the city since 2019, on Friday said the tram would run"
                + " “every four minutes, day and night.”");

    Quote quote = quotesContaining(analysis, "every four minutes").get(0);
    assertThat(quote.speaker().name()).isEqualTo("Ines Rovira");
  }

  @Test
  void shouldNameAnUnnamedSpeakerByTheNounPhraseAfterSaid() {
    Analysis analysis = analyze("", "“The tender was rushed,” said a person close to the council.");

    Quote quote = quotesContaining(analysis, "The tender was rushed").get(0);
    assertThat(quote.speaker().mention().text()).startsWith("a person");
  }

  @Test
  void shouldCreditQuotedWordsInAThatClauseToTheReporterBeforeIt() {
    Analysis analysis =
        analyze(
            "",
            INTRO
                + "Rovira told reporters at a crowded news conference after the long opening"
                + " ceremony in the pouring rain on Tuesday that she believed the tram was “the"
                + " best thing to happen to Valdoria in decades.”");

    Quote quote = quotesContaining(analysis, "the best thing to happen").get(0);
    assertThat(quote.speaker().mention().text()).isEqualTo("Rovira");
  }
}
