package dev.newsflow.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsHealthTest {

  private static final Map<String, Long> NOTHING = Map.of();

  @Test
  void shouldBeLiveWhileRunningOrRebalancingOnly() {
    assertThat(StreamsHealth.live(State.RUNNING).up()).isTrue();
    assertThat(StreamsHealth.live(State.REBALANCING).up()).isTrue();
    for (State state :
        new State[] {State.CREATED, State.ERROR, State.PENDING_SHUTDOWN, State.NOT_RUNNING}) {
      assertThat(StreamsHealth.live(state).up()).as(state.name()).isFalse();
    }
    assertThat(StreamsHealth.live(null)).isEqualTo(new StreamsHealth("DOWN", "CREATED", NOTHING));
  }

  @Test
  void shouldBeReadyOnlyWhenRunningWithNothingToRestore() {
    assertThat(StreamsHealth.ready(State.RUNNING, NOTHING).up()).isTrue();
    assertThat(StreamsHealth.ready(State.REBALANCING, NOTHING).status()).isEqualTo("DOWN");
    assertThat(StreamsHealth.ready(State.ERROR, NOTHING).status()).isEqualTo("DOWN");
    assertThat(StreamsHealth.ready(null, NOTHING).status()).isEqualTo("DOWN");
  }

  @Test
  void shouldNotBeReadyWhileAStoreIsRestoredEvenWhenRunning() {
    StreamsHealth health = StreamsHealth.ready(State.RUNNING, Map.of("articles-store", 1200L));

    assertThat(health.up()).isFalse();
    assertThat(health.httpStatus()).isEqualTo(503);
    assertThat(health.json())
        .isEqualTo(
            "{\"status\":\"RESTORING\",\"state\":\"RUNNING\",\"stores\":{\"articles-store\":1200}}");
  }

  @Test
  void shouldListTheStoresBeingRestoredByName() {
    StreamsHealth health =
        StreamsHealth.ready(State.REBALANCING, Map.of("speaker-about", 2L, "articles-store", 7L));

    assertThat(health.json()).endsWith("\"stores\":{\"articles-store\":7,\"speaker-about\":2}}");
  }

  @Test
  void shouldSayDownRatherThanRestoringOnceTheAppHasFailed() {
    assertThat(StreamsHealth.ready(State.ERROR, Map.of("articles-store", 5L)).status())
        .isEqualTo("DOWN");
  }

  @Test
  void shouldKeepTheBodyOfAHealthyAppAsItWas() {
    StreamsHealth health = StreamsHealth.ready(State.RUNNING, NOTHING);

    assertThat(health.httpStatus()).isEqualTo(200);
    assertThat(health.json()).isEqualTo("{\"status\":\"UP\",\"state\":\"RUNNING\"}");
    assertThat(StreamsHealth.live(State.ERROR).json())
        .isEqualTo("{\"status\":\"DOWN\",\"state\":\"ERROR\"}");
  }
}
