package dev.newsflow.local.bench;

import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.enrich.nlp.CoreNlpAnalyzer;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.local.broker.LocalKafkaBroker;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the pipeline on an embedded single-node broker: enrich's maximum throughput with one and
 * two instances, end-to-end latency at half that rate, and the heap taken by enrich's model.
 *
 * <p>Usage: {@code PipelineBenchmark CORPUS.jsonl [--seconds N] [--throughput-seconds N]}.
 */
public final class PipelineBenchmark {

  private static final int BACKLOG = 6000;
  private static final Duration WARM_UP = Duration.ofSeconds(10);
  private static final long MIB = 1024 * 1024;

  private PipelineBenchmark() {}

  /** Runs the benchmark and prints a Markdown table; exits 0 when the corpus is absent. */
  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println(
          "usage: PipelineBenchmark CORPUS.jsonl [--seconds N] [--throughput-seconds N]");
      System.exit(2);
    }
    Path corpusPath = Path.of(args[0]);
    Duration latencyTime = Duration.ofSeconds(60);
    Duration window = Duration.ofSeconds(30);
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--seconds" -> latencyTime = Duration.ofSeconds(Long.parseLong(args[i + 1]));
        case "--throughput-seconds" -> window = Duration.ofSeconds(Long.parseLong(args[i + 1]));
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    if (!Files.isRegularFile(corpusPath)) {
      System.out.println("Benchmark skipped: corpus " + corpusPath + " not found.");
      return;
    }
    run(BenchCorpus.load(corpusPath), latencyTime, window, System.out);
    System.exit(0);
  }

  private static void run(
      BenchCorpus corpus, Duration latencyTime, Duration window, PrintStream out) throws Exception {
    Path dir = Files.createTempDirectory("newsflow-bench");
    try {
      long heapBare = usedHeapAfterGc();
      try (LocalKafkaBroker broker = LocalKafkaBroker.start(dir.resolve("kafka"), 0)) {
        long heapBroker = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
        var unused = analyzer.analyze("Warm up", "\"Hello,\" said Jane Smith in London.");
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long heapModel = usedHeapAfterGc();
        KafkaSettings base = KafkaSettings.of(broker.bootstrapServers());
        Path state = dir.resolve("streams");

        var one = throughput("1 instance", base, analyzer, state, corpus, window, "t1", 1, 1);
        var twoThreads =
            throughput(
                "1 instance with 2 stream threads",
                base,
                analyzer,
                state,
                corpus,
                window,
                "t2",
                1,
                2);
        var twoInstances =
            throughput(
                "2 instances with 1 stream thread each",
                base,
                analyzer,
                state,
                corpus,
                window,
                "i2",
                2,
                1);
        double rate = one.perSecond() / 2;
        progress(String.format(Locale.ROOT, "latency at %.1f articles/s", rate));
        var latency =
            LatencyRun.measure(
                BenchPipeline.create(base, analyzer, state, "lat"),
                corpus,
                rate,
                latencyTime,
                PipelineBenchmark::usedHeapAfterGc);
        new BenchReport(corpus, window, latencyTime)
            .print(
                out,
                one,
                twoThreads,
                twoInstances,
                latency,
                new BenchReport.Heap(heapBare, heapBroker, heapModel, loadMillis));
      }
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Measures enrich's throughput with the given instances and threads, saying what it does. */
  private static ThroughputRun.Result throughput(
      String label,
      KafkaSettings base,
      ArticleAnalyzer analyzer,
      Path state,
      BenchCorpus corpus,
      Duration window,
      String run,
      int instances,
      int threads)
      throws InterruptedException {
    progress("throughput, " + label);
    var result =
        ThroughputRun.measure(
            BenchPipeline.create(base, analyzer, state, run),
            corpus,
            instances,
            threads,
            BACKLOG,
            WARM_UP,
            window);
    progress(String.format(Locale.ROOT, "%.1f articles/s", result.perSecond()));
    return result;
  }

  private static void progress(String message) {
    System.err.println(Instant.now() + " bench: " + message);
  }

  /** Heap in use after asking for a full GC (G1 honours {@code System.gc()} by default). */
  static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", bytes / MIB);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("bench: could not delete " + dir + ": " + e.getMessage());
    }
  }
}
