package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.budget.AnalysisBudget;
import dev.newsflow.enrich.budget.BudgetedAnalyzer;
import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.DeadLetterHeaders;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Enrichment;
import dev.newsflow.events.JsonSerde;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.sink.SinkService;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poison input the existing dead-letter tests do not cover, on a real broker: NLP failures and
 * overruns in enrich, undecodable enriched records in sink. Each goes to the DLQ with stage, error
 * and origin headers, and the good record after it still flows.
 */
@WithKafka
class PoisonInputFaultIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @Test
  void enrichDeadLettersArticlesThatMakeTheNlpThrowOrOverrunTheirBudget(
      KafkaBroker broker, @TempDir Path state) throws Exception {
    KafkaSettings settings = settings(broker, "poison-enrich");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 1, (short) 1);
    var produced = new Produced(settings);
    produced.send(topics.articles().name(), "hang", article("hang", "HANG forever"));
    produced.send(topics.articles().name(), "good-1", article("good-1", "All is well."));
    produced.send(topics.articles().name(), "throw", article("throw", "THROW please"));
    produced.send(topics.articles().name(), "good-2", article("good-2", "All is well."));
    produced.send(
        topics.articles().name(),
        "version",
        bytes("{\"schemaVersion\":99,\"id\":\"version\",\"title\":\"\",\"body\":\"x\"}"));
    produced.send(topics.articles().name(), "good-3", article("good-3", "All is well."));
    produced.send(topics.articles().name(), "garbage", garbage());
    produced.send(topics.articles().name(), "good-4", article("good-4", "All is well."));
    produced.close();

    var stuck = new CountDownLatch(1);
    var budget = new AnalysisBudget(Duration.ofSeconds(2), 1_000_000, 4);
    try (var enrich =
        EnrichService.start(
            settings,
            new BudgetedAnalyzer(new CueAnalyzer(stuck), budget),
            "poison-enrich",
            state,
            1)) {
      List<ConsumerRecord<String, byte[]>> enriched =
          broker.readCommitted(
              topics.enriched().name(),
              new StringDeserializer(),
              new ByteArrayDeserializer(),
              4,
              WAIT);
      List<ConsumerRecord<String, byte[]>> dead =
          broker.readCommitted(
              topics.deadLetters().name(),
              new StringDeserializer(),
              new ByteArrayDeserializer(),
              4,
              WAIT);

      assertThat(enriched)
          .extracting(ConsumerRecord::key)
          .containsExactly("good-1", "good-2", "good-3", "good-4");
      assertThat(dead)
          .extracting(ConsumerRecord::key)
          .containsExactly("hang", "throw", "version", "garbage");
      assertThat(dead)
          .extracting(r -> header(r, DeadLetterHeaders.ERROR_KIND))
          .containsExactly("processing", "processing", "validation", "deserialization");
      assertThat(header(dead.get(0), DeadLetterHeaders.ERROR_MESSAGE))
          .contains("longer than its budget of 2000 ms");
      assertThat(header(dead.get(1), DeadLetterHeaders.ERROR_MESSAGE)).contains("NLP failed");
      assertThat(dead)
          .allSatisfy(
              r -> {
                assertThat(header(r, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
                assertThat(header(r, DeadLetterHeaders.SOURCE_TOPIC))
                    .isEqualTo(topics.articles().name());
                assertThat(header(r, DeadLetterHeaders.SOURCE_OFFSET)).isNotNull();
              });
    } finally {
      stuck.countDown();
    }
  }

  @Test
  void sinkDeadLettersUndecodableEnrichedRecordsAndKeepsPublishingQuotes(
      KafkaBroker broker, @TempDir Path dir) throws Exception {
    KafkaSettings settings = settings(broker, "poison-sink");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 1, (short) 1);
    var serializer = topics.enriched().valueSerde().serializer();
    var produced = new Produced(settings);
    produced.send(topics.enriched().name(), "json", bytes("<html>not json"));
    produced.send(topics.enriched().name(), "good-1", serializer.serialize("", enriched("good-1")));
    produced.send(topics.enriched().name(), "garbage", garbage());
    produced.send(topics.enriched().name(), "good-2", serializer.serialize("", enriched("good-2")));
    produced.send(topics.enriched().name(), "no-id", bytes("{\"schemaVersion\":1}"));
    produced.send(topics.enriched().name(), "good-3", serializer.serialize("", enriched("good-3")));
    produced.close();

    try (var sink =
        SinkService.start(settings, "poison-sink", dir.resolve("state"), dir.resolve("exports"))) {
      var quotes =
          broker.readCommitted(
              topics.quotes().name(),
              new StringDeserializer(),
              topics.quotes().valueSerde().deserializer(),
              6,
              WAIT);
      List<ConsumerRecord<String, byte[]>> dead =
          broker.readCommitted(
              topics.deadLetters().name(),
              new StringDeserializer(),
              new ByteArrayDeserializer(),
              3,
              WAIT);

      assertThat(quotes)
          .extracting(q -> q.value().articleId() + "/" + q.value().quote().id())
          .containsExactlyInAnyOrder(
              "good-1/q1", "good-1/q2", "good-2/q1", "good-2/q2", "good-3/q1", "good-3/q2");
      assertThat(dead).extracting(ConsumerRecord::key).containsExactly("json", "garbage", "no-id");
      assertThat(dead)
          .allSatisfy(
              r -> {
                assertThat(header(r, DeadLetterHeaders.STAGE)).isEqualTo("sink");
                assertThat(header(r, DeadLetterHeaders.ERROR_KIND)).isEqualTo("deserialization");
                assertThat(header(r, DeadLetterHeaders.ERROR_MESSAGE)).isNotBlank();
                assertThat(header(r, DeadLetterHeaders.SOURCE_TOPIC))
                    .isEqualTo(topics.enriched().name());
              });
      assertThat(dead.get(1).value()).isEqualTo(garbage());
    }
  }

  private static KafkaSettings settings(KafkaBroker broker, String prefix) {
    return KafkaSettings.of(broker.bootstrapServers())
        .with("newsflow.topic.articles", prefix + ".articles")
        .with("newsflow.topic.enriched", prefix + ".enriched")
        .with("newsflow.topic.quotes", prefix + ".quotes")
        .with("newsflow.topic.dlq", prefix + ".dlq");
  }

  private static byte[] article(String id, String body) {
    var article = ShortArticles.article(id, body);
    return JsonSerde.of(Article.class).toBytes(article);
  }

  private static EnrichedArticle enriched(String id) {
    String body = "\u201cWe open today,\u201d said Elena Varga. \u201cCome early,\u201d she said.";
    var article = ShortArticles.article(id, body);
    var speaker = new Speaker("Elena Varga", null, null);
    return EnrichedArticle.of(
        article,
        List.of(),
        List.of(
            new Quote("q1", "We open today,", 1, 15, QuoteKind.DIRECT, speaker, null, 0.9),
            new Quote("q2", "Come early,", 39, 50, QuoteKind.DIRECT, speaker, null, 0.9)),
        new Enrichment("fault-it", "1", Instant.now()));
  }

  private static byte[] garbage() {
    byte[] bytes = new byte[512];
    new Random(42).nextBytes(bytes);
    return bytes;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    return DeadLetterHeaders.get(record.headers(), name);
  }

  /** A synchronous producer of raw bytes, so records land in the order they are sent. */
  private static final class Produced implements AutoCloseable {

    private final KafkaProducer<byte[], byte[]> producer;

    Produced(KafkaSettings settings) {
      Properties props = settings.clientProperties();
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    void send(String topic, String key, byte[] value) throws Exception {
      producer.send(new ProducerRecord<>(topic, bytes(key), value)).get();
    }

    @Override
    public void close() {
      producer.close();
    }
  }

  /** NLP stand-in: hangs on a body with HANG, throws on THROW, finds nothing otherwise. */
  private static final class CueAnalyzer implements ArticleAnalyzer {

    private final CountDownLatch stuck;

    CueAnalyzer(CountDownLatch stuck) {
      this.stuck = stuck;
    }

    @Override
    public Analysis analyze(String title, String body) {
      if (body.contains("HANG")) {
        try {
          stuck.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (body.contains("THROW")) {
        throw new IllegalStateException("NLP failed on purpose");
      }
      return new Analysis(List.of(), List.of());
    }

    @Override
    public String engine() {
      return "fault-it";
    }

    @Override
    public String version() {
      return "1";
    }
  }
}
