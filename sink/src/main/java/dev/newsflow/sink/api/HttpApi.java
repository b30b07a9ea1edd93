package dev.newsflow.sink.api;

import dev.newsflow.events.JsonSerde;
import dev.newsflow.sink.live.ArticleFeed;
import dev.newsflow.sink.live.LiveStream;
import dev.newsflow.sink.ops.OpsRoutes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's HTTP server: the query API, the live stream and the web page, with one mapping of
 * every failure to a JSON {@link ApiError}. Queries answer 503 until {@link #attach} is called.
 */
public final class HttpApi implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

  private final Javalin app;
  private final LiveStream live;
  private volatile StoreGateway gateway;

  private HttpApi(ArticleFeed feed, OpsRoutes ops) {
    this.live = new LiveStream(feed);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.jsonMapper(new JavalinJackson(JsonSerde.MAPPER, false));
              config.staticFiles.add("/web", Location.CLASSPATH);
            });
    new QueryRoutes(() -> gateway).register(app);
    if (ops != null) {
      ops.register(app);
    }
    live.register(app);
    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "Internal error: " + e.getClass().getSimpleName());
        });
    app.error(
        404,
        ctx -> {
          if (ctx.resultInputStream() == null) {
            error(ctx, 404, "No such resource: " + ctx.path());
          }
        });
  }

  /**
   * Starts the server.
   *
   * @param host address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port port, or 0 for a free one
   * @param feed the live feed served at {@code /stream}
   */
  public static HttpApi start(String host, int port, ArticleFeed feed) {
    return start(host, port, feed, null);
  }

  /**
   * Starts the server with the operator routes (health and metrics).
   *
   * @param host address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port port, or 0 for a free one
   * @param feed the live feed served at {@code /stream}
   * @param ops health and metrics routes, or null for none
   */
  public static HttpApi start(String host, int port, ArticleFeed feed, OpsRoutes ops) {
    HttpApi api = new HttpApi(feed, ops);
    api.app.start(host, port);
    return api;
  }

  /** Lets queries through to the stores (local or on other instances). */
  public void attach(StoreGateway gateway) {
    this.gateway = gateway;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(ApiError.of(status, message));
  }

  @Override
  public void close() {
    live.close();
    app.stop();
  }
}
