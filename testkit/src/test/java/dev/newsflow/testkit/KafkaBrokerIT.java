package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.FeatureMetadata;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.server.common.MetadataVersion;
import org.junit.jupiter.api.Test;

@WithKafka
class KafkaBrokerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final KafkaBroker broker;

  KafkaBrokerIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @Test
  void shouldShareOneBrokerWithEveryTestClass() {
    assertThat(SeenBrokers.record(broker)).containsExactly(broker);
  }

  @Test
  void shouldRunTheLatestProductionMetadataVersion() throws Exception {
    try (Admin admin = Admin.create(broker.clientProperties())) {
      FeatureMetadata features = admin.describeFeatures().featureMetadata().get();
      assertThat(features.finalizedFeatures().get("metadata.version").maxVersionLevel())
          .isEqualTo(MetadataVersion.latestProduction().featureLevel());
    }
  }

  @Test
  void shouldReadCommittedRecordsButNotAbortedOnes() throws Exception {
    broker.createTopics(2, Map.of(), "transactions");
    try (KafkaProducer<String, String> idempotent = producer(Map.of());
        KafkaProducer<String, String> transactional =
            producer(Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "testkit-tx"))) {
      idempotent.send(new ProducerRecord<>("transactions", "k1", "idempotent")).get();
      transactional.initTransactions();
      transactional.beginTransaction();
      transactional.send(new ProducerRecord<>("transactions", "k2", "committed")).get();
      transactional.commitTransaction();
      transactional.beginTransaction();
      transactional.send(new ProducerRecord<>("transactions", "k2", "aborted")).get();
      transactional.abortTransaction();
      transactional.beginTransaction();
      transactional.send(new ProducerRecord<>("transactions", "k2", "committed later")).get();
      transactional.commitTransaction();
    }

    List<ConsumerRecord<String, String>> records =
        broker.readCommitted(
            "transactions", new StringDeserializer(), new StringDeserializer(), 3, TIMEOUT);

    assertThat(records)
        .extracting(ConsumerRecord::value)
        .containsExactlyInAnyOrder("idempotent", "committed", "committed later");
  }

  @Test
  void shouldReadUntilTheConditionHolds() throws Exception {
    broker.createTopics(1, Map.of(), "until");
    try (KafkaProducer<String, String> producer = producer(Map.of())) {
      for (String value : List.of("one", "two", "three")) {
        producer.send(new ProducerRecord<>("until", value, value)).get();
      }
    }

    List<ConsumerRecord<String, String>> records =
        broker.readCommittedUntil(
            "until",
            new StringDeserializer(),
            new StringDeserializer(),
            read -> read.stream().anyMatch(r -> r.value().equals("three")),
            TIMEOUT);

    assertThat(records).extracting(ConsumerRecord::value).containsExactly("one", "two", "three");
  }

  @Test
  void shouldAcceptCreatingTheSameTopicTwice() throws Exception {
    Map<String, String> compacted = Map.of("cleanup.policy", "compact");
    broker.createTopics(3, compacted, "twice-a", "twice-b");
    broker.createTopics(3, compacted, "twice-a", "twice-b");

    try (Admin admin = Admin.create(broker.clientProperties())) {
      Map<String, TopicDescription> topics =
          admin.describeTopics(List.of("twice-a", "twice-b")).allTopicNames().get();
      assertThat(topics.values()).allSatisfy(t -> assertThat(t.partitions()).hasSize(3));
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, "twice-a");
      assertThat(
              admin
                  .describeConfigs(List.of(resource))
                  .all()
                  .get()
                  .get(resource)
                  .get("cleanup.policy")
                  .value())
          .isEqualTo("compact");
    }
  }

  @Test
  void shouldCarryATenMegabyteRecordOnATopicThatAllowsIt() throws Exception {
    int twelveMegabytes = 12 * 1024 * 1024;
    broker.createTopics(
        1, Map.of("max.message.bytes", Integer.toString(twelveMegabytes)), "large-records");
    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMegabytes, (byte) 'x');
    Properties config = broker.clientProperties();
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, twelveMegabytes);
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>("large-records", tenMegabytes)).get();
    }

    List<ConsumerRecord<byte[], byte[]>> records =
        broker.readCommitted(
            "large-records", new ByteArrayDeserializer(), new ByteArrayDeserializer(), 1, TIMEOUT);

    assertThat(records).singleElement().satisfies(r -> assertThat(r.value()).hasSize(10 << 20));
  }

  @Test
  void shouldNameTopicExpectedAndActualWhenTooFewRecordsArrive() {
    broker.createTopics(1, Map.of(), "too-few");

    assertThatThrownBy(
            () ->
                broker.readCommitted(
                    "too-few",
                    new StringDeserializer(),
                    new StringDeserializer(),
                    2,
                    Duration.ofSeconds(1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("'too-few'")
        .hasMessageContaining("at least 2")
        .hasMessageContaining("read 0");
  }

  private KafkaProducer<String, String> producer(Map<String, Object> extra) {
    Properties config = broker.clientProperties();
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putAll(extra);
    return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
  }
}
