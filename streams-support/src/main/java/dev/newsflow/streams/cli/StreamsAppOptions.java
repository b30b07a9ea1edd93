package dev.newsflow.streams.cli;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.events.TopicSetup;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The picocli options of a Streams service command: how to reach Kafka, the application id and
 * state folder (defaults named after the command: {@code newsflow-enrich}, {@code
 * <tmp>/newsflow/enrich}), static membership and topic creation.
 */
public final class StreamsAppOptions {

  /** Used when neither the flag, the config file nor the environment name a broker. */
  static final String FALLBACK_BOOTSTRAP_SERVERS = "localhost:9092";

  @Option(
      names = "--bootstrap-servers",
      description = "Kafka brokers (default: from --config or env, else localhost:9092).")
  String bootstrapServers;

  @Option(names = "--config", description = "Kafka client properties file (security, topics).")
  Path config;

  @Option(
      names = "--application-id",
      defaultValue = "newsflow-${COMMAND-NAME}",
      description = "Kafka Streams application id (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(
      names = "--state-dir",
      defaultValue = "${java.io.tmpdir}/newsflow/${COMMAND-NAME}",
      description = "Kafka Streams state folder (default: ${DEFAULT-VALUE}).")
  Path stateDir;

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
      // Without it picocli makes a negatable flag that defaults to true mean the opposite of its
      // name: --create-topics would turn creation off and --no-create-topics leave it on.
      fallbackValue = "true",
      description = "Create missing topics at start (default: ${DEFAULT-VALUE}).")
  boolean createTopics;

  /** The Streams application id, and so consumer group. */
  public String applicationId() {
    return applicationId;
  }

  /** The Kafka Streams state folder. */
  public Path stateDir() {
    return stateDir;
  }

  /**
   * The Kafka settings from the flags, {@code --config} and {@code NEWSFLOW_KAFKA_*}, with the
   * instance id when given; without any broker named, {@code localhost:9092}.
   */
  public KafkaSettings settings() {
    KafkaSettings settings = KafkaSettings.load(config, System.getenv(), bootstrapServers);
    if (settings.bootstrapServers() == null) {
      settings = settings.with(KafkaSettings.BOOTSTRAP_SERVERS, FALLBACK_BOOTSTRAP_SERVERS);
    }
    if (instanceId != null) {
      settings = settings.with(KafkaSettings.INSTANCE_ID, instanceId);
    }
    return settings;
  }

  /** The {@link #settings()}, after creating missing topics unless {@code --no-create-topics}. */
  public KafkaSettings connect() {
    KafkaSettings settings = settings();
    if (createTopics) {
      TopicSetup.ensure(settings.clientProperties(), settings.topics(), 3, (short) -1);
    }
    return settings;
  }
}
