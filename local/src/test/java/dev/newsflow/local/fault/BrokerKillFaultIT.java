package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker ({@code newsflow broker}, a JVM of its own) goes down while {@code newsflow ingest}
 * publishes, and comes back on the same data and port: ingest, as users run it (idempotent, {@code
 * acks=all}, its default 30 s delivery timeout), publishes every article, and each is on the
 * articles topic exactly once.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class BrokerKillFaultIT {

  private static final Logger LOG = LoggerFactory.getLogger(BrokerKillFaultIT.class);

  /** Articles to ingest; {@code -Dnewsflow.fault.articles=N} changes it. */
  private static final int ARTICLES = Integer.getInteger("newsflow.fault.articles", 5_000);

  private static final Duration UNTIL_FAULT = Duration.ofSeconds(90);
  private static final Duration UNTIL_INGESTED = Duration.ofSeconds(90);
  private static final Pattern SUMMARY = Pattern.compile("^ingest: published (\\d+)");

  @Test
  void noArticleIsLostOrDuplicatedWhenTheBrokerIsKilledMidPublish(@TempDir Path dir)
      throws Exception {
    publishWhileTheBrokerGoesDown("SIGKILL", BrokerProcess::kill, dir);
  }

  /** A clean stop takes other paths: controlled shutdown, producer-state snapshots, no recovery. */
  @Test
  void noArticleIsLostOrDuplicatedWhenTheBrokerIsStoppedMidPublish(@TempDir Path dir)
      throws Exception {
    publishWhileTheBrokerGoesDown("SIGTERM", BrokerProcess::stop, dir);
  }

  private static void publishWhileTheBrokerGoesDown(String signal, Fault fault, Path dir)
      throws Exception {
    Path input = ShortArticles.writeJsonLines(dir.resolve("articles.jsonl"), ARTICLES);
    Set<String> expected = ShortArticles.ids(ARTICLES);
    try (var broker = BrokerProcess.start(dir.resolve("data"), dir.resolve("broker.log"))) {
      var articles =
          WatchedTopic.keyedById(broker.bootstrapServers(), Topics.DEFAULT.articles().name());
      try (var ingest =
          ServiceProcess.start(
              dir.resolve("ingest.log"),
              "ingest",
              "--bootstrap-servers",
              broker.bootstrapServers(),
              "--state-dir",
              dir.resolve("ingest-state").toString(),
              input.toString())) {
        long acknowledged =
            ingest.describeOnFailure(() -> articles.awaitEndOffsets(ARTICLES / 3, UNTIL_FAULT));
        long down = System.nanoTime();
        fault.inject(broker);
        LOG.info(
            "{} to the broker with {} of {} articles acknowledged", signal, acknowledged, ARTICLES);
        assertThat(acknowledged)
            .as("articles acknowledged when the broker went down (ingest must still be publishing)")
            .isLessThan(ARTICLES);
        broker.restart();
        LOG.info(
            "Broker accepting clients again {} ms after the {}",
            Duration.ofNanos(System.nanoTime() - down).toMillis(),
            signal);

        int exit = ingest.awaitExit(UNTIL_INGESTED);
        String summary = ingest.awaitLine("ingest: published", Duration.ofSeconds(5)).orElse("");
        LOG.info("ingest exited with {}: {}", exit, summary);
        assertThat(exit).as("ingest's exit status; log:\n" + ingest.logTail()).isZero();
        assertThat(publishedCount(summary)).as(summary).isEqualTo(ARTICLES);
      }
      Tally tally = articles.tally();
      LOG.info("After the {} and restart of the broker: {}", signal, tally.describe(expected));
      tally.assertExactlyOnce(expected);
    }
  }

  private static int publishedCount(String summary) {
    Matcher matcher = SUMMARY.matcher(summary);
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
  }

  /** Takes the broker down. */
  @FunctionalInterface
  private interface Fault {
    void inject(BrokerProcess broker) throws InterruptedException;
  }
}
