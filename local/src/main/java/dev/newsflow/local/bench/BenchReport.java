package dev.newsflow.local.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/** Prints the benchmark's results as Markdown tables, each measure beside its target. */
final class BenchReport {

  /** Heap used after GC at each step, in bytes, and how long loading the model took. */
  record Heap(long bare, long withBroker, long withModel, long modelLoadMillis) {}

  private static final double LATENCY_TARGET_MILLIS = 500;
  private static final long HEAP_TARGET_BYTES = 1024L * 1024 * 1024;

  private final BenchCorpus corpus;
  private final Duration window;
  private final Duration latencyTime;

  BenchReport(BenchCorpus corpus, Duration window, Duration latencyTime) {
    this.corpus = corpus;
    this.window = window;
    this.latencyTime = latencyTime;
  }

  void print(
      PrintStream out,
      ThroughputRun.Result one,
      ThroughputRun.Result twoThreads,
      ThroughputRun.Result twoInstances,
      LatencyRun.Result latency,
      Heap heap) {
    out.printf(
        Locale.ROOT,
        "%nCorpus: %d articles of %d-%d characters (mean %.0f); %d partitions per topic;"
            + " %d cores; max heap %s%n%n",
        corpus.size(),
        BenchCorpus.MIN_BODY_CHARS,
        BenchCorpus.MAX_BODY_CHARS,
        corpus.meanBodyChars(),
        BenchPipeline.PARTITIONS,
        Runtime.getRuntime().availableProcessors(),
        PipelineBenchmark.mib(Runtime.getRuntime().maxMemory()));
    out.println("| Enrich throughput (" + window.toSeconds() + " s window) | articles/s |");
    out.println("|---|---:|");
    printThroughput(out, "1 instance, 1 stream thread", one);
    printThroughput(out, "1 instance, 2 stream threads", twoThreads);
    printThroughput(out, "2 instances in one JVM, 1 stream thread each", twoInstances);
    out.printf(
        Locale.ROOT,
        "| speed-up 2 threads / 2 instances vs 1 | %.2fx / %.2fx |%n%n",
        twoThreads.perSecond() / one.perSecond(),
        twoInstances.perSecond() / one.perSecond());

    out.printf(
        Locale.ROOT,
        "| End-to-end latency at %.1f articles/s for %d s | ms |%n|---|---:|%n",
        latency.rate(),
        latencyTime.toSeconds());
    out.printf(
        Locale.ROOT,
        "| articles acknowledged / seen enriched / missing / failed | %d / %d / %d / %d |%n",
        latency.acknowledged(),
        latency.latencyMicros().count(),
        latency.missing(),
        latency.failed());
    boolean p99Met = false;
    if (latency.latencyMicros().count() > 0) {
      Percentiles p = latency.latencyMicros();
      for (double percent : new double[] {50, 95, 99}) {
        out.printf(Locale.ROOT, "| p%.0f | %.1f |%n", percent, p.at(percent) / 1000.0);
      }
      out.printf(Locale.ROOT, "| max | %.1f |%n%n", p.max() / 1000.0);
      p99Met = latency.missing() == 0 && p.at(99) / 1000.0 <= LATENCY_TARGET_MILLIS;
    } else {
      out.println();
    }

    long model = heap.withModel() - heap.withBroker();
    out.println("| Heap used after GC | MiB |");
    out.println("|---|---:|");
    out.println("| JVM at start | " + PipelineBenchmark.mib(heap.bare()) + " |");
    out.println("| + embedded broker | " + PipelineBenchmark.mib(heap.withBroker()) + " |");
    out.printf(
        Locale.ROOT,
        "| + enrich model loaded (%.1f s) | %s |%n",
        heap.modelLoadMillis() / 1000.0,
        PipelineBenchmark.mib(heap.withModel()));
    out.println(
        "| + enrich running, after the latency run | "
            + PipelineBenchmark.mib(latency.heapWithEnrich())
            + " |");
    out.println(
        "| enrich model footprint (model - broker) | " + PipelineBenchmark.mib(model) + " |");
    long enrich = latency.heapWithEnrich() - heap.withBroker();
    out.println("| enrich total (running - broker) | " + PipelineBenchmark.mib(enrich) + " |");
    out.println();
    out.println("| Target | Met |");
    out.println("|---|---|");
    out.println("| e2e p99 <= 500 ms at 50 % load | " + (p99Met ? "yes" : "no") + " |");
    out.println("| enrich heap <= 1 GB | " + (enrich <= HEAP_TARGET_BYTES ? "yes" : "no") + " |");
  }

  private static void printThroughput(PrintStream out, String label, ThroughputRun.Result r) {
    out.printf(
        Locale.ROOT,
        "| %s | %.1f%s |%n",
        label,
        r.perSecond(),
        !r.started()
            ? " (not running with output within 90 s)"
            : r.backlogExhausted() ? " (backlog exhausted: lower bound)" : "");
  }
}
