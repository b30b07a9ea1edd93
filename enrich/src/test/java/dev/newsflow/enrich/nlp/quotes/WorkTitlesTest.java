package dev.newsflow.enrich.nlp.quotes;

import static dev.newsflow.enrich.nlp.Analyses.analyze;
import static dev.newsflow.enrich.nlp.Analyses.quotesContaining;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.Analysis;
import org.junit.jupiter.api.Test;

class WorkTitlesTest {

  @Test
  void shouldTakeCapitalisedWordsAfterAWordForATitle() {
    String text = "She told “Morning at the Harbour” about it.";

    assertThat(WorkTitles.isEmbeddedTitle(text, text.indexOf('“'), "Morning at the Harbour"))
        .isTrue();
  }

  @Test
  void shouldNotTakeASentenceOrAClauseOpeningQuoteForATitle() {
    assertThat(WorkTitles.isTitleCase("We will build the bridge")).isFalse();
    String text = "Then: “Build It Now,” he said.";
    assertThat(WorkTitles.isEmbeddedTitle(text, text.indexOf('“'), "Build It Now,")).isFalse();
  }

  @Test
  void shouldNotReportTheTitleOfAShowAsAQuote() {
    Analysis analysis =
        analyze(
            "",
            "“The budget is fair,” said Tomas Berg, who also hosts “Evening Garden Hour.” "
                + "“We kept every promise.”");

    assertThat(quotesContaining(analysis, "Evening Garden Hour")).isEmpty();
    assertThat(quotesContaining(analysis, "The budget is fair")).hasSize(1);
  }
}
