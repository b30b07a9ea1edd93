package dev.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CoreNlpAnalyzerTest {

  private static final String BODY =
      """
      Finance Minister Laura Kessler met central banker Peter Brandt in Vienna.

      “We need more time,” she said. “The talks were hard.”

      Brandt told reporters that the bank would wait.""";

  @Test
  void shouldNameItsEngineAndVersion() {
    assertThat(CoreNlpAnalyzer.shared().engine()).isEqualTo("newsflow-corenlp");
    assertThat(CoreNlpAnalyzer.shared().version()).startsWith("corenlp-4.5.10");
    assertThat(CoreNlpAnalyzer.shared()).isSameAs(CoreNlpAnalyzer.shared());
  }

  @Test
  void shouldReturnNothingForEmptyText() {
    Analysis analysis = CoreNlpAnalyzer.shared().analyze("", "  \n\n ");

    assertThat(analysis.entities()).isEmpty();
    assertThat(analysis.quotes()).isEmpty();
  }

  @Test
  void shouldKeepOffsetsIntoTheBodyExactlyAsGiven() {
    String body = "\n\n   " + BODY + "\n\n";
    Analysis analysis = Analyses.analyze("", body);

    Quote quote = Analyses.quote(analysis, "We need more time,");
    assertThat(quote.start()).isEqualTo(body.indexOf("We need more time"));
  }

  @Test
  void shouldGiveTheSameResultFromSeveralThreads() throws Exception {
    Analysis expected = CoreNlpAnalyzer.shared().analyze("Kessler meets Brandt", BODY);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Analysis>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(() -> CoreNlpAnalyzer.shared().analyze("Kessler meets Brandt", BODY)));
      }
      for (Future<Analysis> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
