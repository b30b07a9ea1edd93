package dev.newsflow.ingest.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A web site on 127.0.0.1 for tests: static pages with optional ETags (answering 304 to a matching
 * {@code If-None-Match}), fixed error statuses, and a slow path that answers only when closed.
 */
public final class TestSite implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final CountDownLatch closing = new CountDownLatch(1);

  @SuppressWarnings("ArrayRecordComponent") // never compared
  private record Page(int status, String contentType, byte[] body, String etag, boolean slow) {}

  private TestSite() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Starts a site on a free port. */
  public static TestSite start() {
    try {
      return new TestSite();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base URL, {@code http://127.0.0.1:PORT}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Serves a body with status 200, optionally with an ETag. */
  public TestSite page(String path, String contentType, String body, String etag) {
    pages.put(path, new Page(200, contentType, bytes(body), etag, false));
    return this;
  }

  /** Serves a status with a short body. */
  public TestSite status(String path, int status) {
    pages.put(path, new Page(status, "text/plain", bytes("status " + status), null, false));
    return this;
  }

  /** Serves a path that does not answer until the site is closed. */
  public TestSite slow(String path) {
    pages.put(path, new Page(200, "text/plain", bytes("late"), null, true));
    return this;
  }

  /** Serves a test resource from {@code /web/}, replacing ARTICLE_BASE by the site's base. */
  public TestSite resource(String path, String contentType, String name, String etag) {
    try (InputStream in = TestSite.class.getResourceAsStream("/web/" + name)) {
      String body =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("ARTICLE_BASE", base());
      return page(path, contentType, body, etag);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many requests a path received. */
  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    Page page = pages.get(path);
    try (exchange) {
      if (page == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      if (page.slow()) {
        try {
          closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
      if (page.etag() != null && page.etag().equals(etag)) {
        exchange.getResponseHeaders().add("ETag", page.etag());
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().add("Content-Type", page.contentType());
      if (page.etag() != null) {
        exchange.getResponseHeaders().add("ETag", page.etag());
      }
      exchange.sendResponseHeaders(page.status(), page.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(page.body());
      } catch (IOException e) {
        // the client hung up, e.g. after the size cap
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    closing.countDown();
    server.stop(0);
  }
}
