package dev.newsflow.enrich.bench;

import java.util.Locale;

/**
 * One timed run of a pipeline over some articles on one thread.
 *
 * @param pipeline what ran
 * @param articles articles processed
 * @param tokens tokens in those articles, see {@link BenchCorpus#tokens}
 * @param nanos wall-clock time of the run
 */
record Throughput(String pipeline, int articles, long tokens, long nanos) {

  /** Articles per second. */
  double articlesPerSecond() {
    return nanos == 0 ? 0 : articles * 1e9 / nanos;
  }

  /** Tokens per second. */
  double tokensPerSecond() {
    return nanos == 0 ? 0 : tokens * 1e9 / nanos;
  }

  /** One table row: pipeline, articles, tokens, seconds, articles/s, tokens/s. */
  String row() {
    return String.format(
        Locale.ROOT,
        "| %-58s | %8d | %9d | %9.1f | %10.2f | %9.0f |",
        pipeline,
        articles,
        tokens,
        nanos / 1e9,
        articlesPerSecond(),
        tokensPerSecond());
  }

  /** The table header matching {@link #row()}. */
  static String header() {
    return String.format(
            Locale.ROOT,
            "| %-58s | %8s | %9s | %9s | %10s | %9s |",
            "pipeline (1 thread, warm-up excluded)",
            "articles",
            "tokens",
            "seconds",
            "articles/s",
            "tokens/s")
        + System.lineSeparator()
        + "|"
        + "-".repeat(60)
        + "|---------:|----------:|----------:|-----------:|----------:|";
  }
}
