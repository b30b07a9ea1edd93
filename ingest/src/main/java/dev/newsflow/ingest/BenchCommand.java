package dev.newsflow.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest bench}: measures ingest throughput into a broker. */
@Command(
    name = "bench",
    sortOptions = false,
    description = {
      "Ingests the inputs --repeat times, each with a fresh, empty seen-set (so nothing is skipped"
          + " as seen before), and prints articles per second from the first read to the last"
          + " acknowledgement (acks=all, idempotent producer)."
    })
final class BenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @ParentCommand private IngestCommand parent;
  @Mixin private PublishOptions publish;

  @Option(
      names = "--repeat",
      defaultValue = "3",
      description = "Runs to make (default: ${DEFAULT-VALUE}).")
  private int repeat;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
  private List<String> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions base = publish.options(spec, parent.stdin());
    int code = 0;
    for (int run = 1; run <= repeat; run++) {
      Path state = Files.createTempDirectory("newsflow-bench");
      try {
        Ingestor ingestor =
            new Ingestor(publish.settings(spec, parent.env()), base.withStateDirectory(state));
        long start = System.nanoTime();
        IngestResult result = ingestor.ingest(paths);
        double seconds = (System.nanoTime() - start) / 1e9;
        int published = result.publishedIds().size();
        err.println(
            String.format(
                Locale.ROOT,
                "bench: run %d: %,d published, %,d duplicates, %,d rejected in %.2f s = %,.0f"
                    + " articles/s",
                run,
                published,
                result.duplicates().size(),
                result.rejections().size(),
                seconds,
                published / seconds));
        err.flush();
        code = Math.max(code, RunReport.exitCode(result));
      } finally {
        delete(state);
      }
    }
    return code;
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
