package dev.newsflow.sink;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.sink.api.HttpApi;
import dev.newsflow.sink.api.StoreGateway;
import dev.newsflow.sink.export.DailyJsonlExporter;
import dev.newsflow.sink.live.ArticleFeed;
import dev.newsflow.sink.ops.MicrometerSinkMetrics;
import dev.newsflow.sink.ops.OpsRoutes;
import dev.newsflow.sink.stream.SinkTopology;
import dev.newsflow.sink.stream.StoreMemoryLimit;
import dev.newsflow.streams.ServiceStreams;
import dev.newsflow.streams.ops.StreamsTelemetry;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running sink Kafka Streams app with its export and HTTP server; closing it shuts all down. */
public final class SinkService implements AutoCloseable {

  /** Default Streams application id, and so consumer group, of sink. */
  public static final String DEFAULT_APPLICATION_ID = "newsflow-sink";

  private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);

  private final KafkaStreams streams;
  private final DailyJsonlExporter exporter;
  private final HttpApi http;
  private final URI httpUrl;
  private final StreamsTelemetry telemetry;

  private SinkService(
      KafkaStreams streams,
      DailyJsonlExporter exporter,
      HttpApi http,
      URI httpUrl,
      StreamsTelemetry telemetry) {
    this.streams = streams;
    this.telemetry = telemetry;
    this.exporter = exporter;
    this.http = http;
    this.httpUrl = httpUrl;
  }

  /**
   * Builds the topology and starts it, with the export but without HTTP server.
   *
   * @param settings connection and topic settings
   * @param applicationId Streams application id
   * @param stateDir folder for Streams state
   * @param exportDir folder of the daily JSON Lines export, or null for none
   */
  public static SinkService start(
      KafkaSettings settings, String applicationId, Path stateDir, Path exportDir) {
    return start(
        settings,
        applicationId,
        stateDir,
        SinkOptions.none().withExport(exportDir, DailyJsonlExporter.UNLIMITED));
  }

  /**
   * Starts the HTTP server (when enabled), then the topology with {@code application.server} set to
   * the server's address, so instances can find and ask each other.
   *
   * @param settings connection and topic settings
   * @param applicationId Streams application id
   * @param stateDir folder for Streams state
   * @param options export and HTTP options
   */
  public static SinkService start(
      KafkaSettings settings, String applicationId, Path stateDir, SinkOptions options) {
    DailyJsonlExporter exporter =
        options.exportDir() == null
            ? null
            : new DailyJsonlExporter(options.exportDir(), options.exportMaxBytes());
    ArticleFeed feed = options.httpEnabled() ? new ArticleFeed(options.feedCapacity()) : null;
    Properties properties = settings.streamsProperties(applicationId, stateDir, 1);
    properties.putIfAbsent(
        StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, StoreMemoryLimit.class.getName());
    String storeMemory = settings.asMap().get(StoreMemoryLimit.TOTAL_BYTES_CONFIG);
    if (storeMemory != null) {
      properties.put(StoreMemoryLimit.TOTAL_BYTES_CONFIG, storeMemory);
    }
    StreamsTelemetry telemetry = new StreamsTelemetry();
    HttpApi http = null;
    HostInfo self = null;
    if (options.httpEnabled()) {
      http = HttpApi.start(options.httpHost(), options.httpPort(), feed, new OpsRoutes(telemetry));
      self = new HostInfo(options.hostToAdvertise(), http.port());
      properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
    }
    KafkaStreams streams;
    try {
      streams =
          ServiceStreams.create(
              SinkTopology.buildTopology(
                  settings.topics(),
                  exporter,
                  feed,
                  new MicrometerSinkMetrics(telemetry.registry())),
              properties,
              "Sink");
      telemetry.bind(streams);
    } catch (RuntimeException e) {
      if (http != null) {
        http.close();
      }
      telemetry.close();
      throw e;
    }
    URI url = null;
    if (http != null) {
      http.attach(new StoreGateway(streams, self));
      url = URI.create("http://" + self.host() + ":" + self.port() + "/");
    }
    LOG.info(
        "Starting sink (application id {}, export to {}, HTTP at {}) against {}",
        applicationId,
        options.exportDir(),
        url,
        settings.bootstrapServers());
    streams.start();
    return new SinkService(streams, exporter, http, url, telemetry);
  }

  /** The Streams state: RUNNING, REBALANCING, ... */
  public KafkaStreams.State state() {
    return streams.state();
  }

  /** The URL of the web page and API ({@code http://host:port/}), empty without HTTP server. */
  public Optional<URI> httpUrl() {
    return Optional.ofNullable(httpUrl);
  }

  /** The registry holding sink's metrics (ours, Kafka's and the JVM's). */
  public MeterRegistry meterRegistry() {
    return telemetry.registry();
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    ServiceStreams.close(streams);
    if (exporter != null) {
      exporter.close();
    }
    telemetry.close();
  }
}
