package dev.newsflow.local.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Everything a {@code read_committed} consumer sees on a topic right now: read from the beginning
 * up to each partition's last stable offset, so the count is exact rather than "at least".
 */
final class CommittedSnapshot {

  private static final Duration POLL = Duration.ofMillis(200);

  private CommittedSnapshot() {}

  /**
   * Reads the topic's committed records up to its current last stable offsets.
   *
   * @param bootstrapServers the broker
   * @param topic the topic, which must exist
   * @param keys key deserializer
   * @param values value deserializer
   */
  static <K, V> List<ConsumerRecord<K, V>> read(
      String bootstrapServers, String topic, Deserializer<K> keys, Deserializer<V> values) {
    List<ConsumerRecord<K, V>> read = new ArrayList<>();
    try (var consumer = new KafkaConsumer<>(consumerProperties(bootstrapServers), keys, values)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!atEnd(consumer, ends)) {
        if (System.nanoTime() - deadline > 0) {
          throw new AssertionError("could not read " + topic + " up to " + ends);
        }
        consumer.poll(POLL).forEach(read::add);
      }
    }
    return read;
  }

  /** Properties of a {@code read_committed} consumer without a group. */
  static Properties consumerProperties(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
    return props;
  }

  private static boolean atEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
    return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }
}
