package dev.newsflow.sink;

import dev.newsflow.sink.export.DailyJsonlExporter;
import dev.newsflow.sink.live.ArticleFeed;
import java.nio.file.Path;

/**
 * What a sink instance serves besides its topics: the JSON Lines export and the HTTP server.
 *
 * @param exportDir folder of the JSON Lines export, or null for none
 * @param exportMaxBytes size after which the day's export continues in a new file
 * @param httpPort HTTP port, 0 for a free one, negative for no HTTP server
 * @param httpHost address the HTTP server listens on
 * @param advertisedHost host name other instances use to reach this one ({@code
 *     application.server}); null for {@code httpHost}
 * @param feedCapacity how many articles the live stream keeps for resuming clients
 */
public record SinkOptions(
    Path exportDir,
    long exportMaxBytes,
    int httpPort,
    String httpHost,
    String advertisedHost,
    int feedCapacity) {

  /** Default HTTP port of {@code newsflow sink}. */
  public static final int DEFAULT_HTTP_PORT = 8080;

  /** Default listen address: this machine only. */
  public static final String DEFAULT_HTTP_HOST = "127.0.0.1";

  /** No export and no HTTP server. */
  public static SinkOptions none() {
    return new SinkOptions(
        null,
        DailyJsonlExporter.UNLIMITED,
        -1,
        DEFAULT_HTTP_HOST,
        null,
        ArticleFeed.DEFAULT_CAPACITY);
  }

  /** A copy exporting to the folder, starting a new file past {@code maxBytes}. */
  public SinkOptions withExport(Path folder, long maxBytes) {
    return new SinkOptions(folder, maxBytes, httpPort, httpHost, advertisedHost, feedCapacity);
  }

  /** A copy serving HTTP on the port (0 = a free one) of the host. */
  public SinkOptions withHttp(String host, int port) {
    return new SinkOptions(exportDir, exportMaxBytes, port, host, advertisedHost, feedCapacity);
  }

  /** A copy advertising this host name to the other instances. */
  public SinkOptions withAdvertisedHost(String host) {
    return new SinkOptions(exportDir, exportMaxBytes, httpPort, httpHost, host, feedCapacity);
  }

  /** Whether an HTTP server is started. */
  public boolean httpEnabled() {
    return httpPort >= 0;
  }

  /** The host name put into {@code application.server}. */
  public String hostToAdvertise() {
    if (advertisedHost != null && !advertisedHost.isBlank()) {
      return advertisedHost;
    }
    return "0.0.0.0".equals(httpHost) ? "localhost" : httpHost;
  }
}
