package dev.newsflow.ingest;

import dev.newsflow.events.KafkaSettings;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every ingest command shares: where to publish, limits and the state directory. */
public final class PublishOptions {

  /** Brokers used when neither a flag, the properties file nor the environment names any. */
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

  /** Where the seen-set and feed state live unless {@code --state-dir} says otherwise. */
  public static final String DEFAULT_STATE_DIR = ".newsflow/ingest";

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT",
      description = "Kafka brokers (default: from --config or env, else localhost:9092).")
  String bootstrapServers;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Kafka client properties file (SASL, SSL, newsflow.topic.*).")
  Path config;

  @Option(
      names = "--topic",
      paramLabel = "NAME",
      description = "Articles topic (default: newsflow.topic.articles or news.articles).")
  String topic;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Largest body accepted, in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
  long maxBodyBytes;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long to wait for the broker, e.g. 30s, 500ms, 2m or PT30S (default: 30s, or"
              + " max.block.ms/delivery.timeout.ms from --config).")
  Duration timeout;

  @Option(
      names = "--state-dir",
      paramLabel = "DIR",
      defaultValue = DEFAULT_STATE_DIR,
      description =
          "Where the seen-set (seen.tsv) and feed state (feeds.json) persist between runs"
              + " (default: ${DEFAULT-VALUE}).")
  Path stateDir;

  @Option(
      names = "--no-state",
      description = "Remember published articles only during this run (no state directory).")
  boolean noState;

  @Option(
      names = "--no-detect-language",
      description = "Leave 'language' empty when the input names none, instead of guessing it.")
  boolean noDetectLanguage;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description =
          "Threads that validate, fingerprint and guess the language of articles while the"
              + " reading thread deduplicates and publishes them in input order (default: one per"
              + " processor; 1 does everything on the reading thread).")
  Integer workers;

  @SuppressWarnings("UnusedVariable") // picocli reads it to print the usage
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  /** The ingest options these flags give. */
  public IngestOptions options(CommandSpec spec, InputStream stdin) {
    if (maxBodyBytes <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--max-body-bytes must be positive, was " + maxBodyBytes);
    }
    if (timeout != null && timeout.toMillis() < 100) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be at least 100ms, was " + timeout);
    }
    if (workers != null && workers < 1) {
      throw new ParameterException(
          spec.commandLine(), "--workers must be at least 1, was " + workers);
    }
    IngestOptions defaults = IngestOptions.defaults();
    return defaults
        .withWorkers(workers == null ? defaults.workers() : workers)
        .withMaxBodyBytes(maxBodyBytes)
        .withTimeout(timeout)
        .withStdin(stdin)
        .withStateDirectory(noState ? null : stateDir)
        .withLanguageDetection(!noDetectLanguage);
  }

  /** The Kafka settings these flags, the properties file and the environment give. */
  public KafkaSettings settings(CommandSpec spec, Map<String, String> env) {
    KafkaSettings settings;
    try {
      settings = KafkaSettings.load(config, env, bootstrapServers);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (settings.bootstrapServers() == null) {
      settings = settings.with(KafkaSettings.BOOTSTRAP_SERVERS, DEFAULT_BOOTSTRAP_SERVERS);
    }
    if (topic != null) {
      if (topic.isBlank()) {
        throw new ParameterException(spec.commandLine(), "--topic must not be blank");
      }
      settings = settings.with("newsflow.topic.articles", topic);
    }
    return settings;
  }
}
