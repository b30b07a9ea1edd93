package dev.newsflow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.Deserializer;

/** The Kafka broker shared by all tests of this JVM, with helpers to create topics and read. */
public final class KafkaBroker {

  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrapServers;

  KafkaBroker(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** The {@code host:port} list clients connect to. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A fresh, mutable set of client properties with {@code bootstrap.servers} set. */
  public Properties clientProperties() {
    Properties properties = new Properties();
    properties.setProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    return properties;
  }

  /**
   * Creates the topics with replication factor 1 and the given topic configs; topics that exist
   * already are left as they are.
   */
  public void createTopics(int partitions, Map<String, String> topicConfigs, String... names) {
    List<NewTopic> topics = new ArrayList<>();
    for (String name : names) {
      topics.add(new NewTopic(name, partitions, (short) 1).configs(topicConfigs));
    }
    try (Admin admin = Admin.create(clientProperties())) {
      for (Map.Entry<String, KafkaFuture<Void>> created :
          admin.createTopics(topics).values().entrySet()) {
        awaitCreated(created.getKey(), created.getValue());
      }
    }
  }

  private static void awaitCreated(String topic, KafkaFuture<Void> created) {
    try {
      created.get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("Cannot create topic " + topic, e.getCause());
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Topic " + topic + " was not created within " + ADMIN_TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while creating topic " + topic, e);
    }
  }

  /**
   * Reads the topic from the beginning with a fresh {@code read_committed} consumer until at least
   * {@code atLeast} records arrived, and returns all records read so far.
   *
   * @throws AssertionError when fewer records arrived within {@code timeout}
   */
  public <K, V> List<ConsumerRecord<K, V>> readCommitted(
      String topic, Deserializer<K> keys, Deserializer<V> values, int atLeast, Duration timeout) {
    return new CommittedReader<>(bootstrapServers, topic, keys, values)
        .readUntil(
            records -> records.size() >= atLeast,
            timeout,
            read ->
                "Expected at least "
                    + atLeast
                    + " committed records on topic '"
                    + topic
                    + "' within "
                    + timeout
                    + " but read "
                    + read.size());
  }

  /**
   * Reads the topic from the beginning with a fresh {@code read_committed} consumer until the
   * records read so far satisfy {@code done}, and returns them.
   *
   * @throws AssertionError when {@code done} is still false after {@code timeout}
   */
  public <K, V> List<ConsumerRecord<K, V>> readCommittedUntil(
      String topic,
      Deserializer<K> keys,
      Deserializer<V> values,
      Predicate<List<ConsumerRecord<K, V>>> done,
      Duration timeout) {
    return new CommittedReader<>(bootstrapServers, topic, keys, values)
        .readUntil(
            done,
            timeout,
            read ->
                "Condition on the committed records of topic '"
                    + topic
                    + "' not met within "
                    + timeout
                    + "; read "
                    + read.size()
                    + " records");
  }

  @Override
  public String toString() {
    return "KafkaBroker[" + bootstrapServers + "]";
  }
}
