package dev.newsflow.sink.stream;

import dev.newsflow.events.DeadLetterHeaders;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decodes enriched articles; undecodable records pass on with dead-letter headers. */
final class DecodeProcessor implements FixedKeyProcessor<byte[], byte[], SinkOutcome> {

  private static final Logger LOG = LoggerFactory.getLogger(DecodeProcessor.class);
  private static final JsonSerde<EnrichedArticle> SERDE = JsonSerde.of(EnrichedArticle.class);

  private final SinkMetrics metrics;
  private FixedKeyProcessorContext<byte[], SinkOutcome> context;

  DecodeProcessor(SinkMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], SinkOutcome> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], byte[]> record) {
    EnrichedArticle article;
    try {
      article = SERDE.fromBytes(record.value());
      if (article == null || article.id() == null || article.quotes() == null) {
        throw new IllegalArgumentException("Enriched article without id or quotes");
      }
    } catch (RuntimeException e) {
      deadLetter(record, e);
      return;
    }
    // Outside the try: failures downstream or in sending belong to Kafka Streams, not the DLQ.
    context.forward(record.withValue(new SinkOutcome(article, null)));
  }

  private void deadLetter(FixedKeyRecord<byte[], byte[]> record, RuntimeException e) {
    RecordMetadata origin = context.recordMetadata().orElse(null);
    String topic = origin == null ? null : origin.topic();
    int partition = origin == null ? -1 : origin.partition();
    long offset = origin == null ? -1 : origin.offset();
    LOG.warn("Dead-lettering record {}-{}@{}: {}", topic, partition, offset, e.getMessage());
    metrics.deadLettered("sink", "deserialization");
    context.forward(
        record
            .withValue(new SinkOutcome(null, record.value()))
            .withHeaders(
                DeadLetterHeaders.of("sink", "deserialization", e, topic, partition, offset)));
  }
}
