package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.sink.stream.SinkStores;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh sink instance (empty state folder) restores its articles store from a filled changelog,
 * and answers /health/ready with 503 and the stores still to restore until it has, then 200.
 */
@WithKafka
class SinkRestoreIT {

  private static final String APPLICATION_ID = "restore-it-sink";
  private static final String CHANGELOG = APPLICATION_ID + "-" + SinkStores.ARTICLES + "-changelog";

  /** Enough records that restoring them, 50 per poll, takes many polls of the state updater. */
  private static final int ARTICLES = 30_000;

  private static final JsonSerde<EnrichedArticle> ARTICLE = JsonSerde.of(EnrichedArticle.class);

  @Test
  void isNotReadyUntilItsStoresAreRestored(KafkaBroker broker, @TempDir Path dir) {
    KafkaSettings settings =
        TestTopics.create(broker, "restore", 1).with("restore.consumer.max.poll.records", "50");
    broker.createTopics(1, Map.of("cleanup.policy", "compact"), CHANGELOG);
    EnrichedArticle last = fillChangelog(broker);

    List<HttpResponse<String>> readiness = new CopyOnWriteArrayList<>();
    try (SinkService sink =
            SinkService.start(
                settings,
                APPLICATION_ID,
                dir.resolve("state"),
                SinkOptions.none().withHttp("127.0.0.1", 0));
        SinkClient client =
            new SinkClient(
                sink.httpUrl().orElseThrow(), settings.topics(), broker.clientProperties())) {
      await("the sink ready")
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(20))
          .until(
              () -> {
                HttpResponse<String> ready = client.get("health/ready");
                readiness.add(ready);
                return ready.statusCode() == 200;
              });

      assertThat(readiness)
          .as("readiness answers while the articles store was restored")
          .anySatisfy(
              ready -> {
                assertThat(ready.statusCode()).isEqualTo(503);
                JsonNode body = SinkClient.json(ready);
                assertThat(body.path("status").asText()).isEqualTo("RESTORING");
                assertThat(body.path("stores").path(SinkStores.ARTICLES).asLong()).isPositive();
              });
      assertThat(readiness).last().satisfies(ready -> assertThat(ready.body()).contains("\"UP\""));
      assertThat(SinkClient.json(client.get("health/ready")).has("stores")).isFalse();
      assertThat(client.get("articles/" + last.id()).statusCode())
          .as("the last article of the changelog is in the restored store")
          .isEqualTo(200);
      System.out.println("Readiness while restoring, in order: " + distinctBodies(readiness));
    }
  }

  /** Writes the articles store's changelog as the sink itself would, returns the last article. */
  private static EnrichedArticle fillChangelog(KafkaBroker broker) {
    Properties props = broker.clientProperties();
    props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
    props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
    EnrichedArticle article = null;
    try (var producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      for (int i = 0; i < ARTICLES; i++) {
        article = TestArticles.baerbockUrgesChina("Restore " + i);
        producer.send(
            new ProducerRecord<>(
                CHANGELOG,
                article.id().getBytes(StandardCharsets.UTF_8),
                ARTICLE.toBytes(article)));
      }
      producer.flush();
    }
    return article;
  }

  private static List<String> distinctBodies(List<HttpResponse<String>> responses) {
    List<String> bodies = new ArrayList<>();
    for (HttpResponse<String> response : responses) {
      String shown = response.statusCode() + " " + response.body().replaceAll("\\d+", "N");
      if (bodies.isEmpty() || !bodies.get(bodies.size() - 1).equals(shown)) {
        bodies.add(shown);
      }
    }
    return bodies;
  }
}
