package dev.newsflow.enrich.ops;

import org.apache.kafka.streams.KafkaStreams;

/** Health of a Kafka Streams app: live while RUNNING or REBALANCING, ready only when RUNNING. */
public final class StreamsHealth {

  private StreamsHealth() {}

  /** Whether the app is alive: it processes or is about to again. */
  public static boolean isLive(KafkaStreams.State state) {
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  /** Whether the app is ready: running with its tasks assigned. */
  public static boolean isReady(KafkaStreams.State state) {
    return state == KafkaStreams.State.RUNNING;
  }

  /** The JSON body {@code {"status":"UP"|"DOWN","state":"RUNNING"}}. */
  public static String json(boolean ok, KafkaStreams.State state) {
    return "{\"status\":\"" + (ok ? "UP" : "DOWN") + "\",\"state\":\"" + state + "\"}";
  }
}
