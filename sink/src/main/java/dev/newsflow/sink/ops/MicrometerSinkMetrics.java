package dev.newsflow.sink.ops;

import dev.newsflow.sink.stream.SinkMetrics;
import dev.newsflow.streams.ops.DeadLetterCounter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sink metrics recorded in a Micrometer registry under the {@code newsflow.} prefix; dead letters
 * as {@link DeadLetterCounter#DLQ_RECORDS}.
 */
public final class MicrometerSinkMetrics implements SinkMetrics {

  /** Counter of quote events published; Prometheus: {@code newsflow_quotes_published_total}. */
  public static final String QUOTES_PUBLISHED = "newsflow.quotes.published";

  /** Counter of articles exported; Prometheus: {@code newsflow_articles_exported_total}. */
  public static final String ARTICLES_EXPORTED = "newsflow.articles.exported";

  private final DeadLetterCounter deadLetters;
  private final Counter quotes;
  private final Counter exported;

  /** Registers the meters in {@code registry}. */
  public MicrometerSinkMetrics(MeterRegistry registry) {
    this.deadLetters = new DeadLetterCounter(registry);
    this.quotes =
        Counter.builder(QUOTES_PUBLISHED)
            .description("Quote events sent to the quotes topic")
            .register(registry);
    this.exported =
        Counter.builder(ARTICLES_EXPORTED)
            .description("Articles written to the JSON Lines export")
            .register(registry);
  }

  @Override
  public void quotePublished() {
    quotes.increment();
  }

  @Override
  public void articleExported() {
    exported.increment();
  }

  @Override
  public void deadLettered(String stage, String kind) {
    deadLetters.deadLettered(stage, kind);
  }
}
