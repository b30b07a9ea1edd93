package dev.newsflow.streams.ops;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.streams.KafkaStreams;

/**
 * What a Streams service shows operators: a Prometheus registry with the JVM's metrics, those of
 * the Streams app and its clients and the service's own, and its liveness and readiness.
 */
public final class StreamsTelemetry implements AutoCloseable {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final RestoreProgress restores = new RestoreProgress();
  private KafkaStreamsMetrics streamsMetrics;
  private volatile KafkaStreams streams;

  /** Creates the registry with the JVM's meters; health is DOWN until {@link #bind}. */
  public StreamsTelemetry() {
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    gc.bindTo(registry);
  }

  /** The registry, for the service's own meters and {@code /metrics}. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /**
   * Adds the Streams app's metrics, follows its state restoration and reads its state for health.
   *
   * @param streams the app, not started yet
   */
  public void bind(KafkaStreams streams) {
    streams.setGlobalStateRestoreListener(restores);
    streamsMetrics = new KafkaStreamsMetrics(streams);
    streamsMetrics.bindTo(registry);
    this.streams = streams;
  }

  /** Live while the app is RUNNING or REBALANCING. */
  public StreamsHealth liveness() {
    return StreamsHealth.live(state());
  }

  /** Ready when the app is RUNNING and no state store is being restored. */
  public StreamsHealth readiness() {
    return StreamsHealth.ready(state(), restores.remainingByStore());
  }

  private KafkaStreams.State state() {
    KafkaStreams app = streams;
    return app == null ? null : app.state();
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
