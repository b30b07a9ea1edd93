package dev.newsflow.enrich.ops;

import dev.newsflow.enrich.stream.EnrichMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Everything enrich exports for operators: a Prometheus registry with our metrics, the JVM's and
 * those of the Streams app and its clients, and the optional HTTP server that serves them.
 */
public final class EnrichTelemetry implements AutoCloseable {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final EnrichMetrics metrics = new MicrometerEnrichMetrics(registry);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private KafkaStreamsMetrics streamsMetrics;
  private OpsServer server;

  /** Creates the registry with our meters and the JVM's. */
  public EnrichTelemetry() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    gc.bindTo(registry);
  }

  /** The metrics to pass to the topology. */
  public EnrichMetrics metrics() {
    return metrics;
  }

  /** The registry. */
  public MeterRegistry registry() {
    return registry;
  }

  /**
   * Adds the Streams app's metrics and starts the HTTP server unless {@code port} is negative.
   *
   * @param streams the (not yet started) Streams app
   * @param host address the HTTP server listens on
   * @param port HTTP port, 0 for a free one, negative for none
   */
  public void bind(KafkaStreams streams, String host, int port) {
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    if (port >= 0) {
      server = OpsServer.start(host, port, streams::state, registry);
    }
  }

  /** The base URL of the HTTP server, empty without one. */
  public Optional<URI> url() {
    return Optional.ofNullable(server).map(OpsServer::url);
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
    if (streamsMetrics != null) {
      streamsMetrics.close();
    }
    gc.close();
    registry.close();
  }
}
