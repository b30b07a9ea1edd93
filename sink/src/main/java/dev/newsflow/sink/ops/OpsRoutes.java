package dev.newsflow.sink.ops;

import dev.newsflow.streams.ops.StreamsHealth;
import dev.newsflow.streams.ops.StreamsTelemetry;
import io.javalin.Javalin;
import io.javalin.http.Context;

/**
 * The operator routes of the sink's HTTP server: {@code /health/live}, {@code /health/ready} (200
 * or 503 with a {@link StreamsHealth} body) and {@code /metrics} in the Prometheus text format.
 */
public final class OpsRoutes {

  private final StreamsTelemetry telemetry;

  /** Serves the health and registry of {@code telemetry}; DOWN until a Streams app is bound. */
  public OpsRoutes(StreamsTelemetry telemetry) {
    this.telemetry = telemetry;
  }

  /** Adds the routes to {@code app}. */
  public void register(Javalin app) {
    app.get("/health/live", ctx -> respond(ctx, telemetry.liveness()));
    app.get("/health/ready", ctx -> respond(ctx, telemetry.readiness()));
    app.get(
        "/metrics",
        ctx ->
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(telemetry.registry().scrape()));
  }

  private static void respond(Context ctx, StreamsHealth health) {
    ctx.status(health.httpStatus()).json(health);
  }
}
