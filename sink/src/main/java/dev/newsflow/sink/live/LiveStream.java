package dev.newsflow.sink.live;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /stream}: the live feed as Server-Sent Events ({@code event: article}, {@code id:} the
 * feed sequence, {@code data:} the enriched article JSON), filtered by {@code entity} and/or {@code
 * speaker}. A client that reconnects with {@code Last-Event-ID} first gets the buffered events it
 * missed; a new client gets the latest {@code recent} (default 0) first. Events are written by one
 * sender thread, so the stream threads never wait on a client. A comment line {@code : connected}
 * tells the client its subscription is in place.
 */
public final class LiveStream implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveStream.class);
  private static final JsonSerde<EnrichedArticle> JSON = JsonSerde.of(EnrichedArticle.class);
  private static final int MAX_RECENT = 100;
  private static final long HEARTBEAT_SECONDS = 15;

  private final ArticleFeed feed;
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "sink-sse-sender");
            t.setDaemon(true);
            return t;
          });

  /** Creates the endpoint over the feed. */
  public LiveStream(ArticleFeed feed) {
    this.feed = feed;
  }

  /** Registers {@code GET /stream}. */
  public void register(Javalin app) {
    app.sse("/stream", this::open);
  }

  private void open(SseClient client) {
    client.keepAlive();
    ArticleFilter filter =
        new ArticleFilter(
            blankToNull(client.ctx().queryParam("entity")),
            blankToNull(client.ctx().queryParam("speaker")));
    Long lastSeen = parseLong(client.ctx().header("Last-Event-ID"));
    int recent = Math.min(MAX_RECENT, Math.max(0, intOr(client.ctx().queryParam("recent"), 0)));
    ExecutorService out = sender;
    Runnable unsubscribe =
        feed.subscribe(
            lastSeen,
            recent,
            event -> {
              if (filter.matches(event.article())) {
                out.execute(() -> send(client, event));
              }
            });
    var heartbeat =
        sender.scheduleAtFixedRate(
            () -> {
              if (!client.terminated()) {
                client.sendComment("keep-alive");
              }
            },
            HEARTBEAT_SECONDS,
            HEARTBEAT_SECONDS,
            TimeUnit.SECONDS);
    client.onClose(
        () -> {
          unsubscribe.run();
          heartbeat.cancel(false);
        });
    out.execute(() -> client.sendComment("connected"));
  }

  private static void send(SseClient client, FeedEvent event) {
    if (client.terminated()) {
      return;
    }
    try {
      client.sendEvent(
          "article",
          new String(JSON.toBytes(event.article()), StandardCharsets.UTF_8),
          Long.toString(event.sequence()));
    } catch (RuntimeException e) {
      LOG.debug("Dropping live-stream client: {}", e.toString());
      client.close();
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static Long parseLong(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int intOr(String value, int fallback) {
    Long parsed = parseLong(value);
    return parsed == null ? fallback : (int) Math.min(Integer.MAX_VALUE, parsed);
  }

  @Override
  public void close() {
    sender.shutdownNow();
  }
}
