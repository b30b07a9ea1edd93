package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.KafkaSettings;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kill -9} of the enrich process in the middle of its input, then a restart: every article
 * is on the enriched topic exactly once for a {@code read_committed} consumer.
 */
@WithKafka
class EnrichKillFaultIT {

  private static final Logger LOG = LoggerFactory.getLogger(EnrichKillFaultIT.class);

  /** Articles to enrich; {@code -Dnewsflow.fault.articles=N} changes it. */
  private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 5_000);

  @Test
  void everyArticleIsEnrichedExactlyOnceAcrossAKillAndRestart(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    KafkaSettings settings = FaultSettings.of(broker, "kill-enrich");
    Topics topics = settings.topics();
    TopicSetup.ensure(settings.clientProperties(), topics, 3, (short) 1);
    Path config = FaultSettings.write(settings, dir.resolve("enrich.properties"));
    FaultSettings.publish(
        settings,
        topics.articles().name(),
        topics.articles().valueSerde().serializer(),
        ARTICLES,
        ShortArticles::article);

    String[] args = {
      "enrich",
      "--config",
      config.toString(),
      "--state-dir",
      dir.resolve("state").toString(),
      "--application-id",
      "kill-enrich",
      "--instance-id",
      "kill-enrich-1",
      "--http-port",
      "-1",
      "--no-create-topics"
    };
    Path log = dir.resolve("enrich.log");
    int killAfter = Math.max(1, ARTICLES / 10);
    int beforeKill;
    try (var first = ServiceProcess.start(log, args)) {
      FaultSettings.describeOnFailure(
          first,
          () ->
              broker.readCommittedUntil(
                  topics.enriched().name(),
                  new StringDeserializer(),
                  new ByteArrayDeserializer(),
                  read -> read.size() >= killAfter,
                  Duration.ofSeconds(90)));
      first.killHard();
      beforeKill = committed(broker, topics).size();
    }
    LOG.info("Killed enrich with {} of {} articles committed", beforeKill, ARTICLES);
    assertThat(beforeKill).as("committed before the kill").isBetween(killAfter, ARTICLES - 1);

    try (var second = ServiceProcess.start(log, args)) {
      FaultSettings.describeOnFailure(
          second,
          () ->
              broker.readCommittedUntil(
                  topics.enriched().name(),
                  new StringDeserializer(),
                  new ByteArrayDeserializer(),
                  read -> distinctKeys(read).size() >= ARTICLES,
                  Duration.ofMinutes(2)));
      List<ConsumerRecord<String, byte[]>> all = committed(broker, topics);
      Set<String> expected =
          IntStream.range(0, ARTICLES).mapToObj(ShortArticles::id).collect(Collectors.toSet());
      LOG.info(
          "After restart: {} records, {} distinct ids, {} expected",
          all.size(),
          distinctKeys(all).size(),
          ARTICLES);
      assertThat(distinctKeys(all)).isEqualTo(expected);
      assertThat(all).as("records on the enriched topic").hasSize(ARTICLES);
    }
  }

  private static List<ConsumerRecord<String, byte[]>> committed(KafkaBroker broker, Topics topics) {
    return CommittedSnapshot.read(
        broker.bootstrapServers(),
        topics.enriched().name(),
        new StringDeserializer(),
        new ByteArrayDeserializer());
  }

  private static Set<String> distinctKeys(List<ConsumerRecord<String, byte[]>> records) {
    return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
  }
}
