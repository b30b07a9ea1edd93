package dev.newsflow.streams.ops;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.newsflow.events.JsonSerde;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Health of a Kafka Streams app: live while RUNNING or REBALANCING; ready when RUNNING with no
 * state store being restored.
 *
 * @param status {@code UP}, {@code DOWN}, or {@code RESTORING} while stores are restored
 * @param state the Kafka Streams state, {@code CREATED} before it started
 * @param stores the stores being restored, by name, with the changelog offsets each still has to
 *     read; empty (and left out of the JSON) otherwise
 */
public record StreamsHealth(
    String status,
    String state,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Long> stores) {

  /** The check passed. */
  public static final String UP = "UP";

  /** The check failed. */
  public static final String DOWN = "DOWN";

  /** Not ready: state stores are still being restored from their changelogs. */
  public static final String RESTORING = "RESTORING";

  /** The liveness of an app in {@code state} (null: not started yet). */
  public static StreamsHealth live(KafkaStreams.State state) {
    return new StreamsHealth(isLive(state) ? UP : DOWN, name(state), Map.of());
  }

  /**
   * The readiness of an app in {@code state} (null: not started yet) while {@code restoring} stores
   * are being restored.
   */
  public static StreamsHealth ready(KafkaStreams.State state, Map<String, Long> restoring) {
    String status;
    if (!isLive(state)) {
      status = DOWN;
    } else if (!restoring.isEmpty()) {
      status = RESTORING;
    } else {
      status = state == KafkaStreams.State.RUNNING ? UP : DOWN;
    }
    return new StreamsHealth(
        status, name(state), Collections.unmodifiableSortedMap(new TreeMap<>(restoring)));
  }

  private static boolean isLive(KafkaStreams.State state) {
    return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
  }

  private static String name(KafkaStreams.State state) {
    return state == null ? "CREATED" : state.name();
  }

  /** Whether the check passed. */
  public boolean up() {
    return UP.equals(status);
  }

  /** The HTTP status to answer with: 200 when up, else 503. */
  public int httpStatus() {
    return up() ? 200 : 503;
  }

  /** The JSON body, e.g. {@code {"status":"UP","state":"RUNNING"}}. */
  public String json() {
    try {
      return JsonSerde.MAPPER.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
