package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.ingest.IngestOptions;
import dev.newsflow.ingest.IngestResult;
import dev.newsflow.ingest.Ingestor;
import dev.newsflow.local.broker.LocalKafkaBroker;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker is stopped and started again on the same data and port while ingest is publishing: the
 * idempotent producer retries, and every article is on the articles topic exactly once.
 */
class BrokerRestartFaultIT {

  private static final Logger LOG = LoggerFactory.getLogger(BrokerRestartFaultIT.class);

  /** Articles to ingest; {@code -Dnewsflow.fault.articles=N} changes it. */
  private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 5_000);

  @Test
  void noArticleIsLostOrDuplicatedWhenTheBrokerRestartsMidPublish(
      @TempDir Path data, @TempDir Path dir) throws Exception {
    Path input = writeArticles(dir.resolve("articles.jsonl"));
    LocalKafkaBroker broker = LocalKafkaBroker.start(data, 0);
    String bootstrap = broker.bootstrapServers();
    try {
      KafkaSettings settings =
          KafkaSettings.of(bootstrap).with("newsflow.topic.articles", "restart.articles");
      Topics topics = settings.topics();
      TopicSetup.ensure(settings.clientProperties(), topics, 3, (short) 1);

      var read = new AtomicInteger();
      var brokerDown = new CountDownLatch(1);
      int restartAt = ARTICLES / 2;
      var ingestor =
          new Ingestor(settings, IngestOptions.defaults().withTimeout(Duration.ofSeconds(90)));
      CompletableFuture<IngestResult> ingest =
          CompletableFuture.supplyAsync(
              () ->
                  ingestor.ingest(
                      List.of(input.toString()),
                      () -> {
                        if (read.incrementAndGet() == restartAt) {
                          awaitQuietly(brokerDown);
                        }
                      }));

      await("ingest has read half of the articles")
          .atMost(Duration.ofSeconds(60))
          .until(() -> read.get() >= restartAt);
      broker.close();
      LOG.info("Broker stopped with {} of {} articles read by ingest", read.get(), ARTICLES);
      brokerDown.countDown();
      broker = LocalKafkaBroker.start(data, 0);
      assertThat(broker.bootstrapServers()).isEqualTo(bootstrap);

      IngestResult result = ingest.get(120, TimeUnit.SECONDS);
      assertThat(result.failures()).isEmpty();
      assertThat(result.rejections()).isEmpty();
      assertThat(result.publishedIds()).hasSize(ARTICLES);

      List<ConsumerRecord<String, byte[]>> published =
          CommittedSnapshot.read(
              bootstrap,
              topics.articles().name(),
              new StringDeserializer(),
              new ByteArrayDeserializer());
      Set<String> ids = published.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
      LOG.info(
          "After the restart: {} records, {} distinct ids, {} expected",
          published.size(),
          ids.size(),
          ARTICLES);
      assertThat(ids)
          .isEqualTo(
              IntStream.range(0, ARTICLES).mapToObj(ShortArticles::id).collect(Collectors.toSet()));
      assertThat(published).as("records on the articles topic").hasSize(ARTICLES);
    } finally {
      broker.close();
    }
  }

  private static Path writeArticles(Path file) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int n = 0; n < ARTICLES; n++) {
        var article = ShortArticles.article(n);
        out.write(
            "{\"id\":\""
                + article.id()
                + "\",\"title\":\"Pier "
                + n
                + "\",\"language\":\"en\",\"body\":\""
                + article.body()
                + "\"}\n");
      }
    }
    return file;
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the broker was not stopped within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
