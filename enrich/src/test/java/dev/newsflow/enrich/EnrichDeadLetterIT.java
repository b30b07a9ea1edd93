package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.DeadLetterHeaders;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The enrich service on a real broker keeps going past poison records, which land on the DLQ. */
@WithKafka
class EnrichDeadLetterIT {

  @Test
  void nonJsonAndTenMegabyteRecordsGoToTheDeadLettersAndLaterArticlesAreStillEnriched(
      KafkaBroker broker, @TempDir Path state) throws Exception {
    KafkaSettings settings =
        KafkaSettings.of(broker.bootstrapServers())
            .with("newsflow.topic.articles", "dlq-it.articles")
            .with("newsflow.topic.enriched", "dlq-it.enriched")
            .with("newsflow.topic.quotes", "dlq-it.quotes")
            .with("newsflow.topic.dlq", "dlq-it.dlq");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 1, (short) 1);

    byte[] tenMegabytes = new byte[10 * 1024 * 1024];
    Arrays.fill(tenMegabytes, (byte) '{');
    String body = "\u201cWe will rebuild the bridge by spring,\u201d said Mayor Elena Varga.";
    Article good =
        new Article(
            1,
            ArticleIds.idFor(null, "Bridge", body),
            null,
            "it",
            "Bridge",
            body,
            "en",
            null,
            Instant.now(),
            ArticleIds.contentHash("Bridge", body));

    Properties props = settings.clientProperties();
    props.put(
        ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(TopicSetup.MAX_RECORD_BYTES));
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    try (var producer =
        new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  topics.articles().name(), bytes("junk"), bytes("<html>not json")))
          .get();
      producer
          .send(new ProducerRecord<>(topics.articles().name(), bytes("huge"), tenMegabytes))
          .get();
      producer
          .send(
              new ProducerRecord<>(
                  topics.articles().name(),
                  bytes(good.id()),
                  topics.articles().valueSerde().serializer().serialize("", good)))
          .get();
    }

    try (EnrichService service =
        EnrichService.start(settings, CoreNlpAnalyzer.shared(), "dlq-it-enrich", state, 1)) {
      var enriched =
          broker.readCommitted(
              topics.enriched().name(),
              new StringDeserializer(),
              topics.enriched().valueSerde().deserializer(),
              1,
              Duration.ofSeconds(90));
      var dead =
          broker.readCommitted(
              topics.deadLetters().name(),
              new ByteArrayDeserializer(),
              new ByteArrayDeserializer(),
              2,
              Duration.ofSeconds(30));

      assertThat(enriched).extracting(r -> r.key()).containsExactly(good.id());
      EnrichedArticle article = enriched.get(0).value();
      assertThat(article.quotes()).isNotEmpty();
      assertThat(article.quotes().get(0).speaker().name()).isEqualTo("Elena Varga");

      assertThat(dead).hasSize(2);
      assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("junk");
      assertThat(DeadLetterHeaders.get(dead.get(0).headers(), DeadLetterHeaders.ERROR_KIND))
          .isEqualTo("deserialization");
      assertThat(new String(dead.get(1).key(), StandardCharsets.UTF_8)).isEqualTo("huge");
      assertThat(dead.get(1).value()).hasSize(tenMegabytes.length);
      assertThat(DeadLetterHeaders.get(dead.get(1).headers(), DeadLetterHeaders.ERROR_MESSAGE))
          .contains("10485760 bytes");
      assertThat(DeadLetterHeaders.get(dead.get(1).headers(), DeadLetterHeaders.SOURCE_OFFSET))
          .isEqualTo("1");
      assertThat(DeadLetterHeaders.get(dead.get(1).headers(), DeadLetterHeaders.STAGE))
          .isEqualTo("enrich");
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
