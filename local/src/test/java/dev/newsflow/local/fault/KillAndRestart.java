package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.testkit.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code kill -9} fault of a Kafka Streams service: start it in a JVM of its own, SIGKILL it
 * once a tenth of its output is committed, start it again with the same arguments and check that
 * every expected record is on its output topic exactly once.
 */
final class KillAndRestart {

  private static final Logger LOG = LoggerFactory.getLogger(KillAndRestart.class);
  private static final Duration UNTIL_KILL = Duration.ofSeconds(90);
  private static final Duration UNTIL_DONE = Duration.ofMinutes(2);

  private KillAndRestart() {}

  /**
   * Runs the fault.
   *
   * @param broker the test broker
   * @param output the topic the service writes to
   * @param expected the ids that must be on it once, and only they
   * @param log file for the output of both service processes
   * @param args the service's subcommand and options
   */
  static <V> void run(
      KafkaBroker broker, WatchedTopic<V> output, Set<String> expected, Path log, String... args)
      throws Exception {
    int killAfter = Math.max(1, expected.size() / 10);
    ServiceProcess first = ServiceProcess.start(log, args);
    try (first) {
      first.describeOnFailure(
          () -> awaitOutput(broker, output, read -> read.records() >= killAfter, UNTIL_KILL));
      first.killHard();
    }
    int beforeKill = output.tally().records();
    LOG.info("Killed {} with {} of {} records committed", args[0], beforeKill, expected.size());
    assertThat(beforeKill)
        .as("committed before the kill")
        .isBetween(killAfter, expected.size() - 1);

    try (var second = first.restart()) {
      second.describeOnFailure(
          () ->
              awaitOutput(
                  broker, output, read -> read.ids().size() >= expected.size(), UNTIL_DONE));
      Tally after = output.tally();
      LOG.info("After the restart of {}: {}", args[0], after.describe(expected));
      after.assertExactlyOnce(expected);
    }
  }

  private static <V> Tally awaitOutput(
      KafkaBroker broker, WatchedTopic<V> output, Predicate<Tally> done, Duration timeout) {
    return Tally.of(
        broker.readCommittedUntil(
            output.name(),
            new StringDeserializer(),
            output.values(),
            read -> done.test(Tally.of(read, output.id())),
            timeout),
        output.id());
  }
}
