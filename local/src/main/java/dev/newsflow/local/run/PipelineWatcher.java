package dev.newsflow.local.run;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.QuoteEvent;
import dev.newsflow.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Watches what the pipeline writes from now on ({@code news.enriched}, {@code news.quotes}, {@code
 * news.dlq}) as a read-committed consumer, so the local mode can show results and know when its
 * inputs are done.
 */
final class PipelineWatcher implements AutoCloseable {

  /** What one poll saw. */
  record Seen(
      List<EnrichedArticle> enriched, List<QuoteEvent> quotes, List<String> deadLetterKeys) {}

  private final Topics topics;
  private final KafkaConsumer<byte[], byte[]> consumer;

  /** Starts watching at the current end of each topic. */
  PipelineWatcher(KafkaSettings settings) {
    this.topics = settings.topics();
    Properties props = settings.clientProperties();
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
    consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic :
        List.of(topics.enriched().name(), topics.quotes().name(), topics.deadLetters().name())) {
      consumer
          .partitionsFor(topic, Duration.ofSeconds(30))
          .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
  }

  /** Returns what arrived since the last poll, waiting up to the given time. */
  Seen poll(Duration timeout) {
    List<EnrichedArticle> enriched = new ArrayList<>();
    List<QuoteEvent> quotes = new ArrayList<>();
    List<String> dead = new ArrayList<>();
    for (ConsumerRecord<byte[], byte[]> r : consumer.poll(timeout)) {
      if (r.topic().equals(topics.enriched().name())) {
        enriched.add(
            topics.enriched().valueSerde().deserializer().deserialize(r.topic(), r.value()));
      } else if (r.topic().equals(topics.quotes().name())) {
        quotes.add(topics.quotes().valueSerde().deserializer().deserialize(r.topic(), r.value()));
      } else if (r.key() != null) {
        dead.add(new String(r.key(), StandardCharsets.UTF_8));
      }
    }
    return new Seen(enriched, quotes, dead);
  }

  @Override
  public void close() {
    consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
  }
}
