package dev.newsflow.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads one topic from the beginning, seeing only committed records, until a condition holds. */
final class CommittedReader<K, V> {

  private static final Duration POLL = Duration.ofMillis(100);

  private final String bootstrapServers;
  private final String topic;
  private final Deserializer<K> keys;
  private final Deserializer<V> values;

  CommittedReader(
      String bootstrapServers, String topic, Deserializer<K> keys, Deserializer<V> values) {
    this.bootstrapServers = bootstrapServers;
    this.topic = topic;
    this.keys = keys;
    this.values = values;
  }

  /** Polls until {@code done} holds or {@code timeout} passes, then fails with the message. */
  List<ConsumerRecord<K, V>> readUntil(
      Predicate<List<ConsumerRecord<K, V>>> done,
      Duration timeout,
      Function<List<ConsumerRecord<K, V>>, String> failure) {
    long deadline = System.nanoTime() + timeout.toNanos();
    List<ConsumerRecord<K, V>> read = new ArrayList<>();
    List<ConsumerRecord<K, V>> view = Collections.unmodifiableList(read);
    try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(config(), keys, values)) {
      boolean assigned = false;
      while (true) {
        if (!assigned) {
          assigned = assignAllPartitions(consumer);
        }
        if (assigned) {
          consumer.poll(POLL).forEach(read::add);
        }
        if (done.test(view)) {
          return List.copyOf(read);
        }
        if (System.nanoTime() - deadline > 0) {
          throw new AssertionError(failure.apply(view));
        }
      }
    }
  }

  private boolean assignAllPartitions(KafkaConsumer<K, V> consumer) {
    List<PartitionInfo> partitions;
    try {
      partitions = consumer.partitionsFor(topic, POLL);
    } catch (TimeoutException e) {
      return false;
    }
    if (partitions == null || partitions.isEmpty()) {
      return false;
    }
    List<TopicPartition> assignment =
        partitions.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    consumer.assign(assignment);
    consumer.seekToBeginning(assignment);
    return true;
  }

  private Map<String, Object> config() {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        bootstrapServers,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed",
        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
        false,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        ConsumerConfig.CLIENT_ID_CONFIG,
        "newsflow-testkit-reader-" + topic);
  }
}
