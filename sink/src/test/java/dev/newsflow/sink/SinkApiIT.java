package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Mention;
import dev.newsflow.events.Quote;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TextField;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The query API, errors and live stream of a sink running against a real broker. */
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SinkApiIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String BAERBOCK = "Annalena Baerbock";

  private final KafkaBroker broker;
  private Path state;
  private SinkService sink;
  private SinkClient client;

  SinkApiIT(KafkaBroker broker) {
    this.broker = broker;
  }

  @BeforeAll
  void startSink() throws Exception {
    state = Files.createTempDirectory("sink-api-it");
    KafkaSettings settings = TestTopics.create(broker, "api", 3);
    sink =
        SinkService.start(
            settings,
            "api-it-sink",
            state.resolve("state"),
            SinkOptions.none()
                .withExport(state.resolve("exports"), 1_000_000)
                .withHttp("127.0.0.1", 0));
    client =
        new SinkClient(sink.httpUrl().orElseThrow(), settings.topics(), broker.clientProperties());
    await("sink running").atMost(PATIENCE).until(() -> sink.state() == KafkaStreams.State.RUNNING);
  }

  @AfterAll
  void stopSink() {
    if (client != null) {
      client.close();
    }
    if (sink != null) {
      sink.close();
    }
  }

  @Test
  void servesPublishedArticlesByIdEntityAndSpeaker() {
    EnrichedArticle one = TestArticles.baerbockUrgesChina("Query one " + UUID.randomUUID());
    EnrichedArticle two = TestArticles.baerbockUrgesChina("Query two " + UUID.randomUUID());
    client.publish(one);
    client.publish(two);

    await("article " + two.id() + " served by id")
        .atMost(PATIENCE)
        .until(() -> client.get("articles/" + two.id()).statusCode() == 200);
    JsonNode byId = SinkClient.json(client.get("articles/" + one.id()));
    assertThat(byId.path("title").asText()).isEqualTo(one.title());
    assertThat(byId.path("quotes").get(0).path("speaker").path("name").asText())
        .isEqualTo(BAERBOCK);

    await("both articles found by entity and speaker")
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(ids(client.get("articles?entity=China&limit=200")))
                  .contains(one.id(), two.id());
              assertThat(
                      ids(
                          client.get(
                              "articles?speaker=" + SinkClient.encode(BAERBOCK) + "&limit=200")))
                  .contains(one.id(), two.id());
            });
    assertThat(ids(client.get("articles?entity=China&since=2030-01-01T00:00:00Z"))).isEmpty();

    JsonNode quotes =
        SinkClient.json(client.get("quotes?speaker=" + SinkClient.encode(BAERBOCK) + "&limit=200"));
    assertThat(quotes.path("quotes").findValuesAsText("articleId")).contains(one.id(), two.id());
    JsonNode about =
        SinkClient.json(client.get("speakers/" + SinkClient.encode(BAERBOCK) + "/about"));
    assertThat(about.path("entities").get(0).path("name").asText()).isEqualTo("China");
  }

  @Test
  void trendingCountsMatchWhatWasPublished() {
    String entity = "Trend " + UUID.randomUUID();
    client.publish(withEntity(TestArticles.baerbockUrgesChina(entity + " a"), entity, 3));
    client.publish(withEntity(TestArticles.baerbockUrgesChina(entity + " b"), entity, 2));

    await("trending count of " + entity)
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(countOf(client.get("entities/trending?window=2h&limit=200"), entity))
                    .isEqualTo(5));
  }

  @Test
  void countsWhomASpeakerTalkedAboutInTheLastHour() {
    String speaker = "Speaker " + UUID.randomUUID();
    client.publish(quotedBy(TestArticles.baerbockUrgesChina(speaker + " a"), speaker));
    client.publish(quotedBy(TestArticles.baerbockUrgesChina(speaker + " b"), speaker));

    await("hourly topics of " + speaker)
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              HttpResponse<String> about =
                  client.get("speakers/" + SinkClient.encode(speaker) + "/about?window=1h");
              assertThat(about.statusCode()).as(about.body()).isEqualTo(200);
              JsonNode body = SinkClient.json(about);
              assertThat(body.path("window").asText()).isEqualTo("1h");
              assertThat(body.path("entities").path(0).path("name").asText()).isEqualTo("China");
              assertThat(body.path("entities").path(0).path("count").asLong()).isEqualTo(2);
            });
  }

  @Test
  void answersUnknownIdsAndBadParametersWithJsonErrors() {
    assertError(client.get("articles/no-such-article"), 404, "no-such-article");
    assertError(client.get("articles"), 400, "entity");
    assertError(client.get("articles?entity=China&limit=0"), 400, "limit");
    assertError(client.get("articles?entity=China&since=yesterday"), 400, "since");
    assertError(client.get("quotes"), 400, "speaker");
    assertError(client.get("entities/trending?window=1d"), 400, "window");
    assertError(client.get("speakers/Nobody%20Known/about"), 404, "Nobody Known");
    assertError(client.get("speakers/Nobody%20Known/about?window=90m"), 400, "window");
    assertError(client.get("no/such/path"), 404, "/no/such/path");
  }

  @Test
  void streamsANewArticleWithinASecondOfItsPublication() throws Exception {
    String marker = "Live " + UUID.randomUUID();
    HttpResponse<InputStream> stream =
        client
            .http()
            .send(
                HttpRequest.newBuilder(
                        client.base().resolve("stream?entity=" + SinkClient.encode(marker)))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = readLines(stream.body(), lines);
    try {
      await("stream connected").atMost(PATIENCE).until(() -> lines.contains(": connected"));
      EnrichedArticle warmUp =
          withEntity(TestArticles.baerbockUrgesChina(marker + " 1"), marker, 1);
      client.publish(warmUp);
      await("warm-up article streamed")
          .atMost(PATIENCE)
          .until(() -> lines.stream().anyMatch(l -> l.contains(warmUp.id())));

      EnrichedArticle fresh = withEntity(TestArticles.baerbockUrgesChina(marker + " 2"), marker, 1);
      long published = System.nanoTime();
      client.publish(fresh);
      await("new article streamed within a second")
          .atMost(Duration.ofSeconds(1))
          .until(() -> lines.stream().anyMatch(l -> l.contains(fresh.id())));
      assertThat(Duration.ofNanos(System.nanoTime() - published)).isLessThan(Duration.ofSeconds(1));
      List<String> seen = new ArrayList<>(lines);
      assertThat(seen).contains("event: article");
      assertThat(seen).anyMatch(l -> l.startsWith("id: "));
    } finally {
      reader.interrupt();
      stream.body().close();
    }
  }

  @Test
  void resumesTheStreamAfterTheLastEventId() throws Exception {
    String marker = "Resume " + UUID.randomUUID();
    EnrichedArticle missed = withEntity(TestArticles.baerbockUrgesChina(marker), marker, 1);
    client.publish(missed);
    await("article published to the feed")
        .atMost(PATIENCE)
        .until(() -> client.get("articles/" + missed.id()).statusCode() == 200);

    HttpResponse<InputStream> stream =
        client
            .http()
            .send(
                HttpRequest.newBuilder(
                        client.base().resolve("stream?entity=" + SinkClient.encode(marker)))
                    .header("Accept", "text/event-stream")
                    .header("Last-Event-ID", "0")
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = readLines(stream.body(), lines);
    try {
      await("missed article replayed")
          .atMost(PATIENCE)
          .until(() -> lines.stream().anyMatch(l -> l.contains(missed.id())));
    } finally {
      reader.interrupt();
      stream.body().close();
    }
  }

  private static Thread readLines(InputStream body, BlockingQueue<String> lines) {
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader in =
                  new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  lines.add(line);
                }
              } catch (java.io.IOException e) {
                // stream closed by the test
              }
            },
            "sse-test-reader");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  private static EnrichedArticle withEntity(EnrichedArticle article, String name, int mentions) {
    List<Mention> at = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      at.add(new Mention(0, 8, article.body().substring(0, 8), TextField.BODY));
    }
    List<Entity> entities = new ArrayList<>(article.entities());
    entities.add(new Entity("e9", name, EntityType.MISC, at, 0.1));
    return withResults(article, entities, article.quotes());
  }

  private static EnrichedArticle quotedBy(EnrichedArticle article, String speaker) {
    List<Quote> quotes =
        article.quotes().stream()
            .map(
                q ->
                    new Quote(
                        q.id(),
                        q.text(),
                        q.start(),
                        q.end(),
                        q.kind(),
                        new Speaker(speaker, null, null),
                        q.cue(),
                        q.confidence()))
            .toList();
    return withResults(article, article.entities(), quotes);
  }

  /** The same article with other entities and quotes (every other field kept). */
  private static EnrichedArticle withResults(
      EnrichedArticle article, List<Entity> entities, List<Quote> quotes) {
    return new EnrichedArticle(
        article.schemaVersion(),
        article.id(),
        article.url(),
        article.source(),
        article.title(),
        article.body(),
        article.language(),
        article.publishedAt(),
        article.ingestedAt(),
        article.contentHash(),
        article.duplicateOf(),
        article.authors(),
        entities,
        quotes,
        article.enrichment());
  }

  private static List<String> ids(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return SinkClient.json(response).path("articles").findValuesAsText("id");
  }

  private static long countOf(HttpResponse<String> trending, String entity) {
    assertThat(trending.statusCode()).as(trending.body()).isEqualTo(200);
    return StreamSupport.stream(SinkClient.json(trending).path("entities").spliterator(), false)
        .filter(e -> e.path("name").asText().equals(entity))
        .mapToLong(e -> e.path("count").asLong())
        .sum();
  }

  private static void assertError(HttpResponse<String> response, int status, String mentioned) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode error = SinkClient.json(response);
    assertThat(error.path("status").asInt()).isEqualTo(status);
    assertThat(error.path("message").asText()).contains(mentioned);
  }
}
