package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@WithKafka
class SharedKafkaBrokerIT {

  private static KafkaBroker fromBeforeAll;

  @BeforeAll
  static void rememberBroker(KafkaBroker broker) {
    fromBeforeAll = broker;
  }

  @Test
  void shouldHandTheSameBrokerToBeforeAllAndTests(KafkaBroker broker) {
    assertThat(broker).isSameAs(fromBeforeAll);
    assertThat(broker.bootstrapServers()).isNotBlank();
    assertThat(broker.clientProperties())
        .containsEntry("bootstrap.servers", broker.bootstrapServers());
  }

  @Test
  void shouldShareOneBrokerWithEveryTestClass(KafkaBroker broker) {
    assertThat(SeenBrokers.record(broker)).containsExactly(broker);
  }
}
