package dev.newsflow.enrich;

import dev.newsflow.enrich.article.ArticleDecoder;
import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.enrich.stream.EnrichTopology;
import dev.newsflow.events.KafkaSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running enrich Kafka Streams app; closing it shuts the app down cleanly. */
public final class EnrichService implements AutoCloseable {

  /** Default Streams application id, and so consumer group, of enrich. */
  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

  private final KafkaStreams streams;

  private EnrichService(KafkaStreams streams) {
    this.streams = streams;
  }

  /**
   * Builds the topology and starts it.
   *
   * @param settings connection and topic settings
   * @param analyzer the NLP core
   * @param applicationId Streams application id
   * @param stateDir folder for Streams state
   * @param threads stream threads
   */
  public static EnrichService start(
      KafkaSettings settings,
      ArticleAnalyzer analyzer,
      String applicationId,
      Path stateDir,
      int threads) {
    var topology =
        EnrichTopology.buildTopology(
            settings.topics(),
            ArticleDecoder.DEFAULT,
            new ArticleEnricher(analyzer, Clock.systemUTC()));
    var streams =
        new KafkaStreams(topology, settings.streamsProperties(applicationId, stateDir, threads));
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("Enrich stream thread failed; replacing it", e);
          return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    LOG.info(
        "Starting enrich ({} thread(s), application id {}) against {}",
        threads,
        applicationId,
        settings.bootstrapServers());
    streams.start();
    return new EnrichService(streams);
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
  }
}
