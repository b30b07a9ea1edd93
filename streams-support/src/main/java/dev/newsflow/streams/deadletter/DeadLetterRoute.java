package dev.newsflow.streams.deadletter;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;

/** Wires a {@link DeadLetteringProcessor} into a topology: successes on, failures to the DLQ. */
public final class DeadLetterRoute {

  private DeadLetterRoute() {}

  /**
   * Runs {@code processor} on every record; returns the values it produced and sends the original
   * bytes and headers of every record it failed on to {@code deadLetterTopic}.
   *
   * @param records the raw records
   * @param name name of the processor node, e.g. {@code enrich}
   * @param processor makes a {@link DeadLetteringProcessor} per task
   * @param deadLetterTopic name of the dead-letter topic
   * @param <T> what the processor makes of a record value
   */
  public static <T> KStream<byte[], T> apply(
      KStream<byte[], byte[]> records,
      String name,
      FixedKeyProcessorSupplier<byte[], byte[], Outcome<T>> processor,
      String deadLetterTopic) {
    KStream<byte[], Outcome<T>> outcomes = records.processValues(processor, Named.as(name));
    KStream<byte[], T> values =
        outcomes
            .filter((key, outcome) -> outcome.succeeded(), Named.as("succeeded-only"))
            .mapValues(Outcome::value, Named.as("succeeded-values"));
    outcomes
        .filterNot((key, outcome) -> outcome.succeeded(), Named.as("failed-only"))
        .mapValues(Outcome::original, Named.as("original-bytes"))
        .to(
            deadLetterTopic,
            Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dead-letter-sink"));
    return values;
  }
}
