package dev.newsflow.enrich.stream;

import java.time.Duration;

/** What the enrich processor reports about each record it handles, for metrics. */
public interface EnrichMetrics {

  /** Reports nothing: for tests and tools that need no metrics. */
  EnrichMetrics NONE =
      new EnrichMetrics() {
        @Override
        public void enriched(Duration latency, int quotes) {}

        @Override
        public void deadLettered(String stage, String kind) {}
      };

  /**
   * Called once per article enriched.
   *
   * @param latency time spent decoding and enriching the record
   * @param quotes number of quotes found in the article
   */
  void enriched(Duration latency, int quotes);

  /**
   * Called once per record sent to the dead-letter topic.
   *
   * @param stage the stage that failed, e.g. {@code enrich}
   * @param kind the error kind: {@code deserialization}, {@code validation} or {@code processing}
   */
  void deadLettered(String stage, String kind);
}
