package dev.newsflow.local;

import dev.newsflow.enrich.EnrichCommand;
import dev.newsflow.enrich.offline.EnrichFileCommand;
import dev.newsflow.ingest.IngestCommand;
import dev.newsflow.local.broker.BrokerCommand;
import dev.newsflow.local.run.RunCommand;
import dev.newsflow.sink.SinkCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command line: the local all-in-one mode and each service on its own. */
@Command(
    name = "newsflow",
    mixinStandardHelpOptions = true,
    versionProvider = Newsflow.Version.class,
    description = "Event-driven news ingestion and enrichment on Apache Kafka.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      EnrichCommand.class,
      SinkCommand.class,
      BrokerCommand.class,
      EnrichFileCommand.class
    })
public final class Newsflow {

  /** Exit code of a command that could not run (broker unreachable, port taken, ...). */
  public static final int FAILED = 3;

  private Newsflow() {}

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String top = error.getMessage() == null ? error.toString() : error.getMessage();
    return cause == error || cause.getMessage() == null
        ? top
        : top + " (" + cause.getMessage() + ")";
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.setOut(
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    System.exit(commandLine().execute(args));
  }

  /** The command line with every subcommand, for main and for tests. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Newsflow());
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler(
        (error, command, parseResult) -> {
          command
              .getErr()
              .println("newsflow " + command.getCommandName() + ": " + rootMessage(error));
          if (Boolean.getBoolean("newsflow.stacktraces")) {
            error.printStackTrace(command.getErr());
          }
          return FAILED;
        });
    return cli;
  }

  /** Prints the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Newsflow.class.getPackage().getImplementationVersion();
      return new String[] {"newsflow " + (version == null ? "(development build)" : version)};
    }
  }
}
