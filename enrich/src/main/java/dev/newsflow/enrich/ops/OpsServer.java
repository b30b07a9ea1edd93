package dev.newsflow.enrich.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.streams.ops.StreamsHealth;
import dev.newsflow.streams.ops.StreamsTelemetry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small HTTP server for operators: {@code /health/live}, {@code /health/ready} (200 or 503 with a
 * {@link StreamsHealth} body) and {@code /metrics} in the Prometheus text format.
 */
public final class OpsServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  private OpsServer(HttpServer server, StreamsTelemetry telemetry) {
    this.server = server;
    this.executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "enrich-ops-http"));
    server.setExecutor(executor);
    server.createContext("/health/live", ex -> health(ex, telemetry.liveness()));
    server.createContext("/health/ready", ex -> health(ex, telemetry.readiness()));
    server.createContext(
        "/metrics",
        ex ->
            send(
                ex,
                200,
                "text/plain; version=0.0.4; charset=utf-8",
                telemetry.registry().scrape()));
  }

  /**
   * Starts the server.
   *
   * @param host address to listen on
   * @param port port, or 0 for a free one
   * @param telemetry the health and metrics served, read on each request
   */
  public static OpsServer start(String host, int port, StreamsTelemetry telemetry) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
      OpsServer ops = new OpsServer(server, telemetry);
      server.start();
      return ops;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the HTTP server on " + host + ":" + port, e);
    }
  }

  /** The base URL, {@code http://host:port/}. */
  public URI url() {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().isAnyLocalAddress() ? "localhost" : address.getHostString();
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  private static void health(HttpExchange exchange, StreamsHealth health) throws IOException {
    send(exchange, health.httpStatus(), "application/json", health.json());
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
