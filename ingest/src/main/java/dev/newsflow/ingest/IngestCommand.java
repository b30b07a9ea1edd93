package dev.newsflow.ingest;

import dev.newsflow.events.KafkaSettings;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code ingest} command: publishes articles from files, directories and stdin to Kafka. */
@Command(
    name = "ingest",
    sortOptions = false,
    description = {
      "Reads articles from .txt, .json, .jsonl and .ndjson files, directories (recursively) and"
          + " stdin ('-'), validates them and publishes them to Kafka keyed by a stable id.",
      "Rejected inputs and a summary go to stderr; stdout stays empty unless --print-ids."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was published",
      "1:some inputs were rejected (the valid ones were published)",
      "2:usage error",
      "3:some articles could not be published (broker unreachable, send failed)"
    })
public final class IngestCommand implements Callable<Integer> {

  /** Exit code when some inputs were rejected. */
  public static final int EXIT_REJECTED = 1;

  /** Exit code when some valid articles could not be published. */
  public static final int EXIT_UNPUBLISHED = 3;

  /** Brokers used when neither a flag, the properties file nor the environment names any. */
  public static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

  private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

  @Spec private CommandSpec spec;

  @Option(
      names = "--bootstrap-servers",
      paramLabel = "HOST:PORT",
      description = "Kafka brokers (default: from --config or env, else localhost:9092).")
  private String bootstrapServers;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "Kafka client properties file (SASL, SSL, newsflow.topic.*).")
  private Path config;

  @Option(
      names = "--topic",
      paramLabel = "NAME",
      description = "Articles topic (default: newsflow.topic.articles or news.articles).")
  private String topic;

  @Option(
      names = "--max-body-bytes",
      paramLabel = "N",
      defaultValue = "1000000",
      description = "Largest body accepted, in UTF-8 bytes (default: ${DEFAULT-VALUE}).")
  private long maxBodyBytes;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description =
          "How long to wait for the broker, e.g. 30s, 500ms, 2m or PT30S (default: 30s, or"
              + " max.block.ms/delivery.timeout.ms from --config).")
  private Duration timeout;

  @Option(names = "--print-ids", description = "Print the id of each published article to stdout.")
  private boolean printIds;

  @SuppressWarnings("UnusedVariable") // picocli reads it to print the usage
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files, directories, or '-' for stdin (JSON Lines or one text article).")
  private List<String> paths;

  private final Map<String, String> env;
  private final InputStream stdin;

  /** A command reading the process environment and {@link System#in}. */
  public IngestCommand() {
    this(System.getenv(), System.in);
  }

  /** A command reading the given environment variables and stdin. */
  public IngestCommand(Map<String, String> env, InputStream stdin) {
    this.env = env;
    this.stdin = stdin;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new IngestCommand()).execute(args));
  }

  @Override
  public Integer call() {
    IngestOptions options = options();
    KafkaSettings settings = settings();
    LOG.info("Publishing to {} with {}", settings.topics().articles().name(), settings);
    IngestResult result = new Ingestor(settings, options).ingest(paths);
    report(result);
    if (!result.failures().isEmpty()) {
      return EXIT_UNPUBLISHED;
    }
    return result.rejections().isEmpty() ? CommandLine.ExitCode.OK : EXIT_REJECTED;
  }

  private IngestOptions options() {
    if (maxBodyBytes <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--max-body-bytes must be positive, was " + maxBodyBytes);
    }
    if (timeout != null && timeout.toMillis() < 100) {
      throw new ParameterException(
          spec.commandLine(), "--timeout must be at least 100ms, was " + timeout);
    }
    return IngestOptions.defaults()
        .withMaxBodyBytes(maxBodyBytes)
        .withTimeout(timeout)
        .withStdin(stdin);
  }

  private KafkaSettings settings() {
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

  private void report(IngestResult result) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (printIds) {
      result.publishedIds().forEach(out::println);
    }
    for (Rejection rejection : result.rejections()) {
      err.println("rejected: " + rejection.origin() + ": " + rejection.reason());
    }
    for (PublishFailure failure : result.failures()) {
      err.println(
          "failed: " + failure.origin() + " (" + failure.articleId() + "): " + failure.reason());
    }
    err.println(
        "ingest: published "
            + result.publishedIds().size()
            + ", rejected "
            + result.rejections().size()
            + (result.failures().isEmpty() ? "" : ", failed " + result.failures().size()));
    out.flush();
    err.flush();
  }
}
