package dev.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.DeadLetterHeaders;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Enrichment;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteEvent;
import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TextSpan;
import dev.newsflow.events.Topics;
import dev.newsflow.sink.export.DailyJsonlExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {

  private static final Topics TOPICS = Topics.DEFAULT;
  private static final Instant DAY = Instant.parse("2026-11-29T08:00:00Z");

  @TempDir Path exports;
  private TopologyTestDriver driver;
  private DailyJsonlExporter exporter;
  private TestInputTopic<byte[], byte[]> enriched;

  @BeforeEach
  void start() {
    exporter = new DailyJsonlExporter(exports);
    Properties props = new Properties();
    props.put("application.id", "sink-test");
    props.put("bootstrap.servers", "unused:9092");
    driver = new TopologyTestDriver(SinkTopology.buildTopology(TOPICS, exporter, null), props);
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
  void publishesOneQuoteEventPerQuoteKeyedBySpeaker() {
    EnrichedArticle article = article();
    enriched.pipeInput(
        article.id().getBytes(StandardCharsets.UTF_8),
        TOPICS.enriched().valueSerde().serializer().serialize("t", article),
        DAY);

    List<TestRecord<String, QuoteEvent>> quotes =
        driver
            .createOutputTopic(
                TOPICS.quotes().name(),
                TOPICS.quotes().keySerde().deserializer(),
                TOPICS.quotes().valueSerde().deserializer())
            .readRecordsToList();

    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).key()).isEqualTo("Ada Quill");
    assertThat(quotes.get(0).value().articleId()).isEqualTo(article.id());
    assertThat(quotes.get(0).value().title()).isEqualTo("Harbour reopens");
    assertThat(quotes.get(0).value().quote().text()).isEqualTo("We are open again");
    assertThat(quotes.get(1).key())
        .as("unknown speaker falls back to the article id")
        .isEqualTo(article.id());
  }

  @Test
  void appendsEveryArticleToTheExportOfItsDay() throws Exception {
    EnrichedArticle article = article();
    byte[] value = TOPICS.enriched().valueSerde().serializer().serialize("t", article);
    enriched.pipeInput(article.id().getBytes(StandardCharsets.UTF_8), value, DAY);
    enriched.pipeInput(
        article.id().getBytes(StandardCharsets.UTF_8), value, DAY.plusSeconds(86400));

    Path first = exporter.fileFor(LocalDate.parse("2026-11-29"));
    Path second = exporter.fileFor(LocalDate.parse("2026-11-30"));
    assertThat(Files.readAllLines(first)).hasSize(1);
    assertThat(Files.readAllLines(second)).hasSize(1);
    assertThat(
            TOPICS
                .enriched()
                .valueSerde()
                .deserializer()
                .deserialize(
                    "t", Files.readAllLines(first).get(0).getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(article);
  }

  @Test
  void sendsUnreadableRecordsToTheDeadLettersAndKeepsGoing() {
    enriched.pipeInput(
        "bad".getBytes(StandardCharsets.UTF_8), "{not json".getBytes(StandardCharsets.UTF_8), DAY);
    EnrichedArticle article = article();
    enriched.pipeInput(
        article.id().getBytes(StandardCharsets.UTF_8),
        TOPICS.enriched().valueSerde().serializer().serialize("t", article),
        DAY);

    var dead =
        driver
            .createOutputTopic(
                TOPICS.deadLetters().name(),
                TOPICS.deadLetters().keySerde().deserializer(),
                TOPICS.deadLetters().valueSerde().deserializer())
            .readRecordsToList();
    assertThat(dead).hasSize(1);
    assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    assertThat(DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.STAGE))
        .isEqualTo("sink");
    assertThat(DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.SOURCE_TOPIC))
        .isEqualTo(TOPICS.enriched().name());
    assertThat(DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.ERROR_MESSAGE))
        .contains("EnrichedArticle");
    assertThat(
            driver
                .createOutputTopic(
                    TOPICS.quotes().name(),
                    TOPICS.quotes().keySerde().deserializer(),
                    TOPICS.quotes().valueSerde().deserializer())
                .getQueueSize())
        .isEqualTo(2);
  }

  private static EnrichedArticle article() {
    String title = "Harbour reopens";
    String body =
        "\u201cWe are open again,\u201d said Ada Quill. Someone called it \u201ca miracle\u201d.";
    Article a =
        new Article(
            1,
            ArticleIds.idFor(null, title, body),
            null,
            "test",
            title,
            body,
            "en",
            null,
            DAY,
            ArticleIds.contentHash(title, body));
    return EnrichedArticle.of(
        a,
        List.of(),
        List.of(
            new Quote(
                "q1",
                "We are open again",
                1,
                18,
                QuoteKind.DIRECT,
                new Speaker("Ada Quill", "e1", new TextSpan(26, 35, "Ada Quill")),
                new TextSpan(21, 25, "said"),
                0.9),
            new Quote("q2", "a miracle", 54, 63, QuoteKind.DIRECT, Speaker.UNKNOWN, null, 0.2)),
        new Enrichment("test", "1", DAY));
  }
}
