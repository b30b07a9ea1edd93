package dev.newsflow.sink.ops;

import org.apache.kafka.streams.KafkaStreams;

/** Health of a Kafka Streams app: live while RUNNING or REBALANCING, ready only when RUNNING. */
public record StreamsHealth(String status, String state) {

  /** The liveness of an app in {@code state} (null: not started yet). */
  public static StreamsHealth live(KafkaStreams.State state) {
    return of(
        state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING, state);
  }

  /** The readiness of an app in {@code state} (null: not started yet). */
  public static StreamsHealth ready(KafkaStreams.State state) {
    return of(state == KafkaStreams.State.RUNNING, state);
  }

  private static StreamsHealth of(boolean ok, KafkaStreams.State state) {
    return new StreamsHealth(ok ? "UP" : "DOWN", state == null ? "CREATED" : state.name());
  }

  /** Whether the check passed. */
  public boolean up() {
    return "UP".equals(status);
  }
}
