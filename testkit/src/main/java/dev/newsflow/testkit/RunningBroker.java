package dev.newsflow.testkit;

import java.time.Duration;

/** A started single-node Kafka broker, either in a container or in this JVM. */
interface RunningBroker extends AutoCloseable {

  /** Set to {@code container} or {@code in-process} to skip the Docker probe. */
  String KIND_PROPERTY = "newsflow.testkit.broker";

  String bootstrapServers();

  @Override
  void close();

  /** Starts the broker kind this machine supports and says on stderr which one it started. */
  static RunningBroker start() {
    long probing = System.nanoTime();
    String kind = System.getProperty(KIND_PROPERTY, "");
    boolean container =
        switch (kind) {
          case "container" -> true;
          case "in-process" -> false;
          case "" -> DockerProbe.isDockerAvailable();
          default ->
              throw new IllegalArgumentException(
                  KIND_PROPERTY + " must be 'container' or 'in-process', not '" + kind + "'");
        };
    long starting = System.nanoTime();
    RunningBroker broker = container ? ContainerBroker.start() : InProcessBroker.start();
    System.err.printf(
        "newsflow testkit: started %s Kafka broker at %s in %d ms (Docker probe %d ms)%n",
        container ? "Testcontainers " + ContainerBroker.IMAGE : "in-process KRaft",
        broker.bootstrapServers(),
        Duration.ofNanos(System.nanoTime() - starting).toMillis(),
        Duration.ofNanos(starting - probing).toMillis());
    return broker;
  }
}
