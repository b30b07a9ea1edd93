package dev.newsflow.enrich.stream;

import dev.newsflow.enrich.article.ArticleDecoder;
import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.enrich.article.RejectedRecordException;
import dev.newsflow.events.DeadLetterHeaders;
import dev.newsflow.events.EnrichedArticle;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes and enriches each record; a record that fails either step is passed on with its original
 * bytes and dead-letter headers instead of stopping the stream.
 */
final class EnrichProcessor implements FixedKeyProcessor<byte[], byte[], EnrichOutcome> {

  /** Stage name written to the dead-letter headers. */
  static final String STAGE = "enrich";

  private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

  private final ArticleDecoder decoder;
  private final ArticleEnricher enricher;
  private final EnrichMetrics metrics;
  private FixedKeyProcessorContext<byte[], EnrichOutcome> context;

  EnrichProcessor(ArticleDecoder decoder, ArticleEnricher enricher, EnrichMetrics metrics) {
    this.decoder = decoder;
    this.enricher = enricher;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], EnrichOutcome> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], byte[]> record) {
    long started = System.nanoTime();
    EnrichedArticle enriched;
    try {
      enriched = enricher.enrich(decoder.decode(record.value()));
    } catch (RejectedRecordException e) {
      deadLetter(record, e.kind(), e);
      return;
    } catch (RuntimeException e) {
      deadLetter(record, "processing", e);
      return;
    }
    metrics.enriched(
        Duration.ofNanos(System.nanoTime() - started),
        enriched.quotes() == null ? 0 : enriched.quotes().size());
    // Outside the try: a failure to send (a fenced producer, a migrated task) belongs to Kafka
    // Streams, which closes and rejoins; it is no reason to dead-letter a good article.
    context.forward(record.withValue(new EnrichOutcome(enriched, null)));
  }

  private void deadLetter(FixedKeyRecord<byte[], byte[]> record, String kind, Exception error) {
    RecordMetadata origin = context.recordMetadata().orElse(null);
    String topic = origin == null ? null : origin.topic();
    int partition = origin == null ? -1 : origin.partition();
    long offset = origin == null ? -1 : origin.offset();
    LOG.warn(
        "Dead-lettering record {}-{}@{}: {} error: {}",
        topic,
        partition,
        offset,
        kind,
        error.getMessage());
    metrics.deadLettered(STAGE, kind);
    context.forward(
        record
            .withValue(new EnrichOutcome(null, record.value()))
            .withHeaders(DeadLetterHeaders.of(STAGE, kind, error, topic, partition, offset)));
  }
}
