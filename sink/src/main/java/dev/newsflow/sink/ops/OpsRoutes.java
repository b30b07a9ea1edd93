package dev.newsflow.sink.ops;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The operator routes of the sink's HTTP server: {@code /health/live}, {@code /health/ready} (200
 * or 503 with {@code {status, state}}) and {@code /metrics} in the Prometheus text format.
 */
public final class OpsRoutes {

  private final PrometheusMeterRegistry registry;
  private volatile Supplier<KafkaStreams.State> state = () -> null;

  /** Serves {@code registry} at {@code /metrics}; health is DOWN until {@link #attach}. */
  public OpsRoutes(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /** Reads the Streams state from {@code state} from now on. */
  public void attach(Supplier<KafkaStreams.State> state) {
    this.state = state;
  }

  /** Adds the routes to {@code app}. */
  public void register(Javalin app) {
    app.get("/health/live", ctx -> respond(ctx, StreamsHealth.live(state.get())));
    app.get("/health/ready", ctx -> respond(ctx, StreamsHealth.ready(state.get())));
    app.get(
        "/metrics",
        ctx ->
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape()));
  }

  private static void respond(Context ctx, StreamsHealth health) {
    ctx.status(health.up() ? 200 : 503).json(health);
  }
}
