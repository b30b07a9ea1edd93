package dev.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.ingest.http.ArticleServer;
import dev.newsflow.ingest.http.ServerSettings;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article POSTed to ingest's HTTP endpoint comes out enriched, over a real broker. */
@WithKafka
class HttpIngestIT {

  private static final String TOKEN = "local-it-token";

  @Test
  void anArticlePostedOverHttpReachesNewsEnrichedWithItsQuote(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    KafkaSettings settings =
        KafkaSettings.of(broker.bootstrapServers())
            .with("newsflow.topic.articles", "http-it.articles")
            .with("newsflow.topic.enriched", "http-it.enriched")
            .with("newsflow.topic.quotes", "http-it.quotes")
            .with("newsflow.topic.mentions", "http-it.mentions")
            .with("newsflow.topic.dlq", "http-it.dlq");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 1, (short) 1);
    Ingestor ingestor =
        new Ingestor(settings, IngestOptions.defaults().withStateDirectory(dir.resolve("ingest")));

    try (EnrichService enrich =
            EnrichService.start(
                settings, CoreNlpAnalyzer.shared(), "http-it-enrich", dir.resolve("state"), 1);
        ArticleServer server =
            ArticleServer.start(
                ingestor.open(() -> {}), new ServerSettings("127.0.0.1", 0, TOKEN, 100_000))) {
      String json =
          "{\"title\": \"Ferry service resumes\", \"body\": \"\u201cThe ferries sail again from"
              + " Monday,\u201d said harbour master Ines Carvalho in Porto.\"}";
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                      .header("Authorization", "Bearer " + TOKEN)
                      .header("Content-Type", "application/json")
                      .POST(HttpRequest.BodyPublishers.ofString(json))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).isEqualTo(202);
      var enriched =
          broker.readCommitted(
              topics.enriched().name(),
              new StringDeserializer(),
              topics.enriched().valueSerde().deserializer(),
              1,
              Duration.ofMinutes(2));
      EnrichedArticle article = enriched.get(0).value();
      assertThat(response.body()).contains(article.id());
      assertThat(article.title()).isEqualTo("Ferry service resumes");
      assertThat(article.quotes())
          .singleElement()
          .satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Ines Carvalho"));
    }
  }
}
