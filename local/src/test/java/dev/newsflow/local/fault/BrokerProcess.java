package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.local.broker.BrokerCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsflow broker} in a JVM of its own: its address, a SIGKILL or SIGTERM, and a restart on
 * the same data directory and port.
 */
final class BrokerProcess implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BrokerProcess.class);
  private static final String READY = "newsflow: Kafka at ";
  private static final String PORT_TAKEN = "is already in use";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
  private static final int START_ATTEMPTS = 5;

  private final Path dataDir;
  private ServiceProcess process;
  private final String bootstrapServers;

  private BrokerProcess(Path dataDir, ServiceProcess process, String bootstrapServers) {
    this.dataDir = dataDir;
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  /**
   * Starts a broker on a free port with its data in {@code dataDir}, and returns once it has
   * created the newsflow topics and accepts clients.
   */
  static BrokerProcess start(Path dataDir, Path log) throws IOException {
    ServiceProcess process =
        ServiceProcess.start(log, "broker", "--data-dir", dataDir.toString(), "--broker-port", "0");
    String line =
        process
            .awaitLine(READY, START_TIMEOUT)
            .orElseThrow(() -> new AssertionError("broker did not start:\n" + process.logTail()));
    return new BrokerProcess(dataDir, process, address(line));
  }

  private static String address(String readyLine) {
    String rest = readyLine.substring(READY.length());
    int end = rest.indexOf(' ');
    return end < 0 ? rest : rest.substring(0, end);
  }

  /** The {@code host:port} clients connect to; the same after a restart. */
  String bootstrapServers() {
    return bootstrapServers;
  }

  /** Kills the broker with SIGKILL and checks it is gone and did not shut down cleanly. */
  void kill() throws InterruptedException {
    process.killHard();
    assertThat(cleanShutdownMarker())
        .as("Kafka's clean-shutdown marker after SIGKILL")
        .doesNotExist();
  }

  /** Stops the broker with SIGTERM and checks it shut down cleanly. */
  void stop() throws InterruptedException {
    assertThat(process.terminate(START_TIMEOUT))
        .as("exit status after SIGTERM")
        .isEqualTo(ServiceProcess.TERMINATED);
    assertThat(cleanShutdownMarker()).as("Kafka's clean-shutdown marker after SIGTERM").exists();
  }

  /**
   * Starts the broker again on the same data directory and port. A start that finds the port still
   * taken exits at once and is tried again, a few times.
   */
  void restart() throws IOException {
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      process = process.restart();
      Optional<String> ready = process.awaitLine(READY, START_TIMEOUT);
      if (ready.isPresent()) {
        assertThat(address(ready.get()))
            .as("address after the restart")
            .isEqualTo(bootstrapServers);
        return;
      }
      if (!process.logTail().contains(PORT_TAKEN)) {
        break;
      }
      LOG.info("Restart attempt {} of the broker found its port still taken", attempt);
    }
    throw new AssertionError("broker did not start again:\n" + process.logTail());
  }

  /**
   * Kafka writes this file into its log directory ({@code kafka-logs} of {@code LocalKafkaBroker})
   * on a clean shutdown and deletes it on start; without it a start recovers the logs.
   */
  private Path cleanShutdownMarker() {
    return dataDir
        .resolve(BrokerCommand.DATA_SUBDIRECTORY)
        .resolve("kafka-logs")
        .resolve(".kafka_cleanshutdown");
  }

  @Override
  public void close() throws InterruptedException {
    process.close();
  }
}
