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
        "Run the sink Kafka Streams app: news.enriched -> news.quotes + daily JSON Lines export.")
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
    SinkService service = SinkService.start(settings, applicationId, stateDir, exportDir);
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
