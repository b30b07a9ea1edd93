package dev.newsflow.sink;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.sink.export.DailyJsonlExporter;
import dev.newsflow.sink.stream.SinkTopology;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running sink Kafka Streams app with its export; closing it shuts both down cleanly. */
public final class SinkService implements AutoCloseable {

  /** Default Streams application id, and so consumer group, of sink. */
  public static final String DEFAULT_APPLICATION_ID = "newsflow-sink";

  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

  private final KafkaStreams streams;
  private final DailyJsonlExporter exporter;

  private SinkService(KafkaStreams streams, DailyJsonlExporter exporter) {
    this.streams = streams;
    this.exporter = exporter;
  }

  /**
   * Builds the topology and starts it.
   *
   * @param settings connection and topic settings
   * @param applicationId Streams application id
   * @param stateDir folder for Streams state
   * @param exportDir folder of the daily JSON Lines export, or null for none
   */
  public static SinkService start(
      KafkaSettings settings, String applicationId, Path stateDir, Path exportDir) {
    DailyJsonlExporter exporter = exportDir == null ? null : new DailyJsonlExporter(exportDir);
    var streams =
        new KafkaStreams(
            SinkTopology.buildTopology(settings.topics(), exporter),
            settings.streamsProperties(applicationId, stateDir, 1));
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("Sink stream thread failed; replacing it", e);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    LOG.info(
        "Starting sink (application id {}, export to {}) against {}",
        applicationId,
        exportDir,
        settings.bootstrapServers());
    streams.start();
    return new SinkService(streams, exporter);
  }

  /** The Streams state: RUNNING, REBALANCING, ... */
  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    // Leave the group on purpose: the next instance (or a restart) gets the partitions at once
    // instead of waiting out the session timeout of a member that is gone.
    streams.close(new KafkaStreams.CloseOptions().timeout(Duration.ofSeconds(30)).leaveGroup(true));
    if (exporter != null) {
      exporter.close();
    }
  }
}
