package dev.newsflow.sink.ops;

import dev.newsflow.sink.stream.SinkMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Everything sink exports for operators: a Prometheus registry with our metrics, the JVM's and
 * those of the Streams app and its clients, and the HTTP routes that serve them.
 */
public final class SinkTelemetry implements AutoCloseable {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final SinkMetrics metrics = new MicrometerSinkMetrics(registry);
  private final OpsRoutes routes = new OpsRoutes(registry);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private KafkaStreamsMetrics streamsMetrics;

  /** Creates the registry with our meters and the JVM's. */
  public SinkTelemetry() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    gc.bindTo(registry);
  }

  /** The metrics to pass to the topology. */
  public SinkMetrics metrics() {
    return metrics;
  }

  /** The HTTP routes to add to the server. */
  public OpsRoutes routes() {
    return routes;
  }

  /** The registry. */
  public MeterRegistry registry() {
    return registry;
  }

  /** Adds the Streams app's metrics and points the health routes at its state. */
  public void bind(KafkaStreams streams) {
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    routes.attach(streams::state);
  }

  @Override
  public void close() {
    if (streamsMetrics != null) {
      streamsMetrics.close();
    }
    gc.close();
    registry.close();
  }
}
