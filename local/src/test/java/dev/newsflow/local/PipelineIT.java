package dev.newsflow.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.EnrichService;
import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteEvent;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.IngestResult;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.sink.SinkService;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.SharedData;
import dev.newsflow.testkit.WithKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest -> enrich -> sink on the seed article, against a real broker, read back committed. */
@WithKafka
class PipelineIT {

  @Test
  void theSeedArticleFlowsThroughTheWholePipeline(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    Path seed = SharedData.require(SharedData.SEED);
    KafkaSettings settings =
        KafkaSettings.of(broker.bootstrapServers())
            .with("newsflow.topic.articles", "e2e.articles")
            .with("newsflow.topic.enriched", "e2e.enriched")
            .with("newsflow.topic.quotes", "e2e.quotes")
            .with("newsflow.topic.dlq", "e2e.dlq");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 3, (short) 1);

    try (var enrich =
            EnrichService.start(
                settings, CoreNlpAnalyzer.shared(), "e2e-enrich", dir.resolve("state"), 1);
        var sink =
            SinkService.start(settings, "e2e-sink", dir.resolve("state"), dir.resolve("exports"))) {
      IngestResult ingested =
          new Ingestor(settings, IngestOptions.defaults()).ingest(List.of(seed.toString()));
      assertThat(ingested.complete()).isTrue();
      String id = ingested.publishedIds().get(0);

      List<ConsumerRecord<String, EnrichedArticle>> enriched =
          broker.readCommitted(
              topics.enriched().name(),
              new StringDeserializer(),
              topics.enriched().valueSerde().deserializer(),
              1,
              Duration.ofMinutes(2));
      assertThat(enriched).hasSize(1);
      assertThat(enriched.get(0).key()).isEqualTo(id);
      EnrichedArticle article = enriched.get(0).value();
      assertThat(article.title()).startsWith("Blinken: China is the main military supplier");
      assertThat(article.entities())
          .extracting(e -> e.name())
          .contains("Antony Blinken", "Annalena Baerbock", "G7", "China");
      Quote urge =
          article.quotes().stream()
              .filter(q -> q.text().startsWith("We urge China"))
              .findFirst()
              .orElseThrow();
      assertThat(urge.speaker().name()).isEqualTo("Annalena Baerbock");
      assertThat(urge.speaker().mention().text()).isEqualTo("she");

      List<ConsumerRecord<String, QuoteEvent>> quotes =
          broker.readCommitted(
              topics.quotes().name(),
              new StringDeserializer(),
              topics.quotes().valueSerde().deserializer(),
              article.quotes().size(),
              Duration.ofSeconds(60));
      assertThat(quotes).hasSize(article.quotes().size());
      assertThat(quotes).allSatisfy(q -> assertThat(q.value().articleId()).isEqualTo(id));
      assertThat(quotes)
          .filteredOn(q -> q.value().quote().text().startsWith("We urge China"))
          .extracting(ConsumerRecord::key)
          .containsExactly("Annalena Baerbock");

      try (Stream<Path> files = Files.list(dir.resolve("exports"))) {
        assertThat(files.toList())
            .singleElement()
            .satisfies(f -> assertThat(Files.readString(f)).contains(id));
      }
    }
  }
}
