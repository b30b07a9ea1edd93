package dev.newsflow.sink.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Topics;
import dev.newsflow.sink.TestArticles;
import dev.newsflow.sink.export.DailyJsonlExporter;
import dev.newsflow.sink.stream.SinkTopology;
import dev.newsflow.streams.ops.DeadLetterCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production sink topology counts quotes, exports and dead letters into a registry. */
class MicrometerSinkMetricsTest {

  private static final Topics TOPICS = Topics.DEFAULT;

  @TempDir Path exports;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private DailyJsonlExporter exporter;
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> enriched;

  @BeforeEach
  void start() {
    exporter = new DailyJsonlExporter(exports);
    Properties props = new Properties();
    props.put("application.id", "sink-metrics-test");
    props.put("bootstrap.servers", "unused:9092");
    driver =
        new TopologyTestDriver(
            SinkTopology.buildTopology(TOPICS, exporter, null, new MicrometerSinkMetrics(registry)),
            props);
    enriched =
        driver.createInputTopic(
            TOPICS.enriched().name(), new ByteArraySerializer(), new ByteArraySerializer());
  }

  @AfterEach
  void stop() {
    driver.close();
    exporter.close();
  }

  @Test
  void countsEachQuotePublishedAndEachArticleExported() {
    EnrichedArticle one = TestArticles.baerbockUrgesChina("One");
    EnrichedArticle two = TestArticles.baerbockUrgesChina("Two");
    pipe(one);
    pipe(two);

    assertThat(registry.get(MicrometerSinkMetrics.QUOTES_PUBLISHED).counter().count())
        .isEqualTo(one.quotes().size() + two.quotes().size());
    assertThat(registry.get(MicrometerSinkMetrics.ARTICLES_EXPORTED).counter().count())
        .isEqualTo(2.0);
  }

  @Test
  void countsUndecodableRecordsAsSinkDeadLetters() {
    enriched.pipeInput(bytes("k"), bytes("not json"));

    assertThat(
            registry
                .get(DeadLetterCounter.DLQ_RECORDS)
                .tags("stage", "sink", "kind", "deserialization")
                .counter()
                .count())
        .isEqualTo(1.0);
    assertThat(registry.get(MicrometerSinkMetrics.ARTICLES_EXPORTED).counter().count()).isZero();
  }

  private void pipe(EnrichedArticle article) {
    enriched.pipeInput(
        bytes(article.id()), TOPICS.enriched().valueSerde().serializer().serialize("", article));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
