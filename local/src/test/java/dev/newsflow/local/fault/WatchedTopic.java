package dev.newsflow.local.fault;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The topic a fault test counts, with string keys, a value deserializer and what identifies a
 * record (its key, or a field of its value).
 *
 * @param bootstrapServers the broker
 * @param name the topic
 * @param values the value deserializer
 * @param id the id of a record
 */
record WatchedTopic<V>(
    String bootstrapServers,
    String name,
    Deserializer<V> values,
    Function<ConsumerRecord<String, V>, String> id) {

  /** A topic whose records are identified by their key. */
  static WatchedTopic<byte[]> keyedById(String bootstrapServers, String name) {
    return new WatchedTopic<>(
        bootstrapServers, name, new ByteArrayDeserializer(), ConsumerRecord::key);
  }

  /** Reads the whole topic as a {@code read_committed} consumer sees it now, and counts it. */
  Tally tally() {
    return Tally.of(
        CommittedSnapshot.read(bootstrapServers, name, new StringDeserializer(), values), id);
  }

  /**
   * Waits until the partitions' end offsets add up to at least {@code count}, i.e. until the broker
   * has acknowledged that many records with {@code acks=all}, and returns the sum seen.
   */
  long awaitEndOffsets(long count, Duration timeout) {
    try (var consumer =
        new KafkaConsumer<>(
            CommittedSnapshot.consumerProperties(bootstrapServers),
            new ByteArrayDeserializer(),
            new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(name, Duration.ofSeconds(10)).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      AtomicLong seen = new AtomicLong();
      await(name + " holds " + count + " records")
          .atMost(timeout)
          .pollInSameThread()
          .pollInterval(Duration.ofMillis(10))
          .until(
              () -> {
                seen.set(
                    consumer.endOffsets(partitions).values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
                return seen.get() >= count;
              });
      return seen.get();
    }
  }
}
