package dev.newsflow.local.fault;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.QuoteEvent;
import dev.newsflow.events.Topics;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.WithKafka;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of the sink process in the middle of its input, then a restart: each enriched
 * article with k quotes yields exactly k quote events, none lost, none twice.
 */
@WithKafka
class SinkKillFaultIT {

  /** Enriched articles to split; {@code -Dnewsflow.fault.articles=N} changes it. */
  private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 5_000);

  @Test
  void everyQuoteIsPublishedExactlyOnceAcrossAKillAndRestart(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    KafkaSettings settings = FaultSettings.of(broker, "kill-sink");
    Topics topics = settings.topics();
    Path config =
        FaultSettings.prepare(
            settings,
            topics.enriched(),
            ARTICLES,
            ShortArticles::enriched,
            dir.resolve("sink.properties"));

    KillAndRestart.run(
        broker,
        new WatchedTopic<QuoteEvent>(
            broker.bootstrapServers(),
            topics.quotes().name(),
            topics.quotes().valueSerde().deserializer(),
            r -> r.value().articleId() + "/" + r.value().quote().id()),
        ShortArticles.quoteIds(ARTICLES),
        dir.resolve("sink.log"),
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
        "--no-create-topics");
  }
}
