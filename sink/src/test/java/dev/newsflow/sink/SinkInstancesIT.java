package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two sink instances of one app: each answers for every key, asking the owner when needed. */
@WithKafka
class SinkInstancesIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @Test
  void everyInstanceAnswersForArticlesOwnedByTheOther(KafkaBroker broker, @TempDir Path dir) {
    KafkaSettings settings = TestTopics.create(broker, "two", 3);
    SinkOptions http = SinkOptions.none().withHttp("127.0.0.1", 0);

    try (SinkService first = SinkService.start(settings, "two-sinks", dir.resolve("a"), http);
        SinkService second = SinkService.start(settings, "two-sinks", dir.resolve("b"), http);
        SinkClient a =
            new SinkClient(
                first.httpUrl().orElseThrow(), settings.topics(), broker.clientProperties());
        SinkClient b =
            new SinkClient(
                second.httpUrl().orElseThrow(), settings.topics(), broker.clientProperties())) {
      await("both instances running")
          .atMost(PATIENCE)
          .until(
              () ->
                  first.state() == KafkaStreams.State.RUNNING
                      && second.state() == KafkaStreams.State.RUNNING);
      List<EnrichedArticle> published = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        EnrichedArticle article =
            TestArticles.baerbockUrgesChina("Two instances " + i + " " + UUID.randomUUID());
        a.publish(article);
        published.add(article);
      }

      await("every article served by both instances")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                for (EnrichedArticle article : published) {
                  for (SinkClient instance : List.of(a, b)) {
                    HttpResponse<String> response = instance.get("articles/" + article.id());
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                  }
                }
              });
      await("entity index, trending and hourly speaker counts answered by both instances")
          .atMost(PATIENCE)
          .untilAsserted(
              () -> {
                for (SinkClient instance : List.of(a, b)) {
                  JsonNode found = SinkClient.json(instance.get("articles?entity=China&limit=200"));
                  assertThat(found.path("articles").findValuesAsText("id"))
                      .containsAll(published.stream().map(EnrichedArticle::id).toList());
                  JsonNode trending = SinkClient.json(instance.get("entities/trending?window=2h"));
                  assertThat(trending.path("entities").findValuesAsText("name"))
                      .contains("China", "Annalena Baerbock", "Antony Blinken");
                  JsonNode about =
                      SinkClient.json(instance.get("speakers/Annalena%20Baerbock/about?window=1h"));
                  assertThat(about.path("entities").path(0).path("name").asText())
                      .isEqualTo("China");
                  assertThat(about.path("entities").path(0).path("count").asLong())
                      .isGreaterThanOrEqualTo(published.size());
                }
              });
    }
  }
}
