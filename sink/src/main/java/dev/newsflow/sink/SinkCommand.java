package dev.newsflow.sink;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow sink}: runs the sink service against a Kafka cluster until stopped. */
@Command(
    name = "sink",
    mixinStandardHelpOptions = true,
    description =
        "Run the sink Kafka Streams app: news.enriched -> news.quotes, news.mentions, query API,"
            + " live stream, web page and JSON Lines export.")
public final class SinkCommand implements Callable<Integer> {

  @Option(
      names = "--bootstrap-servers",
      description = "Kafka brokers (default: from --config or env, else localhost:9092).")
  String bootstrapServers;

  @Option(names = "--config", description = "Kafka client properties file (security, topics).")
  Path config;

  @Option(
      names = "--application-id",
      defaultValue = SinkService.DEFAULT_APPLICATION_ID,
      description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(
      names = "--state-dir",
      defaultValue = "${java.io.tmpdir}/newsflow/sink",
      description = "Kafka Streams state folder (default: ${DEFAULT-VALUE}).")
  Path stateDir;

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

  @Option(
      names = "--instance-id",
      description =
          "Stable name of this instance (static group membership): a restart takes its"
              + " partitions back without waiting for the session timeout. Unique per instance.")
  String instanceId;

  @Option(
      names = "--create-topics",
      negatable = true,
      defaultValue = "true",
      description = "Create missing topics at start (default: ${DEFAULT-VALUE}).")
  boolean createTopics;

  /** The export and HTTP options given on the command line. */
  SinkOptions options() {
    return SinkOptions.none()
        .withExport(exportDir, exportMaxBytes)
        .withHttp(httpHost, httpPort)
        .withAdvertisedHost(advertisedHost);
  }

  @Override
  public Integer call() throws InterruptedException {
    KafkaSettings settings = KafkaSettings.load(config, System.getenv(), bootstrapServers);
    if (settings.bootstrapServers() == null) {
      settings = settings.with(KafkaSettings.BOOTSTRAP_SERVERS, "localhost:9092");
    }
    if (instanceId != null) {
      settings = settings.with(KafkaSettings.INSTANCE_ID, instanceId);
    }
    if (createTopics) {
      TopicSetup.ensure(settings.clientProperties(), settings.topics(), 3, (short) -1);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    SinkService service = SinkService.start(settings, applicationId, stateDir, options());
    service.httpUrl().ifPresent(url -> System.out.println("Sink web page and API: " + url));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "sink-shutdown"));
    stopped.await();
    return 0;
  }
}
