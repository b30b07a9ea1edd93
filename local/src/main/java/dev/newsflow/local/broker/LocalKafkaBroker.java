package dev.newsflow.local.broker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in this JVM) whose data and
 * ports survive restarts in a data directory.
 */
public final class LocalKafkaBroker implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaBroker.class);
  private static final String LOG_DIR = "kafka-logs";

  private final KafkaRaftServer server;
  private final Path dataDir;
  private final int port;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LocalKafkaBroker(KafkaRaftServer server, Path dataDir, int port) {
    this.server = server;
    this.dataDir = dataDir;
    this.port = port;
  }

  /**
   * Starts the broker on 127.0.0.1, formatting {@code dataDir} on first use, and returns once it
   * accepts clients.
   *
   * @param dataDir where the broker keeps its logs and remembered ports; created when missing
   * @param port the client port, or 0 for the port of the previous start (a free one at first)
   * @throws IllegalArgumentException when the port is out of range or {@code dataDir} is not a
   *     writable directory
   * @throws IllegalStateException when the port is in use or the broker cannot start
   */
  public static LocalKafkaBroker start(Path dataDir, int port) {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("Port must be between 0 and 65535, not " + port);
    }
    Path directory = dataDir.toAbsolutePath().normalize();
    requireWritableDirectory(directory);
    RememberedPorts ports = choosePorts(directory, port);
    Path logDir = directory.resolve(LOG_DIR);
    KraftStorage.formatIfNeeded(
        logDir, SingleNodeConfig.NODE_ID, SingleNodeConfig.CONTROLLER_LISTENER);

    long started = System.nanoTime();
    KafkaRaftServer server;
    try {
      server =
          new KafkaRaftServer(
              KafkaConfig.fromProps(SingleNodeConfig.of(logDir, ports), false), Time.SYSTEM);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Cannot start the local Kafka broker: " + e.getMessage(), e);
    }
    try {
      server.startup();
    } catch (RuntimeException e) {
      stop(server);
      throw new IllegalStateException(startFailure(ports, e), e);
    }
    try {
      ports.save(directory);
    } catch (RuntimeException e) {
      stop(server);
      throw e;
    }
    LocalKafkaBroker broker = new LocalKafkaBroker(server, directory, ports.broker());
    LOG.info(
        "Kafka broker started at {} with data in {} in {} ms",
        broker.bootstrapServers(),
        directory,
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    return broker;
  }

  private static void requireWritableDirectory(Path directory) {
    try {
      Files.createDirectories(directory);
      Files.delete(Files.createTempFile(directory, ".write-check", ".tmp"));
    } catch (IOException | SecurityException e) {
      throw new IllegalArgumentException(
          "Kafka data directory " + directory + " is not a writable directory: " + e, e);
    }
  }

  /** The remembered ports, with an explicit client port winning and busy or missing ones new. */
  private static RememberedPorts choosePorts(Path directory, int requested) {
    Optional<RememberedPorts> remembered = RememberedPorts.load(directory);
    int broker = requested != 0 ? requested : remembered.map(RememberedPorts::broker).orElse(0);
    if (broker == 0) {
      broker = LoopbackPorts.pickFree(0);
    } else if (!LoopbackPorts.isFree(broker)) {
      throw portInUse(broker);
    }
    int controller = remembered.map(RememberedPorts::controller).orElse(0);
    if (controller == 0 || controller == broker || !LoopbackPorts.isFree(controller)) {
      controller = LoopbackPorts.pickFree(broker);
    }
    return new RememberedPorts(broker, controller);
  }

  private static IllegalStateException portInUse(int port) {
    return new IllegalStateException(
        "Port "
            + port
            + " on "
            + LoopbackPorts.HOST
            + " is already in use; pass --broker-port to choose another");
  }

  private static String startFailure(RememberedPorts ports, RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage());
      if (message.contains("failed to bind") && message.contains(":" + ports.broker() + ":")) {
        return portInUse(ports.broker()).getMessage();
      }
    }
    return "Cannot start the local Kafka broker: " + e.getMessage();
  }

  private static void stop(KafkaRaftServer server) {
    server.shutdown();
    server.awaitShutdown();
  }

  /** The {@code host:port} clients connect to, always on 127.0.0.1. */
  public String bootstrapServers() {
    return LoopbackPorts.HOST + ":" + port;
  }

  /** The directory holding the broker's logs and remembered ports. */
  public Path dataDir() {
    return dataDir;
  }

  /** Shuts the broker down cleanly and waits until it has stopped; later calls do nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      long stopping = System.nanoTime();
      stop(server);
      LOG.info(
          "Kafka broker at {} stopped in {} ms",
          bootstrapServers(),
          Duration.ofNanos(System.nanoTime() - stopping).toMillis());
    }
  }
}
