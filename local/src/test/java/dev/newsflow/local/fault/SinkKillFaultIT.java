package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.QuoteEvent;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kill -9} of the sink process in the middle of its input, then a restart: each enriched
 * article with k quotes yields exactly k quote events, none lost, none twice.
 */
@WithKafka
class SinkKillFaultIT {

  private static final Logger LOG = LoggerFactory.getLogger(SinkKillFaultIT.class);

  /** Enriched articles to split; {@code -Dnewsflow.fault.articles=N} changes it. */
  private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 5_000);

  @Test
  void everyQuoteIsPublishedExactlyOnceAcrossAKillAndRestart(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    KafkaSettings settings = FaultSettings.of(broker, "kill-sink");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 3, (short) 1);
    Path config = FaultSettings.write(settings, dir.resolve("sink.properties"));
    FaultSettings.publish(
        settings,
        topics.enriched().name(),
        topics.enriched().valueSerde().serializer(),
        ARTICLES,
        ShortArticles::enriched);
    Set<String> expected =
        IntStream.range(0, ARTICLES)
            .boxed()
            .flatMap(
                n ->
                    IntStream.rangeClosed(1, ShortArticles.quoteCount(n))
                        .mapToObj(q -> ShortArticles.id(n) + "/q" + q))
            .collect(Collectors.toSet());

    String[] args = {
      "sink",
      "--config",
      config.toString(),
      "--state-dir",
      dir.resolve("state").toString(),
      "--export-dir",
      dir.resolve("exports").toString(),
      "--application-id",
      "kill-sink",
      "--instance-id",
      "kill-sink-1",
      "--http-port",
      "-1",
      "--no-create-topics"
    };
    Path log = dir.resolve("sink.log");
    int killAfter = Math.max(1, expected.size() / 10);
    int beforeKill;
    try (var first = ServiceProcess.start(log, args)) {
      FaultSettings.describeOnFailure(
          first,
          () ->
              broker.readCommittedUntil(
                  topics.quotes().name(),
                  new StringDeserializer(),
                  topics.quotes().valueSerde().deserializer(),
                  read -> read.size() >= killAfter,
                  Duration.ofSeconds(90)));
      first.killHard();
      beforeKill = quotes(broker, topics).size();
    }
    LOG.info("Killed sink with {} of {} quote events committed", beforeKill, expected.size());
    assertThat(beforeKill)
        .as("committed before the kill")
        .isBetween(killAfter, expected.size() - 1);

    try (var second = ServiceProcess.start(log, args)) {
      FaultSettings.describeOnFailure(
          second,
          () ->
              broker.readCommittedUntil(
                  topics.quotes().name(),
                  new StringDeserializer(),
                  topics.quotes().valueSerde().deserializer(),
                  read -> quoteIds(read).size() >= expected.size(),
                  Duration.ofMinutes(2)));
      List<ConsumerRecord<String, QuoteEvent>> all = quotes(broker, topics);
      LOG.info(
          "After restart: {} quote events, {} distinct (article, quote), {} expected",
          all.size(),
          quoteIds(all).size(),
          expected.size());
      assertThat(quoteIds(all)).isEqualTo(expected);
      assertThat(all).as("quote events").hasSize(expected.size());
    }
  }

  private static List<ConsumerRecord<String, QuoteEvent>> quotes(
      KafkaBroker broker, Topics topics) {
    return CommittedSnapshot.read(
        broker.bootstrapServers(),
        topics.quotes().name(),
        new StringDeserializer(),
        topics.quotes().valueSerde().deserializer());
  }

  private static Set<String> quoteIds(List<ConsumerRecord<String, QuoteEvent>> records) {
    return records.stream()
        .map(r -> r.value().articleId() + "/" + r.value().quote().id())
        .collect(Collectors.toSet());
  }
}
