package dev.newsflow.ingest;

import dev.newsflow.events.KafkaSettings;
import dev.newsflow.ingest.source.InputReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code ingest bench}: measures ingest throughput into a broker against a named baseline. */
@Command(
    name = "bench",
    sortOptions = false,
    description = {
      "Ingests the inputs --copies times per run (copy k > 1 re-keyed into distinct articles: id"
          + " + '-copyK', URL + 'newsflow-copy=K', title + ' (K)'), each run with a fresh, empty"
          + " seen-set, and prints articles/s and MB/s of input from the first read to the last"
          + " acknowledgement (acks=all, idempotent producer).",
      "Every run measures the default path (the given options) and then the --baseline, so both"
          + " see the same machine load; the summary compares the warm runs (run 2 onwards)."
    })
final class BenchCommand implements Callable<Integer> {

  private static final double MB = 1_000_000.0;
  private static final double MIB = 1024.0 * 1024.0;

  @Spec private CommandSpec spec;
  @ParentCommand private IngestCommand parent;
  @Mixin private PublishOptions publish;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      defaultValue = "3",
      description = "Runs to make of each mode (default: ${DEFAULT-VALUE}).")
  private int repeat;

  @Option(
      names = "--copies",
      paramLabel = "N",
      defaultValue = "1",
      description = "Times each run reads the inputs, re-keying copy 2 onwards (default: 1).")
  private int copies;

  @Option(
      names = "--baseline",
      paramLabel = "MODE",
      defaultValue = "no-language",
      description =
          "What the default path is compared with: no-language (as --no-detect-language),"
              + " single-thread (as --workers 1) or none (default: ${DEFAULT-VALUE}).")
  private String baseline;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories.")
  private List<String> paths;

  private record Mode(String name, IngestOptions options) {}

  @Override
  public Integer call() throws IOException {
    if (repeat < 1 || copies < 1) {
      throw new ParameterException(spec.commandLine(), "--repeat and --copies must be positive");
    }
    if (paths.contains(InputReader.STDIN)) {
      throw new ParameterException(spec.commandLine(), "bench reads files, not stdin ('-')");
    }
    IngestOptions base = publish.options(spec, parent.stdin());
    List<Mode> modes = new ArrayList<>(List.of(new Mode("default", base)));
    switch (baseline) {
      case "no-language" -> modes.add(new Mode(baseline, base.withLanguageDetection(false)));
      case "single-thread" -> modes.add(new Mode(baseline, base.withWorkers(1)));
      case "none" -> {}
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "--baseline must be no-language, single-thread or none, was '" + baseline + "'");
    }
    KafkaSettings settings = publish.settings(spec, parent.env());
    long inputBytes = inputBytes(paths) * copies;
    PrintWriter err = spec.commandLine().getErr();
    err.printf(
        Locale.ROOT,
        "bench: %,d copies of %,d bytes of input per run; %d worker(s), language %s;"
            + " baseline %s%n",
        copies,
        inputBytes / copies,
        base.workers(),
        base.detectLanguage() ? "guessed" : "not guessed",
        baseline);
    BenchSummary summary = new BenchSummary();
    int code = 0;
    for (int run = 1; run <= repeat; run++) {
      for (Mode mode : modes) {
        Path state = Files.createTempDirectory("newsflow-bench");
        try {
          Ingestor ingestor = new Ingestor(settings, mode.options().withStateDirectory(state));
          long cpuStart = processCpuNanos();
          long start = System.nanoTime();
          IngestResult result = ingest(ingestor);
          double seconds = (System.nanoTime() - start) / 1e9;
          double cpuMicros = (processCpuNanos() - cpuStart) / 1e3;
          int published = result.publishedIds().size();
          summary.add(mode.name(), published / seconds, inputBytes / MB / seconds);
          err.printf(
              Locale.ROOT,
              "bench: run %d %-13s %,d published (%,d near-duplicates), %,d duplicates, %,d"
                  + " rejected in %.2f s = %,.0f articles/s, %.1f MB/s; ingest CPU %.0f µs/article;"
                  + " heap after GC %.0f MiB%n",
              run,
              mode.name() + ":",
              published,
              result.nearDuplicates().size(),
              result.duplicates().size(),
              result.rejections().size(),
              seconds,
              published / seconds,
              inputBytes / MB / seconds,
              cpuMicros / Math.max(1, published),
              heapAfterGc(ingestor) / MIB);
          if (!result.failures().isEmpty()) {
            PublishFailure first = result.failures().get(0);
            err.printf(
                Locale.ROOT,
                "bench: %,d not published; first: %s: %s%n",
                result.failures().size(),
                first.origin(),
                first.reason());
          }
          err.flush();
          code = Math.max(code, RunReport.exitCode(result));
        } finally {
          delete(state);
        }
      }
    }
    summary.print(err);
    return code;
  }

  private IngestResult ingest(Ingestor ingestor) {
    try (IngestSession session = ingestor.open(() -> {})) {
      for (int copy = 1; copy <= copies; copy++) {
        new InputReader(parent.stdin()).read(paths, new RekeyedCopy(session, copy));
      }
      return session.flush();
    }
  }

  /**
   * Heap used after a full GC while the ingestor, its seen-set and the language models are still
   * reachable; measured outside the timed part.
   */
  private static long heapAfterGc(Ingestor reachable) {
    try {
      System.gc();
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    } finally {
      Reference.reachabilityFence(reachable);
    }
  }

  /** CPU time of this process, all threads (the JVM's own included). */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long inputBytes(List<String> inputs) throws IOException {
    long bytes = 0;
    for (String input : inputs) {
      Path path = Path.of(input);
      if (!Files.exists(path)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(path)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          bytes += Files.size(file);
        }
      }
    }
    return bytes;
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }
}
