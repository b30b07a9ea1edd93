package dev.newsflow.sink;

import dev.newsflow.streams.cli.StreamsAppOptions;
import dev.newsflow.streams.cli.UntilStopped;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: runs the sink service against a Kafka cluster until stopped. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description =
        "Run the sink Kafka Streams app: news.enriched -> news.quotes, news.mentions, query API,"
            + " live stream, web page and JSON Lines export.")
public final class SinkCommand implements Callable<Integer> {

  @Mixin StreamsAppOptions streams;

  @Option(
      names = "--export-dir",
      defaultValue = "exports",
      description = "Folder of the daily JSON Lines export (default: ${DEFAULT-VALUE}).")
  Path exportDir;

  @Option(
      names = "--export-max-bytes",
      defaultValue = "104857600",
      description =
          "Start a new export file of the same day past this size in bytes"
              + " (default: ${DEFAULT-VALUE}).")
  long exportMaxBytes;

  @Option(
      names = "--http-port",
      defaultValue = "8080",
      description =
          "Port of the query API, live stream and web page; 0 = a free port, -1 = no HTTP server"
              + " (default: ${DEFAULT-VALUE}).")
  int httpPort;

  @Option(
      names = "--http-host",
      defaultValue = SinkOptions.DEFAULT_HTTP_HOST,
      description = "Address the HTTP server listens on (default: ${DEFAULT-VALUE}).")
  String httpHost;

  @Option(
      names = "--advertised-host",
      description =
          "Host name other sink instances reach this one at (application.server);"
              + " default: the --http-host.")
  String advertisedHost;

  /** The export and HTTP options given on the command line. */
  SinkOptions options() {
    return SinkOptions.none()
        .withExport(exportDir, exportMaxBytes)
        .withHttp(httpHost, httpPort)
        .withAdvertisedHost(advertisedHost);
  }

  @Override
  public Integer call() throws InterruptedException {
    SinkService service =
        SinkService.start(
            streams.connect(), streams.applicationId(), streams.stateDir(), options());
    service.httpUrl().ifPresent(url -> System.out.println("Sink web page and API: " + url));
    UntilStopped.await(service::close, "sink-shutdown");
    return 0;
  }
}
