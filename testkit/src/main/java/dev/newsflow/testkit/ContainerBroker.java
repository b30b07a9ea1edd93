package dev.newsflow.testkit;

import java.util.Locale;
import org.testcontainers.kafka.KafkaContainer;

/** A single-node Apache Kafka broker in a Docker container. */
final class ContainerBroker implements RunningBroker {

  static final String IMAGE = "apache/kafka:4.1.1";

  private final KafkaContainer container;

  private ContainerBroker(KafkaContainer container) {
    this.container = container;
  }

  @SuppressWarnings("resource") // closed by close()
  static ContainerBroker start() {
    KafkaContainer container = new KafkaContainer(IMAGE);
    BrokerSettings.SINGLE_NODE.forEach(
        (key, value) -> container.withEnv(environmentName(key), value));
    container.start();
    return new ContainerBroker(container);
  }

  /** The apache/kafka image turns {@code KAFKA_A_B} into the broker property {@code a.b}. */
  private static String environmentName(String property) {
    return "KAFKA_" + property.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public void close() {
    container.stop();
  }
}
