package dev.newsflow.local.fault;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Topic;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.testkit.KafkaBroker;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Settings of a fault test: the test broker and topics of its own, also as a properties file. */
final class FaultSettings {

  private FaultSettings() {}

  /** Settings for the test broker with topics named {@code <prefix>.articles} and so on. */
  static KafkaSettings of(KafkaBroker broker, String prefix) {
    return KafkaSettings.of(broker.bootstrapServers())
        .with("newsflow.topic.articles", prefix + ".articles")
        .with("newsflow.topic.enriched", prefix + ".enriched")
        .with("newsflow.topic.quotes", prefix + ".quotes")
        .with("newsflow.topic.mentions", prefix + ".mentions")
        .with("newsflow.topic.dlq", prefix + ".dlq");
  }

  /**
   * Prepares the input of a service under test: creates the topics (3 partitions), publishes {@code
   * count} records keyed by {@link ShortArticles#id} to {@code input} and waits until all are
   * acknowledged, then writes the settings as the service's {@code --config} file.
   *
   * @return {@code configFile}
   */
  static <V> Path prepare(
      KafkaSettings settings,
      Topic<String, V> input,
      int count,
      IntFunction<V> value,
      Path configFile)
      throws Exception {
    TopicSetup.ensure(settings.clientProperties(), settings.topics(), 3, (short) 1);
    publish(settings, input.name(), input.valueSerde().serializer(), count, value);
    return write(settings, configFile);
  }

  private static Path write(KafkaSettings settings, Path file) throws IOException {
    Properties properties = new Properties();
    properties.putAll(settings.asMap());
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, "fault test");
    }
    return file;
  }

  /**
   * Publishes {@code count} records keyed by {@link ShortArticles#id} with an idempotent producer
   * and waits until the broker has acknowledged all of them.
   */
  private static <V> void publish(
      KafkaSettings settings, String topic, Serializer<V> values, int count, IntFunction<V> value)
      throws Exception {
    Properties props = settings.clientProperties();
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    // One batch in flight: on a topic created a moment ago the first batches can be refused with
    // NOT_LEADER_OR_FOLLOWER, and pipelined retries then looped on OUT_OF_ORDER_SEQUENCE_NUMBER
    // until the delivery timeout (seen once on this box). The fixture must not be the flaky part.
    props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    try (var producer = new KafkaProducer<>(props, new StringSerializer(), values)) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (int n = 0; n < count; n++) {
        sent.add(producer.send(new ProducerRecord<>(topic, ShortArticles.id(n), value.apply(n))));
      }
      for (Future<RecordMetadata> result : sent) {
        result.get();
      }
    }
  }
}
