package dev.newsflow.enrich.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.article.ArticleDecoder;
import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.enrich.stream.EnrichTopology;
import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.Topics;
import dev.newsflow.streams.ops.DeadLetterCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production topology counts what it enriches and dead-letters into a Micrometer registry. */
class MicrometerEnrichMetricsTest {

  private static final Topics TOPICS = Topics.DEFAULT;

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> articles;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put("application.id", "enrich-metrics-test");
    props.put("bootstrap.servers", "unused:9092");
    driver =
        new TopologyTestDriver(
            EnrichTopology.buildTopology(
                TOPICS,
                ArticleDecoder.DEFAULT,
                new ArticleEnricher(new StubAnalyzer(), Clock.systemUTC()),
                new MicrometerEnrichMetrics(registry)),
            props);
    articles =
        driver.createInputTopic(
            TOPICS.articles().name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void countsEachEnrichedArticleWithItsLatencyAndQuotes() {
    pipe(article("The harbour reopened."));
    pipe(article("The bridge closed."));

    assertThat(registry.get(MicrometerEnrichMetrics.ARTICLES_ENRICHED).counter().count())
        .isEqualTo(2.0);
    assertThat(registry.get(MicrometerEnrichMetrics.ENRICHMENT_LATENCY).timer().count())
        .isEqualTo(2);
    assertThat(registry.get(MicrometerEnrichMetrics.ARTICLE_QUOTES).summary().count()).isEqualTo(2);
    assertThat(registry.find(DeadLetterCounter.DLQ_RECORDS).counter()).isNull();
  }

  @Test
  void countsDeadLettersByStageAndKind() {
    articles.pipeInput(bytes("k1"), bytes("not json"));
    articles.pipeInput(bytes("k2"), bytes("still not json"));
    pipe(article("This one will explode."));

    assertThat(
            registry
                .get(DeadLetterCounter.DLQ_RECORDS)
                .tags("stage", "enrich", "kind", "deserialization")
                .counter()
                .count())
        .isEqualTo(2.0);
    assertThat(
            registry
                .get(DeadLetterCounter.DLQ_RECORDS)
                .tags("stage", "enrich", "kind", "processing")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get(MicrometerEnrichMetrics.ARTICLES_ENRICHED).counter().count()).isZero();
  }

  private void pipe(Article article) {
    articles.pipeInput(
        bytes(article.id()), TOPICS.articles().valueSerde().serializer().serialize("", article));
  }

  static Article article(String body) {
    return new Article(
        1,
        ArticleIds.idFor(null, "Title", body),
        null,
        "test",
        "Title",
        body,
        "en",
        null,
        Instant.now(),
        ArticleIds.contentHash("Title", body));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
