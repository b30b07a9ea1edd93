package dev.newsflow.enrich;

import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow enrich}: runs the enrich service against a Kafka cluster until stopped. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    description = "Run the enrich Kafka Streams app: news.articles -> news.enriched (+ news.dlq).")
public final class EnrichCommand implements Callable<Integer> {

  @Option(
      names = "--bootstrap-servers",
      description = "Kafka brokers (default: from --config or env, else localhost:9092).")
  String bootstrapServers;

  @Option(names = "--config", description = "Kafka client properties file (security, topics).")
  Path config;

  @Option(
      names = "--application-id",
      defaultValue = EnrichService.DEFAULT_APPLICATION_ID,
      description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(
      names = "--state-dir",
      defaultValue = "${java.io.tmpdir}/newsflow/enrich",
      description = "Kafka Streams state folder (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "Stream threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--instance-id",
      description =
          "Stable name of this instance (static group membership): a restart takes its"
              + " partitions back without waiting for the session timeout. Unique per instance.")
  String instanceId;

  @Option(
      names = "--http-port",
      defaultValue = "" + EnrichService.DEFAULT_HTTP_PORT,
      description =
          "Port of /health/live, /health/ready and /metrics (default: ${DEFAULT-VALUE};"
              + " 0 picks a free port, -1 turns the server off).")
  int httpPort;

  @Option(
      names = "--http-host",
      defaultValue = "0.0.0.0",
      description = "Address the health and metrics server listens on (default: ${DEFAULT-VALUE}).")
  String httpHost;

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
    EnrichService service =
        EnrichService.start(
            settings,
            CoreNlpAnalyzer.shared(),
            applicationId,
            stateDir,
            threads,
            httpHost,
            httpPort);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.close();
                  stopped.countDown();
                },
                "enrich-shutdown"));
    stopped.await();
    return 0;
  }
}
