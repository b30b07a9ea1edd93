package dev.newsflow.local.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaBrokerIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void shouldKeepRecordsAndPortAcrossRestarts(@TempDir Path dataDir, @TempDir Path otherDir)
      throws Exception {
    String firstAddress;
    try (LocalKafkaBroker broker = LocalKafkaBroker.start(dataDir, 0)) {
      firstAddress = broker.bootstrapServers();
      assertThat(firstAddress).startsWith("127.0.0.1:");
      assertThat(broker.dataDir()).isEqualTo(dataDir.toAbsolutePath());
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", firstAddress))) {
        admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
      }
      try (KafkaProducer<String, String> producer = transactionalProducer(firstAddress)) {
        producer.initTransactions();
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("kept", "id-1", "survives a restart")).get();
        producer.commitTransaction();
      }
    }

    try (LocalKafkaBroker restarted = LocalKafkaBroker.start(dataDir, 0)) {
      assertThat(restarted.bootstrapServers()).isEqualTo(firstAddress);
      assertThat(readCommitted(firstAddress, "kept", 1))
          .extracting(ConsumerRecord::value)
          .containsExactly("survives a restart");

      int busyPort = Integer.parseInt(firstAddress.substring(firstAddress.indexOf(':') + 1));
      assertThatThrownBy(() -> LocalKafkaBroker.start(otherDir, busyPort))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Port "
                  + busyPort
                  + " on 127.0.0.1 is already in use; pass --broker-port to choose another");
    }
  }

  @Test
  void shouldPreferAnExplicitPortAndRememberIt(@TempDir Path dataDir) throws Exception {
    try (LocalKafkaBroker broker = LocalKafkaBroker.start(dataDir, 0)) {
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        admin.createTopics(List.of(new NewTopic("remembered", 1, (short) 1))).all().get();
      }
    }
    int explicitPort = LoopbackPorts.pickFree(0);
    int oldControllerPort = RememberedPorts.load(dataDir).orElseThrow().controller();

    try (ServerSocketChannel controllerPortTaken = ServerSocketChannel.open()) {
      controllerPortTaken.bind(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), oldControllerPort));
      try (LocalKafkaBroker broker = LocalKafkaBroker.start(dataDir, explicitPort)) {
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + explicitPort);
      }
    }

    try (LocalKafkaBroker broker = LocalKafkaBroker.start(dataDir, 0)) {
      assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + explicitPort);
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        assertThat(admin.listTopics().names().get()).contains("remembered");
      }
    }
  }

  @Test
  void shouldRefuseADataDirectoryThatCannotBeWritten(@TempDir Path parent) throws Exception {
    Path notADirectory = Files.writeString(parent.resolve("plain-file"), "x");

    assertThatThrownBy(() -> LocalKafkaBroker.start(notADirectory.resolve("kafka"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a writable directory")
        .hasMessageContaining(notADirectory.toString());
  }

  private static KafkaProducer<String, String> transactionalProducer(String bootstrapServers) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
            "local-broker-it"),
        new StringSerializer(),
        new StringSerializer());
  }

  private static List<ConsumerRecord<String, String>> readCommitted(
      String bootstrapServers, String topic, int expected) {
    List<ConsumerRecord<String, String>> read = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new StringDeserializer(),
            new StringDeserializer())) {
      List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      await("records on " + topic)
          .atMost(TIMEOUT)
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(100)).forEach(read::add);
                return read.size() >= expected;
              });
    }
    return read;
  }
}
