package dev.newsflow.enrich.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A small HTTP server for operators: {@code /health/live}, {@code /health/ready} (200 or 503 with
 * {@code {status, state}}) and {@code /metrics} in the Prometheus text format.
 */
public final class OpsServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final Supplier<KafkaStreams.State> state;
  private final PrometheusMeterRegistry registry;

  private OpsServer(
      HttpServer server, Supplier<KafkaStreams.State> state, PrometheusMeterRegistry registry) {
    this.server = server;
    this.state = state;
    this.registry = registry;
    this.executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "enrich-ops-http"));
    server.setExecutor(executor);
    server.createContext("/health/live", ex -> health(ex, StreamsHealth.isLive(state.get())));
    server.createContext("/health/ready", ex -> health(ex, StreamsHealth.isReady(state.get())));
    server.createContext("/metrics", this::metrics);
  }

  /**
   * Starts the server.
   *
   * @param host address to listen on
   * @param port port, or 0 for a free one
   * @param state the Streams state, read on each request
   * @param registry the registry scraped at {@code /metrics}
   */
  public static OpsServer start(
      String host, int port, Supplier<KafkaStreams.State> state, PrometheusMeterRegistry registry) {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
      OpsServer ops = new OpsServer(server, state, registry);
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

  private void health(HttpExchange exchange, boolean ok) throws IOException {
    String body = StreamsHealth.json(ok, state.get());
    send(exchange, ok ? 200 : 503, "application/json", body);
  }

  private void metrics(HttpExchange exchange) throws IOException {
    send(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
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
