package dev.newsflow.streams;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a newsflow service runs its Kafka Streams app: a stream thread that dies is replaced, and
 * closing leaves the consumer group.
 */
public final class ServiceStreams {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceStreams.class);

  /** How long closing waits for the stream threads. */
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private ServiceStreams() {}

  /**
   * Creates the app (not started) with a handler that logs a failed stream thread and replaces it.
   *
   * @param topology the topology
   * @param properties Streams properties
   * @param service the service's name for the log, e.g. {@code Enrich}
   */
  public static KafkaStreams create(Topology topology, Properties properties, String service) {
    KafkaStreams streams = new KafkaStreams(topology, properties);
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("{} stream thread failed; replacing it", service, e);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    return streams;
  }

  /**
   * Closes the app and leaves the group on purpose: the next instance (or a restart) gets the
   * partitions at once instead of waiting out the session timeout of a member that is gone.
   */
  public static void close(KafkaStreams streams) {
    streams.close(new KafkaStreams.CloseOptions().timeout(CLOSE_TIMEOUT).leaveGroup(true));
  }
}
