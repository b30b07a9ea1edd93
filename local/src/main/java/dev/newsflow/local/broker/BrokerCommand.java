package dev.newsflow.local.broker;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import dev.newsflow.local.StopSignal;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsflow broker}: the embedded single-node KRaft broker of {@code newsflow run} as a
 * process of its own, for services started separately; runs until SIGTERM or Ctrl-C.
 */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    description = {
      "Run the local Kafka broker (KRaft, no Docker) on its own, for ingest, enrich and sink"
          + " started separately. Prints its address (HOST:PORT) on stdout once clients can"
          + " connect; SIGTERM or Ctrl-C stops it cleanly.",
      "Uses the same data as 'newsflow run' with the same --data-dir."
    })
public final class BrokerCommand implements Callable<Integer> {

  /** The folder under {@code --data-dir} that holds the broker's data, as in the local mode. */
  public static final String DATA_SUBDIRECTORY = "kafka";

  @Option(
      names = "--data-dir",
      defaultValue = ".newsflow",
      description = "Folder for Kafka data, in its kafka/ folder (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(
      names = "--broker-port",
      defaultValue = "0",
      description =
          "Client port on 127.0.0.1; 0 keeps the one chosen on first start (default: ${DEFAULT-VALUE}).")
  int brokerPort;

  @Option(
      names = "--create-topics",
      negatable = true,
      defaultValue = "true",
      description =
          "Create the newsflow topics when missing, named as NEWSFLOW_TOPIC_* say"
              + " (default: ${DEFAULT-VALUE}).")
  boolean createTopics;

  @Override
  public Integer call() throws InterruptedException {
    try (StopSignal stop = StopSignal.install();
        LocalKafkaBroker broker =
            LocalKafkaBroker.start(dataDir.resolve(DATA_SUBDIRECTORY), brokerPort)) {
      if (createTopics) {
        KafkaSettings settings =
            KafkaSettings.load(null, System.getenv(), broker.bootstrapServers());
        TopicSetup.ensure(settings.clientProperties(), settings.topics(), 3, (short) -1);
      }
      System.err.println(
          "newsflow: Kafka at "
              + broker.bootstrapServers()
              + " with data in "
              + broker.dataDir()
              + "; SIGTERM or Ctrl-C stops it");
      System.out.println(broker.bootstrapServers());
      System.out.flush();
      stop.await();
    }
    return 0;
  }
}
