package dev.newsflow.enrich.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ThroughputTest {

  @Test
  void dividesArticlesAndTokensByTheElapsedSeconds() {
    Throughput run = new Throughput("rules", 50, 20_000, 2_000_000_000L);

    assertThat(run.articlesPerSecond()).isCloseTo(25.0, within(1e-9));
    assertThat(run.tokensPerSecond()).isCloseTo(10_000.0, within(1e-9));
  }

  @Test
  void printsOneTableRowWithTheRates() {
    String row = new Throughput("rules", 50, 20_000, 2_000_000_000L).row();

    assertThat(row).contains("rules").contains("25.00").contains("10000");
    assertThat(Throughput.header()).contains("articles/s").contains("tokens/s");
  }
}
