package dev.newsflow.streams.ops;

import dev.newsflow.streams.deadletter.DeadLetterMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts dead-lettered records in a Micrometer registry, by stage and error kind. */
public final class DeadLetterCounter implements DeadLetterMetrics {

  /** Counter of dead-lettered records by stage and kind; {@code newsflow_dlq_records_total}. */
  public static final String DLQ_RECORDS = "newsflow.dlq.records";

  private final MeterRegistry registry;

  /**
   * Counts into {@code registry}; a counter appears with the first record of its stage and kind.
   */
  public DeadLetterCounter(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void deadLettered(String stage, String kind) {
    Counter.builder(DLQ_RECORDS)
        .description("Records sent to the dead-letter topic")
        .tag("stage", stage)
        .tag("kind", kind)
        .register(registry)
        .increment();
  }
}
