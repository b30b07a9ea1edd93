package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running sink answers its health probes and counts quotes and exports at /metrics. */
@WithKafka
class SinkOpsIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void isReadyWhenRunningAndCountsQuotesAndExports(KafkaBroker broker, @TempDir Path dir) {
    KafkaSettings settings = TestTopics.create(broker, "ops", 1);
    try (SinkService sink =
            SinkService.start(
                settings,
                "ops-it-sink",
                dir.resolve("state"),
                SinkOptions.none()
                    .withExport(dir.resolve("exports"), 1_000_000)
                    .withHttp("127.0.0.1", 0));
        SinkClient client =
            new SinkClient(
                sink.httpUrl().orElseThrow(), settings.topics(), broker.clientProperties())) {
      await("sink running")
          .atMost(PATIENCE)
          .until(() -> sink.state() == KafkaStreams.State.RUNNING);

      HttpResponse<String> live = client.get("health/live");
      HttpResponse<String> ready = client.get("health/ready");
      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(SinkClient.json(ready).path("state").asText()).isEqualTo("RUNNING");
      assertThat(SinkClient.json(ready).path("status").asText()).isEqualTo("UP");
      assertThat(client.get("metrics").body())
          .contains("newsflow_quotes_published_total 0.0")
          .contains("newsflow_articles_exported_total 0.0")
          .contains("jvm_memory_used_bytes")
          .contains("kafka_");

      EnrichedArticle article = TestArticles.baerbockUrgesChina("Ops");
      client.publish(article);

      await("the article exported and its quotes counted")
          .atMost(PATIENCE)
          .untilAsserted(
              () ->
                  assertThat(client.get("metrics").body())
                      .contains("newsflow_articles_exported_total 1.0")
                      .contains(
                          "newsflow_quotes_published_total " + (double) article.quotes().size()));
    }
  }
}
