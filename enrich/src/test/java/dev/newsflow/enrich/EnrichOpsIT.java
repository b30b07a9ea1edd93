package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running enrich answers its health probes and counts what it enriches at /metrics. */
@WithKafka
class EnrichOpsIT {

  private static final ArticleAnalyzer NOTHING_FOUND =
      new ArticleAnalyzer() {
        @Override
        public Analysis analyze(String title, String body) {
          return new Analysis(List.of(), List.of());
        }

        @Override
        public String engine() {
          return "stub";
        }

        @Override
        public String version() {
          return "1";
        }
      };

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void isReadyWhenRunningAndCountsEnrichedArticles(KafkaBroker broker, @TempDir Path state)
      throws Exception {
    KafkaSettings settings =
        KafkaSettings.of(broker.bootstrapServers())
            .with("newsflow.topic.articles", "ops-it.articles")
            .with("newsflow.topic.enriched", "ops-it.enriched")
            .with("newsflow.topic.quotes", "ops-it.quotes")
            .with("newsflow.topic.dlq", "ops-it.dlq");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 1, (short) 1);

    try (EnrichService service =
        EnrichService.start(settings, NOTHING_FOUND, "ops-it-enrich", state, 1, "127.0.0.1", 0)) {
      URI base = service.httpUrl().orElseThrow();
      await("enrich RUNNING")
          .atMost(Duration.ofSeconds(60))
          .until(() -> service.state() == KafkaStreams.State.RUNNING);

      HttpResponse<String> live = get(base.resolve("health/live"));
      HttpResponse<String> ready = get(base.resolve("health/ready"));
      assertThat(live.statusCode()).isEqualTo(200);
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"state\":\"RUNNING\"").contains("\"status\":\"UP\"");

      String before = get(base.resolve("metrics")).body();
      assertThat(before)
          .contains("newsflow_articles_enriched_total 0.0")
          .contains("jvm_memory_used_bytes")
          .contains("kafka_");

      String body = "The harbour reopened on Tuesday.";
      Article article =
          new Article(
              1,
              ArticleIds.idFor(null, "Harbour", body),
              null,
              "it",
              "Harbour",
              body,
              "en",
              null,
              Instant.now(),
              ArticleIds.contentHash("Harbour", body));
      try (var producer =
          new KafkaProducer<>(
              settings.clientProperties(), new ByteArraySerializer(), new ByteArraySerializer())) {
        producer
            .send(
                new ProducerRecord<>(
                    topics.articles().name(),
                    article.id().getBytes(StandardCharsets.UTF_8),
                    topics.articles().valueSerde().serializer().serialize("", article)))
            .get();
      }

      await("newsflow_articles_enriched_total is 1")
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  get(base.resolve("metrics"))
                      .body()
                      .contains("newsflow_articles_enriched_total 1.0"));
      assertThat(get(base.resolve("metrics")).body())
          .contains("newsflow_enrichment_latency_seconds_bucket")
          .contains("newsflow_article_quotes_count 1");
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }
}
