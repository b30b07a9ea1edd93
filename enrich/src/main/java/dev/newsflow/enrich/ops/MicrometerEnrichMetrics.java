package dev.newsflow.enrich.ops;

import dev.newsflow.enrich.stream.EnrichMetrics;
import dev.newsflow.streams.ops.DeadLetterCounter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Enrich metrics recorded in a Micrometer registry under the {@code newsflow.} prefix; dead letters
 * as {@link DeadLetterCounter#DLQ_RECORDS}.
 */
public final class MicrometerEnrichMetrics implements EnrichMetrics {

  /** Counter of articles enriched; Prometheus: {@code newsflow_articles_enriched_total}. */
  public static final String ARTICLES_ENRICHED = "newsflow.articles.enriched";

  /** Timer of decode + enrich per article; Prometheus: {@code newsflow_enrichment_latency_*}. */
  public static final String ENRICHMENT_LATENCY = "newsflow.enrichment.latency";

  /** Quotes per enriched article; Prometheus: {@code newsflow_article_quotes_*}. */
  public static final String ARTICLE_QUOTES = "newsflow.article.quotes";

  private final DeadLetterCounter deadLetters;
  private final Counter enriched;
  private final Timer latency;
  private final DistributionSummary quotes;

  /** Registers the meters in {@code registry}. */
  public MicrometerEnrichMetrics(MeterRegistry registry) {
    this.deadLetters = new DeadLetterCounter(registry);
    this.enriched =
        Counter.builder(ARTICLES_ENRICHED)
            .description("Articles enriched and sent on")
            .register(registry);
    this.latency =
        Timer.builder(ENRICHMENT_LATENCY)
            .description("Time to decode and enrich one article")
            .publishPercentileHistogram()
            .minimumExpectedValue(Duration.ofMillis(1))
            .maximumExpectedValue(Duration.ofMinutes(2))
            .register(registry);
    this.quotes =
        DistributionSummary.builder(ARTICLE_QUOTES)
            .description("Quotes found per enriched article")
            .register(registry);
  }

  @Override
  public void enriched(Duration latency, int quotes) {
    enriched.increment();
    this.latency.record(latency);
    this.quotes.record(quotes);
  }

  @Override
  public void deadLettered(String stage, String kind) {
    deadLetters.deadLettered(stage, kind);
  }
}
