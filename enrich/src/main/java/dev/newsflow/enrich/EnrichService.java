package dev.newsflow.enrich;

import dev.newsflow.enrich.article.ArticleDecoder;
import dev.newsflow.enrich.article.ArticleEnricher;
import dev.newsflow.enrich.budget.BudgetedAnalyzer;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.enrich.ops.MicrometerEnrichMetrics;
import dev.newsflow.enrich.ops.OpsServer;
import dev.newsflow.enrich.stream.EnrichTopology;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.streams.ServiceStreams;
import dev.newsflow.streams.ops.StreamsTelemetry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running enrich Kafka Streams app; closing it shuts the app down cleanly. */
public final class EnrichService implements AutoCloseable {

  /** Default Streams application id, and so consumer group, of enrich. */
  public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

  private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

  /** Default port of the health and metrics server of {@code newsflow enrich}. */
  public static final int DEFAULT_HTTP_PORT = 8081;

  private final KafkaStreams streams;
  private final StreamsTelemetry telemetry;
  private final OpsServer server;

  private EnrichService(KafkaStreams streams, StreamsTelemetry telemetry, OpsServer server) {
    this.streams = streams;
    this.telemetry = telemetry;
    this.server = server;
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
    return start(settings, analyzer, applicationId, stateDir, threads, "127.0.0.1", -1);
  }

  /**
   * Builds the topology and starts it with metrics, and a health and metrics HTTP server unless
   * {@code httpPort} is negative.
   *
   * @param settings connection and topic settings
   * @param analyzer the NLP core
   * @param applicationId Streams application id
   * @param stateDir folder for Streams state
   * @param threads stream threads
   * @param httpHost address the HTTP server listens on
   * @param httpPort HTTP port, 0 for a free one, negative for none
   */
  public static EnrichService start(
      KafkaSettings settings,
      ArticleAnalyzer analyzer,
      String applicationId,
      Path stateDir,
      int threads,
      String httpHost,
      int httpPort) {
    StreamsTelemetry telemetry = new StreamsTelemetry();
    var topology =
        EnrichTopology.buildTopology(
            settings.topics(),
            ArticleDecoder.DEFAULT,
            new ArticleEnricher(BudgetedAnalyzer.wrap(analyzer), Clock.systemUTC()),
            new MicrometerEnrichMetrics(telemetry.registry()));
    KafkaStreams streams =
        ServiceStreams.create(
            topology, streamsProperties(settings, applicationId, stateDir, threads), "Enrich");
    OpsServer server = null;
    try {
      telemetry.bind(streams);
      if (httpPort >= 0) {
        server = OpsServer.start(httpHost, httpPort, telemetry);
      }
    } catch (RuntimeException e) {
      streams.close();
      telemetry.close();
      throw e;
    }
    LOG.info(
        "Starting enrich ({} thread(s), application id {}) against {}",
        threads,
        applicationId,
        settings.bootstrapServers());
    streams.start();
    EnrichService service = new EnrichService(streams, telemetry, server);
    service.httpUrl().ifPresent(url -> LOG.info("Enrich health and metrics at {}", url));
    return service;
  }

  /** The base URL of the health and metrics server, empty without one. */
  public Optional<URI> httpUrl() {
    return Optional.ofNullable(server).map(OpsServer::url);
  }

  /** The registry holding enrich's metrics (ours, Kafka's and the JVM's). */
  public MeterRegistry meterRegistry() {
    return telemetry.registry();
  }

  /**
   * Streams properties for enrich: at ~35 ms of NLP per article, Kafka's default of 1,000 records
   * per poll keeps a thread from polling for half a minute, so a rebalance (a second thread or
   * instance joining) stalls and the thread gets fenced; 50 records keep polls a few seconds apart.
   * A {@code max.poll.records} the user sets wins.
   */
  static Properties streamsProperties(
      KafkaSettings settings, String applicationId, Path stateDir, int threads) {
    Properties properties = settings.streamsProperties(applicationId, stateDir, threads);
    properties.putIfAbsent("max.poll.records", "50");
    return properties;
  }

  /** The Streams state: RUNNING, REBALANCING, ... */
  public KafkaStreams.State state() {
    return streams.state();
  }

  @Override
  public void close() {
    ServiceStreams.close(streams);
    if (server != null) {
      server.close();
    }
    telemetry.close();
  }
}
