package dev.newsflow.local.bench;

import dev.newsflow.events.KafkaSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A read-committed consumer of an enriched topic on its own thread, noting when each article id
 * first became visible ({@link System#nanoTime()}).
 */
final class EnrichedWatcher implements AutoCloseable {

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<String, Long> visibleAt = new ConcurrentHashMap<>();
  private final AtomicLong count = new AtomicLong();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;

  /** Starts reading the given topic from its beginning. */
  EnrichedWatcher(KafkaSettings settings, String topic) {
    Properties props = settings.clientProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    thread = new Thread(this::run, "bench-watcher-" + topic);
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    while (running.get()) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
        long now = System.nanoTime();
        if (r.key() != null) {
          visibleAt.putIfAbsent(new String(r.key(), StandardCharsets.UTF_8), now);
        }
        count.incrementAndGet();
      }
    }
  }

  /** How many enriched records have been seen. */
  long count() {
    return count.get();
  }

  /** When the article became visible, or null when it has not yet. */
  Long visibleAt(String id) {
    return visibleAt.get(id);
  }

  @Override
  public void close() throws InterruptedException {
    running.set(false);
    thread.join(5_000);
    consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
  }
}
