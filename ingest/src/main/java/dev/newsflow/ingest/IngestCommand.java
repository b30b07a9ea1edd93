package dev.newsflow.ingest;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.ingest.progress.InputEstimate;
import dev.newsflow.ingest.progress.ProgressMeter;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code ingest} command: publishes articles from files, directories and stdin to Kafka; its
 * subcommands read feeds, web pages, a watched folder and HTTP.
 */
@Command(
    name = "ingest",
    sortOptions = false,
    subcommands = {
      FeedsCommand.class,
      UrlCommand.class,
      WatchCommand.class,
      ServeCommand.class,
      BenchCommand.class
    },
    description = {
      "Reads articles from .txt, .json, .jsonl, .ndjson and .html files, directories (recursively)"
          + " and stdin ('-'), validates them, skips those published before (see --state-dir) and"
          + " publishes them to Kafka keyed by a stable id.",
      "Rejected inputs and a summary go to stderr; stdout stays empty unless --print-ids.",
      "A path named like a subcommand (feeds, url, watch, serve, bench) must be written ./feeds."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every article was published or had been published before",
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
  public static final String DEFAULT_BOOTSTRAP_SERVERS = PublishOptions.DEFAULT_BOOTSTRAP_SERVERS;

  private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

  @Spec private CommandSpec spec;

  @Mixin private PublishOptions publish;

  @Option(names = "--print-ids", description = "Print the id of each published article to stdout.")
  private boolean printIds;

  @Option(
      names = "--progress",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Show progress on stderr: a bar with rate and ETA on a terminal, a plain line every 5 s"
              + " otherwise (default: on).")
  private boolean progress;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files, directories, or '-' for stdin (JSON Lines or one text article).")
  private List<String> paths = new ArrayList<>();

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

  Map<String, String> env() {
    return env;
  }

  InputStream stdin() {
    return stdin;
  }

  /** True on an interactive terminal; Java 17 has no {@code Console.isTerminal()}. */
  @SuppressWarnings("SystemConsoleNull") // ingest targets Java 17, where null means no terminal
  private static boolean onTerminal() {
    return System.console() != null;
  }

  @Override
  public Integer call() {
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
    }
    IngestOptions options = publish.options(spec, stdin);
    KafkaSettings settings = publish.settings(spec, env);
    LOG.info("Publishing to {} with {}", settings.topics().articles().name(), settings);
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = onTerminal();
    ProgressMeter meter =
        progress
            ? ProgressMeter.of(err, terminal, terminal ? InputEstimate.count(paths) : 0)
            : ProgressMeter.silent();
    IngestResult result;
    try {
      result = new Ingestor(settings, options).ingest(paths, meter);
    } catch (UncheckedIOException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    meter.finish();
    RunReport.print(result, printIds, spec.commandLine().getOut(), err);
    return RunReport.exitCode(result);
  }
}
