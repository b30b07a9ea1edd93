package dev.newsflow.local.fault;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the enrich process in the middle of its input, then a restart: every article
 * is on the enriched topic exactly once for a {@code read_committed} consumer.
 */
@WithKafka
class EnrichKillFaultIT {

  /** Articles to enrich; {@code -Dnewsflow.fault.articles=N} changes it. */
  private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 5_000);

  @Test
  void everyArticleIsEnrichedExactlyOnceAcrossAKillAndRestart(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    KafkaSettings settings = FaultSettings.of(broker, "kill-enrich");
    Topics topics = settings.topics();
    Path config =
        FaultSettings.prepare(
            settings,
            topics.articles(),
            ARTICLES,
            ShortArticles::article,
            dir.resolve("enrich.properties"));

    KillAndRestart.run(
        broker,
        WatchedTopic.keyedById(broker.bootstrapServers(), topics.enriched().name()),
        ShortArticles.ids(ARTICLES),
        dir.resolve("enrich.log"),
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
        "--no-create-topics");
  }
}
