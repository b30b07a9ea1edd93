package dev.newsflow.ingest;

import dev.newsflow.ingest.watch.FileOutcome;
import dev.newsflow.ingest.watch.FolderWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest watch}: publishes files dropped into a folder. */
@Command(
    name = "watch",
    sortOptions = false,
    description = {
      "Publishes .txt, .json, .jsonl, .ndjson and .html files dropped into DIR: each is moved to"
          + " DIR/processing, published, then moved to DIR/done, or to DIR/failed with a .error file"
          + " naming what was rejected. Files left in processing/ are published again on start.",
      "Write files under a hidden name (.name.tmp) and rename them when complete.",
      "With --once: one scan, exit codes as for 'ingest'. Otherwise run until killed."
    })
final class WatchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @ParentCommand private IngestCommand parent;
  @Mixin private PublishOptions publish;

  @Option(names = "--once", description = "Scan the folder once and exit.")
  private boolean once;

  @Option(
      names = "--poll",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "1s",
      description = "Wait between scans (default: ${DEFAULT-VALUE}).")
  private Duration poll;

  @Option(
      names = "--settle",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      defaultValue = "500ms",
      description = "Leave files changed more recently than this (default: ${DEFAULT-VALUE}).")
  private Duration settle;

  @Parameters(paramLabel = "DIR", description = "The folder to watch.")
  private Path folder;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Ingestor ingestor =
        new Ingestor(publish.settings(spec, parent.env()), publish.options(spec, parent.stdin()));
    FolderWatcher watcher = new FolderWatcher(folder, once ? Duration.ZERO : settle);
    PrintWriter err = spec.commandLine().getErr();
    try (IngestSession session = ingestor.open(() -> {})) {
      do {
        List<FileOutcome> outcomes = watcher.scan(session);
        for (FileOutcome outcome : outcomes) {
          err.println(
              "watch: "
                  + outcome.status().name().toLowerCase(Locale.ROOT)
                  + " "
                  + outcome.file()
                  + " (published "
                  + outcome.published()
                  + ")"
                  + (outcome.detail().isEmpty()
                      ? ""
                      : ": " + outcome.detail().replace("\n", "; ")));
        }
        err.flush();
        if (once) {
          return outcomes.stream().allMatch(o -> o.status() == FileOutcome.Status.DONE)
              ? 0
              : outcomes.stream().anyMatch(o -> o.status() == FileOutcome.Status.RETRY)
                  ? IngestCommand.EXIT_UNPUBLISHED
                  : IngestCommand.EXIT_REJECTED;
        }
        Thread.sleep(poll.toMillis());
      } while (!Thread.currentThread().isInterrupted());
    }
    return 0;
  }
}
