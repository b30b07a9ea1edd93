package dev.newsflow.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.events.Article;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Topic;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class ArticleServerIT {

  private static final String TOPIC = "it.http.articles";
  private static final Topic<String, Article> ARTICLES = Topics.DEFAULT.articles();
  private static final String TOKEN = "s3cret-token";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KafkaBroker broker;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private ArticleServer server;

  @TempDir Path state;

  ArticleServerIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @BeforeEach
  void start() {
    broker.createTopics(1, Map.of(), TOPIC);
    KafkaSettings settings =
        KafkaSettings.of(broker.bootstrapServers()).with("newsflow.topic.articles", TOPIC);
    Ingestor ingestor =
        new Ingestor(
            settings,
            IngestOptions.defaults().withStateDirectory(state).withTimeout(Duration.ofSeconds(20)));
    server =
        ArticleServer.start(
            ingestor.open(() -> {}), new ServerSettings("127.0.0.1", 0, TOKEN, 2_000));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpResponse<String> post(String contentType, String token, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  @Test
  void shouldAcceptJsonLinesAndAnArticleAndPublishThemOnce() throws Exception {
    String lines =
        """
        {"id": "http-1", "title": "Harbour reopens", "body": "The terminal reopened on Tuesday."}
        {"url": "https://example.org/rail", "title": "Rail", "body": "Trains run again."}
        """;

    HttpResponse<String> accepted = post("application/x-ndjson", TOKEN, lines);
    HttpResponse<String> single =
        post(
            "application/json; charset=utf-8",
            TOKEN,
            "{\n  \"title\": \"Library\",\n  \"body\": \"Toronto opened a library.\"\n}");
    HttpResponse<String> again = post("application/x-ndjson", TOKEN, lines);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    assertThat(json(accepted).get("published")).hasSize(2);
    assertThat(json(accepted).get("ids").get(0).asText()).isEqualTo("http-1");
    assertThat(single.statusCode()).as(single.body()).isEqualTo(202);
    assertThat(again.statusCode()).isEqualTo(202);
    assertThat(json(again).get("published")).isEmpty();
    assertThat(json(again).get("duplicates")).hasSize(2);
    List<ConsumerRecord<String, Article>> records =
        broker.readCommitted(
            TOPIC,
            ARTICLES.keySerde().deserializer(),
            ARTICLES.valueSerde().deserializer(),
            3,
            Duration.ofSeconds(60));
    assertThat(records)
        .extracting(r -> r.value().title())
        .containsExactlyInAnyOrder("Harbour reopens", "Rail", "Library");
  }

  @Test
  void shouldRefuseAMissingOrWrongToken() throws Exception {
    HttpResponse<String> missing = post("application/json", null, "{\"body\": \"b\"}");
    HttpResponse<String> wrong = post("application/json", "guess", "{\"body\": \"b\"}");

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(json(missing).get("message").asText()).startsWith("missing bearer token");
    assertThat(missing.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).get("message").asText()).isEqualTo("wrong bearer token");
  }

  @Test
  void shouldRefuseAnOversizedBodyAndAnUnsupportedMediaType() throws Exception {
    HttpResponse<String> big =
        post("application/json", TOKEN, "{\"body\": \"" + "x".repeat(3_000) + "\"}");
    HttpResponse<String> text = post("text/plain", TOKEN, "Title\n\nBody");

    assertThat(big.statusCode()).isEqualTo(413);
    assertThat(json(big).get("message").asText())
        .isEqualTo("request body is 3012 bytes; the limit is 2000 bytes");
    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(json(text).get("error").asText()).isEqualTo("unsupported_media_type");
  }

  @Test
  void shouldRefuseInvalidJsonNamingTheLineAndPublishNothingOfTheRequest() throws Exception {
    HttpResponse<String> response =
        post(
            "application/x-ndjson",
            TOKEN,
            "{\"id\": \"good-1\", \"body\": \"fine\"}\n{\"body\": \"no closing brace\"\n");
    HttpResponse<String> empty =
        post("application/json", TOKEN, "{\"title\": \"x\", \"body\": \" \"}");

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = json(response);
    assertThat(error.get("error").asText()).isEqualTo("invalid_articles");
    assertThat(error.get("problems").get(0).get("where").asText()).isEqualTo("line 2");
    assertThat(error.get("problems").get(0).get("reason").asText()).startsWith("invalid JSON");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(json(empty).get("message").asText()).contains("empty body");
  }
}
