package dev.newsflow.streams.deadletter;

import dev.newsflow.events.DeadLetterHeaders;
import java.util.function.Function;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a step (decode, validate, enrich, ...) to each record value; a record the step fails on
 * is passed on with its original bytes and dead-letter headers instead of stopping the stream. Only
 * the step is guarded: a failure to forward (a fenced producer, a migrated task) belongs to Kafka
 * Streams, which closes the task and rejoins.
 *
 * @param <T> what the step makes of a record value
 */
public final class DeadLetteringProcessor<T>
    implements FixedKeyProcessor<byte[], byte[], Outcome<T>> {

  private static final Logger LOG = LoggerFactory.getLogger(DeadLetteringProcessor.class);

  private final String stage;
  private final String failureKind;
  private final Function<byte[], T> step;
  private final DeadLetterMetrics metrics;
  private FixedKeyProcessorContext<byte[], Outcome<T>> context;

  /**
   * Creates the processor.
   *
   * @param stage stage name written to the dead-letter headers, e.g. {@code enrich}
   * @param failureKind error kind of any failure but a {@link RejectedRecordException}, which names
   *     its own
   * @param step what to make of a record value; it may throw, and must not return null
   * @param metrics where each dead letter is reported
   */
  public DeadLetteringProcessor(
      String stage, String failureKind, Function<byte[], T> step, DeadLetterMetrics metrics) {
    this.stage = stage;
    this.failureKind = failureKind;
    this.step = step;
    this.metrics = metrics;
  }

  @Override
  public void init(FixedKeyProcessorContext<byte[], Outcome<T>> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<byte[], byte[]> record) {
    T value;
    try {
      value = step.apply(record.value());
    } catch (RejectedRecordException e) {
      deadLetter(record, e.kind(), e);
      return;
    } catch (RuntimeException e) {
      deadLetter(record, failureKind, e);
      return;
    }
    context.forward(record.withValue(new Outcome<>(value, null)));
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
    metrics.deadLettered(stage, kind);
    context.forward(
        record
            .withValue(new Outcome<T>(null, record.value()))
            .withHeaders(DeadLetterHeaders.of(stage, kind, error, topic, partition, offset)));
  }
}
