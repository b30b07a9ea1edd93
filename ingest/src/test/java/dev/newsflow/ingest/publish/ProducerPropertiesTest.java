package dev.newsflow.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.KafkaSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ProducerPropertiesTest {

  @Test
  void shouldMakeAnIdempotentCompressingProducerThatFailsWithinThirtySeconds() {
    Properties properties = ProducerProperties.of(KafkaSettings.of("broker:9092"), null);

    assertThat(properties)
        .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
        .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
        .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
        .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
        .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "10")
        .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "262144")
        .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "30000")
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000")
        .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "29990");
  }

  @Test
  void shouldPassEveryClientPropertyThroughButNoNewsflowSetting() {
    KafkaSettings settings =
        KafkaSettings.load(
                null,
                Map.of(
                    "NEWSFLOW_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                    "NEWSFLOW_KAFKA_SASL_MECHANISM", "PLAIN",
                    "NEWSFLOW_TOPIC_ARTICLES", "custom.articles"),
                "broker:9092")
            .with("compression.type", "lz4")
            .with("max.block.ms", "5000");

    Properties properties = ProducerProperties.of(settings, null);

    assertThat(properties)
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "PLAIN")
        .containsEntry("compression.type", "lz4")
        .containsEntry("max.block.ms", "5000")
        .doesNotContainKey("newsflow.topic.articles");
  }

  @Test
  void shouldLetAnExplicitTimeoutWinOverTheClientProperties() {
    KafkaSettings settings = KafkaSettings.of("broker:9092").with("max.block.ms", "60000");

    Properties properties = ProducerProperties.of(settings, Duration.ofSeconds(2));

    assertThat(properties)
        .containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000")
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "2000")
        .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "1990");
  }

  @Test
  void shouldLeaveRoomForALongerLingerInTheDeliveryTimeout() {
    KafkaSettings settings = KafkaSettings.of("broker:9092").with("linger.ms", "50");

    Properties byDefault = ProducerProperties.of(settings, null);
    Properties explicit = ProducerProperties.of(settings, Duration.ofSeconds(2));

    assertThat(byDefault)
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000")
        .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "29950");
    assertThat(explicit)
        .containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "2000")
        .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "1950");
  }
}
